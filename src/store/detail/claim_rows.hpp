#pragma once
// Writes prepared claims into the store: the claim row, its coded lines, its diagnoses and its
// X12 (own segments plus the shared blocks), inside the caller's transaction.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/result.hpp"
#include "store/database.hpp"
#include "store/detail/prepared_claim.hpp"

namespace claimloop::store::detail {

class claim_rows {
 public:
  claim_rows(database& db, std::int64_t file_id) : db_(db), file_id_(file_id) {}

  // Stores the claim as the file's `position`-th (0-based); returns its id.
  core::result<std::int64_t> add(const prepared_claim& claim, std::int64_t position);
  std::size_t lines() const noexcept { return lines_; }

 private:
  core::result<std::int64_t> claim_row(const prepared_claim& c, std::int64_t position);
  core::result<void> line_rows(std::int64_t claim_id, const reconcile::billed_claim& b);
  core::result<void> diagnosis_rows(std::int64_t claim_id, const prepared_claim& c);
  core::result<void> x12_row(std::int64_t claim_id, const prepared_claim& c);
  // The id of the stored block with this text, storing it when new.
  core::result<std::int64_t> block(std::string_view kind, const x12_block& b);

  database& db_;
  std::int64_t file_id_;
  std::size_t lines_ = 0;
  std::unordered_map<std::string, std::int64_t> blocks_;  // kind + hash -> id, seen in this transaction
};

}  // namespace claimloop::store::detail
