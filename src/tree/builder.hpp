#pragma once
// The guide-driven loop tree builder: places every segment of one transaction set (ST..SE) in
// its loop by segment id, discriminators (<match>) and guide order; HL loops by HL02/HL03.
// Segments that fit nowhere stay in the tree, and are reported as findings (IK304 1, 2, 7).
#include <cstdint>
#include <vector>

#include "core/finding.hpp"
#include "schema/guide.hpp"
#include "syntax/segment_list.hpp"
#include "tree/candidate_index.hpp"
#include "tree/loop_tree.hpp"
#include "tree/set_context.hpp"

namespace claimloop::tree {

// Built once per guide (it precomputes where each use sits among its loop's children) and
// reused for many sets on one thread. Not thread-safe; make one per thread.
class tree_builder {
 public:
  explicit tree_builder(const schema::guide& guide);

  // Builds the tree of `segments` (which must outlive it) and appends placement findings.
  loop_tree build(const syntax::segment_list& segments, const set_context& context,
                  std::vector<core::finding>& findings);

 private:
  // One open loop instance and how far into its guide children the set has come.
  struct frame {
    std::uint32_t node;
    std::uint32_t pos;  // index into loop::children of the last child matched
  };
  // A use or child loop that a segment matches, and where.
  struct candidate {
    std::uint32_t depth = NONE;          // stack depth of the loop it is a child of
    std::uint32_t pos = 0;               // its index among that loop's children
    const schema::segment_use* use = nullptr;  // set for a segment use
    const schema::loop* loop = nullptr;        // set for a child loop (the segment is its trigger)
  };

  candidate find_in_loop(const schema::loop& l, std::uint32_t tag, const syntax::segment_view& s,
                         std::uint32_t min_pos, bool forward) const;
  static candidate find_in(const candidate_index& index, const syntax::segment_view& s, std::uint32_t min_pos,
                           bool forward);
  candidate find_on_stack(const syntax::segment_view& s, std::uint32_t tag, bool forward) const;
  std::uint32_t tag_of(std::string_view id) const noexcept;
  std::vector<candidate_index::candidate> candidates_in(const schema::loop& l, const schema::loop::id_bucket& b) const;
  candidate find_hl_parent(const syntax::segment_view& s);
  void place(std::uint32_t index, const candidate& c, placement how);
  void place_unmatched(std::uint32_t index, const syntax::segment_view& s);
  std::uint32_t open_loop(const schema::loop& l, std::uint32_t parent, std::uint32_t trigger);
  void append_item(std::uint32_t node, std::uint32_t index, bool is_loop);
  void rebuild_stack(std::uint32_t node);
  void remember_hl(std::uint32_t node, std::string_view hl01);
  std::uint32_t child_pos(const schema::loop& parent, const schema::loop& child) const noexcept;
  void report(std::uint32_t index, const syntax::segment_view& s, const char* ik304, core::snip_level snip,
              std::string message);

  const schema::guide& guide_;
  std::vector<std::uint32_t> use_pos_;  // segment_use::index -> index among its loop's children
  // parent loop index * loop count + child loop index -> index among the parent's children (NONE
  // when not its child): a direct index, since it is asked for every candidate child loop
  std::vector<std::uint32_t> loop_pos_;
  // Segment id -> a dense number over the ids the guide uses (indexed by
  // schema::segment_id_code), and per loop and dense id the children a segment of that id may
  // match (NONE: none): a direct index instead of a search of each open loop's ids.
  std::vector<std::uint16_t> tag_of_code_;
  std::vector<std::uint32_t> index_of_;  // loop index * tag_count_ + dense id -> into indexes_
  std::vector<candidate_index> indexes_;
  std::size_t tag_count_ = 0;

  // Per build:
  loop_tree tree_;
  std::vector<frame> stack_;
  std::vector<std::uint32_t> last_child_node_;  // per node: last child loop node (for ordinals)
  const set_context* context_ = nullptr;
  std::vector<core::finding>* findings_ = nullptr;
};

// Convenience: builds one set's tree with a builder made for the call.
loop_tree build_tree(const syntax::segment_list& segments, const schema::guide& guide, const set_context& context,
                     std::vector<core::finding>& findings);

}  // namespace claimloop::tree
