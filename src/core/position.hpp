#pragma once
#include <cstdint>

namespace claimloop::core {

// Where a segment starts in its file. Every segment the reader hands out carries one, so any
// finding or error can name the exact place a person should look.
struct position {
  std::uint64_t offset = 0;          // byte offset of the segment's first byte (0-based)
  std::uint64_t line = 1;            // line of the segment's first byte (1-based)
  std::uint64_t segment_number = 0;  // segment number within the file (1-based, 0 = none)
  std::uint32_t set_index = 0;       // position within its transaction set, ST = 1 (0 = outside a set)

  friend bool operator==(const position&, const position&) = default;
};

}  // namespace claimloop::core
