#pragma once
// Transaction-set membership by tag, shared by the reader's segment-at-a-time path and the
// segment-run lexer so both number segments inside a set the same way.
#include <cstddef>
#include <cstdint>

namespace claimloop::syntax::detail {

struct set_tracker {
  bool in_set = false;
  bool in_interchange = false;
  std::uint32_t set_index = 0;

  // Set index of the segment with this tag (ST = 1, 0 outside a set). Compared by length and
  // bytes, not string_view ==: it runs per segment.
  std::uint32_t on_tag(const char* t, std::size_t n) noexcept {
    if (n == 2 && (t[0] == 'S' || t[0] == 'G')) {
      if (t[0] == 'S' && t[1] == 'T') {
        in_set = true;
        set_index = 1;
        return 1;
      }
      if (t[0] == 'G' && (t[1] == 'S' || t[1] == 'E')) {
        in_set = false;
        return 0;
      }
      if (t[0] == 'S' && t[1] == 'E') {
        if (!in_set) return 0;
        in_set = false;
        return ++set_index;
      }
    } else if (n == 3 && t[0] == 'I' && ((t[1] == 'E' && t[2] == 'A') || (t[1] == 'S' && t[2] == 'A'))) {
      in_set = false;
      if (t[1] == 'E') in_interchange = false;
      return 0;
    }
    return in_set ? ++set_index : 0;
  }
};

}  // namespace claimloop::syntax::detail
