#pragma once
// Makes findings for one transaction set: fills the envelope context and the segment's place
// once, so each check only says what is wrong.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/finding.hpp"
#include "syntax/segment_view.hpp"
#include "tree/set_context.hpp"

namespace claimloop::validate {

// Where a finding points: the segment, its index in the set's list and its loop id.
struct segment_ref {
  const syntax::segment_view* s = nullptr;
  std::uint32_t index = 0;  // 0-based index in the set (ST = 0)
  std::string_view loop;
};

class reporter {
 public:
  reporter(const tree::set_context& context, std::vector<core::finding>& out) : context_(context), out_(out) {}

  // A segment-level finding (IK304); `segment` overrides the segment id (a missing segment).
  core::finding& segment_error(const segment_ref& at, core::snip_level snip, std::string_view ik304,
                               std::string message, std::string_view segment = {});
  // An element-level finding (IK403) at element/component/repetition of `at`.
  core::finding& element_error(const segment_ref& at, core::snip_level snip, std::string_view ik403,
                               std::uint8_t element, std::uint8_t component, std::uint16_t repetition,
                               std::string_view value, std::string message);

 private:
  core::finding& base(const segment_ref& at, core::snip_level snip);
  const tree::set_context& context_;
  std::vector<core::finding>& out_;
};

// "CLM05-3", "NM109", "HI01-2": how an element or component is named in messages.
std::string element_label(std::string_view segment, std::size_t element, std::size_t component = 0);

}  // namespace claimloop::validate
