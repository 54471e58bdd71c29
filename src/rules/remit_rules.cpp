// 835 situational rules of the adjudicated claims (2100) and their service lines (2110).
#include <fmt/format.h>

#include <algorithm>

#include "rules/detail/scope.hpp"

namespace claimloop::rules::detail {

namespace {

std::string claim_label(const x835::remit_claim& c) { return "claim " + c.clp.patient_control_number; }

std::string line_label(const x835::remit_claim& c, std::size_t index, const x835::remit_line& l) {
  return fmt::format("{} line {} ({}:{})", claim_label(c), index + 1, l.svc.procedure_qualifier, l.svc.procedure_code);
}

bool positive(const model::number& n) { return n && *n > core::decimal{}; }

template <class Dates>
bool has_date(const Dates& dates, std::initializer_list<std::string_view> qualifiers) {
  return std::ranges::any_of(dates, [&](const auto& d) {
    return std::ranges::find(qualifiers, std::string_view(d.qualifier)) != qualifiers.end();
  });
}

// CLP02 = 4 (claim status code 4, denied): the payer paid nothing for a denied claim, so CLP04 is 0.
void check_denied_claim_unpaid(const x835::remit_claim& c, finding_sink& sink) {
  if (c.clp.status != "4" || !c.clp.paid || *c.clp.paid == core::decimal{}) return;
  sink.error({"2100", "CLP", 4}, c.clp.paid->to_string(),
             fmt::format("{}: CLP02 = 4 (denied) but CLP04 pays {}; a denied claim pays 0", claim_label(c),
                         c.clp.paid->to_string()));
}

// CLP02 = 22 (section 1.10.2.8, reversals and corrections): a reversal sends the original
// claim's amounts with their signs inverted, so its charge and payment are never positive.
void check_reversal_amounts(const x835::remit_claim& c, finding_sink& sink) {
  if (c.clp.status != "22") return;
  for (const auto& [element, amount] : {std::pair{3, &c.clp.billed}, std::pair{4, &c.clp.paid}}) {
    if (!positive(*amount)) continue;
    sink.error({"2100", "CLP", static_cast<std::uint8_t>(element)}, (*amount)->to_string(),
               fmt::format("{}: CLP02 = 22 (reversal of a previous payment) but CLP{:02} is {}; a reversal carries "
                           "the original amounts negated",
                           claim_label(c), element, (*amount)->to_string()));
  }
}

// 2100 MIA / MOA: inpatient adjudication is reported for inpatient claims and outpatient
// adjudication for outpatient ones; both on one claim contradict each other (a warning).
void check_inpatient_or_outpatient(const x835::remit_claim& c, finding_sink& sink) {
  if (!c.inpatient || !c.outpatient) return;
  sink.warning({"2100", "MOA", 0}, {},
               fmt::format("{}: both MIA (inpatient) and MOA (outpatient) adjudication are reported", claim_label(c)));
}

// 2100 NM1*82: the service provider is sent only when the rendering provider differs from the
// payee (X12 RFI 1270).
void check_rendering_not_payee(const x835::remittance& set, const x835::remit_claim& c, finding_sink& sink) {
  const auto* rendering = c.name_of("82");
  const auto* payee = set.payee();
  if (rendering == nullptr || payee == nullptr || !same_id(*rendering, payee->who)) return;
  sink.error({"2100", "NM1", 9}, rendering->id,
             fmt::format("{}: service provider NM1*82 {} is the payee (1000B N1*PE {}); it is sent only when the "
                         "rendering provider is someone else",
                         claim_label(c), id_text(*rendering), id_text(payee->who)));
}

// 2100 DTM*232/233 and 2110 DTM (X12 RFI 2055): dates are given for the whole claim or for
// every line; without claim dates each line needs its service date (472, or 150/151).
void check_service_dates(const x835::remit_claim& c, finding_sink& sink) {
  if (has_date(c.dates, {"232", "233"})) return;
  for (std::size_t i = 0; i < c.lines.size(); ++i) {
    const auto& l = c.lines[i];
    if (has_date(l.dates, {"472", "150", "151"})) continue;
    sink.error({"2110", "DTM", 0}, {},
               fmt::format("{}: no service date (DTM*472 or 150/151) and the claim has no statement dates "
                           "(DTM*232/233)",
                           line_label(c, i, l)));
  }
}

// SVC06 (X12 RFI 1000): the submitted procedure is sent only when it differs from the
// adjudicated one in SVC01 (code or any modifier); otherwise "do not send".
void check_submitted_procedure(const x835::remit_claim& c, finding_sink& sink) {
  for (std::size_t i = 0; i < c.lines.size(); ++i) {
    const auto& s = c.lines[i].svc;
    if (s.original_code.empty()) continue;
    const bool same = s.original_qualifier == s.procedure_qualifier && s.original_code == s.procedure_code &&
                      s.original_modifier_1 == s.modifier_1 && s.original_modifier_2 == s.modifier_2 &&
                      s.original_modifier_3 == s.modifier_3 && s.original_modifier_4 == s.modifier_4;
    if (!same) continue;
    sink.error({"2110", "SVC", 6, 2}, s.original_code,
               fmt::format("{}: SVC06 repeats the adjudicated procedure of SVC01; it is sent only when the submitted "
                           "procedure differs",
                           line_label(c, i, c.lines[i])));
  }
}

// 2110 REF*6R: the line item control number of the claim line is reported once per line.
void check_line_control_number_once(const x835::remit_claim& c, finding_sink& sink) {
  for (std::size_t i = 0; i < c.lines.size(); ++i) {
    const auto& refs = c.lines[i].references;
    const auto n = std::ranges::count_if(refs, [](const auto& r) { return r.qualifier == "6R"; });
    if (n < 2) continue;
    sink.error({"2110", "REF", 1}, "6R",
               fmt::format("{}: {} REF*6R line item control numbers; a line has at most one",
                           line_label(c, i, c.lines[i]), n));
  }
}

}  // namespace

void check_remit_claims(const x835::remittance& set, finding_sink& sink) {
  for (const auto& g : set.groups)
    for (const auto& c : g.claims) {
      check_denied_claim_unpaid(c, sink);
      check_reversal_amounts(c, sink);
      check_inpatient_or_outpatient(c, sink);
      check_rendering_not_payee(set, c, sink);
      check_service_dates(c, sink);
      check_submitted_procedure(c, sink);
      check_line_control_number_once(c, sink);
    }
}

}  // namespace claimloop::rules::detail
