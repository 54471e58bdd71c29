#include <boost/json.hpp>

#include <ostream>

#include "reconcile/report.hpp"

namespace claimloop::reconcile {
namespace {

namespace json = boost::json;

json::array strings(const std::vector<std::string>& v) {
  json::array a;
  for (const auto& s : v) a.emplace_back(s);
  return a;
}

json::array adjustments(const std::vector<adjustment_amount>& v) {
  json::array a;
  for (const auto& x : v) a.push_back(json::object{{"group", x.group}, {"reason", x.reason}, {"amount", x.amount.to_string()}});
  return a;
}

json::object totals(const claim_totals& t) {
  return {{"billed", t.billed.to_string()},
          {"paid", t.paid.to_string()},
          {"contractual", t.contractual.to_string()},
          {"other_adjustments", t.other_adjustments.to_string()},
          {"patient_responsibility", t.patient.to_string()},
          {"balance", t.balance.to_string()},
          {"postings", t.postings}};
}

json::object claim(const claim_result& c) {
  json::array lines;
  for (const auto& l : c.lines)
    lines.push_back(json::object{{"line_control_number", l.control_number},
                                 {"procedure", l.procedure},
                                 {"modifiers", strings(l.modifiers)},
                                 {"service_date", l.service_date},
                                 {"billed", l.billed.to_string()},
                                 {"allowed", l.allowed ? json::value(l.allowed->to_string()) : json::value(nullptr)},
                                 {"paid", l.paid.to_string()},
                                 {"adjustments", adjustments(l.adjustments)},
                                 {"remarks", strings(l.remarks)},
                                 {"matched_line", l.matched_line},
                                 {"match_method", to_string(c.method == match_method::unmatched ? c.method : l.method)}});
  json::object o{{"remit_file", c.remit_file},
                 {"trace_number", c.trace_number},
                 {"payer_id", c.payer_id},
                 {"clp01", c.patient_control_number},
                 {"payer_claim_number", c.payer_claim_number},
                 {"claim_status", c.claim_status},
                 {"billed", c.billed.to_string()},
                 {"paid", c.paid.to_string()},
                 {"patient_responsibility", c.patient_responsibility.to_string()},
                 {"adjustments", adjustments(c.adjustments)},
                 {"remarks", strings(c.remarks)},
                 {"matched_claim", c.matched_claim},
                 {"matched_file", c.matched_file},
                 {"match_method", to_string(c.method)},
                 {"candidates", c.candidates},
                 {"lines", std::move(lines)}};
  if (!c.crossover_payer.empty()) o["crossover_payer"] = c.crossover_payer;
  if (c.totals) o["claim_after"] = totals(*c.totals);
  return o;
}

json::object deposit(const deposit_result& d) {
  json::object o{{"remit_file", d.remit_file},
                 {"trace_number", d.trace_number},
                 {"payer_id", d.payer_id},
                 {"payer_name", d.payer_name},
                 {"payee_id", d.payee_id},
                 {"method", d.method},
                 {"payment_date", d.payment_date},
                 {"amount", d.amount.to_string()},
                 {"claims", d.claims},
                 {"claims_paid", d.claims_paid.to_string()},
                 {"provider_adjustments", d.provider_adjustments.to_string()},
                 {"forward_balance", d.forward_balance.to_string()},
                 {"balanced", d.balanced()},
                 {"difference", d.difference().to_string()}};
  if (!d.duplicate_of.empty()) o["duplicate_of"] = d.duplicate_of;
  return o;
}

json::object summary_json(const summary& s) {
  json::object payers;
  for (const auto& [id, p] : s.payers)
    payers[id] = json::object{{"name", p.name},
                              {"claims", p.claims},
                              {"billed", p.billed.to_string()},
                              {"paid", p.paid.to_string()},
                              {"adjusted", p.adjusted.to_string()},
                              {"patient_responsibility", p.patient.to_string()},
                              {"denied", p.denied.to_string()},
                              {"denied_claims", p.denied_claims},
                              {"denied_lines", p.denied_lines}};
  json::object methods;
  for (const auto& [m, n] : s.lines_by_method) methods[m] = n;
  json::object carried;
  for (const auto& [who, amount] : s.forward_balances)
    if (amount.cents != 0) carried[who] = amount.to_string();
  return {{"remittances", s.remittances},
          {"remit_claims", s.remit_claims},
          {"remit_lines", s.remit_lines},
          {"unmatched_claims", s.unmatched_claims},
          {"unlinked_lines", s.unlinked_lines},
          {"unpaid_claims", s.unpaid_claims},
          {"unpaid_billed", s.unpaid_billed.to_string()},
          {"reversals", s.reversals},
          {"crossovers", s.crossovers},
          {"duplicate_remittances", s.duplicates.size()},
          {"unbalanced_payments", s.unbalanced.size()},
          {"lines_by_method", std::move(methods)},
          {"forward_balances", std::move(carried)},
          {"payers", std::move(payers)}};
}

}  // namespace

json_report::json_report(std::ostream& out) : out_(out) { out_ << "{\"claims\":["; }

void json_report::on_claim(const claim_result& c) {
  summary_.on_claim(c);
  out_ << (first_claim_ ? "\n" : ",\n") << json::serialize(claim(c));
  first_claim_ = false;
}

void json_report::on_deposit(const deposit_result& d) {
  summary_.on_deposit(d);
  deposits_.push_back(d);
}

void json_report::on_unpaid(const billed_claim& c) {
  summary_.on_unpaid(c);
  if (!in_unpaid_) out_ << "],\n\"unpaid\":[";
  in_unpaid_ = true;
  json::object o{{"clm01", c.patient_control_number}, {"file", c.file},         {"billing_npi", c.billing_npi},
                 {"payer_id", c.payer_id},            {"charge", c.charge.to_string()}, {"date_from", c.date_from}};
  out_ << (first_unpaid_ ? "\n" : ",\n") << json::serialize(o);
  first_unpaid_ = false;
}

void json_report::on_end() {
  if (!in_unpaid_) out_ << "],\n\"unpaid\":[";
  out_ << "],\n\"deposits\":[";
  bool first = true;
  for (const auto& d : deposits_) {
    out_ << (first ? "\n" : ",\n") << json::serialize(deposit(d));
    first = false;
  }
  out_ << "],\n\"summary\":" << json::serialize(summary_json(summary_.totals())) << "}\n";
}

}  // namespace claimloop::reconcile
