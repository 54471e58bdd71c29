#pragma once
#include <string>

namespace claimloop::syntax {

// The separators an interchange declares in its ISA header. Any byte may serve.
struct delimiters {
  char element = '*';
  char component = ':';
  char repetition = 0;        // 0 when the interchange has none (ISA11 = U, or before 00402)
  std::string segment = "~";  // one byte normally; a UTF-8 sequence in rare files ("…")
  std::string suffix;         // bytes the writer puts after each terminator: "", "\n" or "\r\n"

  bool has_repetition() const noexcept { return repetition != 0; }
  // True when c is the element, component or repetition separator, or the terminator's first byte.
  bool is_delimiter(char c) const noexcept {
    return c == element || c == component || (repetition != 0 && c == repetition) ||
           (!segment.empty() && c == segment.front());
  }
  friend bool operator==(const delimiters&, const delimiters&) = default;
};

// Same separators and terminator (the writer's layout suffix aside).
inline bool same_separators(const delimiters& a, const delimiters& b) noexcept {
  return a.element == b.element && a.component == b.component && a.repetition == b.repetition && a.segment == b.segment;
}

// The usual HIPAA 5010 choice: * : ^ ~ with a newline after each segment.
inline delimiters hipaa_delimiters() { return delimiters{'*', ':', '^', "~", "\n"}; }

}  // namespace claimloop::syntax
