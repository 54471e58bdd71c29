#pragma once
// Segments the typed models keep as they were read: unmodelled segments and loops, and the
// source of every modelled segment (so elements a model does not name still write back).
// Values are held with internal separators, never the file's, so a model is free of the
// delimiters it was read with and can be written with any others.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/segment_view.hpp"
#include "syntax/writer.hpp"
#include "x837/element_list.hpp"

namespace claimloop::model {

// X12 data never holds control bytes (basic and extended character sets), so these can stand
// for the component and repetition separators inside a stored element.
inline constexpr char COMPONENT = '\x1F';
inline constexpr char REPETITION = '\x1E';

// One segment: its tag and elements (1-based element n at elements[n - 1]). The elements sit
// in one string (element_list), so keeping a segment costs one allocation at most.
struct raw_segment {
  std::string tag;
  element_list elements;

  // Element n as stored (components joined by COMPONENT), "" past the end. (Inline: the
  // mappers ask it for every field they read.)
  std::string_view element(std::size_t n) const noexcept { return n == 0 ? std::string_view{} : elements.at(n - 1); }
  // Component c (1-based) of the first repetition of element n, "" when absent; c = 0 gives the
  // whole first repetition (a simple element, or a composite with its COMPONENT bytes).
  std::string_view component(std::size_t n, std::size_t c) const noexcept;
  // Replaces component c (0 = the whole first repetition) of element n, keeping other
  // repetitions; trailing empty components and elements are dropped.
  void set_component(std::size_t n, std::size_t c, std::string_view value);
  // The segment as X12 text with * : ^ (for JSON, messages and tests).
  std::string text() const;
  friend bool operator==(const raw_segment&, const raw_segment&) = default;
};

// Component c (1-based) of the first repetition of the stored element `e`; c = 0 gives the whole
// first repetition (raw_segment::component on an element already at hand).
std::string_view component_in(std::string_view e, std::size_t c) noexcept;

// True when `e` holds a COMPONENT or REPETITION byte: 0x1F and 0x1E are the bytes whose value
// with the low bit cleared is 0x1E. Eight bytes at a time (a zero-byte test on the XOR), since
// most elements are simple and this is asked for every field a mapper reads.
inline bool has_separators(std::string_view e) noexcept {
  static_assert(COMPONENT == '\x1F' && REPETITION == '\x1E');
  constexpr std::uint64_t ONES = 0x0101010101010101ULL, HIGHS = 0x8080808080808080ULL;
  constexpr std::uint64_t LOW_BIT_CLEARED = 0xFEFEFEFEFEFEFEFEULL, SEPARATORS = 0x1E1E1E1E1E1E1E1EULL;
  std::size_t i = 0;
  for (; i + 8 <= e.size(); i += 8) {
    std::uint64_t x;
    std::memcpy(&x, e.data() + i, 8);
    const std::uint64_t y = (x & LOW_BIT_CLEARED) ^ SEPARATORS;
    if (((y - ONES) & ~y & HIGHS) != 0) return true;
  }
  for (; i < e.size(); ++i)
    if ((static_cast<unsigned char>(e[i]) & 0xFE) == 0x1E) return true;
  return false;
}

// component_in(e, 0), the whole first repetition, with the common case (no separator) inline.
inline std::string_view first_repetition(std::string_view e) noexcept {
  return has_separators(e) ? component_in(e, 0) : e;
}

// The components of the first repetition of a stored element, found in one scan, for readers
// that take several components of one composite (SV101, HI01..12, SVC01).
class component_split {
 public:
  component_split() = default;
  explicit component_split(std::string_view e) noexcept { reset(e); }
  // Splits `e` instead.
  void reset(std::string_view e) noexcept;
  // Component c (1-based; 0 = the whole first repetition), "" when absent: component_in(e, c).
  std::string_view operator[](std::size_t c) const noexcept;

 private:
  static constexpr std::size_t MAX_PARTS = 12;  // C003 has 8, C022 9; longer ones are rescanned
  std::string_view first_;
  std::string_view parts_[MAX_PARTS];
  std::size_t count_ = 0;  // parts found; MAX_PARTS + 1 when there were more
};
// Copies a segment read from a file, converting its separators to the internal ones.
raw_segment to_raw(const syntax::segment_view& s);
// Refills `b` with the segment (the writer then applies its own delimiters).
void to_builder(const raw_segment& r, syntax::segment_builder& b);
// Drops trailing empty elements (X12 writes none); used to compare segments.
raw_segment trimmed(raw_segment r);

// A segment a model does not type, kept in the loop it was read in. `anchor` is how many typed
// items (segments and child loops) of that loop came before it, so it is written back in place.
// A whole unmodelled loop is a run of extras with one anchor, each naming its own loop id.
struct extra {
  std::uint32_t anchor = 0;
  std::string loop;  // loop id of the segment ("2320"; "" for the transaction level)
  raw_segment segment;
};
using extras = std::vector<extra>;

}  // namespace claimloop::model
