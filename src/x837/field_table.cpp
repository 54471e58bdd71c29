#include "x837/field_table.hpp"

#include "syntax/values.hpp"

namespace claimloop::model {

namespace {

// "-?digits(.digits)?" with at most 18 digits, the form nearly every amount takes, read without
// the general parser; nullopt for anything else (which parse_real then reads or refuses).
// 18 digits stay below 10^18, so neither the int64 nor the scale limit can be reached.
std::optional<core::decimal> plain_real(std::string_view text) noexcept {
  std::size_t i = text[0] == '-' ? 1 : 0, digits = 0, point = 0;
  std::int64_t m = 0;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      m = m * 10 + (c - '0');
      if (++digits > 18) return std::nullopt;
    } else if (c == '.' && point == 0 && digits > 0 && i + 1 < text.size()) {
      point = digits;
    } else {
      return std::nullopt;
    }
  }
  if (digits == 0) return std::nullopt;
  auto d = core::decimal::from_parts(text[0] == '-' ? -m : m, point == 0 ? 0 : static_cast<int>(digits - point));
  return d ? std::optional<core::decimal>(*d) : std::nullopt;
}

}  // namespace

core::result<number> read_number(std::string_view text) {
  if (text.empty()) return number{};
  if (auto plain = plain_real(text)) return number{*plain};
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
