#pragma once
// What every tree -> model mapper shares: walking one loop instance's items in order, reading
// typed segments through their field tables (a value that does not parse becomes an error that
// names file, segment, loop and element), and keeping everything else as anchored extras.
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "tree/loop_tree.hpp"
#include "x837/parts.hpp"

namespace claimloop::model {

// A segment tag or loop id as the mappers test it. Comparing with a literal compiles to a length
// test and a fixed-size compare in place; std::string_view's compare was an out-of-line call
// per test, and a mapper makes a dozen tests per segment.
struct tag_view {
  std::string_view text;

  template <std::size_t N>
  bool operator==(const char (&literal)[N]) const noexcept {
    return text.size() == N - 1 && std::memcmp(text.data(), literal, N - 1) == 0;
  }
  template <std::size_t N>
  bool starts_with(const char (&literal)[N]) const noexcept {
    return text.size() >= N - 1 && std::memcmp(text.data(), literal, N - 1) == 0;
  }
  bool empty() const noexcept { return text.empty(); }
  operator std::string_view() const noexcept { return text; }  // NOLINT: used as a string_view
};

// One item of a loop instance: a segment (index into the set's segment list) or a child loop node.
struct loop_item {
  bool is_loop = false;
  std::uint32_t index = 0;
};

class mapper_base {
 protected:
  mapper_base(const tree::loop_tree& tree, std::string file) : tree_(tree), file_(std::move(file)) {}

  // Calls f(loop_item) for every item of loop node `node`, in document order.
  template <class F>
  void for_items(std::uint32_t node, F&& f) const {
    const auto items = tree_.items();
    for (std::uint32_t i = tree_.loops()[node].first_item; i != tree::NONE; i = items[i].next)
      f(loop_item{items[i].is_loop, items[i].index});
  }
  tag_view loop_id(std::uint32_t node) const noexcept { return {tree_.loop_id(node)}; }
  tag_view tag(std::uint32_t seg) const noexcept { return {tree_.segments()[seg].tag()}; }
  // True when the builder placed the segment on a guide use in order: only those are typed,
  // so that anything out of place is written back exactly where it was.
  bool typed_here(std::uint32_t seg) const noexcept { return tree_.placed()[seg].how == tree::placement::matched; }
  raw_segment raw(std::uint32_t seg) const { return to_raw(tree_.segments()[seg]); }

  // ST02 and ST03 of the set (segment 0).
  void read_st(std::string& control_number, std::string& implementation) const {
    const auto st = tree_.segments().front();
    control_number.assign(st.element(2));
    implementation.assign(st.element(3));
  }
  // For walk: a loop whose child loops are all kept as extras.
  static bool no_child_loops(std::string_view, std::uint32_t) noexcept { return false; }

  // Reads segment `seg` into `out` through `table`; on a bad value records the error.
  template <class T>
  void read(std::uint32_t seg, T& out, std::span<const field<T>> table) {
    if (auto e = read_fields(raw(seg), out, table)) fail(seg, *e);
  }
  void read_cas(std::uint32_t seg, adjustment& out) {
    if (auto e = read_adjustment(raw(seg), out)) fail(seg, *e);
  }
  // Calls `typed_segment(tag, index)` for segments placed in order (it returns false to keep
  // the segment as an extra) and `typed_loop(id, node)` for child loops (false = keep).
  template <class Seg, class Loop>
  void walk(std::uint32_t node, extras& extra, Seg&& typed_segment, Loop&& typed_loop) {
    std::uint32_t typed = 0;
    const std::string id(loop_id(node));
    for_items(node, [&](loop_item it) {
      if (it.is_loop) {
        if (typed_loop(loop_id(it.index), it.index)) ++typed;
        else keep_loop(extra, typed, it.index);
      } else if (node == 0 && (tag(it.index) == "ST" || tag(it.index) == "SE")) {
        // the set's envelope: the writer makes its own
      } else if (typed_here(it.index) && typed_segment(tag(it.index), it.index)) {
        ++typed;
      } else {
        keep_segment(extra, typed, it.index, id);
      }
    });
  }

