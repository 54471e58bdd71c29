#pragma once
// Segments the typed models keep as they were read: unmodelled segments and loops, and the
// source of every modelled segment (so elements a model does not name still write back).
// Values are held with internal separators, never the file's, so a model is free of the
// delimiters it was read with and can be written with any others.
#include <cstddef>
#include <cstdint>
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

  // Element n as stored (components joined by COMPONENT), "" past the end.
  std::string_view element(std::size_t n) const noexcept;
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
