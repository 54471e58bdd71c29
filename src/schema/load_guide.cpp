// <guide> and <envelope> files -> guide. Pass 1 walks the XML in document order and fills the
// flat loop and segment-use tables with indices (so each gets a stable index); pass 2 (link)
// turns indices into pointers once the tables no longer move, resolves loop_refs and builds
// the by-id lookup tables. Checks what the XSD cannot see across files: dictionary ids and
// positions, code-list names, lengths that may only be tightened.
#include <algorithm>

#include <fmt/format.h>

#include "schema/detail/load_common.hpp"
#include "schema/loader.hpp"

namespace claimloop::schema {
namespace {

using detail::node_error;
using detail::xml_node;
namespace fs = std::filesystem;

usage parse_usage(std::string_view u) {
  if (u == "R") return usage::required;
  if (u == "N") return usage::not_used;
  return usage::situational;
}

std::vector<std::string> sorted_words(std::string_view text) {
  auto w = detail::split_words(text);
  std::sort(w.begin(), w.end());
  w.erase(std::unique(w.begin(), w.end()), w.end());
  return w;
}

class guide_builder {
 public:
  guide_builder(const fs::path& file, guide& g) : file_(file), g_(g) {}

  core::result<void> build(const xml_node& root) {
    loop top;
    top.name = g_.name;
    g_.loops.push_back(std::move(top));
    parents_.push_back(NONE);
    if (auto ok = add_children(root, 0); !ok) return ok;
    return link();
  }

 private:
  static constexpr std::uint32_t NONE = UNBOUNDED;

  core::result<void> add_children(const xml_node& node, std::uint32_t loop_index) {
    for (const auto& child : node.children) {
      loop_child entry;
      if (child.name == "segment") {
        auto idx = add_segment_use(child, loop_index);
        if (!idx) return std::move(idx).error();
        entry = {loop_child::kind_t::segment, *idx, false};
      } else if (child.name == "loop") {
        auto idx = add_loop(child, loop_index);
        if (!idx) return std::move(idx).error();
        entry = {loop_child::kind_t::loop, *idx, false};
      } else if (child.name == "loop_ref") {
        refs_.push_back({loop_index, g_.loops[loop_index].children.size(), &child});
        entry = {loop_child::kind_t::loop, NONE, true};
      } else if (child.name == "transaction_sets") {
        entry = {loop_child::kind_t::transaction_sets, 0, false};
      } else {
        continue;
      }
      g_.loops[loop_index].children.push_back(entry);
    }
    return {};
  }

  core::result<std::uint32_t> add_loop(const xml_node& node, std::uint32_t parent) {
    const auto index = static_cast<std::uint32_t>(g_.loops.size());
    loop l;
    l.index = index;
    l.id = std::string(node.attr("id"));
    l.name = std::string(node.attr("name"));
    l.use = parse_usage(node.attr("usage"));
    l.repeat = detail::to_u32(node.attr("repeat"));
    l.hl_level = std::string(node.attr("hl_level"));
    g_.loops.push_back(std::move(l));
    parents_.push_back(parent);
    if (auto ok = add_children(node, index); !ok) return std::move(ok).error();
    return index;
  }

  core::result<std::uint32_t> add_segment_use(const xml_node& node, std::uint32_t loop_index) {
    segment_use s;
    s.index = static_cast<std::uint32_t>(g_.segment_uses.size());
    s.id = std::string(node.attr("id"));
    s.name = std::string(node.attr("name"));
    s.use = parse_usage(node.attr("usage"));
    s.max_use = detail::to_u32(node.attr("max_use"));
    s.def = g_.dict->find_segment(s.id);
    if (s.def == nullptr) {
      return node_error(file_, node, fmt::format("segment {} is not in the dictionary {}", s.id, g_.dict->file));
    }
    for (const auto& child : node.children) {
      if (child.name == "match") {
        auto m = build_match(child, *s.def);
        if (!m) return std::move(m).error();
        s.matches.push_back(std::move(*m));
      } else if (child.name == "element") {
        auto e = build_element(child, *s.def);
        if (!e) return std::move(e).error();
        s.elements.push_back(std::move(*e));
      }
    }
    std::sort(s.elements.begin(), s.elements.end(), [](auto& a, auto& b) { return a.pos < b.pos; });
    if (auto ok = check_matches(node, s); !ok) return std::move(ok).error();
    g_.segment_uses.push_back(std::move(s));
    use_parents_.push_back(loop_index);
    use_nodes_.push_back(&node);
    return g_.segment_uses.back().index;
  }