  // Reads an NM1/N1-led party loop (NM1/N1, N3, N4, DMG, PRV, REF, PER; the rest as extras)
  // into `p`, a fresh party (filled in place: parties are large).
  void read_party(std::uint32_t node, party& p);
  // How many child loops of `node` have an id starting with `prefix`, to reserve for them.
  std::size_t count_loops(std::uint32_t node, std::string_view prefix) const;

  // Keeps segment `seg` (or every segment of loop node `node`) as extras at `anchor`.
  void keep_segment(extras& out, std::uint32_t anchor, std::uint32_t seg, std::string_view loop) const;
  void keep_loop(extras& out, std::uint32_t anchor, std::uint32_t node) const;

  void fail(std::uint32_t seg, const value_error& e);
  const std::optional<core::error>& error() const noexcept { return error_; }

  const tree::loop_tree& tree_;
  std::string file_;

 private:
  std::optional<core::error> error_;
};

// Maps a whole set with `Mapper(tree, file).run()`; invalid_argument for an empty tree.
template <class Mapper>
auto map_tree(const tree::loop_tree& tree, const std::string& file) -> decltype(Mapper(tree, file).run()) {
  if (tree.loops().empty() || tree.segments().empty()) {
    core::error e;
    e.code = core::errc::invalid_argument;
    e.file = file;
    e.message = "empty transaction set: nothing to map";
    return e;
  }
  return Mapper(tree, file).run();
}

// Writes one loop instance: typed segments and child loops in model order, with the loop's
// extras put back after as many typed items as they followed when read.
class loop_writer {
 public:
  loop_writer(std::vector<raw_segment>& out, const extras& kept) : out_(out), kept_(kept) {}
  ~loop_writer() { finish(); }
  loop_writer(const loop_writer&) = delete;
  loop_writer& operator=(const loop_writer&) = delete;

  void put(raw_segment s) {
    flush();
    out_.push_back(std::move(s));
    ++count_;
  }
  template <class T>
  void put(const T& in, std::string_view tag, std::span<const field<T>> table) {
    if (has_content(in, table)) put(write_fields(in, tag, table));
  }
  // Around a child loop, which counts as one typed item.
  void begin_child() { flush(); }
  void end_child() { ++count_; }
  // Writes a child loop through `f` between begin_child and end_child.
  template <class F>
  void child(F&& f) {
    begin_child();
    f();
    end_child();
  }
  // LX (or another one-number segment): element 1 = `value` over `base`, when either is set.
  void put_numbered(std::string_view tag, const raw_segment& base, const std::string& value) {
    if (base.tag.empty() && value.empty()) return;
    raw_segment s = base.tag.empty() ? raw_segment{std::string(tag), {}} : base;
    s.set_component(1, 0, value);
    put(std::move(s));
  }
  void finish() {
    while (next_ < kept_.size()) out_.push_back(kept_[next_++].segment);
  }
  std::vector<raw_segment>& out() noexcept { return out_; }

 private:
  void flush() {
    while (next_ < kept_.size() && kept_[next_].anchor <= count_) out_.push_back(kept_[next_++].segment);
  }
  std::vector<raw_segment>& out_;
  const extras& kept_;
  std::uint32_t count_ = 0;
  std::size_t next_ = 0;
};

// The body of a set: `Writer(out).set(model)` over an empty segment list.
template <class Writer, class Model>
std::vector<raw_segment> write_body(const Model& model) {
  std::vector<raw_segment> out;
  Writer(out).set(model);
  return out;
}

// Writes a party loop in the order the guides use: NM1/N1, N3, N4, DMG, PRV, REF, PER.
void write_party(const party& p, std::vector<raw_segment>& out);

}  // namespace claimloop::model
