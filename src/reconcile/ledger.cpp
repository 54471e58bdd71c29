#include "reconcile/ledger.hpp"

#include <fmt/format.h>

namespace claimloop::reconcile {

std::string payment_key::text() const { return fmt::format("{}/{}/{}/{}", payer_id, trace_number, amount, date); }

core::result<std::string> memory_ledger::take_payment(const payment_key& key, const std::string& file) {
  auto [it, inserted] = payments_.try_emplace(key.text(), file);
  return inserted ? std::string{} : it->second;
}

core::result<std::vector<posting>> memory_ledger::postings(std::int64_t claim_id) {
  auto it = postings_.find(claim_id);
  if (it == postings_.end()) return std::vector<posting>{};
  return it->second;
}

core::result<void> memory_ledger::post(std::int64_t claim_id, const posting& p) {
  postings_[claim_id].push_back(p);
  return {};
}

core::result<bool> memory_ledger::has_postings(std::int64_t claim_id) { return postings_.contains(claim_id); }

}  // namespace claimloop::reconcile
