#include <fmt/format.h>

#include <ostream>

#include "reconcile/report.hpp"

namespace claimloop::reconcile {
namespace {

void add(core::money& total, core::money amount) { total.cents += amount.cents; }

// A line is denied when nothing was paid and something other than patient responsibility
// took the charge (CO 50, CO 97 ...): the lines a denial specialist works.
bool denied(const line_result& l) {
  if (l.paid.cents != 0 || l.billed.cents == 0) return false;
  for (const auto& a : l.adjustments)
    if (a.group != "PR" && a.amount.cents != 0) return true;
  return false;
}

}  // namespace

void summary_report::on_claim(const claim_result& c) {
  auto& s = summary_;
  auto& p = s.payers[c.payer_id];
  if (p.name.empty()) p.name = c.payer_name;
  ++p.claims;
  ++s.remit_claims;
  add(p.billed, c.billed);
  add(p.paid, c.paid);
  std::vector<const adjustment_amount*> all;
  for (const auto& a : c.adjustments) all.push_back(&a);
  for (const auto& l : c.lines)
    for (const auto& a : l.adjustments) all.push_back(&a);
  for (const auto* a : all) add(a->group == "PR" ? p.patient : p.adjusted, a->amount);
  if (c.claim_status == "4") {
    ++p.denied_claims;
    add(p.denied, c.billed);
  } else {
    for (const auto& l : c.lines)
      if (denied(l)) {
        ++p.denied_lines;
        add(p.denied, l.billed);
      }
  }
  if (is_reversal(c.claim_status)) ++s.reversals;
  if (is_crossover(c.claim_status)) ++s.crossovers;
  if (c.method == match_method::unmatched) ++s.unmatched_claims;
  for (const auto& l : c.lines) {
    ++s.remit_lines;
    ++s.lines_by_method[std::string(to_string(c.method == match_method::unmatched ? c.method : l.method))];
    if (c.method != match_method::unmatched && l.matched_line.empty()) ++s.unlinked_lines;
  }
}

void summary_report::on_deposit(const deposit_result& d) {
  if (!d.duplicate_of.empty()) {
    summary_.duplicates.push_back(d);
    return;
  }
  ++summary_.remittances;
  if (!d.balanced()) summary_.unbalanced.push_back(d);
  if (d.forward_balance.cents != 0) add(summary_.forward_balances[d.payer_id + " -> " + d.payee_id], d.forward_balance);
}

void summary_report::on_unpaid(const billed_claim& c) {
  ++summary_.unpaid_claims;
  add(summary_.unpaid_billed, c.charge);
}

void summary_report::print(std::ostream& out) const {
  const auto& s = summary_;
  out << fmt::format("Remittances posted: {}, claims: {}, service lines: {}\n", s.remittances, s.remit_claims,
                     s.remit_lines);
  out << fmt::format("{:<12} {:<22} {:>7} {:>13} {:>13} {:>13} {:>13} {:>13} {:>7} {:>7}\n", "payer", "name", "claims",
                     "billed", "paid", "adjusted", "patient resp.", "denied", "denied", "denied");
  out << fmt::format("{:<12} {:<22} {:>7} {:>13} {:>13} {:>13} {:>13} {:>13} {:>7} {:>7}\n", "", "", "", "", "", "", "",
                     "amount", "claims", "lines");
  for (const auto& [id, p] : s.payers)
    out << fmt::format("{:<12} {:<22.22} {:>7} {:>13} {:>13} {:>13} {:>13} {:>13} {:>7} {:>7}\n", id, p.name, p.claims,
                       p.billed.to_string(), p.paid.to_string(), p.adjusted.to_string(), p.patient.to_string(),
                       p.denied.to_string(), p.denied_claims, p.denied_lines);
  if (s.payers.size() > 1) {
    payer_totals all;
    for (const auto& [id, p] : s.payers) {
      all.claims += p.claims;
      all.denied_claims += p.denied_claims;
      all.denied_lines += p.denied_lines;
      for (auto [sum, part] : {std::pair{&all.billed, p.billed}, {&all.paid, p.paid}, {&all.adjusted, p.adjusted},
                               {&all.patient, p.patient}, {&all.denied, p.denied}})
        add(*sum, part);
    }
    out << fmt::format("{:<12} {:<22.22} {:>7} {:>13} {:>13} {:>13} {:>13} {:>13} {:>7} {:>7}\n", "total", "", all.claims,
                       all.billed.to_string(), all.paid.to_string(), all.adjusted.to_string(), all.patient.to_string(),
                       all.denied.to_string(), all.denied_claims, all.denied_lines);
  }
  out << "Lines linked by:";
  for (const auto& [method, n] : s.lines_by_method) out << fmt::format(" {} {}", method, n);
  out << '\n';
  out << fmt::format("Reversals: {}, crossovers: {}\n", s.reversals, s.crossovers);
  out << fmt::format("Unmatched remittance claims: {}, remittance lines without a billed line: {}\n",
                     s.unmatched_claims, s.unlinked_lines);
  out << fmt::format("Billed claims with no remittance: {} ({} billed)\n", s.unpaid_claims, s.unpaid_billed.to_string());
  for (const auto& d : s.duplicates)
    out << fmt::format("Duplicate ERA not posted: {} trace {} payer {} amount {} (first in {})\n", d.remit_file,
                       d.trace_number, d.payer_id, d.amount.to_string(), d.duplicate_of);
  for (const auto& [who, amount] : s.forward_balances)
    if (amount.cents != 0)
      out << fmt::format("Forward balance (PLB FB) still carried {}: {}\n", who, amount.to_string());
  if (s.unbalanced.empty()) out << "Every payment balances (BPR02 = claims paid - PLB)\n";
  for (const auto& d : s.unbalanced)
    out << fmt::format("Payment does not balance: {} trace {}: BPR02 {} but claims paid {} - PLB {} = {} (off by {})\n",
                       d.remit_file, d.trace_number, d.amount.to_string(), d.claims_paid.to_string(),
                       d.provider_adjustments.to_string(),
                       core::money{d.claims_paid.cents - d.provider_adjustments.cents}.to_string(),
                       d.difference().to_string());
}

void fanout::on_claim(const claim_result& c) {
  for (auto* s : sinks_) s->on_claim(c);
}
void fanout::on_deposit(const deposit_result& d) {
  for (auto* s : sinks_) s->on_deposit(d);
}
void fanout::on_unpaid(const billed_claim& c) {
  for (auto* s : sinks_) s->on_unpaid(c);
}
void fanout::on_end() {
  for (auto* s : sinks_) s->on_end();
}

}  // namespace claimloop::reconcile