  core::result<match_rule> build_match(const xml_node& node, const segment_def& def) {
    match_rule m;
    m.element = detail::to_u8(node.attr("element"));
    m.component = detail::to_u8(node.attr("component"));
    // Either a list of codes (values="85 87") or one code that may hold spaces (value="...").
    const auto list = node.attr("values"), single = node.attr("value");
    if (list.empty() == single.empty()) {
      return node_error(file_, node, "<match> needs exactly one of values=\"...\" and value=\"...\"");
    }
    m.values = list.empty() ? std::vector<std::string>{std::string(single)} : sorted_words(list);
    m.index = code_set(m.values);
    const element_slot* slot = def.element(m.element);
    if (slot == nullptr) {
      return node_error(file_, node, fmt::format("{} has no element {}", def.id, m.element));
    }
    if (m.component != 0 && (!slot->is_composite() || slot->composite->component(m.component) == nullptr)) {
      return node_error(file_, node, fmt::format("{}{:02} has no component {}", def.id, m.element, m.component));
    }
    return m;
  }

  // A discriminator value the use itself forbids would make the use unreachable.
  core::result<void> check_matches(const xml_node& node, const segment_use& s) {
    for (const auto& m : s.matches) {
      const element_use* e = s.element(m.element);
      const value_use* v = e;
      if (e != nullptr && m.component != 0) v = e->component(m.component);
      if (v == nullptr) {
        return node_error(file_, node, fmt::format("<match> on {}{:02}{} which this use does not list (Not Used)",
                                                   s.id, m.element, m.component ? fmt::format("-{}", m.component) : ""));
      }
      for (const auto& value : m.values) {
        if (!v->allows(value)) {
          return node_error(file_, node, fmt::format("<match> value {} is not allowed in {}{:02} by this use", value,
                                                     s.id, m.element));
        }
      }
    }
    return {};
  }

  // Fills the parts element and component uses share; `dict_element` is null for a composite.
  core::result<void> fill_value(const xml_node& node, const data_element* dict_element, std::string_view dict_name,
                                value_use& v) {
    v.use = parse_usage(node.attr("usage"));
    v.name = node.has_attr("name") ? std::string(node.attr("name")) : std::string(dict_name);
    v.element = dict_element;
    const bool has_codes = node.has_attr("codes"), has_list = node.has_attr("codelist");
    if (has_codes && has_list) return node_error(file_, node, "give codes or codelist, not both");
    if ((has_codes || has_list) && dict_element == nullptr) {
      return node_error(file_, node, "a composite element has no value of its own: restrict its components");
    }
    if (has_codes) {
      v.codes = sorted_words(node.attr("codes"));
      v.code_index = code_set(v.codes);
    }
    if (has_list) {
      v.codelist = g_.codelists->find(node.attr("codelist"));
      if (v.codelist == nullptr) {
        return node_error(file_, node, fmt::format("code list '{}' is not in {}", node.attr("codelist"),
                                                   g_.codelists->file));
      }
    }
    if (dict_element == nullptr) {
      if (node.has_attr("min_length") || node.has_attr("max_length")) {
        return node_error(file_, node, "lengths apply to components, not to a composite element");
      }
      return {};
    }
    v.min_length = node.has_attr("min_length") ? detail::to_u32(node.attr("min_length")) : dict_element->min_length;
    v.max_length = node.has_attr("max_length") ? detail::to_u32(node.attr("max_length")) : dict_element->max_length;
    if (v.min_length < dict_element->min_length || v.max_length > dict_element->max_length ||
        v.min_length > v.max_length) {
      return node_error(file_, node, fmt::format("lengths {}..{} are not within element {}'s {}..{}", v.min_length,
                                                 v.max_length, dict_element->number, dict_element->min_length,
                                                 dict_element->max_length));
    }
    return {};
  }

  core::result<element_use> build_element(const xml_node& node, const segment_def& def) {
    element_use e;
    e.pos = detail::to_u8(node.attr("pos"));
    e.slot = def.element(e.pos);
    if (e.slot == nullptr) return node_error(file_, node, fmt::format("{} has no element {}", def.id, e.pos));
    const std::string_view dict_name = e.slot->is_composite() ? e.slot->composite->name : e.slot->element->name;
    if (auto ok = fill_value(node, e.slot->element, dict_name, e); !ok) return std::move(ok).error();
    e.repeat = node.has_attr("repeat") ? detail::to_u32(node.attr("repeat")) : e.slot->repeat;
    if (e.repeat > e.slot->repeat && e.slot->repeat != UNBOUNDED) {
      // "unbounded" in a guide means "as many as the standard allows".
      if (e.repeat != UNBOUNDED || e.slot->repeat == 1) {
        return node_error(file_, node, fmt::format("repeat exceeds the standard's {} for {}{:02}", e.slot->repeat,
                                                   def.id, e.pos));
      }
      e.repeat = e.slot->repeat;
    }
    for (const auto& child : node.children) {
      if (child.name != "component") continue;
      if (!e.slot->is_composite()) {
        return node_error(file_, child, fmt::format("{}{:02} is not a composite", def.id, e.pos));
      }
      component_use c;
      c.pos = detail::to_u8(child.attr("pos"));
      c.slot = e.slot->composite->component(c.pos);
      if (c.slot == nullptr) {
        return node_error(file_, child, fmt::format("{} has no component {}", e.slot->composite->id, c.pos));
      }
      if (auto ok = fill_value(child, c.slot->element, c.slot->element->name, c); !ok) return std::move(ok).error();
      e.components.push_back(std::move(c));
    }
    std::sort(e.components.begin(), e.components.end(), [](auto& a, auto& b) { return a.pos < b.pos; });
    return e;
  }

