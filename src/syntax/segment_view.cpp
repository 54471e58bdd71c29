#include "syntax/segment_view.hpp"

#include "syntax/detail/lexer.hpp"

namespace claimloop::syntax {

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::uint32_t> ends;
  detail::lex_fields(text, separator, ends);
  std::vector<std::string_view> out;
  out.reserve(ends.size());
  std::size_t begin = 0;
  for (auto end : ends) {
    out.push_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
  return out;
}

std::vector<std::string_view> segment_view::repetitions(std::size_t n) const {
  auto value = element(n);
  if (!delims_->has_repetition() || is_binary_element(tag(), n) || tag() == "ISA") return {value};
  return split(value, delims_->repetition);
}

std::vector<std::string_view> segment_view::components(std::size_t n) const {
  if (is_binary_element(tag(), n) || tag() == "ISA") return {element(n)};  // ISA11/ISA16 hold the separators
  return split(repetitions(n).front(), delims_->component);
}

std::string_view segment_view::component(std::size_t n, std::size_t c) const {
  if (c == 0) return {};
  auto parts = components(n);
  return c <= parts.size() ? parts[c - 1] : std::string_view{};
}

std::vector<std::string> element_strings(const segment_view& s) {
  std::vector<std::string> out;
  out.reserve(s.element_count());
  for (std::size_t i = 1; i <= s.element_count(); ++i) out.emplace_back(s.element(i));
  return out;
}

bool is_binary_element(std::string_view tag, std::size_t element) noexcept {
  return (tag == "BIN" && element == 2) || (tag == "BDS" && element == 3);
}

}  // namespace claimloop::syntax
