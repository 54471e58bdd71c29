#pragma once
// What reconciling one 835 yields: per remittance claim, the billed claim it belongs to, per
// service line the coded line, the amounts as posted, and per payment whether it balances.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/decimal.hpp"
#include "reconcile/posting.hpp"

namespace claimloop::reconcile {

// How a remittance line (or claim) was tied to the bill.
enum class match_method {
  control_number,      // REF*6R = the 837 line's REF*6R                       ("6R")
  procedure,           // procedure, modifiers, date of service and units      ("procedure")
  original_procedure,  // SVC06, the procedure as submitted, for re-coded lines ("svc06")
  claim,               // claim found, no line (claim-level rows, lines not found) ("claim")
  unmatched,           // no billed claim                                       ("unmatched")
};
std::string_view to_string(match_method m) noexcept;

// One 2110 service line.
struct line_result {
  std::string control_number;   // REF*6R as the payer returned it
  std::string procedure;        // SVC01 as "HC:99213"
  std::vector<std::string> modifiers;
  std::string service_date;     // DTM*472 (or 150), else the claim's
  core::money billed, paid;
  std::optional<core::money> allowed;  // AMT*B6
  std::vector<adjustment_amount> adjustments;
  std::vector<std::string> remarks;    // LQ*HE
  std::string matched_line;            // 837 LX01, "" when not found
  match_method method = match_method::unmatched;
};

// One 2100 remittance claim.
struct claim_result {
  std::string remit_file, trace_number, payer_id, payer_name;
  std::string patient_control_number;   // CLP01
  std::string payer_claim_number;       // CLP07
  std::string claim_status;             // CLP02
  std::string crossover_payer;          // NM1*TT name, for CLP02 19-21
  core::money billed, paid, patient_responsibility;
  std::vector<adjustment_amount> adjustments;  // claim-level CAS
  std::vector<std::string> remarks;            // MOA / MIA remark codes
  std::vector<line_result> lines;
  // The billed claim: its id in the claim source, CLM01 and file; method claim or unmatched.
  std::int64_t matched_claim_id = 0;
  std::string matched_claim, matched_file;
  match_method method = match_method::unmatched;
  std::size_t candidates = 0;                  // billed claims with this CLM01
  std::optional<claim_totals> totals;          // the claim after this posting (matched only)
};

// One payment (BPR / TRN) of an 835 transaction set.
struct deposit_result {
  std::string remit_file, trace_number, payer_id, payer_name, payee_id, method, payment_date;
  core::money amount;              // BPR02, negative for BPR03 = D
  core::money claims_paid;         // sum of CLP04
  core::money provider_adjustments;  // sum of PLB amounts (positive reduces the payment)
  core::money forward_balance;     // PLB FB amounts, carried to or from another remittance
  std::size_t claims = 0;
  std::string duplicate_of;        // the file that first brought this payment: not posted again
  bool balanced() const noexcept;  // BPR02 = claims paid - provider adjustments
  core::money difference() const noexcept;
};

}  // namespace claimloop::reconcile
