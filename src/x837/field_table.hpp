#pragma once
// A typed segment is a plain struct plus a table naming, for each member, the element and
// component it comes from. One table drives reading (raw -> struct), writing (struct -> raw,
// over the source segment so unnamed elements survive) and the JSON keys.
#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "core/decimal.hpp"
#include "core/result.hpp"
#include "x837/raw.hpp"

namespace claimloop::model {

// An amount or quantity: absent, or an exact decimal (never binary floating point).
using number = std::optional<core::decimal>;

// One member of T at element `element`, component `component` (0 = a simple element).
template <class T>
struct field {
  const char* name;
  std::uint8_t element;
  std::uint8_t component;
  std::string T::*text = nullptr;  // exactly one of text / amount is set
  number T::*amount = nullptr;
};

// Where a value that does not parse sits; the mapper turns it into a core::error.
struct value_error {
  std::uint8_t element = 0;
  std::uint8_t component = 0;
  std::string message;
};

// Parses an X12 R value ("" = absent).
core::result<number> read_number(std::string_view text);
// The text to write for `value` over `source`: the source text when it holds the same number
// (so "150.5" does not become "150.50"), else the decimal's own text.
std::string number_text(const number& value, std::string_view source);

// Fills the members of `out` named by `table` from `source` and keeps it as out.base (taken by
// value: the mappers hand over a segment made for the purpose, which is moved, not copied).
template <class T>
std::optional<value_error> read_fields(raw_segment source, T& out, std::span<const field<T>> table) {
  out.base = std::move(source);
  const raw_segment& seg = out.base;
  std::size_t at = 0;  // the element in `parts` (tables list a composite's components together)
  component_split parts;
  for (const auto& f : table) {
    std::string_view v;
    if (f.component == 0 && (&f == &table.back() || (&f)[1].element != f.element)) {
      // a simple element (no other field of the table reads its components): no split
      v = first_repetition(seg.element(f.element));
      at = 0;
    } else {
      if (f.element != at) parts.reset(seg.element(at = f.element));
      v = parts[f.component];
    }
    if (f.text != nullptr) {
      auto& text = out.*(f.text);
      if (!v.empty() || !text.empty()) text.assign(v);  // most optional fields are absent
    } else {
      auto n = read_number(v);
      if (!n) return value_error{f.element, f.component, n.error().message};
      out.*(f.amount) = *n;
    }
  }
  return std::nullopt;
}

// True when `in` was read from a segment or has a named member set (else there is nothing to write).
template <class T>
bool has_content(const T& in, std::span<const field<T>> table) {
  if (!in.base.tag.empty()) return true;
  for (const auto& f : table)
    if (f.text != nullptr ? !(in.*(f.text)).empty() : (in.*(f.amount)).has_value()) return true;
  return false;
}

// The segment of `in`: its base (or an empty `tag` segment) with every named member written over.
template <class T>
raw_segment write_fields(const T& in, std::string_view tag, std::span<const field<T>> table) {
  raw_segment seg = in.base.tag.empty() ? raw_segment{std::string(tag), {}} : in.base;
  for (const auto& f : table) {
    if (f.text != nullptr) {
      seg.set_component(f.element, f.component, in.*(f.text));
    } else {
      seg.set_component(f.element, f.component, number_text(in.*(f.amount), in.base.component(f.element, f.component)));
    }
  }
  return seg;
}

}  // namespace claimloop::model
