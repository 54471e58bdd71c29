#pragma once
// Posting: the amounts of each adjudication classified the way a billing office books them
// (paid, allowed, contractual, patient responsibility split into deductible / coinsurance /
// copay, other adjustments), and what a claim has received after every remittance so far.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/decimal.hpp"
#include "core/result.hpp"

namespace claimloop::reconcile {

// One CAS reason as money: group (CO PR OA PI CR), reason (CARC), amount.
struct adjustment_amount {
  std::string group, reason;
  core::money amount;
};

// Amounts of one claim or line adjudication, or their sum over several.
struct posted_amounts {
  core::money billed, allowed, paid;
  core::money contractual;                             // CO
  core::money deductible, coinsurance, copay, other_patient;  // PR 1, 2, 3, other PR reasons
  core::money other_adjustments;                       // OA, PI, CR (except OA 23)
  core::money prior_payer;                             // OA 23: what earlier payers already settled

  core::money patient() const noexcept;  // every PR amount
  // Adds one CAS amount to its bucket; fails only on overflow.
  core::result<void> add(const adjustment_amount& a);
  core::result<void> add(const posted_amounts& other);
};

// Payer responsibility level of a CLP02 status: 1 primary (1, 19), 2 secondary (2, 20),
// 3 tertiary (3, 21), 0 when the status does not say (4 denied, 22 reversal, 23 not our claim, 25).
int responsibility_level(std::string_view claim_status) noexcept;
// CLP02 = 19, 20 or 21: processed and forwarded to another payer.
bool is_crossover(std::string_view claim_status) noexcept;
// CLP02 = 22: reversal of a previous payment.
inline bool is_reversal(std::string_view claim_status) noexcept { return claim_status == "22"; }

// One remittance claim posted to a billed claim.
struct posting {
  std::string payer_id, payer_claim_number, claim_status;
  int level = 1;                    // responsibility level; a reversal takes the level it reverses
  std::string remit_file, trace_number;
  posted_amounts amounts;           // claim and line adjustments together, billed = CLP03
};

// A billed claim after its postings. Each payer's adjudication stands on its own (a secondary
// payer re-reports the whole charge and books what the primary settled as OA 23), so:
//   paid        = every payment, reversals netting out;
//   patient     = the PR of the latest responsibility level posted (a secondary payer's PR
//                 replaces the primary's, which it has paid or re-assigned);
//   adjustments = CO, OA, PI, CR of every posting, without OA 23;
//   balance     = billed - paid - adjustments - patient: what no one has settled yet.
struct claim_totals {
  core::money billed, paid, contractual, other_adjustments, patient;
  core::money balance;
  std::size_t postings = 0;
};
core::result<claim_totals> totals_of(core::money billed, const std::vector<posting>& postings);

}  // namespace claimloop::reconcile
