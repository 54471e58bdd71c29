#include <fmt/format.h>

#include "reconcile/report.hpp"

namespace claimloop::reconcile {
namespace {

constexpr std::string_view HEADER =
    "remit_file,trace_number,clp01,payer_claim_number,claim_status,line_control_number,procedure,modifiers,"
    "service_date,billed,allowed,paid,adjustments,remarks,matched_claim,matched_line,match_method\n";

// Appends one field, quoted as RFC 4180 asks when it holds a comma, quote or line break, and
// then `end` (the separator, or the line break after the last field).
void put(std::string& out, std::string_view v, char end = ',') {
  if (v.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += v;
  } else {
    out += '"';
    for (char c : v) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }
  out += end;
}

const std::string& joined(std::string& scratch, const std::vector<std::string>& parts) {
  scratch.clear();
  for (const auto& p : parts) {
    if (!scratch.empty()) scratch += ';';
    scratch += p;
  }
  return scratch;
}

void append_adjustment(std::string& out, const adjustment_amount& a) {
  if (!out.empty()) out += ';';
  out += a.group;
  out += '-';
  out += a.reason;
  out += ':';
  out += a.amount.to_string();
}

// The fields every row of a remittance claim starts with: remit_file to claim_status.
void put_claim(std::string& out, const claim_result& c) {
  put(out, c.remit_file);
  put(out, c.trace_number);
  put(out, c.patient_control_number);
  put(out, c.payer_claim_number);
  put(out, c.claim_status);
}

}  // namespace

csv_report::csv_report(std::ostream& out) : out_(out) { out_ << HEADER; }

void csv_report::on_claim(const claim_result& c) {
  std::string& r = rows_;
  r.clear();
  const auto claim_method = to_string(c.method);
  for (const auto& l : c.lines) {
    put_claim(r, c);
    put(r, l.control_number);
    put(r, l.procedure);
    put(r, joined(scratch_, l.modifiers));
    put(r, l.service_date);
    put(r, l.billed.to_string());
    put(r, l.allowed ? l.allowed->to_string() : "");
    put(r, l.paid.to_string());
    scratch_.clear();
    for (const auto& a : l.adjustments) append_adjustment(scratch_, a);
    put(r, scratch_);
    put(r, joined(scratch_, l.remarks));
    put(r, c.matched_claim);
    put(r, l.matched_line);
    put(r, c.method != match_method::unmatched ? to_string(l.method) : claim_method, '\n');
  }
  // Claim-level adjustments carry the claim's remarks (MOA / MIA) on their rows.
  for (const auto& a : c.adjustments) {
    put_claim(r, c);
    r += ",,,,,,,";  // line control number to paid
    scratch_.clear();
    append_adjustment(scratch_, a);
    put(r, scratch_);
    put(r, joined(scratch_, c.remarks));
    put(r, c.matched_claim);
    r += ',';  // matched line
    put(r, claim_method, '\n');
  }
  if (c.lines.empty() && c.adjustments.empty()) {
    put_claim(r, c);
    r += ",,,,";  // line control number to service date
    put(r, c.billed.to_string());
    r += ',';  // allowed
    put(r, c.paid.to_string());
    r += ',';  // adjustments
    put(r, joined(scratch_, c.remarks));
    put(r, c.matched_claim);
    r += ',';  // matched line
    put(r, claim_method, '\n');
  }
  out_.write(r.data(), static_cast<std::streamsize>(r.size()));
}

void csv_report::on_unpaid(const billed_claim& c) {
  std::string& r = rows_;
  r.clear();
  r += ",,";  // remit_file, trace_number
  put(r, c.patient_control_number);
  r += ",,,,,";  // payer claim number to modifiers
  put(r, c.date_from);
  put(r, c.charge.to_string());
  r += ",,,,,,";  // allowed to matched_line
  put(r, to_string(match_method::unmatched), '\n');
  out_.write(r.data(), static_cast<std::streamsize>(r.size()));
}

}  // namespace claimloop::reconcile
