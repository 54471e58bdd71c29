// X12 character sets for ID and AN elements (X12.5 / the 5010 implementation guides, appendix
// on character sets). A 256-entry table: this is a per-byte lookup, not a grammar.
#include <array>

#include <fmt/format.h>

#include "syntax/values.hpp"

namespace claimloop::syntax {
namespace {

constexpr unsigned char BASIC = 1;
constexpr unsigned char EXTENDED = 2;

constexpr std::array<unsigned char, 256> make_table() {
  std::array<unsigned char, 256> t{};
  auto mark = [&t](std::string_view chars, unsigned char bits) {
    for (char c : chars) t[static_cast<unsigned char>(c)] = bits;
  };
  mark("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !\"&'()*+,-./:;?=", BASIC | EXTENDED);
  mark("abcdefghijklmnopqrstuvwxyz%@[]_{}\\|<>~#$", EXTENDED);
  return t;
}

constexpr auto TABLE = make_table();

}  // namespace

bool in_character_set(char c, character_set set) noexcept {
  const unsigned char bit = set == character_set::basic ? BASIC : EXTENDED;
  return (TABLE[static_cast<unsigned char>(c)] & bit) != 0;
}

character_scan scan_characters(std::string_view text) noexcept {
  character_scan scan;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (scan.basic && !in_character_set(text[i], character_set::basic)) {
      scan.basic = false;
      scan.first_outside_basic = i;
    }
    if (!in_character_set(text[i], character_set::extended)) {
      scan.extended = false;
      scan.first_outside_extended = i;
      break;  // outside extended is outside basic too, so both positions are known
    }
  }
  return scan;
}

core::result<void> check_characters(std::string_view text, character_set set, length_limits limits) {
  const char* set_name = set == character_set::basic ? "X12 basic character set" : "X12 extended character set";
  auto fail = [&](std::size_t offset, std::string reason) {
    core::error e;
    e.code = core::errc::invalid_value;
    e.where.offset = offset;
    e.message = fmt::format("expected a value in the {}, found {:?}: {}", set_name, text, reason);
    return e;
  };
  if (text.size() < limits.min)
    return fail(0, fmt::format("{} characters, fewer than the minimum {}", text.size(), limits.min));
  if (limits.max != 0 && text.size() > limits.max)
    return fail(limits.max, fmt::format("{} characters, more than the maximum {}", text.size(), limits.max));
  const auto scan = scan_characters(text);
  const std::size_t at = set == character_set::basic ? scan.first_outside_basic : scan.first_outside_extended;
  if (at == std::string_view::npos) return {};
  return fail(at, fmt::format("{:?} (byte 0x{:02X}) at offset {} is not in the set", text[at],
                              static_cast<unsigned char>(text[at]), at));
}

}  // namespace claimloop::syntax