  core::result<void> resolve_refs() {
    for (const auto& r : refs_) {
      const loop* target = g_.find_loop(r.node->attr("ref"));
      if (target == nullptr) return node_error(file_, *r.node, fmt::format("no loop {}", r.node->attr("ref")));
      g_.loops[r.loop_index].children[r.child_index].index = target->index;
    }
    return {};
  }

  core::result<void> link() {
    if (auto ok = resolve_refs(); !ok) return ok;
    for (std::size_t i = 0; i < g_.segment_uses.size(); ++i) g_.segment_uses[i].parent = &g_.loops[use_parents_[i]];
    for (std::size_t i = 0; i < g_.loops.size(); ++i) {
      loop& l = g_.loops[i];
      l.parent = parents_[i] == NONE ? nullptr : &g_.loops[parents_[i]];
      for (const loop* p = l.parent; p != nullptr; p = p->parent) {
        if (p->is_hl()) { l.hl_parent = p; break; }
      }
      for (const auto& c : l.children) {
        if (c.kind == loop_child::kind_t::segment) l.segments.push_back(&g_.segment_uses[c.index]);
        if (c.kind == loop_child::kind_t::loop) l.loops.push_back(&g_.loops[c.index]);
      }
      if (!l.is_root() && !l.segments.empty()) l.trigger = l.segments.front();
    }
    for (auto& l : g_.loops) build_index(l);
    for (auto& u : g_.segment_uses) index_positions(u);
    for (const auto& l : g_.loops) {
      if (auto ok = check_disjoint(l); !ok) return ok;
    }
    return {};
  }

  // Two uses can both match one segment unless some element both constrain has no common value.
  static bool can_overlap(const segment_use& a, const segment_use& b) {
    for (const auto& ma : a.matches) {
      for (const auto& mb : b.matches) {
        if (ma.element != mb.element || ma.component != mb.component) continue;
        if (std::none_of(ma.values.begin(), ma.values.end(), [&](const std::string& v) { return mb.accepts(v); })) {
          return false;
        }
      }
    }
    return true;
  }

  // The tree builder picks among same-id uses and child-loop triggers of one loop by their
  // discriminators, so those must never both match one segment (docs/grammars.md).
  core::result<void> check_disjoint(const loop& l) {
    for (const auto& bucket : l.by_id) {
      std::vector<const segment_use*> rivals(bucket.uses.begin(), bucket.uses.end());
      for (const loop* child : bucket.loops) rivals.push_back(child->trigger);
      for (std::size_t i = 0; i < rivals.size(); ++i) {
        for (std::size_t j = i + 1; j < rivals.size(); ++j) {
          if (rivals[i] == rivals[j] || !can_overlap(*rivals[i], *rivals[j])) continue;
          const segment_use& later = rivals[i]->index > rivals[j]->index ? *rivals[i] : *rivals[j];
          const segment_use& earlier = &later == rivals[i] ? *rivals[j] : *rivals[i];
          return node_error(file_, *use_nodes_[later.index],
                            fmt::format("{} '{}' can match the same segments as '{}' in loop {}: give them disjoint "
                                        "<match> values", later.id, later.name, earlier.name,
                                        l.is_root() ? std::string("(transaction level)") : l.id));
        }
      }
    }
    return {};
  }

  // The flat per-position tables; built last, once the uses no longer move.
  static void index_positions(segment_use& u) {
    const std::size_t max = u.def->max_position();
    u.positions.assign(max, {});
    for (const auto& slot : u.def->elements) u.positions[slot.pos - 1u].slot = &slot;
    for (auto& e : u.elements) {
      u.positions[e.pos - 1u].use = &e;
      if (!e.slot->is_composite()) continue;
      const auto& comps = e.slot->composite->components;
      e.component_positions.assign(comps.empty() ? 0 : comps.back().pos, {});
      for (const auto& c : comps) e.component_positions[c.pos - 1u].slot = &c;
      for (const auto& c : e.components) e.component_positions[c.pos - 1u].use = &c;
    }
  }

