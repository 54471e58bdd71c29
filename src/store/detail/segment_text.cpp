#include "store/detail/segment_text.hpp"

namespace claimloop::store::detail {

void append_segments(std::span<const model::raw_segment> segments, std::string& out) {
  for (const auto& s : segments) {
    out += s.tag;
    for (const auto& e : s.elements) {
      out += ELEMENT;
      out += e;
    }
    out += '\n';
  }
}

void parse_segments(std::string_view text, std::vector<model::raw_segment>& out) {
  while (!text.empty()) {
    auto end = text.find('\n');
    const auto line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    auto& s = out.emplace_back();
    auto at = line.find(ELEMENT);
    s.tag.assign(line.substr(0, at));
    while (at != std::string_view::npos) {
      const auto next = line.find(ELEMENT, at + 1);
      s.elements.emplace_back(line.substr(at + 1, next == std::string_view::npos ? next : next - at - 1));
      at = next;
    }
  }
}

}  // namespace claimloop::store::detail
