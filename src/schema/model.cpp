// Lookups over the loaded model. Tables are sorted by the loader, so these are binary searches.
#include <algorithm>

#include "schema/codelists.hpp"
#include "schema/dictionary.hpp"
#include "schema/guide.hpp"

namespace claimloop::schema {
namespace {

template <class T, class Key>
const T* find_sorted(const std::vector<T>& table, std::string_view key, Key key_of) noexcept {
  auto it = std::lower_bound(table.begin(), table.end(), key,
                             [&](const T& item, std::string_view k) { return key_of(item) < k; });
  return it != table.end() && key_of(*it) == key ? &*it : nullptr;
}

template <class T>
const T* find_pos(const std::vector<T>& table, std::size_t pos) noexcept {
  auto it = std::lower_bound(table.begin(), table.end(), pos,
                             [](const T& item, std::size_t p) { return item.pos < p; });
  return it != table.end() && it->pos == pos ? &*it : nullptr;
}

bool sorted_contains(const std::vector<std::string>& v, std::string_view value) noexcept {
  auto it = std::lower_bound(v.begin(), v.end(), value, [](const std::string& a, std::string_view b) { return a < b; });
  return it != v.end() && *it == value;
}

}  // namespace

const component_slot* composite_def::component(std::size_t pos) const noexcept { return find_pos(components, pos); }
const element_slot* segment_def::element(std::size_t pos) const noexcept { return find_pos(elements, pos); }

const data_element* dictionary::find_element(std::string_view number) const noexcept {
  return find_sorted(elements, number, [](const data_element& e) -> std::string_view { return e.number; });
}
const composite_def* dictionary::find_composite(std::string_view id) const noexcept {
  return find_sorted(composites, id, [](const composite_def& c) -> std::string_view { return c.id; });
}
const segment_def* dictionary::find_segment(std::string_view id) const noexcept {
  return find_sorted(segments, id, [](const segment_def& s) -> std::string_view { return s.id; });
}

bool parse_syntax_rule(std::string_view text, syntax_rule& out) {
  if (text.size() < 5 || (text.size() - 1) % 2 != 0) return false;
  using kind = syntax_rule::kind_t;
  switch (text[0]) {
    case 'P': out.kind = kind::paired; break;
    case 'R': out.kind = kind::required; break;
    case 'E': out.kind = kind::exclusion; break;
    case 'C': out.kind = kind::conditional; break;
    case 'L': out.kind = kind::list_conditional; break;
    default: return false;
  }
  out.positions.clear();
  for (std::size_t i = 1; i < text.size(); i += 2) {
    const char hi = text[i], lo = text[i + 1];
    if (hi < '0' || hi > '9' || lo < '0' || lo > '9') return false;
    const int pos = (hi - '0') * 10 + (lo - '0');
    if (pos == 0) return false;
    out.positions.push_back(static_cast<std::uint8_t>(pos));
  }
  // L needs a first element and at least two others to choose from.
  if (out.kind == kind::list_conditional && out.positions.size() < 3) return false;
  out.text = std::string(text);
  return true;
}

bool code_list::contains_slow(std::string_view value) const noexcept { return sorted_contains(codes, value); }

const code_list* codelist_set::find(std::string_view list_name) const noexcept {
  return find_sorted(lists, list_name, [](const code_list& l) -> std::string_view { return l.name; });
}

// Lists built by hand (no index) are searched as sorted strings.
bool match_rule::accepts_slow(std::string_view value) const noexcept { return sorted_contains(values, value); }
bool value_use::allows_slow(std::string_view value) const noexcept { return sorted_contains(codes, value); }

const component_use* element_use::component(std::size_t position) const noexcept {
  if (!component_positions.empty())
    return position - 1 < component_positions.size() ? component_positions[position - 1].use : nullptr;
  return find_pos(components, position);
}

const element_use* segment_use::element(std::size_t pos) const noexcept {
  if (!positions.empty()) return pos - 1 < positions.size() ? positions[pos - 1].use : nullptr;
  return find_pos(elements, pos);
}
bool segment_use::is_trigger() const noexcept { return parent != nullptr && parent->trigger == this; }

const loop::id_bucket* loop::find_bucket_slow(std::string_view seg) const noexcept {
  return find_sorted(by_id, seg, [](const id_bucket& x) -> std::string_view { return x.id; });
}

std::span<const segment_use* const> loop::segments_with_id(std::string_view seg) const noexcept {
  const id_bucket* b = find_bucket(seg);
  return b ? std::span<const segment_use* const>(b->uses) : std::span<const segment_use* const>{};
}

std::span<const loop* const> loop::child_loops_triggered_by(std::string_view seg) const noexcept {
  const id_bucket* b = find_bucket(seg);
  return b ? std::span<const loop* const>(b->loops) : std::span<const loop* const>{};
}

const loop* guide::find_loop(std::string_view loop_id) const noexcept {
  for (std::size_t i = 1; i < loops.size(); ++i) {  // loops[0] is the root, whose id is ""
    if (loops[i].id == loop_id) return &loops[i];
  }
  return nullptr;
}

bool guide::accepts(std::string_view ref) const noexcept {
  if (ref.empty()) return false;
  if (ref == implementation) return true;
  return std::find(also_accepts.begin(), also_accepts.end(), ref) != also_accepts.end();
}

}  // namespace claimloop::schema