  static loop::id_bucket& bucket(loop& l, std::string_view id) {
    auto it = std::lower_bound(l.by_id.begin(), l.by_id.end(), id,
                               [](const loop::id_bucket& b, std::string_view k) { return b.id < k; });
    if (it == l.by_id.end() || it->id != id) it = l.by_id.insert(it, loop::id_bucket{std::string(id), {}, {}});
    return *it;
  }

  static void build_index(loop& l) {
    for (const segment_use* s : l.segments) bucket(l, s->id).uses.push_back(s);
    for (const loop* child : l.loops) {
      const segment_use* trig = child->trigger;
      if (trig != nullptr) bucket(l, trig->id).loops.push_back(child);
    }
    // Keys only when every id packs; otherwise find_bucket searches the strings.
    const bool all_pack = std::all_of(l.by_id.begin(), l.by_id.end(), [](const loop::id_bucket& b) {
      return loop::tag_key(b.id) != 0;
    });
    if (!all_pack) return;
    for (const auto& b : l.by_id) l.bucket_keys.push_back(loop::tag_key(b.id));
  }

  struct pending_ref {
    std::uint32_t loop_index;
    std::size_t child_index;
    const xml_node* node;
  };

  const fs::path& file_;
  guide& g_;
  std::vector<std::uint32_t> parents_;      // per loop: defining parent's index (NONE for root)
  std::vector<std::uint32_t> use_parents_;  // per segment use: its loop's index
  std::vector<pending_ref> refs_;
  std::vector<const xml_node*> use_nodes_;  // per segment use: its tag, for error positions
};

fs::path sibling(const fs::path& file, std::string_view relative) {
  return (file.parent_path() / fs::path(std::string(relative))).lexically_normal();
}

template <class T, class Loader>
core::result<std::shared_ptr<const T>> cached(std::map<fs::path, std::shared_ptr<const T>>* cache, const fs::path& p,
                                              Loader load) {
  std::error_code ec;
  auto key = fs::weakly_canonical(p, ec);
  if (ec) key = p;
  if (cache != nullptr) {
    if (auto it = cache->find(key); it != cache->end()) return it->second;
  }
  auto loaded = load(p);
  if (loaded && cache != nullptr) cache->emplace(key, *loaded);
  return loaded;
}

// Says which guide named the file that failed, so a wrong attribute is easy to find.
core::error named_by(core::error err, const fs::path& guide_file, std::string_view attribute) {
  err.message += fmt::format(" (named by {}=\"...\" in {})", attribute, guide_file.string());
  return err;
}

}  // namespace

core::result<std::shared_ptr<const guide>> load_guide(const fs::path& file, const fs::path& schema_dir,
                                                      shared_definitions* cache) {
  auto text_root = detail::parse_root(file, schema_dir, "guide.xsd", "guide envelope");
  if (!text_root) return std::move(text_root).error();
  const xml_node& root = *text_root;

  auto g = std::make_shared<guide>();
  g->file = file.string();
  g->kind = root.name == "envelope" ? guide_kind::envelope : guide_kind::transaction;
  g->transaction = std::string(root.attr("transaction"));
  g->implementation = std::string(root.attr("implementation"));
  g->also_accepts = detail::split_words(root.attr("also_accepts"));
  g->functional_group = std::string(root.attr("functional_group"));
  g->short_name = std::string(root.attr("short_name"));
  g->name = std::string(root.attr("name"));
  g->content_hints = detail::split_words(root.attr("content_hints"));
  g->envelope_version = std::string(root.attr("version"));

  const fs::path dict_path = sibling(file, root.attr("dictionary"));
  auto dict = cached(cache ? &cache->dictionaries : nullptr, dict_path,
                     [&](const fs::path& p) { return load_dictionary(p, schema_dir); });
  if (!dict) return named_by(std::move(dict).error(), file, "dictionary");
  const fs::path lists_path = sibling(file, root.attr("codelists"));
  auto lists = cached(cache ? &cache->codelists : nullptr, lists_path,
                      [&](const fs::path& p) { return load_codelists(p, schema_dir); });
  if (!lists) return named_by(std::move(lists).error(), file, "codelists");
  g->dict = std::move(*dict);
  g->codelists = std::move(*lists);

  guide_builder builder(file, *g);
  if (auto ok = builder.build(root); !ok) return std::move(ok).error();
  return std::shared_ptr<const guide>(std::move(g));
}

}  // namespace claimloop::schema
