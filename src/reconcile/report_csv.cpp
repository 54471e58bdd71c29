#include <fmt/format.h>

#include "reconcile/report.hpp"

namespace claimloop::reconcile {
namespace {

constexpr std::string_view HEADER =
    "remit_file,trace_number,clp01,payer_claim_number,claim_status,line_control_number,procedure,modifiers,"
    "service_date,billed,allowed,paid,adjustments,remarks,matched_claim,matched_line,match_method\n";

// RFC 4180: quote a field holding a comma, quote or line break.
std::string field(std::string_view v) {
  if (v.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(v);
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += ';';
    out += p;
  }
  return out;
}

std::string adjustments_text(const std::vector<adjustment_amount>& adjustments) {
  std::string out;
  for (const auto& a : adjustments) {
    if (!out.empty()) out += ';';
    out += fmt::format("{}-{}:{}", a.group, a.reason, a.amount.to_string());
  }
  return out;
}

struct row {
  std::string remit_file, trace, clp01, payer_claim, status, control, procedure, modifiers, date, billed, allowed, paid,
      adjustments, remarks, matched_claim, matched_line, method;
};

void write(std::ostream& out, const row& r) {
  out << field(r.remit_file) << ',' << field(r.trace) << ',' << field(r.clp01) << ',' << field(r.payer_claim) << ','
      << field(r.status) << ',' << field(r.control) << ',' << field(r.procedure) << ',' << field(r.modifiers) << ','
      << field(r.date) << ',' << r.billed << ',' << r.allowed << ',' << r.paid << ',' << field(r.adjustments) << ','
      << field(r.remarks) << ',' << field(r.matched_claim) << ',' << field(r.matched_line) << ',' << r.method << '\n';
}

row claim_row(const claim_result& c) {
  row r;
  r.remit_file = c.remit_file;
  r.trace = c.trace_number;
  r.clp01 = c.patient_control_number;
  r.payer_claim = c.payer_claim_number;
  r.status = c.claim_status;
  r.matched_claim = c.matched_claim;
  r.method = std::string(to_string(c.method));
  return r;
}

}  // namespace

csv_report::csv_report(std::ostream& out) : out_(out) { out_ << HEADER; }

void csv_report::on_claim(const claim_result& c) {
  const row base = claim_row(c);
  for (const auto& l : c.lines) {
    row r = base;
    r.control = l.control_number;
    r.procedure = l.procedure;
    r.modifiers = joined(l.modifiers);
    r.date = l.service_date;
    r.billed = l.billed.to_string();
    r.allowed = l.allowed ? l.allowed->to_string() : "";
    r.paid = l.paid.to_string();
    r.adjustments = adjustments_text(l.adjustments);
    r.remarks = joined(l.remarks);
    r.matched_line = l.matched_line;
    if (c.method != match_method::unmatched) r.method = std::string(to_string(l.method));
    write(out_, r);
  }
  // Claim-level adjustments carry the claim's remarks (MOA / MIA) on their rows.
  for (const auto& a : c.adjustments) {
    row r = base;
    r.adjustments = adjustments_text({a});
    r.remarks = joined(c.remarks);
    write(out_, r);
  }
  if (c.lines.empty() && c.adjustments.empty()) {
    row r = base;
    r.billed = c.billed.to_string();
    r.paid = c.paid.to_string();
    r.remarks = joined(c.remarks);
    write(out_, r);
  }
}

void csv_report::on_unpaid(const billed_claim& c) {
  row r;
  r.clp01 = c.patient_control_number;
  r.date = c.date_from;
  r.billed = c.charge.to_string();
  r.method = std::string(to_string(match_method::unmatched));
  write(out_, r);
}

}  // namespace claimloop::reconcile
