#pragma once
// A finding: a problem in the data that processing survives, as a value (never an exception).
// Every stage that judges data (envelope, tree, validate) reports these, and acknowledgments
// (TA1, 999, 277CA) are built from them.
#include <cstdint>
#include <string>

#include "core/position.hpp"

namespace claimloop::core {

enum class severity : std::uint8_t { error, warning, info };

// WEDI SNIP test types: 1 integrity (syntax), 2 requirements (guide), 3 balancing,
// 4 situational, 5 code sets, 6 product type, 7 trading partner. 0 = envelope.
using snip_level = std::uint8_t;

struct finding {
  std::string file;
  std::string isa13, gs06, st02;  // control numbers of the interchange, group and set
  snip_level snip = 0;
  severity level = severity::error;
  std::string loop;               // loop id ("2300"), "" when outside any loop or unknown
  std::string segment;            // segment id ("CLM")
  position where{};               // line, byte offset, segment number, set position (ST = 1)
  std::uint8_t element = 0;       // 1-based element position, 0 = the whole segment
  std::uint8_t component = 0;     // 1-based component position, 0 = none
  std::uint16_t repetition = 0;   // 1-based repetition, 0 = none
  std::string ik304;              // 999 IK304 segment syntax error code ("2" unexpected segment...)
  std::string ik403;              // 999 IK403 element syntax error code ("7" invalid code value...)
  std::string ack_code;           // other acknowledgment code: TA105 note, AK905 / IK502, 277CA status
  std::string value;              // the offending value, when there is one (never logged at info)
  std::string message;            // for a person: what was expected, what was found

  bool is_error() const noexcept { return level == severity::error; }
  // "file:line: 2300 CLM05-3 IK403=7 message" (the text format of `claimloop validate`).
  std::string to_string() const;
};

std::string_view to_string(severity s) noexcept;

}  // namespace claimloop::core
