// 835 balancing: lines against their adjustments, claims against theirs, the payment against
// the claims and provider-level adjustments, and patient responsibility against PR adjustments.
#include <fmt/format.h>

#include "balance/balance.hpp"
#include "balance/detail/sum.hpp"

namespace claimloop::balance {

namespace {

using detail::amount_sum;
using detail::show;

std::string claim_label(const x835::remit_claim& c) { return "claim " + c.clp.patient_control_number; }

std::string line_label(const x835::remit_line& l, std::size_t index) {
  std::string code = l.svc.procedure_qualifier + ":" + l.svc.procedure_code;
  if (l.svc.procedure_code.empty()) code = l.svc.revenue_code;
  return fmt::format("line {} ({})", index + 1, code);
}

// SVC02 - SVC03 = the sum of the line's CAS amounts.
void check_line(const x835::remit_claim& c, const x835::remit_line& l, std::size_t index,
                const tree::set_context& ctx, std::vector<core::finding>& out) {
  if (!l.svc.billed || !l.svc.paid) return;
  const auto unpaid = detail::difference(*l.svc.billed, *l.svc.paid);
  amount_sum cas;
  for (const auto& a : l.adjustments) cas.add_adjustment(a);
  if (!unpaid || !cas.usable() || cas.total() == *unpaid) return;
  out.push_back(detail::make_finding(
      ctx, "2110", "SVC", 2, core::severity::error, show(*l.svc.billed),
      fmt::format("{} {}: SVC02 {} - SVC03 {} = {} differs from the line CAS total {} ({})", claim_label(c),
                  line_label(l, index), show(*l.svc.billed), show(*l.svc.paid), show(*unpaid), show(cas.total()),
                  cas.terms())));
}

// CLP03 - CLP04 = the claim CAS amounts plus every line's CAS amounts.
void check_claim(const x835::remit_claim& c, const tree::set_context& ctx, std::vector<core::finding>& out) {
  if (!c.clp.billed || !c.clp.paid) return;
  const auto unpaid = detail::difference(*c.clp.billed, *c.clp.paid);
  amount_sum cas;
  for (const auto& a : c.adjustments) cas.add_adjustment(a);
  for (const auto& l : c.lines)
    for (const auto& a : l.adjustments) cas.add_adjustment(a);
  if (!unpaid || !cas.usable() || cas.total() == *unpaid) return;
  out.push_back(detail::make_finding(
      ctx, "2100", "CLP", 3, core::severity::error, show(*c.clp.billed),
      fmt::format("{}: CLP03 {} - CLP04 {} = {} differs from the claim and line CAS total {} ({})", claim_label(c),
                  show(*c.clp.billed), show(*c.clp.paid), show(*unpaid), show(cas.total()), cas.terms())));
}

// CLP05, when present, = the PR (patient responsibility) CAS amounts of the claim and its lines.
// A warning: some payers put amounts in CLP05 that they do not adjust as PR (and the reverse).
void check_patient_share(const x835::remit_claim& c, const tree::set_context& ctx, std::vector<core::finding>& out) {
  if (!c.clp.patient_responsibility) return;
  amount_sum pr;
  auto add_pr = [&](const x835::adjustment& a) {
    if (a.group == "PR") pr.add_adjustment(a);
  };
  for (const auto& a : c.adjustments) add_pr(a);
  for (const auto& l : c.lines)
    for (const auto& a : l.adjustments) add_pr(a);
  if (!pr.usable() || pr.total() == *c.clp.patient_responsibility) return;
  const std::string clp05 = show(*c.clp.patient_responsibility);
  out.push_back(detail::make_finding(
      ctx, "2100", "CLP", 5, core::severity::warning, clp05,
      fmt::format("{}: CLP05 {} differs from the PR adjustments {} ({})", claim_label(c), clp05, show(pr.total()),
                  pr.terms())));
}

// BPR02 = the sum of CLP04 - the sum of PLB amounts (a positive PLB amount reduces the payment).
// BPR03 = D (debit) makes BPR02 a payment from the provider, so it counts as negative.
void check_payment(const x835::remittance& r, const tree::set_context& ctx, std::vector<core::finding>& out) {
  if (!r.bpr.amount) return;
  amount_sum paid;
  for (const auto& g : r.groups)
    for (const auto& c : g.claims) paid.add(c.clp.paid, paid.count() == 0 ? "CLP04" : "");
  amount_sum plb;
  for (const auto& p : r.provider_adjustments)
    for (const auto& i : p.items) plb.add(i.value, i.reason);
  if (!paid.usable() || !plb.usable()) return;
  const auto expected = detail::difference(paid.total(), plb.total());
  if (!expected) return;
  core::decimal payment = *r.bpr.amount;
  if (r.bpr.credit_debit == "D") {
    auto negated = core::decimal{}.minus(payment);
    if (!negated) return;
    payment = *negated;
  }
  if (payment == *expected) return;
  const std::string bpr02 = show(*r.bpr.amount);
  out.push_back(detail::make_finding(
      ctx, "", "BPR", 2, core::severity::error, bpr02,
      fmt::format("BPR02 {}{} differs from the sum of CLP04 {} ({}) - the sum of PLB amounts {} ({}) = {}", bpr02,
                  r.bpr.credit_debit == "D" ? " (debit)" : "", show(paid.total()), paid.terms(),
                  show(plb.total()), plb.terms(), show(*expected))));
}

}  // namespace

std::vector<core::finding> check_balancing(const x835::remit_claim& claim, const tree::set_context& context) {
  std::vector<core::finding> out;
  for (std::size_t i = 0; i < claim.lines.size(); ++i) check_line(claim, claim.lines[i], i, context, out);
  check_claim(claim, context, out);
  check_patient_share(claim, context, out);
  return out;
}

std::vector<core::finding> check_balancing(const x835::remittance& set, const tree::set_context& context) {
  std::vector<core::finding> out;
  for (const auto& g : set.groups)
    for (const auto& c : g.claims) {
      auto f = check_balancing(c, context);
      out.insert(out.end(), std::make_move_iterator(f.begin()), std::make_move_iterator(f.end()));
    }
  check_payment(set, context, out);
  return out;
}

}  // namespace claimloop::balance
