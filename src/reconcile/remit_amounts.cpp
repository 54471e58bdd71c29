#include "reconcile/remit_amounts.hpp"

#include <fmt/format.h>

#include "reconcile/matcher.hpp"

namespace claimloop::reconcile {
namespace {

// money_of with the error's subject worded only when there is an error: every amount of every
// remittance goes through here.
template <class Describe>
core::result<core::money> amount_of(const model::number& n, Describe&& what) {
  if (!n) return core::money{};
  auto m = n->to_money();
  if (!m) return core::invalid_value(fmt::format("{}: amount {} is out of range", what(), n->to_string()));
  return *m;
}

template <class Describe>
core::result<std::vector<adjustment_amount>> adjustments_described(const std::vector<model::adjustment>& cas,
                                                                   Describe&& what) {
  std::vector<adjustment_amount> out;
  for (const auto& seg : cas)
    for (const auto& r : seg.reasons) {
      auto m = amount_of(r.value, [&] { return fmt::format("{} CAS {}-{}", what(), seg.group, r.reason); });
      if (!m) return std::move(m).error();
      out.push_back({seg.group, r.reason, *m});
    }
  return out;
}

}  // namespace

core::result<core::money> money_of(const model::number& n, std::string_view what) {
  return amount_of(n, [&] { return what; });
}

core::result<std::vector<adjustment_amount>> adjustments_of(const std::vector<model::adjustment>& cas,
                                                            std::string_view what) {
  return adjustments_described(cas, [&] { return what; });
}

std::vector<std::string> claim_remarks(const x835::remit_claim& claim) {
  std::vector<std::string> out;
  auto add = [&](const std::string& code) {
    if (!code.empty()) out.push_back(code);
  };
  if (const auto& m = claim.outpatient)
    for (const auto* r : {&m->remark_1, &m->remark_2, &m->remark_3, &m->remark_4, &m->remark_5}) add(*r);
  if (const auto& m = claim.inpatient)
    for (const auto* r : {&m->remark_1, &m->remark_2, &m->remark_3, &m->remark_4, &m->remark_5}) add(*r);
  return out;
}

core::result<line_result> read_line(const x835::remit_line& line, const x835::remit_claim& claim) {
  const auto where = [&] { return fmt::format("claim {} line {}", claim.clp.patient_control_number, line.svc.procedure_code); };
  line_result out;
  out.control_number = std::string(line.control_number());
  out.procedure = line.svc.procedure_code;
  for (const auto* m : {&line.svc.modifier_1, &line.svc.modifier_2, &line.svc.modifier_3, &line.svc.modifier_4})
    if (!m->empty()) out.modifiers.push_back(*m);
  out.service_date = service_date(line, claim);
  auto billed = amount_of(line.svc.billed, [&] { return where() + " SVC02"; });
  auto paid = amount_of(line.svc.paid, [&] { return where() + " SVC03"; });
  if (!billed) return std::move(billed).error();
  if (!paid) return std::move(paid).error();
  out.billed = *billed;
  out.paid = *paid;
  if (auto allowed = line.allowed()) {
    auto m = amount_of(allowed, [&] { return where() + " AMT*B6"; });
    if (!m) return std::move(m).error();
    out.allowed = *m;
  }
  auto cas = adjustments_described(line.adjustments, where);
  if (!cas) return std::move(cas).error();
  out.adjustments = std::move(*cas);
  out.remarks.reserve(line.remarks.size());
  for (const auto& r : line.remarks) out.remarks.push_back(r.code);
  return out;
}

core::result<claim_result> read_claim(const x835::remit_claim& claim) {
  const auto where = [&] { return fmt::format("claim {}", claim.clp.patient_control_number); };
  claim_result out;
  out.patient_control_number = claim.clp.patient_control_number;
  out.payer_claim_number = claim.clp.payer_claim_number;
  out.claim_status = claim.clp.status;
  if (const auto* tt = claim.name_of("TT")) out.crossover_payer = tt->last_or_organization;
  for (auto [target, source, label] : {std::tuple{&out.billed, &claim.clp.billed, "CLP03"},
                                      {&out.paid, &claim.clp.paid, "CLP04"},
                                      {&out.patient_responsibility, &claim.clp.patient_responsibility, "CLP05"}}) {
    auto m = amount_of(*source, [&] { return fmt::format("{} {}", where(), label); });
    if (!m) return std::move(m).error();
    *target = *m;
  }
  auto cas = adjustments_described(claim.adjustments, where);
  if (!cas) return std::move(cas).error();
  out.adjustments = std::move(*cas);
  out.remarks = claim_remarks(claim);
  out.lines.reserve(claim.lines.size());
  for (const auto& l : claim.lines) {
    auto line = read_line(l, claim);
    if (!line) return std::move(line).error();
    out.lines.push_back(std::move(*line));
  }
  return out;
}

core::result<posted_amounts> posting_amounts(const claim_result& claim) {
  posted_amounts p;
  p.billed = claim.billed;
  p.paid = claim.paid;
  for (const auto& a : claim.adjustments)
    if (auto r = p.add(a); !r) return std::move(r).error();
  for (const auto& l : claim.lines) {
    if (l.allowed)
      if (auto sum = p.allowed.plus(*l.allowed); sum) p.allowed = *sum;
    for (const auto& a : l.adjustments)
      if (auto r = p.add(a); !r) return std::move(r).error();
  }
  return p;
}

}  // namespace claimloop::reconcile
