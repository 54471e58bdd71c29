// <dictionary> and <codelists> files -> dictionary and codelist_set. The XSD has already checked
// shapes, keys and references; this file only converts and sorts, and reports what the XSD
// cannot express (syntax rule positions beyond the segment).
#include <algorithm>
#include <charconv>

#include <fmt/format.h>

#include "schema/detail/load_common.hpp"
#include "schema/loader.hpp"

namespace claimloop::schema {
namespace {

using detail::xml_node;

data_type parse_type(std::string_view t, std::uint8_t& decimals) {
  decimals = 0;
  if (t == "AN") return data_type::alphanumeric;
  if (t == "ID") return data_type::identifier;
  if (t == "DT") return data_type::date;
  if (t == "TM") return data_type::time;
  if (t == "R") return data_type::decimal;
  if (t == "B") return data_type::binary;
  if (t.size() == 2) decimals = static_cast<std::uint8_t>(t[1] - '0');  // N0..N9; plain N = N0
  return data_type::numeric;
}

requirement parse_requirement(std::string_view r) {
  if (r == "M") return requirement::mandatory;
  if (r == "X") return requirement::relational;
  return requirement::optional;
}

core::result<std::vector<syntax_rule>> parse_rules(const std::filesystem::path& file, const xml_node& owner,
                                                   std::size_t max_position) {
  std::vector<syntax_rule> rules;
  for (const auto& child : owner.children) {
    if (child.name != "syntax") continue;
    syntax_rule rule;
    if (!parse_syntax_rule(child.attr("rule"), rule)) {
      return detail::node_error(file, child, fmt::format("bad syntax rule '{}'", child.attr("rule")));
    }
    for (auto p : rule.positions) {
      if (p > max_position) {
        return detail::node_error(file, child, fmt::format("syntax rule {} names position {} but {} has only {}",
                                                           rule.text, p, owner.attr("id"), max_position));
      }
    }
    rules.push_back(std::move(rule));
  }
  return rules;
}

template <class T>
void sort_by(std::vector<T>& v, std::string T::*key) {
  std::sort(v.begin(), v.end(), [key](const T& a, const T& b) { return a.*key < b.*key; });
}

// Element and composite tables are complete before segments and composites point into them.
core::result<void> build_dictionary(const std::filesystem::path& file, const xml_node& root, dictionary& d) {
  d.version = std::string(root.attr("version"));
  d.name = std::string(root.attr("name"));
  for (const auto& n : root.children) {
    if (n.name != "data_element") continue;
    data_element e;
    e.number = std::string(n.attr("number"));
    e.name = std::string(n.attr("name"));
    e.type = parse_type(n.attr("type"), e.implied_decimals);
    e.min_length = detail::to_u32(n.attr("min_length"));
    e.max_length = detail::to_u32(n.attr("max_length"));
    if (e.min_length > e.max_length) return detail::node_error(file, n, "min_length exceeds max_length");
    d.elements.push_back(std::move(e));
  }
  sort_by(d.elements, &data_element::number);

  for (const auto& n : root.children) {
    if (n.name != "composite_def") continue;
    composite_def c;
    c.id = std::string(n.attr("id"));
    c.name = std::string(n.attr("name"));
    for (const auto& k : n.children) {
      if (k.name != "component") continue;
      c.components.push_back({detail::to_u8(k.attr("pos")), parse_requirement(k.attr("req")),
                              d.find_element(k.attr("ref"))});
    }
    std::sort(c.components.begin(), c.components.end(), [](auto& a, auto& b) { return a.pos < b.pos; });
    auto rules = parse_rules(file, n, c.components.empty() ? 0 : c.components.back().pos);
    if (!rules) return std::move(rules).error();
    c.rules = std::move(*rules);
    d.composites.push_back(std::move(c));
  }
  sort_by(d.composites, &composite_def::id);

  for (const auto& n : root.children) {
    if (n.name != "segment_def") continue;
    segment_def s;
    s.id = std::string(n.attr("id"));
    s.name = std::string(n.attr("name"));
    for (const auto& k : n.children) {
      if (k.name != "element" && k.name != "composite") continue;
      element_slot slot;
      slot.pos = detail::to_u8(k.attr("pos"));
      slot.req = parse_requirement(k.attr("req"));
      slot.repeat = k.has_attr("repeat") ? detail::to_u32(k.attr("repeat")) : 1;
      if (k.name == "element") slot.element = d.find_element(k.attr("ref"));
      else slot.composite = d.find_composite(k.attr("ref"));
      s.elements.push_back(slot);
    }
    std::sort(s.elements.begin(), s.elements.end(), [](auto& a, auto& b) { return a.pos < b.pos; });
    auto rules = parse_rules(file, n, s.max_position());
    if (!rules) return std::move(rules).error();
    s.rules = std::move(*rules);
    d.segments.push_back(std::move(s));
  }
  sort_by(d.segments, &segment_def::id);
  return {};
}

void build_codelists(const xml_node& root, codelist_set& set) {
  set.version = std::string(root.attr("version"));
  set.name = std::string(root.attr("name"));
  for (const auto& n : root.children) {
    if (n.name != "codelist") continue;
    code_list l;
    l.name = std::string(n.attr("name"));
    l.description = std::string(n.attr("description"));
    l.external = n.attr("external") == "true" || n.attr("external") == "1";
    l.source = std::string(n.attr("source"));
    for (const auto& c : n.children) {
      if (c.name == "code") l.codes.emplace_back(c.attr("value"));
    }
    std::sort(l.codes.begin(), l.codes.end());
    l.index = code_set(l.codes);
    set.lists.push_back(std::move(l));
  }
  sort_by(set.lists, &code_list::name);
}

}  // namespace

std::filesystem::path schema_dir_for(const std::filesystem::path& grammar_dir) {
  std::error_code ec;
  const auto beside = grammar_dir / ".." / "schemas";
  if (std::filesystem::exists(beside / "guide.xsd", ec)) return beside.lexically_normal();
  return grammar_dir;
}

core::result<std::shared_ptr<const dictionary>> load_dictionary(const std::filesystem::path& file,
                                                                const std::filesystem::path& schema_dir) {
  auto root = detail::parse_root(file, schema_dir, "dictionary.xsd", "dictionary");
  if (!root) return std::move(root).error();
  auto d = std::make_shared<dictionary>();
  d->file = file.string();
  if (auto ok = build_dictionary(file, *root, *d); !ok) return std::move(ok).error();
  return std::shared_ptr<const dictionary>(std::move(d));
}

core::result<std::shared_ptr<const codelist_set>> load_codelists(const std::filesystem::path& file,
                                                                 const std::filesystem::path& schema_dir) {
  auto root = detail::parse_root(file, schema_dir, "dictionary.xsd", "codelists");
  if (!root) return std::move(root).error();
  auto set = std::make_shared<codelist_set>();
  set->file = file.string();
  build_codelists(*root, *set);
  return std::shared_ptr<const codelist_set>(std::move(set));
}

}  // namespace claimloop::schema
