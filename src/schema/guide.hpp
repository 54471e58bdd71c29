#pragma once
// One implementation guide (837P 005010X222A1, 835, ...) or the envelope guide, as an immutable
// model: loops in document order, segment uses with discriminators and element uses, each
// linked to its dictionary definition. Shared across threads as std::shared_ptr<const guide>.
#include <cstdint>
#include <limits>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "schema/codelists.hpp"
#include "schema/dictionary.hpp"

namespace claimloop::schema {

// Implementation usage of a loop, segment, element or component: R, S, N.
enum class usage : std::uint8_t { required, situational, not_used };

// max_use / repeat value for the guide's "unbounded" (the TR3's ">1").
inline constexpr std::uint32_t UNBOUNDED = std::numeric_limits<std::uint32_t>::max();

// A discriminator condition: element (component, when nonzero) holds one of `values`.
struct match_rule {
  std::uint8_t element = 0;
  std::uint8_t component = 0;       // 0 = the whole (simple) element, else the component
  std::vector<std::string> values;  // sorted
  code_set index;                   // `values` for fast lookup (built by the loader)

  bool accepts(std::string_view value) const noexcept {
    return index.size() != 0 ? index.contains(value) : accepts_slow(value);
  }

 private:
  bool accepts_slow(std::string_view value) const noexcept;
};

// What a guide says about one element or component of a segment use.
struct value_use {
  std::uint8_t pos = 0;
  usage use = usage::required;
  std::string name;                        // the guide's name, else the dictionary's
  std::vector<std::string> codes;          // allowed values listed in the guide (sorted), or empty
  code_set code_index;                     // `codes` for fast lookup (built by the loader)
  const code_list* codelist = nullptr;     // the named list, when the guide names one
  const data_element* element = nullptr;   // dictionary element; nullptr for a composite element
  std::uint32_t min_length = 0;            // effective bounds: guide's if tightened, else dictionary's
  std::uint32_t max_length = 0;

  // True when the guide limits values (codes or an enumerated list); external lists do not.
  bool restricts_codes() const noexcept { return !codes.empty() || (codelist != nullptr && !codelist->external); }
  // True when `value` passes the guide's code restriction (or there is none).
  bool allows(std::string_view value) const noexcept {
    if (!codes.empty()) return code_index.size() != 0 ? code_index.contains(value) : allows_slow(value);
    if (codelist != nullptr && !codelist->external) return codelist->contains(value);
    return true;
  }

 private:
  bool allows_slow(std::string_view value) const noexcept;
};

// A component use inside a composite element use.
struct component_use : value_use {
  const component_slot* slot = nullptr;
};

// An element use; components are listed for composites (unlisted components are Not Used).
struct element_use : value_use {
  std::uint32_t repeat = 1;  // repetitions the guide allows (the dictionary's when not tightened)
  const element_slot* slot = nullptr;
  std::vector<component_use> components;

  // One component position of a composite: the dictionary slot (nullptr when the composite has
  // none there) and this use's component use (nullptr = Not Used).
  struct component_position {
    const component_slot* slot = nullptr;
    const component_use* use = nullptr;
  };
  // For a composite, positions 1..its last component at index pos - 1 (built by the loader, so
  // validation indexes instead of searching); empty for a simple element.
  std::vector<component_position> component_positions;

  // The component use at 1-based `pos`, or nullptr (Not Used).
  const component_use* component(std::size_t position) const noexcept;
};

struct loop;

// One use of a dictionary segment at one place in the guide.
struct segment_use {
  std::uint32_t index = 0;  // stable, 0-based, document order over the whole guide
  std::string id;
  std::string name;
  usage use = usage::required;
  std::uint32_t max_use = 1;  // or UNBOUNDED
  std::vector<match_rule> matches;    // all must hold; empty = identified by id alone
  std::vector<element_use> elements;  // position order; unlisted positions are Not Used
  const segment_def* def = nullptr;
  const loop* parent = nullptr;       // the loop it is written in (the root for top-level uses)

  // One element position: the dictionary slot and this use's element use (nullptr = Not Used).
  struct element_position {
    const element_slot* slot = nullptr;
    const element_use* use = nullptr;
  };
  // Positions 1..def->max_position() at index pos - 1 (built by the loader, so validation
  // indexes instead of searching).
  std::vector<element_position> positions;

