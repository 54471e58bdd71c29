// The tree builder's state machine. State = the stack of open loop instances, each with the
// index of the guide child (segment use or child loop) it last matched. Each segment moves the
// machine by exactly one of the transitions in build(); nothing is ever dropped.
#include "tree/builder.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "schema/registry.hpp"
#include "tree/fields.hpp"

namespace claimloop::tree {
namespace {

// tag_of: an id no loop of the guide uses; an id that only the string search can look up.
constexpr std::uint32_t UNUSED_TAG = NONE - 1;
constexpr std::uint32_t UNCODED_TAG = NONE;
constexpr std::uint16_t NO_TAG = UINT16_MAX;

// HL01 as a number when it is a plain decimal of reasonable size (the usual 1, 2, 3, ...).
bool small_number(std::string_view text, std::uint32_t& out) noexcept {
  if (text.empty() || text.size() > 7) return false;
  std::uint32_t n = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + static_cast<std::uint32_t>(c - '0');
  }
  out = n;
  return true;
}

}  // namespace

tree_builder::tree_builder(const schema::guide& guide) : guide_(guide) {
  use_pos_.assign(guide.segment_uses.size(), 0);
  const std::size_t n = guide.loops.size();
  loop_pos_.assign(n * n, NONE);
  for (const auto& l : guide.loops) {
    for (std::uint32_t i = 0; i < l.children.size(); ++i) {
      const auto& c = l.children[i];
      if (c.kind == schema::loop_child::kind_t::segment) use_pos_[c.index] = i;
      // The first place wins, as the sorted search found the lowest position of a repeated key.
      if (c.kind == schema::loop_child::kind_t::loop && loop_pos_[l.index * n + c.index] == NONE)
        loop_pos_[l.index * n + c.index] = i;
    }
  }
  tag_of_code_.assign(schema::SEGMENT_ID_CODES, NO_TAG);
  for (const auto& l : guide.loops) {
    for (const auto& b : l.by_id) {
      const int code = schema::segment_id_code(b.id);
      if (code >= 0 && tag_of_code_[static_cast<std::size_t>(code)] == NO_TAG)
        tag_of_code_[static_cast<std::size_t>(code)] = static_cast<std::uint16_t>(tag_count_++);
    }
  }
  index_of_.assign(n * tag_count_, NONE);
  for (const auto& l : guide.loops) {
    for (const auto& b : l.by_id) {
      const int code = schema::segment_id_code(b.id);
      if (code < 0) continue;
      index_of_[l.index * tag_count_ + tag_of_code_[static_cast<std::size_t>(code)]] =
          static_cast<std::uint32_t>(indexes_.size());
      indexes_.emplace_back(candidates_in(l, b));
    }
  }
}

// The children of `l` that a segment of bucket `b`'s id may match: its uses but the trigger of
// `l` itself (a second trigger opens a new instance, decided by the parent), and the child loops
// it triggers that are children of `l`.
std::vector<candidate_index::candidate> tree_builder::candidates_in(const schema::loop& l,
                                                                    const schema::loop::id_bucket& b) const {
  std::vector<candidate_index::candidate> out;
  for (const schema::segment_use* u : b.uses) {
    if (u != l.trigger) out.push_back({use_pos_[u->index], u, nullptr, u});
  }
  for (const schema::loop* child : b.loops) {
    const std::uint32_t pos = child_pos(l, *child);
    if (pos != NONE) out.push_back({pos, nullptr, child, child->trigger});
  }
  return out;
}

std::uint32_t tree_builder::tag_of(std::string_view id) const noexcept {
  const int code = schema::segment_id_code(id);
  if (code < 0) return UNCODED_TAG;
  const std::uint16_t tag = tag_of_code_[static_cast<std::size_t>(code)];
  return tag == NO_TAG ? UNUSED_TAG : tag;
}

std::uint32_t tree_builder::child_pos(const schema::loop& parent, const schema::loop& child) const noexcept {
  return loop_pos_[parent.index * guide_.loops.size() + child.index];
}

// The child of `l` that `s` matches with the lowest child index >= min_pos (forward), or the
// highest below min_pos (backward: a segment out of sequence). The trigger of `l` itself is
// never matched here: a second trigger opens a new instance, decided by the parent.
tree_builder::candidate tree_builder::find_in_loop(const schema::loop& l, std::uint32_t tag, const syntax::segment_view& s,
                                                   std::uint32_t min_pos, bool forward) const {
  if (tag == UNUSED_TAG) return {};
  if (tag == UNCODED_TAG) {  // an id outside [A-Z0-9]{1,3}: no guide of ours has one
    const schema::loop::id_bucket* b = l.find_bucket(s.tag());
    if (b == nullptr) return {};
    const candidate_index once(candidates_in(l, *b));
    return find_in(once, s, min_pos, forward);
  }
  const std::uint32_t at = index_of_[l.index * tag_count_ + tag];
  return at == NONE ? candidate{} : find_in(indexes_[at], s, min_pos, forward);
}

