// Claim verdicts for the 277CA: pure decisions on values, apart from the segments.
#include <algorithm>

#include "ack/ack_277ca.hpp"

namespace claimloop::ack {

std::size_t claim_batch::claim_count() const noexcept {
  std::size_t n = 0;
  for (const auto& p : providers)
    for (const auto& patient : p.patients) n += patient.claims.size();
  return n;
}

std::string transaction_of(const std::string& implementation) {
  if (implementation.find("X222") != std::string::npos) return "837P";
  if (implementation.find("X223") != std::string::npos) return "837I";
  if (implementation.find("X224") != std::string::npos) return "837D";
  return "837";
}

claim_verdict judge_claim(const received_claim& claim, std::string_view transaction, const claim_status_table& table) {
  claim_verdict v;
  for (const auto& issue : claim.issues) {
    if (!issue.finding.is_error()) continue;
    v.accepted = false;
    auto status = table.status_of(transaction, issue);
    if (std::find(v.statuses.begin(), v.statuses.end(), status) == v.statuses.end()) v.statuses.push_back(std::move(status));
  }
  return v;
}

}  // namespace claimloop::ack
