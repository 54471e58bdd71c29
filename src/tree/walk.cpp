#include "tree/walk.hpp"

namespace claimloop::tree {
namespace {

// Recursion depth is the guide's loop depth (six or so), never the data's size.
void walk_node(const loop_tree& tree, std::uint32_t node, tree_visitor& visitor) {
  visitor.begin_loop(tree, node);
  const auto items = tree.items();
  for (std::uint32_t i = tree.loops()[node].first_item; i != NONE; i = items[i].next) {
    const auto& it = items[i];
    if (it.is_loop) {
      walk_node(tree, it.index, visitor);
    } else {
      visitor.segment(tree, it.index, tree.segments()[it.index], tree.placed()[it.index].use);
    }
  }
  visitor.end_loop(tree, node);
}

}  // namespace

void walk(const loop_tree& tree, tree_visitor& visitor) {
  if (tree.loops().empty()) return;
  walk_node(tree, 0, visitor);
}

}  // namespace claimloop::tree
