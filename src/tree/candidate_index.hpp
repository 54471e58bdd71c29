#pragma once
// For one loop and one segment id, the guide children (segment uses and child-loop triggers) that
// a segment of that id can match, looked up by one discriminator value. A loop often holds many
// uses of one id told apart by a qualifier (2300 has over twenty DTPs by DTP01, REFs by REF01):
// testing every use's <match> rules against every segment cost more than the rest of placing it.
// Here the qualifier is read once and only the children that accept it are tested.
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "schema/guide.hpp"
#include "syntax/segment_view.hpp"

namespace claimloop::tree {

class candidate_index {
 public:
  // A child of the loop that may match: a segment use, or a child loop (then `rules` is its trigger).
  struct candidate {
    std::uint32_t pos = 0;                       // its index among the loop's children
    const schema::segment_use* use = nullptr;    // set for a segment use
    const schema::loop* loop = nullptr;          // set for a child loop
    const schema::segment_use* rules = nullptr;  // whose <match> rules decide
    bool sure = false;  // found by the discriminator, which is its only rule: it matches
  };

  // `children` are the bucket's candidates (the loop's own trigger and loops that are not its
  // children already left out), each with its position.
  explicit candidate_index(std::vector<candidate> children);

  // The candidates that may match `s`, by ascending position: a superset of those whose rules
  // hold, never missing one. The caller tests the rules of those not marked `sure`.
  std::span<const candidate> for_segment(const syntax::segment_view& s) const noexcept;

  // True when a discriminator narrows the candidates (false: every segment gets all of them).
  bool keyed() const noexcept { return keyed_; }

 private:
  struct key_range {
    std::uint64_t value;  // code_set::pack of a discriminator value
    std::uint32_t first;  // into lists_
    std::uint32_t count;
  };
  bool keyed_ = false;
  std::uint8_t element_ = 0, component_ = 0;  // the discriminator read from each segment
  std::vector<candidate> all_;                // every candidate; then the unkeyed ones
  std::vector<candidate> lists_;              // per key: its candidates and the unkeyed, by position
  std::vector<key_range> keys_;
  std::uint32_t unkeyed_first_ = 0, unkeyed_count_ = 0;  // in lists_: for values no rule names
};

}  // namespace claimloop::tree
