#pragma once
// Reads every segment of some bytes into plain values, for comparing whole-input and chunked reads.
#include <string>
#include <vector>

#include "core/position.hpp"
#include "syntax/segment_reader.hpp"

namespace claimloop::testing {

struct plain_segment {
  std::string bytes;
  std::vector<std::string> elements;
  std::vector<std::string> first_components;  // of element 1: exercises the component grammar
  core::position pos;
  friend bool operator==(const plain_segment&, const plain_segment&) = default;
};

struct read_outcome {
  std::vector<plain_segment> segments;
  std::vector<syntax::reader_notice> notices;
  std::string error;  // empty when the input was read to its end
};

inline read_outcome read_segments(std::string_view bytes, std::size_t max_read = SIZE_MAX, std::size_t chunk = 1 << 16) {
  read_outcome out;
  syntax::segment_reader reader(syntax::memory_source(bytes, max_read), "test.x12", {chunk});
  for (;;) {
    auto next = reader.next();
    if (!next) {
      out.error = next.error().to_string();
      break;
    }
    if (!*next) break;
    const auto& s = **next;
    std::vector<std::string> components;
    for (auto c : s.components(1)) components.emplace_back(c);
    out.segments.push_back({std::string(s.bytes()), syntax::element_strings(s), std::move(components), s.pos()});
    for (auto& n : reader.take_notices()) out.notices.push_back(n);
  }
  for (auto& n : reader.take_notices()) out.notices.push_back(n);
  return out;
}

inline bool has_notice(const read_outcome& r, syntax::reader_notice::kind k) {
  for (auto& n : r.notices)
    if (n.what == k) return true;
  return false;
}

}  // namespace claimloop::testing
