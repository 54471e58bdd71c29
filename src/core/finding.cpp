#include "core/finding.hpp"

#include <fmt/format.h>

namespace claimloop::core {

std::string_view to_string(severity s) noexcept {
  switch (s) {
    case severity::error: return "error";
    case severity::warning: return "warning";
    case severity::info: return "info";
  }
  return "error";
}

std::string finding::to_string() const {
  std::string out = fmt::format("{}:{}:", file.empty() ? "<input>" : file, where.line);
  if (!loop.empty()) out += " " + loop;
  if (!segment.empty()) {
    out += " " + segment;
    if (element > 0) out += fmt::format("{:02}", element);
    if (component > 0) out += fmt::format("-{}", component);
    if (repetition > 1) out += fmt::format("[{}]", repetition);
  }
  if (!ik304.empty()) out += " IK304=" + ik304;
  if (!ik403.empty()) out += " IK403=" + ik403;
  if (!ack_code.empty() && ik304.empty() && ik403.empty()) out += " code=" + ack_code;
  if (level != severity::error) out += fmt::format(" ({})", core::to_string(level));
  out += " " + message;
  return out;
}

}  // namespace claimloop::core
