#include <charconv>

#include "syntax/writer.hpp"

namespace claimloop::syntax {

segment_builder& segment_builder::reset(std::string_view tag) {
  tag_.assign(tag);
  text_.clear();
  pieces_.clear();
  elements_ = 0;
  return *this;
}

segment_builder& segment_builder::add(separator before, std::string_view value) {
  const auto begin = static_cast<std::uint32_t>(text_.size());
  text_.append(value);
  if (before == separator::element) ++elements_;
  pieces_.push_back(piece{before, elements_, begin, static_cast<std::uint32_t>(text_.size())});
  return *this;
}

segment_builder& segment_builder::element(std::string_view value) { return add(separator::element, value); }

segment_builder& segment_builder::element(std::int64_t value) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, value);
  return add(separator::element, std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)));
}

segment_builder& segment_builder::skip(std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) add(separator::element, {});
  return *this;
}

// A component or repetition before any element starts element 1: the caller's intent is clear
// and the alternative (asserting) would only move the bug.
segment_builder& segment_builder::component(std::string_view value) {
  return add(elements_ == 0 ? separator::element : separator::component, value);
}

segment_builder& segment_builder::repeat(std::string_view value) {
  return add(elements_ == 0 ? separator::element : separator::repetition, value);
}

segment_builder& segment_builder::composite(std::initializer_list<std::string_view> components) {
  bool first = true;
  for (auto c : components) {
    add(first ? separator::element : separator::component, c);
    first = false;
  }
  if (first) add(separator::element, {});
  return *this;
}

segment_builder& segment_builder::repeated(std::initializer_list<std::string_view> values) {
  bool first = true;
  for (auto v : values) {
    add(first ? separator::element : separator::repetition, v);
    first = false;
  }
  if (first) add(separator::element, {});
  return *this;
}

std::string_view segment_builder::simple(std::size_t n) const noexcept {
  for (const auto& p : pieces_) {
    if (p.element == n && p.before == separator::element) return value(p);
  }
  return {};
}

}  // namespace claimloop::syntax
