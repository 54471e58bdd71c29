#pragma once
// The X12 dictionary: what the standard says about data elements, composites and segments,
// once per version (grammars/x12-005010-dictionary.xml). Immutable once loaded; share it with
// std::shared_ptr<const dictionary>.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimloop::schema {

// Makes a model object non-copyable: the model points into itself, so a copy would dangle.
struct pinned {
  pinned() = default;
  pinned(const pinned&) = delete;
  pinned& operator=(const pinned&) = delete;
};

// X12 data types; `numeric` (Nn) carries its implied decimals in data_element::implied_decimals.
enum class data_type : std::uint8_t { alphanumeric, identifier, date, time, decimal, binary, numeric };

// Standard requirement designator: M, O, X (relational: a syntax rule governs it).
enum class requirement : std::uint8_t { mandatory, optional, relational };

// A standard X12 syntax rule, e.g. P0809 = {paired, {8, 9}}.
struct syntax_rule {
  enum class kind_t : std::uint8_t { paired, required, exclusion, conditional, list_conditional };
  kind_t kind = kind_t::paired;
  std::vector<std::uint8_t> positions;  // 1-based element (or component) positions, as written
  std::string text;                     // the rule as written, "P0809"
};

// One data element: number ("98", "I01"), type and length bounds.
struct data_element {
  std::string number;
  std::string name;
  data_type type = data_type::alphanumeric;
  std::uint8_t implied_decimals = 0;  // Nn: n; 0 otherwise
  std::uint32_t min_length = 1;
  std::uint32_t max_length = 1;
};

// A component slot inside a composite.
struct component_slot {
  std::uint8_t pos = 0;
  requirement req = requirement::optional;
  const data_element* element = nullptr;
};

// A composite definition (C040): its components in position order and its syntax rules.
struct composite_def {
  std::string id;
  std::string name;
  std::vector<component_slot> components;
  std::vector<syntax_rule> rules;

  // The component at 1-based position `pos`, or nullptr.
  const component_slot* component(std::size_t pos) const noexcept;
};

// An element slot of a segment: a simple element or a composite, never both.
struct element_slot {
  std::uint8_t pos = 0;
  requirement req = requirement::optional;
  std::uint32_t repeat = 1;                 // repetitions allowed with the repetition separator
  const data_element* element = nullptr;    // set for a simple element
  const composite_def* composite = nullptr; // set for a composite

  bool is_composite() const noexcept { return composite != nullptr; }
};

// A segment definition (NM1): element slots in position order and syntax rules.
struct segment_def {
  std::string id;
  std::string name;
  std::vector<element_slot> elements;
  std::vector<syntax_rule> rules;

  // The slot at 1-based position `pos`, or nullptr when the segment has no such element.
  const element_slot* element(std::size_t pos) const noexcept;
  // Highest element position defined.
  std::size_t max_position() const noexcept { return elements.empty() ? 0 : elements.back().pos; }
};

// All definitions of one X12 version. Lookups are binary searches over sorted tables.
struct dictionary : pinned {
  std::string version;  // "005010"
  std::string name;
  std::string file;     // where it was loaded from
  std::vector<data_element> elements;   // sorted by number
  std::vector<composite_def> composites;  // sorted by id
  std::vector<segment_def> segments;    // sorted by id

  // Lookups by key; nullptr when absent.
  const data_element* find_element(std::string_view number) const noexcept;
  const composite_def* find_composite(std::string_view id) const noexcept;
  const segment_def* find_segment(std::string_view id) const noexcept;
};

// Parses "P0809" and friends; returns false when the text is not a valid rule.
bool parse_syntax_rule(std::string_view text, syntax_rule& out);

}  // namespace claimloop::schema
