#pragma once
// Writes one billed claim into the store: its row, its coded lines, its diagnoses and its X12
// (own segments plus the shared party blocks), inside the caller's transaction.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/result.hpp"
#include "reconcile/billed_claim.hpp"
#include "store/database.hpp"
#include "x837/model.hpp"

namespace claimloop::store::detail {

// The one-claim set's body cut where the store keeps it.
struct claim_segments {
  std::span<const model::raw_segment> bht, parties, billing, subscriber, patient, claim;
};
// Cuts the body of a one-claim set (x837::make_set) at its HL and CLM segments; an error when
// the body is not shaped like one.
core::result<claim_segments> cut(std::span<const model::raw_segment> body);

class claim_rows {
 public:
  claim_rows(database& db, std::int64_t file_id) : db_(db), file_id_(file_id) {}

  // Stores `record` (read from the file) with `billed`, its facts, and `parts`, the segments of
  // its one-claim set; returns the claim id.
  core::result<std::int64_t> add(const x837::claim_record& record, const reconcile::billed_claim& billed,
                                 const claim_segments& parts, std::int64_t position);
  std::size_t lines() const noexcept { return lines_; }

 private:
  core::result<std::int64_t> claim_row(const x837::claim_record& r, const reconcile::billed_claim& b,
                                       std::int64_t position);
  core::result<void> line_rows(std::int64_t claim_id, const reconcile::billed_claim& b);
  core::result<void> diagnosis_rows(std::int64_t claim_id, const x837::claim& c);
  core::result<void> x12_row(std::int64_t claim_id, const claim_segments& parts);
  // The id of a shared block with these segments, stored when new.
  core::result<std::int64_t> block(std::string_view kind, std::span<const model::raw_segment> segments);

  database& db_;
  std::int64_t file_id_;
  std::size_t lines_ = 0;
  std::string text_;                                      // scratch for encoded segments
  std::unordered_map<std::string, std::int64_t> blocks_;  // kind + hash -> id, seen in this file
};

}  // namespace claimloop::store::detail
