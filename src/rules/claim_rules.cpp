// 837 situational rules of the claim loop (2300): frequency and original reference, accident
// data, the principal diagnosis, and the inpatient data of institutional claims.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "rules/detail/scope.hpp"

namespace claimloop::rules::detail {

namespace {

bool has_date(const x837::claim& c, std::string_view qualifier) {
  return std::ranges::any_of(c.dates, [&](const auto& d) { return d.qualifier == qualifier; });
}

bool replaces_or_voids(const x837::claim& c) { return c.info.frequency_code == "7" || c.info.frequency_code == "8"; }

// CLM11-1..3, the related causes, that equal one of `codes`; "" when none does.
std::string related_cause(const x837::claim& c, std::initializer_list<std::string_view> codes) {
  for (const auto* cause : {&c.info.related_cause_1, &c.info.related_cause_2, &c.info.related_cause_3})
    if (std::ranges::find(codes, std::string_view(*cause)) != codes.end()) return *cause;
  return {};
}

// Inpatient types of bill (CLM05-1 with CLM05-2 = A): hospital inpatient (11x), hospital swing
// bed (18x), skilled nursing inpatient (21x), religious non-medical hospital (41x). The UB-04
// manual counts 12x and 22x as outpatient for these elements (X12 RFI 1435), so they are not here.
bool is_inpatient(const x837::claim& c) {
  if (c.info.facility_qualifier != "A") return false;
  std::string_view code = c.info.facility_code;
  if (code.size() == 3 && code.front() == '0') code.remove_prefix(1);
  static constexpr std::array<std::string_view, 4> INPATIENT{"11", "18", "21", "41"};
  return std::ranges::find(INPATIENT, code) != INPATIENT.end();
}

// 2300 REF*F8 (P, I, D): required when CLM05-3 says the claim replaces (7) or voids (8) one the
// payer adjudicated (X12 RFIs 1538, 2110).
void check_original_reference(const x837::claim& c, finding_sink& sink) {
  if (!replaces_or_voids(c) || !c.original_reference().empty()) return;
  sink.error({"2300", "REF", 0}, c.info.frequency_code,
             fmt::format("{}: CLM05-3 = {} ({}) but there is no REF*F8 with the payer's claim control number of the "
                         "claim it {}",
                         claim_label(c), c.info.frequency_code, c.info.frequency_code == "7" ? "replacement" : "void",
                         c.info.frequency_code == "7" ? "replaces" : "voids"));
}

// 2300 REF*F8 (P, I, D): "if not required, do not send": an original claim (CLM05-3 not 7/8)
// has no earlier claim to name (X12 RFI 2110).
void check_original_reference_only_when_replacing(const x837::claim& c, finding_sink& sink) {
  const auto f8 = c.original_reference();
  if (f8.empty() || replaces_or_voids(c)) return;
  sink.error({"2300", "REF", 2}, std::string(f8),
             fmt::format("{}: REF*F8 {} is sent but CLM05-3 = '{}' is neither 7 (replacement) nor 8 (void)",
                         claim_label(c), f8, c.info.frequency_code));
}

// 2300 DTP*439 (P, D): the accident date is required when a related cause (CLM11) is an auto
// accident (AA) or another accident (OA).
void check_accident_date(const claim_scope& s, finding_sink& sink) {
  if (s.kind == claim_kind::institutional) return;
  const auto cause = related_cause(s.claim, {"AA", "OA"});
  if (cause.empty() || has_date(s.claim, "439")) return;
  sink.error({"2300", "DTP", 0}, cause,
             fmt::format("{}: CLM11 related cause {} ({} accident) but there is no DTP*439 accident date",
                         claim_label(s.claim), cause, cause == "AA" ? "auto" : "other"));
}

// 2300 CLM11-4 (P, D): the state of an auto accident (AA) is required.
void check_accident_state(const claim_scope& s, finding_sink& sink) {
  if (s.kind == claim_kind::institutional) return;
  if (related_cause(s.claim, {"AA"}).empty() || !s.claim.info.accident_state.empty()) return;
  sink.error({"2300", "CLM", 11, 4}, "AA",
             fmt::format("{}: CLM11 related cause AA (auto accident) but CLM11-4, the state of the accident, is empty",
                         claim_label(s.claim)));
}

// 2300 HI (P, I, D): diagnoses are reported with a principal one (ABK, or BK for ICD-9) that
// the others and the line pointers are ranked against. (Walks the codes in place: claim::diagnoses
// copies every code, and this runs for every claim.)
void check_principal_diagnosis(const x837::claim& c, finding_sink& sink) {
  std::size_t count = 0;
  const x837::health_code* first = nullptr;
  for (const auto& hi : c.codes)
    for (const auto& code : hi.codes) {
      const auto role = x837::role_of(code.qualifier);
      if (role == x837::diagnosis_role::none) continue;
      if (role == x837::diagnosis_role::principal) return;
      if (first == nullptr) first = &code;
      ++count;
    }
  if (first == nullptr) return;
  sink.error({"2300", "HI", 1, 1}, first->code,
             fmt::format("{}: {} diagnosis code(s) but no principal diagnosis (HI qualifier ABK or BK); the first is "
                         "{} ({})",
                         claim_label(c), count, first->code, x837::to_string(x837::role_of(first->qualifier))));
}

// 2300 DTP*435 (I): admission date and hour are required on inpatient claims (X12 RFI 1520).
void check_admission_date(const claim_scope& s, finding_sink& sink) {
  if (s.kind != claim_kind::institutional || !is_inpatient(s.claim) || has_date(s.claim, "435")) return;
  sink.error({"2300", "DTP", 0}, s.claim.type_of_bill(),
             fmt::format("{}: type of bill {} is inpatient but there is no DTP*435 admission date and hour",
                         claim_label(s.claim), s.claim.type_of_bill()));
}

// 2300 CL1 (I): inpatient claims carry the institutional claim codes, at least CL101, the
// priority (type) of the admission.
void check_admission_codes(const claim_scope& s, finding_sink& sink) {
  if (s.kind != claim_kind::institutional || !is_inpatient(s.claim)) return;
  if (!s.claim.admission) {
    sink.error({"2300", "CL1", 0}, s.claim.type_of_bill(),
               fmt::format("{}: type of bill {} is inpatient but there is no CL1 (admission type, source and patient "
                           "status)",
                           claim_label(s.claim), s.claim.type_of_bill()));
  } else if (s.claim.admission->admission_type.empty()) {
    sink.error({"2300", "CL1", 1}, {},
               fmt::format("{}: type of bill {} is inpatient but CL101, the admission type, is empty",
                           claim_label(s.claim), s.claim.type_of_bill()));
  }
}

}  // namespace

void check_claim(const claim_scope& scope, finding_sink& sink) {
  check_original_reference(scope.claim, sink);
  check_original_reference_only_when_replacing(scope.claim, sink);
  check_accident_date(scope, sink);
  check_accident_state(scope, sink);
  check_principal_diagnosis(scope.claim, sink);
  check_admission_date(scope, sink);
  check_admission_codes(scope, sink);
}

}  // namespace claimloop::rules::detail
