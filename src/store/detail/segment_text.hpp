#pragma once
// How the store keeps X12 segments as text: one segment per line, elements separated by 0x1D,
// components and repetitions by the model's own 0x1F and 0x1E. No X12 data holds control bytes,
// so any file's segments are kept exactly, whatever delimiters it was sent with.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "x837/raw.hpp"

namespace claimloop::store::detail {

inline constexpr char ELEMENT = '\x1D';

void append_segments(std::span<const model::raw_segment> segments, std::string& out);
// The segments of `text` appended to `out`, exactly as they were appended.
void parse_segments(std::string_view text, std::vector<model::raw_segment>& out);

}  // namespace claimloop::store::detail
