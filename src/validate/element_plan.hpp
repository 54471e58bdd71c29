#pragma once
// What the element checks need about each element and component position of each segment use,
// flattened once per guide: a valid value is then recognised from one record per position,
// without walking from the use to its element use, data element, code list and slot. Positions
// whose value is not certainly clean go through the full checks (element_rules.cpp), which word
// the findings; so the plan decides only how fast a clean segment passes.
#include <cstdint>
#include <vector>

#include "schema/guide.hpp"

namespace claimloop::validate {

// One simple value (an element or a component): the bounds, type and codes it must meet.
struct value_plan {
  const schema::code_set* codes = nullptr;  // the code restriction, or nullptr for none
  std::uint32_t min_length = 0;             // 0 = no bound
  std::uint32_t max_length = 0;
  schema::data_type type = schema::data_type::alphanumeric;
  bool typed = false;   // has a data element, so its type is checked
  bool period = false;  // element 1251: also in the format its qualifier (D8, RD8) names
  bool fast = false;    // the quick test applies; otherwise the full check always runs
};

// One element or component position.
struct position_plan {
  // How a present value is tested quickly: as one simple value, as a composite through its
  // component plans, or never (the full check always runs).
  enum class shape_t : std::uint8_t { simple, composite, full_check };
  value_plan value;
  shape_t shape = shape_t::simple;
  bool allowed = false;    // a value may be present (the guide uses it, the dictionary has it)
  bool required = false;   // an empty value is a finding
  bool repeat_ok = false;  // one occurrence is within the guide's repeat
  std::uint16_t first_component = 0;  // composite: its components in segment_plan::components
  std::uint16_t component_count = 0;  // composite: positions 1..its last component
  const std::vector<schema::syntax_rule>* rules = nullptr;  // composite: its syntax rules
};

// All positions of one segment use.
struct segment_plan {
  std::vector<position_plan> positions;   // element positions 1..def->max_position()
  std::vector<position_plan> components;  // the components of its composite elements
  std::size_t last_required = 0;          // highest position that must not be empty (0: none)
};

// The plans of every segment use of a guide (by segment_use::index), and per loop the required
// segment uses and child loops, for the usage checks. Built once per guide.
class guide_plan {
 public:
  explicit guide_plan(const schema::guide& guide);

  // The plan of a use, or nullptr when it has no dictionary definition.
  const segment_plan* segment(const schema::segment_use& use) const noexcept {
    return use.index < segments_.size() && use.def != nullptr ? &segments_[use.index] : nullptr;
  }
  // Required segment uses of loop `loop_index` other than its trigger, in guide order.
  const std::vector<const schema::segment_use*>& required_uses(std::uint32_t loop_index) const noexcept {
    return required_uses_[loop_index];
  }
  // Positions in loop::loops of the required child loops of loop `loop_index`.
  const std::vector<std::uint32_t>& required_loops(std::uint32_t loop_index) const noexcept {
    return required_loops_[loop_index];
  }

 private:
  std::vector<segment_plan> segments_;
  std::vector<std::vector<const schema::segment_use*>> required_uses_;
  std::vector<std::vector<std::uint32_t>> required_loops_;
};

}  // namespace claimloop::validate
