#pragma once
// X3-free facade over the segment-run grammar (segment_run_grammar.cpp): lexes many ordinary
// segments in one pass, framing and element ends together, for segment_reader's batches.
#include <cstddef>
#include <cstdint>

#include "syntax/delimiters.hpp"
#include "syntax/detail/set_tracker.hpp"
#include "syntax/segment_view.hpp"

namespace claimloop::syntax::detail {

// The reader state a run reads and advances. `begin` must sit on a segment's first byte inside
// an interchange whose terminator is one byte other than CR or LF.
struct segment_run {
  // Input: the buffered bytes [begin, end) of `base`, and the interchange's separators.
  const char* base = nullptr;
  std::size_t begin = 0, end = 0;
  std::uint64_t base_offset = 0;  // file offset of base[0]
  const delimiters* delims = nullptr;
  // Advanced past every segment lexed: `begin` ends just after the last one's terminator (the
  // layout after it is left for the reader, so it can report it).
  std::uint64_t line = 1;
  std::uint64_t segment_number = 0;
  set_tracker* sets = nullptr;
  // Output: views[0, count) of segments whose element ends are in ends[0, ends_used).
  segment_view* views = nullptr;
  std::size_t max_views = 0, count = 0;
  std::uint32_t* ends = nullptr;
  std::size_t ends_capacity = 0, ends_used = 0;
};

// Lexes segments from run.begin until one needs the reader's careful path (ISA, BIN/BDS, line
// breaks inside the segment, no terminator in the buffer, the end of an interchange) or the
// output is full. Lexes nothing when the first segment is such a one.
void lex_segment_run(segment_run& run);

}  // namespace claimloop::syntax::detail
