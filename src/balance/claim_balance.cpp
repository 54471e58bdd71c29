// 837 balancing: the claim charge against its lines, and each 2430 adjudication against its line.
#include <fmt/format.h>

#include "balance/balance.hpp"
#include "balance/detail/sum.hpp"

namespace claimloop::balance {

namespace {

using detail::amount_sum;
using detail::show;

// SV102 (837P), SV203 (837I), SV302 (837D): where each service kind keeps the line charge.
std::string charge_element(const x837::service& s) { return s.tag == "SV2" ? s.tag + "03" : s.tag + "02"; }

std::string claim_label(const x837::claim& c) { return "claim " + c.info.patient_control_number; }

// CLM02 = the sum of every line's charge.
void check_claim_charge(const x837::claim& c, const tree::set_context& ctx, std::vector<core::finding>& out) {
  if (!c.info.total_charge || c.lines.empty()) return;
  amount_sum lines;
  // the sum keeps a view of its labels: the first line's, held here (a usable sum has every line)
  const std::string first = charge_element(c.lines.front().svc);
  for (const auto& l : c.lines) lines.add(l.svc.charge, lines.count() == 0 ? std::string_view(first) : "");
  if (!lines.usable() || lines.total() == *c.info.total_charge) return;
  const std::string clm02 = show(*c.info.total_charge);
  out.push_back(detail::make_finding(
      ctx, "2300", "CLM", 2, core::severity::error, clm02,
      fmt::format("{}: CLM02 {} differs from the sum of line charges {} ({})", claim_label(c), clm02,
                  show(lines.total()), lines.terms())));
}

// 2430: SVD02 + the 2430 CAS amounts = the line charge, when the payer adjudicated the whole
// line. SVD06 (bundled or unbundled line number) says the payer paid this line as part of
// another (or split it), so its amounts need not match this line's charge: skipped.
void check_adjudication(const x837::claim& c, const x837::service_line& l, const x837::line_adjudication& a,
                        const tree::set_context& ctx, std::vector<core::finding>& out) {
  if (!l.svc.charge || !a.payment.paid || !a.payment.bundled_line.empty()) return;
  amount_sum adjudicated;
  adjudicated.add(a.payment.paid, "SVD02");
  for (const auto& cas : a.adjustments) adjudicated.add_adjustment(cas);
  if (!adjudicated.usable() || adjudicated.total() == *l.svc.charge) return;
  out.push_back(detail::make_finding(
      ctx, "2430", "SVD", 2, core::severity::error, show(*a.payment.paid),
      fmt::format("{} line {} payer {}: SVD02 plus 2430 CAS is {} ({}), line charge {} is {}", claim_label(c),
                  l.number, a.payment.payer_id, show(adjudicated.total()), adjudicated.terms(),
                  charge_element(l.svc), show(*l.svc.charge))));
}

}  // namespace

std::vector<core::finding> check_balancing(const x837::claim& claim, const tree::set_context& context) {
  std::vector<core::finding> out;
  check_claim_charge(claim, context, out);
  for (const auto& l : claim.lines)
    for (const auto& a : l.adjudications) check_adjudication(claim, l, a, context, out);
  return out;
}

std::vector<core::finding> check_balancing(const x837::claim_set& set, const tree::set_context& context) {
  std::vector<core::finding> out;
  auto take = [&](const x837::claim& c) {
    auto f = check_balancing(c, context);
    out.insert(out.end(), std::make_move_iterator(f.begin()), std::make_move_iterator(f.end()));
  };
  for (const auto& b : set.providers)
    for (const auto& s : b.subscribers) {
      for (const auto& c : s.claims) take(c);
      for (const auto& p : s.patients)
        for (const auto& c : p.claims) take(c);
    }
  return out;
}

}  // namespace claimloop::balance
