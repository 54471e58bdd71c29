#include "cli/xml_unit_printer.hpp"

#include "tree/walk.hpp"

namespace claimloop::cli {
namespace {

std::vector<schema::xml_element_value> element_values(const syntax::segment_view& s) {
  std::vector<schema::xml_element_value> out;
  for (std::size_t n = 1; n <= s.element_count(); ++n) {
    if (s.element(n).empty()) continue;
    schema::xml_element_value v{static_cast<std::uint32_t>(n), {}};
    const bool split = !s.is("ISA") && !syntax::is_binary_element(s.tag(), n);
    for (auto rep : split ? s.repetitions(n) : std::vector<std::string_view>{s.element(n)}) {
      std::vector<std::string> components;
      for (auto c : split ? syntax::split(rep, s.delims().component) : std::vector<std::string_view>{rep})
        components.emplace_back(c);
      v.repetitions.push_back(std::move(components));
    }
    out.push_back(std::move(v));
  }
  return out;
}

core::result<void> write_segment(schema::xml_writer& w, const syntax::segment_view& s) {
  auto values = element_values(s);
  return w.segment(s.tag(), s.pos().set_index, values);
}

// Walks a loop tree into begin_loop / segment / end_loop calls; remembers the first failure.
class xml_loops final : public tree::tree_visitor {
 public:
  explicit xml_loops(schema::xml_writer& w) : w_(w) {}
  void begin_loop(const tree::loop_tree& t, std::uint32_t node) override {
    if (node == 0) return;  // the transaction level is the <transaction_set> itself
    const auto& l = *t.loops()[node].loop;
    keep(w_.begin_loop(l.id, l.name));
  }
  void segment(const tree::loop_tree&, std::uint32_t, const syntax::segment_view& s, const schema::segment_use*) override {
    keep(write_segment(w_, s));
  }
  void end_loop(const tree::loop_tree&, std::uint32_t node) override {
    if (node != 0) keep(w_.end_loop());
  }
  core::result<void> outcome() { return std::move(result_); }

 private:
  void keep(core::result<void> r) {
    if (result_ && !r) result_ = std::move(r);
  }
  schema::xml_writer& w_;
  core::result<void> result_;
};

std::string trimmed(std::string_view v) {
  while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
  return std::string(v);
}

}  // namespace

core::result<xml_unit_printer> xml_unit_printer::create(const std::string& file_name) {
  auto w = schema::xml_writer::create(file_name);
  if (!w) return std::move(w).error();
  return xml_unit_printer(std::move(*w));
}

core::result<void> xml_unit_printer::close_group() {
  if (!in_group_) return {};
  in_group_ = false;
  return writer_.end_group();
}

core::result<void> xml_unit_printer::close_interchange() {
  if (auto r = close_group(); !r) return r;
  if (!in_interchange_) return {};
  in_interchange_ = false;
  return writer_.end_interchange();
}

core::result<void> xml_unit_printer::add_set(const envelope::unit& u, const std::optional<tree::loop_tree>& tree) {
  if (auto r = writer_.begin_set({u.context.st01, u.context.st02, u.context.st03}); !r) return r;
  if (tree) {
    xml_loops loops(writer_);
    tree::walk(*tree, loops);
    if (auto r = loops.outcome(); !r) return r;
  } else {
    for (auto s : u.segments)
      if (auto r = write_segment(writer_, s); !r) return r;
  }
  return writer_.end_set();
}

core::result<void> xml_unit_printer::add(const envelope::unit& u, const std::optional<tree::loop_tree>& tree) {
  switch (u.kind) {
    case envelope::unit_kind::interchange_header: {
      if (auto r = close_interchange(); !r) return r;
      auto isa = u.segments.front();
      in_interchange_ = true;
      return writer_.begin_interchange({trimmed(isa.element(13)), trimmed(isa.element(5)), trimmed(isa.element(6)),
                                        trimmed(isa.element(7)), trimmed(isa.element(8)), trimmed(isa.element(9)),
                                        trimmed(isa.element(10)), trimmed(isa.element(12))});
    }
    case envelope::unit_kind::group_header: {
      if (auto r = close_group(); !r) return r;
      auto gs = u.segments.front();
      in_group_ = true;
      return writer_.begin_group({std::string(gs.element(1)), std::string(gs.element(6)), std::string(gs.element(8))});
    }
    case envelope::unit_kind::group_trailer:
      return close_group();
    case envelope::unit_kind::interchange_trailer:
      return close_interchange();
    case envelope::unit_kind::transaction_set:
      return add_set(u, tree);
    case envelope::unit_kind::end_of_input:
      return {};
    default:  // stray and interchange-level segments stay where they were found
      for (auto s : u.segments)
        if (auto r = write_segment(writer_, s); !r) return r;
      return {};
  }
}

core::result<std::string> xml_unit_printer::finish() {
  if (auto r = close_interchange(); !r) return std::move(r).error();
  return writer_.finish();
}

}  // namespace claimloop::cli
