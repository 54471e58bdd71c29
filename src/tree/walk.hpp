#pragma once
// One walker over a loop tree, in tree order (document order unless HL02 moved a loop);
// printers and the validator are visitors, so none of them re-implements the traversal.
#include <cstdint>

#include "tree/loop_tree.hpp"

namespace claimloop::tree {

// Receives the tree's loops and segments in order. Every begin_loop gets its end_loop.
class tree_visitor {
 public:
  virtual ~tree_visitor() = default;
  // A loop instance opens (node 0, the transaction level, first).
  virtual void begin_loop(const loop_tree& tree, std::uint32_t node) = 0;
  // A segment of the current loop; `use` is nullptr for an unexpected or unrecognized segment.
  virtual void segment(const loop_tree& tree, std::uint32_t index, const syntax::segment_view& s,
                       const schema::segment_use* use) = 0;
  // The loop instance opened by the matching begin_loop closes.
  virtual void end_loop(const loop_tree& tree, std::uint32_t node) = 0;
};

// Walks `tree` from the root, calling `visitor` for every loop and segment.
void walk(const loop_tree& tree, tree_visitor& visitor);

}  // namespace claimloop::tree
