#include "cli/json_unit_printer.hpp"

#include <boost/json.hpp>

#include "cli/json_segments.hpp"
#include "tree/walk.hpp"

namespace claimloop::cli {
namespace {

namespace json = boost::json;

json::value segment_or_null(const syntax::segment_view* s) {
  if (!s) return nullptr;
  return segment_json(*s);
}

// Builds {"id", "name", "children": [segments and loops in order]} for each loop instance.
class loop_json_builder final : public tree::tree_visitor {
 public:
  void begin_loop(const tree::loop_tree& t, std::uint32_t node) override {
    const auto& l = *t.loops()[node].loop;
    stack_.push_back(json::object{{"id", l.id}, {"name", l.name}, {"children", json::array{}}});
  }
  void segment(const tree::loop_tree&, std::uint32_t, const syntax::segment_view& s,
               const schema::segment_use* use) override {
    auto o = segment_json(s);
    if (use) o["name"] = use->name;
    else o["unplaced"] = true;
    stack_.back()["children"].as_array().push_back(std::move(o));
  }
  void end_loop(const tree::loop_tree&, std::uint32_t) override {
    json::object done = std::move(stack_.back());
    stack_.pop_back();
    if (stack_.empty()) root_ = std::move(done);
    else stack_.back()["children"].as_array().push_back(std::move(done));
  }
  json::object take() { return std::move(root_); }

 private:
  std::vector<json::object> stack_;
  json::object root_;
};

json::object set_json(const envelope::unit& u, const std::optional<tree::loop_tree>& tree) {
  json::object set{{"st01", u.context.st01}, {"st02", u.context.st02}, {"st03", u.context.st03},
                   {"stray", u.kind != envelope::unit_kind::transaction_set}, {"complete", !u.truncated}};
  if (tree) {
    loop_json_builder b;
    tree::walk(*tree, b);
    set["guide"] = tree->guide().short_name;
    set["loops"] = b.take();
    return set;
  }
  set["guide"] = nullptr;
  json::array segments;
  for (auto s : u.segments) segments.push_back(segment_json(s));
  set["segments"] = std::move(segments);
  return set;
}

}  // namespace

void json_unit_printer::item_separator() {
  if (!first_.back()) out_ << ',';
  first_.back() = false;
}

void json_unit_printer::begin_file(const std::string& name) {
  out_ << "{\"file\":" << json::serialize(json::string(name)) << ",\"interchanges\":[";
  first_.assign(1, true);
  in_interchange_ = in_group_ = false;
}

void json_unit_printer::open_interchange(const syntax::segment_view* isa) {
  item_separator();
  out_ << "{\"header\":" << json::serialize(segment_or_null(isa)) << ",\"groups\":[";
  first_.push_back(true);
  in_interchange_ = true;
}

void json_unit_printer::open_group(const syntax::segment_view* gs) {
  if (!in_interchange_) open_interchange(nullptr);
  item_separator();
  out_ << "{\"header\":" << json::serialize(segment_or_null(gs)) << ",\"sets\":[";
  first_.push_back(true);
  in_group_ = true;
}

void json_unit_printer::close_group(const syntax::segment_view* ge) {
  if (!in_group_) return;
  out_ << "],\"trailer\":" << json::serialize(segment_or_null(ge)) << '}';
  first_.pop_back();
  in_group_ = false;
}

void json_unit_printer::close_interchange(const syntax::segment_view* iea) {
  close_group(nullptr);
  if (!in_interchange_) return;
  out_ << "],\"trailer\":" << json::serialize(segment_or_null(iea)) << '}';
  first_.pop_back();
  in_interchange_ = false;
}

void json_unit_printer::add(const envelope::unit& u, const std::optional<tree::loop_tree>& tree) {
  const syntax::segment_view* only = nullptr;
  std::optional<syntax::segment_view> first;
  if (!u.segments.empty()) first = u.segments.front();
  if (first) only = &*first;
  switch (u.kind) {
    case envelope::unit_kind::interchange_header:
      close_interchange(nullptr);
      open_interchange(only);
      return;
    case envelope::unit_kind::group_header:
      close_group(nullptr);
      open_group(only);
      return;
    case envelope::unit_kind::group_trailer:
      if (!in_group_) open_group(nullptr);
      close_group(only);
      return;
    case envelope::unit_kind::interchange_trailer:
      if (!in_interchange_) open_interchange(nullptr);
      close_interchange(only);
      return;
    case envelope::unit_kind::end_of_input:
      return;
    default:  // a set, or segments outside any set
      if (u.segments.empty()) return;
      if (!in_group_) open_group(nullptr);
      item_separator();
      out_ << json::serialize(set_json(u, tree));
  }
}

void json_unit_printer::end_file(const std::vector<envelope::finding>& findings, const std::string& error) {
  close_interchange(nullptr);
  out_ << "],\"findings\":[";
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (i) out_ << ',';
    out_ << json::serialize(finding_json(findings[i].to_core()));
  }
  out_ << "],\"error\":";
  if (error.empty()) out_ << "null"; else out_ << json::serialize(json::string(error));
  out_ << '}';
}

}  // namespace claimloop::cli
