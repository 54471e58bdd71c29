#include "validate/usage_checker.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "validate/element_rules.hpp"

namespace claimloop::validate {
namespace {

std::string_view shown(std::string_view loop_id) { return loop_id.empty() ? "(transaction level)" : loop_id; }

std::string bound(std::uint32_t n) { return n == schema::UNBOUNDED ? std::string(">1") : std::to_string(n); }

}  // namespace

usage_checker::usage_checker(const schema::guide& guide, const guide_plan& plan, reporter& out)
    : out_(out),
      plan_(plan),
      use_counts_(guide.segment_uses.size(), 0),
      use_epoch_(guide.segment_uses.size(), 0),
      loop_epoch_(guide.loops.size(), 0) {}

segment_ref usage_checker::trigger_ref(const tree::loop_tree& tree, std::uint32_t node,
                                       const syntax::segment_view& s) const {
  return {&s, tree.loops()[node].trigger, tree.loop_id(node)};
}

// State: a loop instance opens; count it in its parent and reset its own counters.
void usage_checker::begin_loop(const tree::loop_tree& tree, std::uint32_t node) {
  const tree::loop_node& n = tree.loops()[node];
  const schema::loop& l = *n.loop;
  if (!frames_.empty()) {
    const frame& parent = frames_.back();
    const auto& siblings = tree.loops()[parent.node].loop->loops;
    const auto it = std::find(siblings.begin(), siblings.end(), &l);
    if (it != siblings.end()) ++child_counts_[parent.counts_at + static_cast<std::size_t>(it - siblings.begin())];
    if (n.ordinal > l.repeat || l.use == schema::usage::not_used) {  // the view is made only for a finding
      const syntax::segment_view s = tree.segments()[n.trigger];
      const segment_ref at = trigger_ref(tree, node, s);
      if (n.ordinal > l.repeat)
        out_.segment_error(at, 2, "4", fmt::format("loop {} occurs {} times, over its maximum {}", l.id, n.ordinal, bound(l.repeat)));
      if (l.use == schema::usage::not_used)
        out_.segment_error(at, 2, "I4", fmt::format("loop {} is Not Used in this guide but present", l.id));
    }
  }
  ++loop_epoch_[l.index];
  frames_.push_back({node, static_cast<std::uint32_t>(child_counts_.size())});
  child_counts_.resize(child_counts_.size() + l.loops.size(), 0);
}

// State: a segment of the open instance; unexpected segments were reported by the tree.
void usage_checker::segment(const tree::loop_tree& tree, std::uint32_t index, const syntax::segment_view& s,
                            const schema::segment_use* use) {
  if (use == nullptr) return;
  const segment_ref at{&s, index, tree.loop_id(tree.placed()[index].loop)};
  const std::uint32_t epoch = loop_epoch_[use->parent->index];
  if (use_epoch_[use->index] != epoch) use_epoch_[use->index] = epoch, use_counts_[use->index] = 0;
  const std::uint32_t count = ++use_counts_[use->index];
  if (count > use->max_use && !use->is_trigger())
    out_.segment_error(at, 2, "5", fmt::format("segment {} ({}) used {} times in loop {}, over its maximum {}", s.tag(),
                                               use->name, count, shown(at.loop), bound(use->max_use)));
  if (use->use == schema::usage::not_used && !use->is_trigger())
    out_.segment_error(at, 2, "I4", fmt::format("segment {} ({}) is Not Used in this guide but present", s.tag(), use->name));
  classes_.set(s.delims().component, s.delims().repetition);
  check_elements(at, *use, &tree.guide(), classes_, plan_.segment(*use), out_);
  if (s.tag() == "HL") check_hl(tree, at);
}

// HL01 unique, HL02 names an earlier HL01 whose loop is this loop's parent in the guide.
void usage_checker::check_hl(const tree::loop_tree& tree, const segment_ref& at) {
  const std::uint32_t node = tree.placed()[at.index].loop;
  const std::string_view hl01 = at.s->element(1), hl02 = at.s->element(2);
  const std::uint32_t first = tree.find_hl(hl01);
  if (first != tree::NONE && first != node)
    out_.element_error(at, 2, "I12", 1, 0, 0, hl01, fmt::format("HL01 \"{}\" repeats the id of an earlier HL", hl01));
  if (hl02.empty()) return;
  const std::uint32_t parent = tree.find_hl(hl02);
  if (parent == tree::NONE || tree.loops()[parent].trigger >= at.index) {
    out_.element_error(at, 2, "I12", 2, 0, 0, hl02, fmt::format("HL02 \"{}\" names no earlier HL01", hl02));
  } else if (tree.loops()[node].parent != parent) {
    const auto& pl = *tree.loops()[parent].loop;
    out_.element_error(at, 2, "I12", 2, 0, 0, hl02,
                       fmt::format("HL02 \"{}\" names HL loop {} (level {}), which cannot hold an HL of level \"{}\"",
                                   hl02, pl.id, pl.hl_level, at.s->element(3)));
  }
}

// Required segments and child loops that the closing instance lacks. Reported at the loop's
// trigger (the transaction level: ST), since a missing segment has no position of its own.
void usage_checker::check_missing(const tree::loop_tree& tree, const frame& f) {
  const tree::loop_node& n = tree.loops()[f.node];
  const schema::loop& l = *n.loop;
  // The trigger's view is made only when there is something to report.
  syntax::segment_view s;
  segment_ref at;
  auto where = [&]() -> const segment_ref& {
    if (at.s == nullptr) s = tree.segments()[n.trigger], at = trigger_ref(tree, f.node, s);
    return at;
  };
  for (const schema::segment_use* u : plan_.required_uses(l.index)) {
    if (count_of(*u) == 0)
      out_.segment_error(where(), 2, "3", fmt::format("required segment {} ({}) missing in loop {}", u->id, u->name, shown(l.id)), u->id);
  }
  for (const std::uint32_t i : plan_.required_loops(l.index)) {
    const schema::loop& c = *l.loops[i];
    if (child_counts_[f.counts_at + i] == 0)
      out_.segment_error(where(), 2, "3", fmt::format("required loop {} ({}) missing in loop {}", c.id, c.name, shown(l.id)),
                         c.trigger ? std::string_view(c.trigger->id) : std::string_view{}).loop = c.id;
  }
}

// State: the instance closes; what it lacks is now known.
void usage_checker::end_loop(const tree::loop_tree& tree, std::uint32_t node) {
  const frame f = frames_.back();
  check_missing(tree, f);
  frames_.pop_back();
  child_counts_.resize(f.counts_at);
  (void)node;
}

}  // namespace claimloop::validate
