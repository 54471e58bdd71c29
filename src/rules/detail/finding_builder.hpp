#pragma once
// Where the situational rules put their findings: one sink per set, holding its control numbers.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/finding.hpp"
#include "tree/set_context.hpp"

namespace claimloop::rules::detail {

// The loop, segment, element and component (0 = none) a finding is about.
struct place {
  std::string_view loop, segment;
  std::uint8_t element = 0;
  std::uint8_t component = 0;
};

// Collects SNIP 4 findings of one transaction set; no acknowledgment codes are set (a
// situational rule is not a syntax error; the 277CA stage derives its status from the level).
class finding_sink {
 public:
  finding_sink(const tree::set_context& context, std::vector<core::finding>& out) : context_(context), out_(out) {}

  void error(place at, std::string value, std::string message) {
    add(core::severity::error, at, std::move(value), std::move(message));
  }
  void warning(place at, std::string value, std::string message) {
    add(core::severity::warning, at, std::move(value), std::move(message));
  }

 private:
  void add(core::severity level, place at, std::string value, std::string message);

  const tree::set_context& context_;
  std::vector<core::finding>& out_;
};

}  // namespace claimloop::rules::detail
