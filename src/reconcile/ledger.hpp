#pragma once
// What has been posted before: the payments already taken in (so a duplicate ERA is not posted
// twice) and each billed claim's postings. Kept in memory for one run, or in the store across
// runs, behind one interface.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/result.hpp"
#include "reconcile/posting.hpp"

namespace claimloop::reconcile {

// A payment as the payer identifies it: TRN03 (payer id), TRN02 (check or EFT trace), BPR02,
// BPR16. The same four again is the same ERA sent twice.
struct payment_key {
  std::string payer_id, trace_number, amount, date;

  std::string text() const;  // "payer/trace/amount/date", for stores and messages
};

class ledger {
 public:
  virtual ~ledger() = default;
  // The file that first brought this payment, or "" when it is new (it is remembered as `file`'s).
  virtual core::result<std::string> take_payment(const payment_key& key, const std::string& file) = 0;
  // The postings made to a billed claim so far, oldest first.
  virtual core::result<std::vector<posting>> postings(std::int64_t claim_id) = 0;
  virtual core::result<void> post(std::int64_t claim_id, const posting& p) = 0;
  virtual core::result<bool> has_postings(std::int64_t claim_id) = 0;
};

class memory_ledger : public ledger {
 public:
  core::result<std::string> take_payment(const payment_key& key, const std::string& file) override;
  core::result<std::vector<posting>> postings(std::int64_t claim_id) override;
  core::result<void> post(std::int64_t claim_id, const posting& p) override;
  core::result<bool> has_postings(std::int64_t claim_id) override;

 private:
  std::unordered_map<std::string, std::string> payments_;
  std::unordered_map<std::int64_t, std::vector<posting>> postings_;
};

}  // namespace claimloop::reconcile
