#pragma once
// The typed 837 claim model (837P 005010X222A1, 837I 005010X223A2, 837D 005010X224A2), one
// struct per loop. Modelled explicitly (see docs in each struct): BHT, HL, SBR, PAT, PRV, the
// party loops (NM1 N3 N4 DMG PRV REF PER), CLM, DTP, CL1, AMT, REF, HI, LX, SV1/SV2/SV3, TOO,
// LIN, CTP, SVD, CAS and 2320 SBR. Everything else (PWK, CN1, K3, NTE, CR1-CR3, CRC, HCP, OI,
// MOA, MEA, QTY, PS1, ...) is kept as extras in the loop it was read in, so a model written
// back gives the same segments. Money and quantities are exact decimals (model::number).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/decimal.hpp"
#include "x837/parts.hpp"

namespace claimloop::x837 {

using model::amount;
using model::date_value;
using model::extras;
using model::number;
using model::party;
using model::raw_segment;
using model::reference;

// BHT: hierarchical structure, purpose, reference id, creation date and time, claim type.
struct beginning {
  raw_segment base;
  std::string structure, purpose, reference, date, time, transaction_type;
};

// SBR: payer responsibility (P, S, T), relationship (18 self), group number and name, claim
// filing indicator.
struct subscriber_info {
  raw_segment base;
  std::string responsibility, relationship, group_number, group_name, insurance_type, filing_indicator;
};

// PAT: patient relationship to the subscriber and the situational death / weight / pregnancy data.
struct patient_info {
  raw_segment base;
  std::string relationship, date_format, death_date, weight_unit, weight, pregnancy;
};

// CLM: the claim header.
struct claim_info {
  raw_segment base;
  std::string patient_control_number;  // CLM01
  number total_charge;                 // CLM02
  std::string facility_code;           // CLM05-1: place of service, or type of bill's first two digits
  std::string facility_qualifier;      // CLM05-2: B place of service, A uniform billing (837I)
  std::string frequency_code;          // CLM05-3: 1 original, 7 replacement, 8 void
  std::string provider_signature, assignment, benefits_assignment, release_of_information;  // CLM06-09
  std::string patient_signature_source;                        // CLM10
  std::string related_cause_1, related_cause_2, related_cause_3, accident_state, accident_country;  // CLM11
  std::string special_program;                                 // CLM12
  std::string delay_reason;                                    // CLM20
};

// CL1 (837I): admission type, admission source, patient status.
struct admission_info {
  raw_segment base;
  std::string admission_type, admission_source, patient_status;
};

// One C022 code of an HI segment: qualifier (ABK principal, ABJ admitting, ABF other
// diagnosis, APR reason for visit, ABN external cause, BBR/BBQ procedures, BH occurrence,
// BI occurrence span, BE value, BG condition ...), code, date, amount, present on admission.
struct health_code {
  std::string qualifier, code, date_format, date;
  number value;
  number quantity;
  std::string present_on_admission;  // C022-09
};
// One HI segment (up to twelve codes).
struct health_codes {
  raw_segment base;
  std::vector<health_code> codes;
};

// What a diagnosis qualifier says: ICD-10-CM principal (ABK), admitting (ABJ), other (ABF),
// reason for visit (APR), external cause (ABN); `none` for procedure, occurrence, value and
// condition codes. ICD-9 qualifiers (BK, BJ, BF) map to the same roles.
enum class diagnosis_role { principal, admitting, other, reason_for_visit, external_cause, none };
diagnosis_role role_of(std::string_view qualifier) noexcept;
std::string_view to_string(diagnosis_role r) noexcept;

// SV1 (837P), SV2 (837I) or SV3 (837D), in one struct; `tag` says which. Members a kind does
// not have stay empty.
struct service {
  raw_segment base;
  std::string tag = "SV1";
  std::string revenue_code;                              // SV201
  std::string procedure_qualifier, procedure_code;       // C003-01, -02 (HC, AD, ER, IV, WK)
  std::string modifier_1, modifier_2, modifier_3, modifier_4, description;  // C003-03..-07
  number charge;                                         // SV102, SV203, SV302
  std::string unit_basis;                                // SV103, SV204 (UN units, MJ minutes)
  number units;                                          // SV104, SV205, SV306
  std::string place_of_service;                          // SV105, SV303
  std::string pointer_1, pointer_2, pointer_3, pointer_4;  // SV107 / SV311 diagnosis pointers
  std::string emergency, epsdt, family_planning, copay_status;  // SV109, SV111, SV112, SV115
  number unit_rate, non_covered_charge;                  // SV206, SV207
  std::string oral_cavity_1, oral_cavity_2, oral_cavity_3, oral_cavity_4, oral_cavity_5;  // SV304
  std::string prosthesis;                                // SV305