tree_builder::candidate tree_builder::find_in(const candidate_index& index, const syntax::segment_view& s,
                                              std::uint32_t min_pos, bool forward) {
  auto value_of = [&](std::size_t e, std::size_t c) { return component_of(s, e, c); };
  const auto cands = index.for_segment(s);  // by ascending position
  if (forward) {
    for (const auto& c : cands) {
      if (c.pos >= min_pos && (c.sure || c.rules->matches_values(value_of))) return {0, c.pos, c.use, c.loop};
    }
  } else {
    for (auto it = cands.rbegin(); it != cands.rend(); ++it) {
      if (it->pos < min_pos && (it->sure || it->rules->matches_values(value_of))) return {0, it->pos, it->use, it->loop};
    }
  }
  return {};
}

// Innermost open loop first: a match in an enclosing loop closes the loops inside it.
tree_builder::candidate tree_builder::find_on_stack(const syntax::segment_view& s, std::uint32_t tag, bool forward) const {
  for (std::uint32_t d = static_cast<std::uint32_t>(stack_.size()); d-- > 0;) {
    const frame& f = stack_[d];
    candidate c = find_in_loop(*tree_.loops_[f.node].loop, tag, s, f.pos, forward);
    if (c.depth != NONE) {
      c.depth = d;
      return c;
    }
  }
  return {};
}

// An HL with HL02 goes under the HL loop whose HL01 is HL02, when the guide lets that loop hold
// an HL loop of this HL03. Otherwise placement falls back to the stack (and the validator
// reports the broken hierarchy).
tree_builder::candidate tree_builder::find_hl_parent(const syntax::segment_view& s) {
  const std::uint32_t parent = tree_.find_hl(s.element(2));
  if (parent == NONE) return {};
  const schema::loop& pl = *tree_.loops_[parent].loop;
  auto value_of = [&](std::size_t e, std::size_t c) { return component_of(s, e, c); };
  for (const schema::loop* child : pl.child_loops_triggered_by("HL")) {
    if (!child->trigger->matches_values(value_of)) continue;
    rebuild_stack(parent);
    candidate c{static_cast<std::uint32_t>(stack_.size() - 1), child_pos(pl, *child), nullptr, child};
    return c;
  }
  return {};
}

void tree_builder::rebuild_stack(std::uint32_t node) {
  if (!stack_.empty() && stack_.back().node == node) return;
  std::size_t depth = 0;
  for (std::uint32_t n = node; n != NONE; n = tree_.loops_[n].parent) ++depth;
  stack_.resize(depth);
  for (std::uint32_t n = node; n != NONE; n = tree_.loops_[n].parent) {
    --depth;
    // A node re-entered from HL02 resumes after its last child loop (its segments are done).
    const std::uint32_t last = last_child_node_[n];
    const schema::loop& l = *tree_.loops_[n].loop;
    std::uint32_t pos = 0;
    if (last != NONE) pos = child_pos(l, *tree_.loops_[last].loop);
    stack_[depth] = {n, pos == NONE ? 0 : pos};
  }
}

void tree_builder::append_item(std::uint32_t node, std::uint32_t index, bool is_loop) {
  const auto at = static_cast<std::uint32_t>(tree_.items_.size());
  tree_.items_.push_back({index, NONE, is_loop});
  loop_node& n = tree_.loops_[node];
  if (n.last_item == NONE) n.first_item = at;
  else tree_.items_[n.last_item].next = at;
  n.last_item = at;
}

std::uint32_t tree_builder::open_loop(const schema::loop& l, std::uint32_t parent, std::uint32_t trigger) {
  const auto node = static_cast<std::uint32_t>(tree_.loops_.size());
  std::uint32_t ordinal = 1;
  const std::uint32_t last = last_child_node_[parent];
  if (last != NONE && tree_.loops_[last].loop == &l) {
    ordinal = tree_.loops_[last].ordinal + 1;
  } else {  // not the previous sibling: count same-loop siblings (rare: out-of-order loops)
    for (std::uint32_t i = tree_.loops_[parent].first_item; i != NONE; i = tree_.items_[i].next) {
      const auto& it = tree_.items_[i];
      ordinal += (it.is_loop && tree_.loops_[it.index].loop == &l);
    }
  }
  tree_.loops_.push_back({&l, parent, NONE, NONE, trigger, ordinal});
  last_child_node_.push_back(NONE);
  last_child_node_[parent] = node;
  append_item(parent, node, true);
  return node;
}

