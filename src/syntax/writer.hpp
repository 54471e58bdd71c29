#pragma once
// The X12 writer: segments read from a file (segment_view) or built in code (segment_builder)
// are written with a chosen set of delimiters. Data holding a delimiter is refused, never escaped
// (X12 has no escape), so whatever the writer produces reads back as the same elements.
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "syntax/delimiters.hpp"
#include "syntax/segment_view.hpp"

namespace claimloop::syntax {

// A segment built in code: a tag and a run of values, each marked with the separator that goes
// before it (element, component or repetition). All values share one buffer, so a builder that
// is reset and refilled for every segment allocates nothing once warm.
class segment_builder {
 public:
  enum class separator : std::uint8_t { element, component, repetition };
  // One value and the separator written before it; `element` is its 1-based element position.
  struct piece {
    separator before;
    std::uint32_t element;
    std::uint32_t begin;
    std::uint32_t end;
  };

  segment_builder() = default;
  explicit segment_builder(std::string_view tag) { reset(tag); }

  // Starts a new segment with this tag, keeping the buffers' capacity.
  segment_builder& reset(std::string_view tag);
  // Appends the next element as a simple value ("" for an empty element).
  segment_builder& element(std::string_view value = {});
  // Appends the next element as a decimal integer.
  segment_builder& element(std::int64_t value);
  segment_builder& element(int value) { return element(static_cast<std::int64_t>(value)); }
  // Appends `count` empty elements (positional gaps such as CLM03..CLM04).
  segment_builder& skip(std::size_t count);
  // Appends a component to the element (repetition) last started.
  segment_builder& component(std::string_view value);
  // Starts another repetition of the element last started.
  segment_builder& repeat(std::string_view value);
  // Appends the next element as a composite: CLM05 = {"11", "B", "1"}.
  segment_builder& composite(std::initializer_list<std::string_view> components);
  // Appends the next element as a repeated simple value: {"A", "B"} -> A^B.
  segment_builder& repeated(std::initializer_list<std::string_view> values);

  std::string_view tag() const noexcept { return tag_; }
  std::size_t element_count() const noexcept { return elements_; }
  const std::vector<piece>& pieces() const noexcept { return pieces_; }
  std::string_view value(const piece& p) const noexcept {
    return std::string_view(text_).substr(p.begin, p.end - p.begin);
  }
  // Element n (1-based) as a simple value: its first piece, or "" when absent. For ISA fields.
  std::string_view simple(std::size_t n) const noexcept;

 private:
  segment_builder& add(separator before, std::string_view value);

  std::string tag_;
  std::string text_;
  std::vector<piece> pieces_;
  std::uint32_t elements_ = 0;
};

// ISA01..ISA16 for writing (fields[0] unused, as in isa_header). ISA11 and ISA16 are taken from
// the writer's delimiters, whatever they hold here.
using isa_fields = std::array<std::string, 17>;

// Checks that a delimiter set can be written: four distinct, non-alphanumeric separators and a
// terminator. Returns invalid_argument naming the clash.
core::result<void> check_delimiters(const delimiters& d);

// Writes segments in one target delimiter set. Stateless apart from its tables, so one writer
// serves any number of outputs.
class writer {
 public:
  // `target` must pass check_delimiters (asserted); use create() for delimiters from outside.
  explicit writer(delimiters target);
  static core::result<writer> create(delimiters target);

  const delimiters& delims() const noexcept { return target_; }

  // Appends a segment read with s.delims(). With the same separators the bytes are copied as
  // read; otherwise repetitions and components are re-joined with the target separators.
  core::result<void> write(const segment_view& s, std::string& out) const;
  // Appends a segment built in code. Trailing empty elements and components are dropped, as
  // X12 requires; an ISA is padded (see write_isa).
  core::result<void> write(const segment_builder& s, std::string& out) const;
  // Appends an ISA padded to its fixed field widths (105 bytes plus terminator). ISA09, ISA10
  // and ISA13 are zero-filled on the left, the rest space-filled on the right. ISA11 becomes the
  // repetition separator for version 00402 and later ('U' when there is none), ISA16 the
  // component separator. A field longer than its width is invalid_argument.
  core::result<void> write_isa(const isa_fields& fields, std::string& out) const;

  // The same, to a stream (through a reused scratch buffer); io_error when the stream fails.
  core::result<void> write(const segment_view& s, std::ostream& out);
  core::result<void> write(const segment_builder& s, std::ostream& out);

 private:
  core::result<void> redelimit(const segment_view& s, std::string& out) const;
  core::result<void> check_value(std::string_view tag, std::size_t element, std::string_view value,
                                 const core::position* where) const;
  void terminate(std::string& out) const;

  delimiters target_;
  std::array<bool, 256> is_delim_{};  // target separators and terminator bytes
  std::string scratch_;               // for the ostream overloads
};

}  // namespace claimloop::syntax
