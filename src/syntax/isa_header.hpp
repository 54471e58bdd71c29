#pragma once
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "syntax/delimiters.hpp"

namespace claimloop::syntax {

// ISA field widths fixed by X12 (ISA01..ISA16).
inline constexpr std::array<std::size_t, 17> ISA_FIELD_WIDTHS = {0, 2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1};
// A padded ISA segment, from "ISA" up to and including ISA16, without the terminator.
inline constexpr std::size_t ISA_LENGTH = 105;

// The interchange header as read: its sixteen fields and the delimiters it declares.
struct isa_header {
  std::array<std::string, 17> fields;  // fields[1] = ISA01 ... fields[16] = ISA16; fields[0] unused
  delimiters delims;
  std::size_t length = 0;    // bytes from "ISA" through ISA16 (105 when padded)
  bool padded = true;        // every field at its fixed width
  std::string_view version() const noexcept { return fields[12]; }  // ISA12: 00401, 00501
  std::string_view control_number() const noexcept { return fields[13]; }
};

// Parses an ISA header at the start of `bytes` (which must hold at least the header and the
// terminator). Delimiters come from the header itself: element separator = byte 3, component
// separator = ISA16, repetition separator = ISA11 for 00402 and later unless it is "U",
// segment terminator = the byte (or UTF-8 sequence) after ISA16.
core::result<isa_header> parse_isa(std::string_view bytes);

}  // namespace claimloop::syntax