  // The element use at 1-based `pos`, or nullptr (Not Used).
  const element_use* element(std::size_t pos) const noexcept;
  // True when this use opens its loop.
  bool is_trigger() const noexcept;
  // True when every match holds; value_of(element, component) returns the segment's value
  // (component 0 = the whole element or its first component).
  template <class ValueOf>
  bool matches_values(ValueOf&& value_of) const {
    for (const auto& m : matches) {
      if (!m.accepts(value_of(std::size_t{m.element}, std::size_t{m.component}))) return false;
    }
    return true;
  }
};

// A child of a loop, in document order.
struct loop_child {
  enum class kind_t : std::uint8_t { segment, loop, transaction_sets };
  kind_t kind = kind_t::segment;
  std::uint32_t index = 0;     // into guide::segment_uses or guide::loops
  bool by_reference = false;   // placed here by <loop_ref>
};

// A loop (and the transaction level itself, as the root loop at index 0).
struct loop {
  std::uint32_t index = 0;  // stable, 0-based; 0 is the root, then loops in document order
  std::string id;           // "2010AA"; the root's id is "" (envelope: "")
  std::string name;
  usage use = usage::required;
  std::uint32_t repeat = 1;  // or UNBOUNDED
  std::string hl_level;      // HL03 for HL loops, else ""
  const loop* parent = nullptr;     // the loop it is defined in (loop_refs add other places)
  const loop* hl_parent = nullptr;  // nearest enclosing HL loop, for HL loops and others
  const segment_use* trigger = nullptr;  // first child segment; nullptr for the root
  std::vector<loop_child> children;
  std::vector<const segment_use*> segments;  // direct segment uses in order, trigger first
  std::vector<const loop*> loops;            // direct child loops in order, loop_refs included

  // Direct segment uses of this loop with segment id `id`, in document order.
  std::span<const segment_use* const> segments_with_id(std::string_view id) const noexcept;
  // Direct child loops whose trigger has segment id `id`, in document order.
  std::span<const loop* const> child_loops_triggered_by(std::string_view id) const noexcept;
  bool is_root() const noexcept { return parent == nullptr; }
  bool is_hl() const noexcept { return !hl_level.empty(); }

  // Lookup table for the two functions above, sorted by segment id (built by the loader).
  struct id_bucket {
    std::string id;
    std::vector<const segment_use*> uses;
    std::vector<const loop*> loops;
  };
  std::vector<id_bucket> by_id;
  // The bucket for `segment_id`, or nullptr.
  const id_bucket* find_bucket(std::string_view segment_id) const noexcept {
    const std::uint32_t key = tag_key(segment_id);
    if (key == 0 || bucket_keys.size() != by_id.size()) return find_bucket_slow(segment_id);
    for (std::size_t i = 0; i < bucket_keys.size(); ++i) {
      if (bucket_keys[i] == key) return &by_id[i];
    }
    return nullptr;
  }
  // by_id's ids packed by tag_key, same order (built by the loader): the tree builder looks up
  // every segment in the open loops, and integers compare faster than strings.
  std::vector<std::uint32_t> bucket_keys;

  // A segment id of 1-3 bytes packed with its length into one integer; 0 for any other length.
  static std::uint32_t tag_key(std::string_view segment_id) noexcept {
    if (segment_id.empty() || segment_id.size() > 3) return 0;
    std::uint32_t k = 0;
    for (char c : segment_id) k = (k << 8) | static_cast<unsigned char>(c);
    return (k << 2) | static_cast<std::uint32_t>(segment_id.size());
  }

 private:
  const id_bucket* find_bucket_slow(std::string_view segment_id) const noexcept;
};

enum class guide_kind : std::uint8_t { transaction, envelope };

// A whole guide. loops[0] is the transaction level (ST, BHT, ..., SE).
struct guide : pinned {
  guide_kind kind = guide_kind::transaction;
  std::string transaction;        // ST01 "837" (empty for the envelope)
  std::string implementation;     // GS08/ST03 "005010X222A1" (empty for the envelope)
  std::vector<std::string> also_accepts;
  std::string functional_group;   // GS01 "HC"
  std::string short_name;         // "837P"
  std::string name;
  std::vector<std::string> content_hints;  // segment ids that mark this guide ("SV1")
  std::string envelope_version;   // ISA12 "00501" for the envelope guide
  std::string file;
  std::shared_ptr<const dictionary> dict;
  std::shared_ptr<const codelist_set> codelists;
  std::vector<loop> loops;
  std::vector<segment_use> segment_uses;

  const loop& root() const noexcept { return loops.front(); }
  // The loop with this id, or nullptr.
  const loop* find_loop(std::string_view id) const noexcept;
  // True when GS08/ST03 `ref` is implementation or one of also_accepts.
  bool accepts(std::string_view ref) const noexcept;
  // The X12 version part of the implementation reference ("005010").
  std::string_view version() const noexcept { return std::string_view(implementation).substr(0, 6); }
};

}  // namespace claimloop::schema
