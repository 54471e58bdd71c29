#pragma once
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/position.hpp"
#include "syntax/delimiters.hpp"

namespace claimloop::syntax {

// A non-owning view of one segment: its bytes (tag and elements, without the terminator) and
// where each element ends. Valid as long as the storage it points into.
class segment_view {
 public:
  segment_view() = default;
  // ends[0] is the end of the tag; ends[i] the end of element i, as offsets into bytes.
  segment_view(std::string_view bytes, std::span<const std::uint32_t> ends, const delimiters* delims,
               core::position pos) noexcept
      : bytes_(bytes), ends_(ends), delims_(delims), pos_(pos) {}

  std::string_view tag() const noexcept { return bytes_.substr(0, ends_.empty() ? bytes_.size() : ends_[0]); }
  // Number of elements after the tag as written, trailing empty ones included.
  std::size_t element_count() const noexcept { return ends_.empty() ? 0 : ends_.size() - 1; }
  // Element n (1-based) as written, or "" past the end. Inline: every stage after the reader
  // asks for elements one at a time.
  std::string_view element(std::size_t n) const noexcept {
    if (n == 0 || n >= ends_.size()) return {};
    const std::size_t begin = ends_[n - 1] + 1;
    return {bytes_.data() + begin, ends_[n] - begin};
  }
  // Component c (1-based) of the first repetition of element n, or "" when absent.
  std::string_view component(std::size_t n, std::size_t c) const;
  // Components of element n (of its first repetition); one entry for a simple element.
  std::vector<std::string_view> components(std::size_t n) const;
  // Repetitions of element n; one entry when the element does not repeat.
  std::vector<std::string_view> repetitions(std::size_t n) const;

  std::string_view bytes() const noexcept { return bytes_; }
  std::span<const std::uint32_t> element_ends() const noexcept { return ends_; }
  const delimiters& delims() const noexcept { return *delims_; }
  const core::position& pos() const noexcept { return pos_; }
  bool is(std::string_view tag_id) const noexcept { return tag() == tag_id; }

 private:
  std::string_view bytes_;
  std::span<const std::uint32_t> ends_;
  const delimiters* delims_ = nullptr;
  core::position pos_{};
};

// Splits `text` on `separator` (Spirit X3 grammar in syntax/detail).
std::vector<std::string_view> split(std::string_view text, char separator);

// Elements of a segment as strings: element(1..n), for tests and printing.
std::vector<std::string> element_strings(const segment_view& s);

// True when the segment carries binary data that may hold any byte (BIN02, BDS03).
bool is_binary_element(std::string_view tag, std::size_t element) noexcept;

}  // namespace claimloop::syntax