void tree_builder::remember_hl(std::uint32_t node, std::string_view hl01) {
  std::uint32_t n = 0;
  if (small_number(hl01, n)) {
    if (tree_.hl_by_number_.size() <= n) tree_.hl_by_number_.resize(std::size_t{n} * 2 + 16, NONE);
    if (tree_.hl_by_number_[n] == NONE) tree_.hl_by_number_[n] = node;  // first wins; duplicates are findings
  } else if (!hl01.empty()) {
    tree_.hl_by_text_.emplace_back(hl01, node);
  }
}

// Transition for a segment that matched candidate `c` at stack depth c.depth.
void tree_builder::place(std::uint32_t index, const candidate& c, placement how) {
  stack_.resize(c.depth + 1);  // closes every loop inside the one that holds the match
  frame& f = stack_.back();
  f.pos = c.pos;
  if (c.use != nullptr) {  // a segment use of the open loop
    tree_.placed_[index] = {c.use, f.node, how};
    append_item(f.node, index, false);
    return;
  }
  // A trigger: a new instance of the child loop, entered at its first child.
  const std::uint32_t node = open_loop(*c.loop, f.node, index);
  tree_.placed_[index] = {c.loop->trigger, node, how};
  append_item(node, index, false);
  stack_.push_back({node, 0});
  if (c.loop->is_hl()) remember_hl(node, tree_.segments()[index].element(1));
}

void tree_builder::place_unmatched(std::uint32_t index, const syntax::segment_view& s) {
  const std::uint32_t node = stack_.back().node;
  const bool known = guide_.dict && guide_.dict->find_segment(s.tag()) != nullptr;
  tree_.placed_[index] = {nullptr, node, known ? placement::unexpected : placement::unrecognized};
  append_item(node, index, false);
  const std::string_view where = tree_.loop_id(node);
  if (known) {
    report(index, s, "2", 2,
           fmt::format("unexpected segment {} in loop {}: no use of {} fits here", s.tag(),
                       where.empty() ? "(transaction level)" : where, s.tag()));
  } else {
    report(index, s, "1", 1, fmt::format("unrecognized segment id \"{}\"", s.tag()));
  }
}

loop_tree tree_builder::build(const syntax::segment_list& segments, const set_context& context,
                              std::vector<core::finding>& findings) {
  tree_ = loop_tree(segments, guide_);
  context_ = &context;
  findings_ = &findings;
  tree_.placed_.assign(segments.size(), {});
  tree_.items_.reserve(segments.size() + segments.size() / 4);
  tree_.loops_.reserve(segments.size() / 4 + 1);
  tree_.loops_.push_back({&guide_.root(), NONE, NONE, NONE, 0, 1});
  last_child_node_.assign(1, NONE);
  stack_.assign(1, {0, 0});
  for (std::uint32_t i = 0; i < segments.size(); ++i) {
    const syntax::segment_view s = segments[i];
    const std::uint32_t tag = tag_of(s.tag());
    // State HL: an HL with a known parent goes under that parent, wherever the stack is.
    candidate c;
    if (s.tag() == "HL" && !s.element(2).empty()) c = find_hl_parent(s);
    // State forward: the next use or loop trigger in guide order, innermost loop first.
    if (c.depth == NONE) c = find_on_stack(s, tag, true);
    if (c.depth != NONE) {
      place(i, c, placement::matched);
      continue;
    }
    // State backward: a use of the innermost loop that comes earlier in the guide; placed there,
    // reported IK304 7. Only the innermost loop: going back in an outer one would close loops
    // and misplace everything after one stray segment.
    const schema::loop& inner = *tree_.loops_[stack_.back().node].loop;
    c = find_in_loop(inner, tag, s, stack_.back().pos, false);
    if (c.depth != NONE) {
      c.depth = static_cast<std::uint32_t>(stack_.size() - 1);
      place(i, c, placement::out_of_order);
      report(i, s, "7", 2, fmt::format("segment {} is out of order in loop {}", s.tag(), tree_.loop_id(stack_.back().node)));
      continue;
    }
    // State nowhere: kept in the innermost open loop; the next recognisable segment resumes.
    place_unmatched(i, s);
  }
  findings_ = nullptr;
  context_ = nullptr;
  return std::move(tree_);
}

void tree_builder::report(std::uint32_t index, const syntax::segment_view& s, const char* ik304, core::snip_level snip,
                          std::string message) {
  core::finding f = context_->finding(snip);
  f.loop = std::string(tree_.loop_id(tree_.placed_[index].loop));
  f.segment = std::string(s.tag());
  f.where = s.pos();
  if (f.where.set_index == 0) f.where.set_index = index + 1;
  f.ik304 = ik304;
  f.value = std::string(s.tag());
  f.message = std::move(message);
  findings_->push_back(std::move(f));
}

loop_tree build_tree(const syntax::segment_list& segments, const schema::guide& guide, const set_context& context,
                     std::vector<core::finding>& findings) {
  tree_builder b(guide);
  return b.build(segments, context, findings);
}

}  // namespace claimloop::tree
