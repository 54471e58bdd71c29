#pragma once
// A claim made ready for the store away from the database: its facts (reconcile::summarize),
// its diagnoses, and its one-claim set's X12 cut into the claim's own segments and the shared
// party blocks, encoded and hashed. Pure work on one mapped set, so ingest runs it on worker
// threads while the calling thread writes the rows.
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.hpp"
#include "reconcile/billed_claim.hpp"
#include "x837/model.hpp"
#include "x837/set_stream.hpp"

namespace claimloop::store::detail {

// Segments shared by many claims (submitter and receiver, billing provider, subscriber,
// patient), stored once per distinct text.
struct x12_block {
  std::string text, hash;  // hash = SHA-1 of text; both empty for an absent patient block
};

struct prepared_claim {
  reconcile::billed_claim billed;
  std::vector<std::pair<std::string_view, std::string>> diagnoses;  // role, code in HI order
  std::string isa13, gs06, st02, implementation;
  std::string bht, claim;  // encoded segments (segment_text.hpp)
  x12_block parties, billing, subscriber, patient;
};

// The one-claim set's body (x837::make_set) cut at its HL and CLM segments.
struct claim_segments {
  std::span<const model::raw_segment> bht, parties, billing, subscriber, patient, claim;
};
// An error when the body is not BHT, 1000A/B, 2000A, 2000B, [2000C,] 2300.
core::result<claim_segments> cut(std::span<const model::raw_segment> body);

// One claim read from a file, made ready.
core::result<prepared_claim> prepare_claim(const x837::claim_record& record);
// Every claim of a parsed 837 set read from `file`, in file order. Errors name the file, the
// segment and the claim.
core::result<std::vector<prepared_claim>> prepare_set(const model::parsed_set& set, const std::string& file);

}  // namespace claimloop::store::detail