  // The diagnosis pointers as written ("1".."12"), without the empty ones.
  std::vector<std::string> pointers() const;
  // The modifiers present, in order.
  std::vector<std::string> modifiers() const;
};

// TOO (837D): tooth code and up to five surfaces.
struct tooth {
  raw_segment base;
  std::string qualifier, code, surface_1, surface_2, surface_3, surface_4, surface_5;
};

// 2410 drug identification: LIN (NDC) and CTP (quantity and unit), REF (prescription number).
struct drug {
  raw_segment lin_base;
  std::string product_qualifier, product_id;  // LIN02 (N4), LIN03
  raw_segment ctp_base;
  bool has_price = false;                     // a CTP was read or should be written
  number quantity;                            // CTP04
  std::string unit;                           // CTP05-1 (UN, ML, GR, F2, ME)
  std::vector<reference> references;
  extras extra;
};

// SVD: what another payer paid for this line (2430).
struct line_payment {
  raw_segment base;
  std::string payer_id;  // SVD01: matches 2330B NM109
  number paid;           // SVD02
  std::string procedure_qualifier, procedure_code, modifier_1, modifier_2, modifier_3, modifier_4, description;
  std::string revenue_code;  // SVD04
  number units;              // SVD05
  std::string bundled_line;  // SVD06
};
// 2430 line adjudication: SVD, CAS, DTP (573 adjudication date), AMT (EAF).
struct line_adjudication {
  line_payment payment;
  std::vector<model::adjustment> adjustments;
  std::vector<date_value> dates;
  std::vector<amount> amounts;
  extras extra;
};

// 2400: one service line.
struct service_line {
  raw_segment lx_base;
  std::string number;  // LX01
  service svc;
  std::vector<tooth> teeth;            // TOO (837D)
  std::vector<date_value> dates;       // DTP (472 service date ...)
  std::vector<reference> references;   // REF (6R line item control number ...)
  std::vector<amount> amounts;         // AMT
  std::optional<drug> drug_data;       // 2410
  std::vector<party> providers;        // 2420A-H (rendering, purchased service, facility, ...)
  std::vector<line_adjudication> adjudications;  // 2430
  extras extra;

  // REF*6R, the key a payer echoes in the 835 SVC loop.
  std::string_view control_number() const noexcept { return model::find_reference(references, "6R"); }
};

// 2320: another payer of this claim (coordination of benefits), with its 2330A-G parties.
struct other_subscriber {
  subscriber_info sbr;
  std::vector<model::adjustment> adjustments;  // claim-level CAS
  std::vector<amount> amounts;                 // AMT (D payer paid, A8, EAF)
  std::vector<party> parties;                  // 2330A subscriber, 2330B payer, ...
  extras extra;
};

// 2300: one claim.
struct claim {
  claim_info info;
  std::vector<date_value> dates;          // DTP: 431 onset, 435 admission, 434 statement, 472 service, ...
  std::optional<admission_info> admission;  // CL1 (837I)
  std::vector<amount> amounts;            // AMT (F5 patient paid)
  std::vector<reference> references;      // REF: G1 prior authorization, 9F referral, F8 original
                                          // reference, D9 clearinghouse trace, EA medical record
  std::vector<health_codes> codes;        // HI: diagnoses, procedures, occurrence, value, condition codes
  std::vector<party> providers;           // 2310A-F: referring, rendering, attending, facility, ...
  std::vector<other_subscriber> other_payers;  // 2320
  std::vector<service_line> lines;        // 2400
  extras extra;

  std::string_view prior_authorization() const noexcept { return model::find_reference(references, "G1"); }
  std::string_view referral() const noexcept { return model::find_reference(references, "9F"); }
  std::string_view original_reference() const noexcept { return model::find_reference(references, "F8"); }
  std::string_view clearinghouse_trace() const noexcept { return model::find_reference(references, "D9"); }
  // 837I type of bill: CLM05-1 and CLM05-3 when CLM05-2 is A ("0111"); "" otherwise.
  std::string type_of_bill() const;
  // Every diagnosis code in HI order with its role (procedure and other codes left out).
  std::vector<std::pair<diagnosis_role, std::string>> diagnoses() const;
  // The provider loop with this id ("2310B" rendering), or nullptr.
  const party* provider(std::string_view loop) const noexcept { return model::find_party(providers, loop); }
  // The sum of the lines' charges, exact (for checking CLM02).
  core::money line_charge_total() const;
};

// 2000C: a patient who is not the subscriber, and the claims for them.
struct patient {
  model::hierarchy hl;
  std::optional<patient_info> pat;
  std::vector<party> parties;  // 2010CA
  std::vector<claim> claims;
  extras extra;
};

// 2000B: a subscriber (2010BA) with a payer (2010BB), their claims and dependent patients.
struct subscriber {
  model::hierarchy hl;
  subscriber_info sbr;
  std::optional<patient_info> pat;
  std::vector<party> parties;  // 2010BA subscriber, 2010BB payer
  std::vector<claim> claims;
  std::vector<patient> patients;
  extras extra;
};

// 2000A: a billing provider (2010AA) with its pay-to parties (2010AB, 2010AC) and subscribers.
struct billing_provider {
  model::hierarchy hl;
  std::optional<model::specialty> provider_specialty;  // PRV*BI
  std::vector<party> parties;
  std::vector<subscriber> subscribers;
  extras extra;
};

// One 837 transaction set.
struct claim_set {
  std::string implementation;  // ST03 (005010X222A1 ...)
  std::string control_number;  // ST02 as read (the writer numbers sets itself)
  beginning bht;
  std::vector<party> parties;  // 1000A submitter, 1000B receiver
  std::vector<billing_provider> providers;
  extras extra;

  std::size_t claim_count() const noexcept;
};

// A claim with everything that identifies it, as the claim reader hands it out: the claim and
// copies of its envelope, trading partners and parties, so it stands alone (reconciliation,
// the denial queue, corrected claims).
struct claim_record {
  std::string file, isa13, gs06, st02, implementation;
  beginning bht;                               // of the set it came in (date and time of creation)
  party submitter, receiver;                   // 1000A, 1000B
  billing_provider billing;                    // 2000A with its parties; subscribers left empty
  subscriber insured;                          // 2000B with its parties; claims and patients left empty
  std::optional<patient> dependent;            // 2000C with 2010CA when the patient is not the subscriber
  x837::claim claim;

  std::string_view submitter_id() const noexcept { return submitter.who.id; }
  // 2010AA NM109.
  std::string_view billing_npi() const noexcept;
  // 2010BB NM109.
  std::string_view payer_id() const noexcept;
  // The patient: 2010CA when there is a dependent, else 2010BA.
  const party* patient_party() const noexcept;
};

}  // namespace claimloop::x837
