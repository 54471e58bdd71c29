#include "x837/field_table.hpp"

#include "syntax/values.hpp"

namespace claimloop::model {

core::result<number> read_number(std::string_view text) {
  if (text.empty()) return number{};
  auto d = syntax::parse_real(text);
  if (!d) return std::move(d).error();
  return number{*d};
}

std::string number_text(const number& value, std::string_view source) {
  if (!value) return {};
  if (!source.empty()) {
    auto old = syntax::parse_real(source);
    if (old && *old == *value) return std::string(source);
  }
  return value->to_string();
}

}  // namespace claimloop::model
