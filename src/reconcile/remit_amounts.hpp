#pragma once
// Reading an 835 remittance claim's amounts as money: CAS triples, LQ and MOA/MIA remarks,
// and the posting they add up to.
#include <string>
#include <vector>

#include "core/result.hpp"
#include "reconcile/posting.hpp"
#include "reconcile/results.hpp"
#include "x835/model.hpp"

namespace claimloop::reconcile {

// An exact amount rounded to cents; absent is zero. The error names `what`.
core::result<core::money> money_of(const model::number& n, std::string_view what);
// Every triple of every CAS segment.
core::result<std::vector<adjustment_amount>> adjustments_of(const std::vector<model::adjustment>& cas,
                                                            std::string_view what);
// MOA and MIA remark codes of a claim.
std::vector<std::string> claim_remarks(const x835::remit_claim& claim);
// The line as reported (before matching): procedure, dates, amounts, CAS, LQ remarks.
core::result<line_result> read_line(const x835::remit_line& line, const x835::remit_claim& claim);
// The claim as reported (before matching), with its lines.
core::result<claim_result> read_claim(const x835::remit_claim& claim);
// What the remittance claim posts: CLP03 billed, CLP04 paid, line AMT*B6 allowed, every CAS.
core::result<posted_amounts> posting_amounts(const claim_result& claim);

}  // namespace claimloop::reconcile
