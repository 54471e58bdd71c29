// 837 situational rules of the hierarchy: who the patient is (2000B SBR02, 2000C, PAT), what the
// subscriber loop must carry when the subscriber is the patient, and the pay-to address.
#include <fmt/format.h>

#include "rules/detail/scope.hpp"

namespace claimloop::rules::detail {

namespace {

std::string shown(std::string_view v) { return v.empty() ? "empty" : "'" + std::string(v) + "'"; }

// Claims directly under 2000B mean the subscriber is the patient (no 2000C for them).
bool subscriber_is_patient(const x837::subscriber& s) noexcept { return !s.claims.empty(); }

std::string first_claim(const x837::subscriber& s) {
  return s.claims.empty() ? std::string() : " (" + claim_label(s.claims.front()) + ")";
}

// 2000B SBR02 (P, I, D): 18 (self) is required when the subscriber is the patient.
void check_self_relationship(const x837::subscriber& s, finding_sink& sink) {
  if (!subscriber_is_patient(s) || s.sbr.relationship == "18") return;
  sink.error({"2000B", "SBR", 2}, s.sbr.relationship,
             fmt::format("subscriber HL {} has claims of its own{}, so the subscriber is the patient, but SBR02 is {} "
                         "instead of 18 (self)",
                         s.hl.id, first_claim(s), shown(s.sbr.relationship)));
}

// 2000B SBR02 and 2000C (P, I, D): the patient loop is sent only when the patient is someone
// else, and then SBR02 is not used.
void check_dependent_relationship(const x837::subscriber& s, finding_sink& sink) {
  if (s.patients.empty() || s.sbr.relationship != "18") return;
  sink.error({"2000B", "SBR", 2}, s.sbr.relationship,
             fmt::format("subscriber HL {} has a patient loop 2000C (HL {}), so the patient is not the subscriber, but "
                         "SBR02 = 18 (self); leave SBR02 empty",
                         s.hl.id, s.patients.front().hl.id));
}

// 2000C PAT01 (P, I, D): the patient's relationship to a subscriber who is someone else; 18
// (self) contradicts the loop being sent at all.
void check_patient_relationship(const x837::patient& p, finding_sink& sink) {
  if (!p.pat || p.pat->relationship != "18") return;
  sink.error({"2000C", "PAT", 1}, "18",
             fmt::format("patient HL {}: PAT01 = 18 (self) in the patient loop, which is sent only when the patient is "
                         "not the subscriber",
                         p.hl.id));
}

// 2000B PAT (P): sent only when the subscriber is the patient; a dependent's PAT is in 2000C.
void check_subscriber_pat(const x837::subscriber& s, finding_sink& sink) {
  if (!s.pat || subscriber_is_patient(s) || s.patients.empty()) return;
  sink.error({"2000B", "PAT", 0}, s.pat->base.text(),
             fmt::format("subscriber HL {} carries PAT, but its claims are for a dependent (2000C HL {}); 2000B PAT is "
                         "sent only when the subscriber is the patient",
                         s.hl.id, s.patients.front().hl.id));
}

// 2010BA N3/N4 (P, I, D): required when the patient is the subscriber (X12 RFI 2281).
void check_subscriber_address(const x837::subscriber& s, finding_sink& sink) {
  const auto* who = party_in(s.parties, "2010BA");
  if (!subscriber_is_patient(s) || who == nullptr || (who->address && who->city)) return;
  sink.error({"2010BA", who->address ? "N4" : "N3", 0}, {},
             fmt::format("subscriber HL {} is the patient{} but 2010BA has no {}; the subscriber's address is required "
                         "when the subscriber is the patient",
                         s.hl.id, first_claim(s), who->address ? "N4" : "N3"));
}

// 2010BA DMG (P, I, D): birth date and gender are required when the patient is the subscriber.
void check_subscriber_demographics(const x837::subscriber& s, finding_sink& sink) {
  const auto* who = party_in(s.parties, "2010BA");
  if (!subscriber_is_patient(s) || who == nullptr || who->demographic) return;
  sink.error({"2010BA", "DMG", 0}, {},
             fmt::format("subscriber HL {} is the patient{} but 2010BA has no DMG; birth date and gender are required "
                         "when the subscriber is the patient",
                         s.hl.id, first_claim(s)));
}

// 2000B SBR09 (P, I, D): required until the National Health Plan ID is mandated, which it
// never was, so every subscriber loop names its claim filing indicator.
void check_filing_indicator(const x837::subscriber& s, finding_sink& sink) {
  if (!s.sbr.filing_indicator.empty()) return;
  sink.error({"2000B", "SBR", 9}, {},
             fmt::format("subscriber HL {}: SBR09 (claim filing indicator) is empty; it is required while the National "
                         "Health Plan ID is not in use",
                         s.hl.id));
}

// 2010AB (P, I, D): the pay-to address is sent only when payment goes to an address other than
// the billing provider's (2010AA).
void check_pay_to_address(const x837::billing_provider& b, finding_sink& sink) {
  const auto* billing = party_in(b.parties, "2010AA");
  const auto* pay_to = party_in(b.parties, "2010AB");
  if (billing == nullptr || pay_to == nullptr || !same_address(*billing, *pay_to)) return;
  sink.error({"2010AB", "N3", 1}, pay_to->address->line_1,
             fmt::format("billing provider HL {}: pay-to address '{}, {}' is the billing provider's own address; "
                         "2010AB is sent only when payment goes elsewhere",
                         b.hl.id, pay_to->address->line_1, pay_to->city->city));
}

}  // namespace

void check_hierarchy(const x837::claim_set& set, finding_sink& sink) {
  for (const auto& b : set.providers) {
    check_pay_to_address(b, sink);
    for (const auto& s : b.subscribers) {
      check_self_relationship(s, sink);
      check_dependent_relationship(s, sink);
      check_subscriber_pat(s, sink);
      check_subscriber_address(s, sink);
      check_subscriber_demographics(s, sink);
      check_filing_indicator(s, sink);
      for (const auto& p : s.patients) check_patient_relationship(p, sink);
    }
  }
}

}  // namespace claimloop::rules::detail
