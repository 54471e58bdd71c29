#pragma once
// The loop tree of one transaction set: loop instances (each tied to its guide loop) holding
// their segments and child loop instances in document order. Flat tables, linked by index,
// so building a tree allocates a few vectors per set, never one node per segment.
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "schema/guide.hpp"
#include "syntax/segment_list.hpp"

namespace claimloop::tree {

inline constexpr std::uint32_t NONE = UINT32_MAX;

// How the builder placed a segment.
enum class placement : std::uint8_t {
  matched,       // a segment use of its loop, in guide order
  out_of_order,  // a segment use of its loop, but earlier in the guide than the one before it
  unexpected,    // known segment id that fits no use here (IK304 2); kept where it was found
  unrecognized,  // the dictionary does not know the segment id (IK304 1); kept where it was found
};

// One loop instance. Node 0 is the transaction level (the guide's root loop).
struct loop_node {
  const schema::loop* loop = nullptr;
  std::uint32_t parent = NONE;       // parent node, NONE for the root
  std::uint32_t first_item = NONE;   // first child item (see loop_tree::item)
  std::uint32_t last_item = NONE;
  std::uint32_t trigger = 0;         // list index of the segment that opened it (0 = ST for the root)
  std::uint32_t ordinal = 1;         // 1-based occurrence among same-loop siblings
};

// What the builder decided for one segment of the list (same index as the list).
struct segment_node {
  const schema::segment_use* use = nullptr;  // nullptr when unexpected or unrecognized
  std::uint32_t loop = 0;                    // the loop node it sits in
  placement how = placement::matched;
};

class loop_tree {
 public:
  // A child of a loop node: a segment (index into the list) or a loop node, with the next sibling.
  struct item {
    std::uint32_t index = 0;
    std::uint32_t next = NONE;
    bool is_loop = false;
  };

  loop_tree() = default;
  loop_tree(const syntax::segment_list& segments, const schema::guide& guide) : segments_(&segments), guide_(&guide) {}

  const syntax::segment_list& segments() const noexcept { return *segments_; }
  const schema::guide& guide() const noexcept { return *guide_; }
  std::span<const loop_node> loops() const noexcept { return loops_; }
  // Placement of segment i of the list, for every i.
  std::span<const segment_node> placed() const noexcept { return placed_; }
  std::span<const item> items() const noexcept { return items_; }
  const loop_node& root() const noexcept { return loops_.front(); }

  // Loop id of a node ("" for the root).
  std::string_view loop_id(std::uint32_t node) const noexcept { return loops_[node].loop->id; }
  // The HL loop node whose HL01 is `id`, or NONE.
  std::uint32_t find_hl(std::string_view id) const noexcept;
  // Number of segments that fit no use (unexpected or unrecognized).
  std::size_t unplaced_count() const noexcept;

 private:
  friend class tree_builder;
  const syntax::segment_list* segments_ = nullptr;
  const schema::guide* guide_ = nullptr;
  std::vector<loop_node> loops_;
  std::vector<segment_node> placed_;
  std::vector<item> items_;
  std::vector<std::uint32_t> hl_by_number_;  // HL01 as a number -> node (NONE = none)
  std::vector<std::pair<std::string_view, std::uint32_t>> hl_by_text_;  // non-numeric HL01s
};

}  // namespace claimloop::tree
