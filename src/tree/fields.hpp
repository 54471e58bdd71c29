#pragma once
// Allocation-free access to the parts of an element (repetitions, components). The tree
// builder and the validator read millions of these; segment_view::component() allocates.
#include <cstddef>
#include <string_view>

#include "syntax/segment_view.hpp"

namespace claimloop::tree {

// text.find(sep, from) as a plain loop: element values are a few bytes, where a call to
// memchr costs more than the scan.
inline std::size_t find_byte(std::string_view text, char sep, std::size_t from = 0) noexcept {
  for (std::size_t i = from; i < text.size(); ++i) {
    if (text[i] == sep) return i;
  }
  return std::string_view::npos;
}

// Part `n` (1-based) of `text` split on `sep`, or "" when there are fewer parts.
inline std::string_view nth_part(std::string_view text, char sep, std::size_t n) noexcept {
  if (n == 0) return {};
  std::size_t begin = 0;
  for (std::size_t i = 1; i < n; ++i) {
    const std::size_t at = find_byte(text, sep, begin);
    if (at == std::string_view::npos) return {};
    begin = at + 1;
  }
  const std::size_t end = find_byte(text, sep, begin);
  return text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
}

// Number of parts of `text` split on `sep` (1 for a text without `sep`, 1 for "").
inline std::size_t part_count(std::string_view text, char sep) noexcept {
  std::size_t n = 1;
  for (char c : text) n += (c == sep);
  return n;
}

// Element `e` (1-based) as written, or "" past the end: segment_view::element inline, since
// the builder reads discriminators of nearly every segment.
inline std::string_view element_of(const syntax::segment_view& s, std::size_t e) noexcept {
  const auto ends = s.element_ends();
  if (e == 0 || e >= ends.size()) return {};
  const std::size_t begin = ends[e - 1] + 1;
  return s.bytes().substr(begin, ends[e] - begin);
}

// The first repetition of element `e` (the whole element when the set has no repetition separator).
inline std::string_view first_repetition(const syntax::segment_view& s, std::size_t e) noexcept {
  const std::string_view v = element_of(s, e);
  // Only BIN and BDS hold binary elements: no tag compares for other segments.
  if (!s.delims().has_repetition() || (s.tag().starts_with('B') && syntax::is_binary_element(s.tag(), e))) return v;
  return v.substr(0, find_byte(v, s.delims().repetition));
}

// Component `c` of the first repetition of element `e`; c == 0 means the whole first component
// (how guide discriminators address a simple element).
inline std::string_view component_of(const syntax::segment_view& s, std::size_t e, std::size_t c) noexcept {
  return nth_part(first_repetition(s, e), s.delims().component, c == 0 ? 1 : c);
}

}  // namespace claimloop::tree
