#include "tree/loop_tree.hpp"

#include <algorithm>

namespace claimloop::tree {

std::uint32_t loop_tree::find_hl(std::string_view id) const noexcept {
  if (id.empty()) return NONE;
  if (id.size() <= 7 && std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    std::size_t n = 0;
    for (char c : id) n = n * 10 + static_cast<std::size_t>(c - '0');
    return n < hl_by_number_.size() ? hl_by_number_[n] : NONE;
  }
  for (const auto& [text, node] : hl_by_text_) {
    if (text == id) return node;
  }
  return NONE;
}

std::size_t loop_tree::unplaced_count() const noexcept {
  return static_cast<std::size_t>(std::count_if(placed_.begin(), placed_.end(), [](const segment_node& s) {
    return s.how == placement::unexpected || s.how == placement::unrecognized;
  }));
}

}  // namespace claimloop::tree
