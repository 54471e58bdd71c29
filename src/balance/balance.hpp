#pragma once
// SNIP level 3 (balancing) on the typed models: the amounts of an 837 claim or an 835
// remittance that must add up, checked exactly (core::decimal, never floating point). Findings
// carry snip = 3, no 999 codes (balancing is not a syntax error), the loop, segment and element
// they are about, and every amount of the sum in the message. `where` stays zero: the models
// do not keep segment positions, so the claim (CLM01 / CLP01) and line are named in the message.
//
// Rules (all exact; a check whose amounts are missing or overflow is skipped, level 1 reports
// the missing required element):
//   837 2300 CLM02  = sum of SV102 / SV203 / SV302 of the claim's lines.
//   837 2430 SVD02  + sum of that 2430's CAS amounts = the line charge, for each 2430 whose SVD06
//                     is empty (the payer adjudicated the whole line; a bundled line is skipped).
//   835 2110 SVC02  - SVC03 = sum of the line's CAS amounts.
//   835 2100 CLP03  - CLP04 = sum of claim CAS + every line's CAS amounts.
//   835 2100 CLP05  = sum of PR CAS amounts (claim + lines) when CLP05 is present: a warning.
//   835 BPR02       = sum of CLP04 - sum of PLB amounts; BPR03 = D counts BPR02 as negative.
#include <vector>

#include "core/finding.hpp"
#include "tree/set_context.hpp"
#include "x835/model.hpp"
#include "x837/model.hpp"

namespace claimloop::balance {

// 837 claim: CLM02 = sum of the line charges; per 2430 (not bundled, SVD06 empty),
// SVD02 + the 2430 CAS amounts = the line charge.
std::vector<core::finding> check_balancing(const x837::claim& claim, const tree::set_context& context);
// Every claim of an 837 set.
std::vector<core::finding> check_balancing(const x837::claim_set& set, const tree::set_context& context);

// 835 claim: per line SVC02 - SVC03 = its CAS; CLP03 - CLP04 = claim and line CAS; CLP05 =
// the PR adjustments (a warning: payers differ).
std::vector<core::finding> check_balancing(const x835::remit_claim& claim, const tree::set_context& context);
// Every claim of an 835 set, then BPR02 = sum of CLP04 - sum of PLB amounts.
std::vector<core::finding> check_balancing(const x835::remittance& set, const tree::set_context& context);

}  // namespace claimloop::balance
