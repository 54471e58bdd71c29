// The value facade: runs the X3 scans (detail/value_grammar.cpp), builds core values from the
// parts, applies calendar, clock and length rules, and words every failure the same way.
#include "syntax/values.hpp"

#include <cstdint>
#include <limits>
#include <string>

#include <fmt/format.h>

#include "syntax/detail/value_grammar.hpp"

namespace claimloop::syntax {
namespace {

// Long values are cut in messages: enough to recognise them, not a flood.
constexpr std::size_t QUOTE_LIMIT = 40;

std::string quote(std::string_view text) {
  if (text.size() <= QUOTE_LIMIT) return fmt::format("{:?}", text);
  return fmt::format("{:?}...", text.substr(0, QUOTE_LIMIT));
}

core::error value_error(std::string_view expected, std::string_view text, std::size_t offset, std::string_view reason) {
  core::error e;
  e.code = core::errc::invalid_value;
  e.where.offset = offset;
  e.message = fmt::format("expected {}, found {}: {}", expected, quote(text), reason);
  return e;
}

// "'e' at offset 1, expected end of value"
core::error scan_error(std::string_view expected, std::string_view text, const detail::scan_status& s) {
  if (text.empty()) return value_error(expected, text, 0, "the value is empty");
  if (s.offset >= text.size())
    return value_error(expected, text, s.offset, fmt::format("the value ends early, expected {}", s.expected));
  return value_error(expected, text, s.offset,
                     fmt::format("{:?} at offset {}, expected {}", text[s.offset], s.offset, s.expected));
}

// The reason a digit count breaks the limits, or "" when it fits.
std::string length_problem(std::size_t digits, length_limits limits, std::string_view unit) {
  if (digits < limits.min) return fmt::format("{} {}, fewer than the minimum {}", digits, unit, limits.min);
  if (limits.max != 0 && digits > limits.max)
    return fmt::format("{} {}, more than the maximum {}", digits, unit, limits.max);
  return {};
}

// Digits -> magnitude, refusing anything past INT64_MAX (leading zeros are harmless).
bool accumulate(std::string_view digits, std::uint64_t& value) {
  constexpr auto LIMIT = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
  for (char c : digits) {
    if (__builtin_mul_overflow(value, 10u, &value)) return false;
    value += static_cast<std::uint64_t>(c - '0');
    if (value > LIMIT) return false;
  }
  return true;
}

core::result<core::decimal> to_decimal(const detail::number_parts& parts, int scale, std::string_view expected,
                                       std::string_view text) {
  std::uint64_t magnitude = 0;
  if (!accumulate(parts.integer_digits, magnitude) || !accumulate(parts.fraction_digits, magnitude))
    return value_error(expected, text, 0, "the value does not fit in a signed 64-bit integer");
  const auto m = static_cast<std::int64_t>(magnitude);
  return core::decimal::from_parts(parts.negative ? -m : m, scale);
}

// Which field of a date the calendar refused, as an offset into its text.
std::size_t bad_date_field(const detail::date_parts& d, std::size_t year_width) {
  if (d.year < 1) return 0;
  if (d.month < 1 || d.month > 12) return year_width;
  return year_width + 2;
}

core::result<core::date> make_date(const detail::date_parts& d, std::size_t year_width, std::size_t base,
                                   std::string_view expected, std::string_view text, std::string_view which = {}) {
  auto made = core::date::make(d.year, d.month, d.day);
  if (made) return made;
  std::string reason = which.empty() ? made.error().message : fmt::format("{}: {}", which, made.error().message);
  return value_error(expected, text, base + bad_date_field(d, year_width), reason);
}

constexpr std::string_view D8 = "CCYYMMDD date";
constexpr std::string_view D6 = "YYMMDD date";
constexpr std::string_view RD8 = "CCYYMMDD-CCYYMMDD period";
constexpr std::string_view TM = "HHMM, HHMMSS, HHMMSSD or HHMMSSDD time";

}  // namespace

core::result<core::decimal> parse_numeric(std::string_view text, int implied_decimals, length_limits limits) {
  if (implied_decimals < 0 || implied_decimals > 9) {
    core::error e;
    e.code = core::errc::invalid_argument;
    e.message = fmt::format("implied decimals {} outside N0..N9", implied_decimals);
    return e;
  }
  const std::string expected = fmt::format("N{} number", implied_decimals);
  detail::number_parts parts;
  auto status = detail::scan_numeric(text, parts);
  if (!status.ok) return scan_error(expected, text, status);
  if (auto problem = length_problem(parts.integer_digits.size(), limits, "digits"); !problem.empty())
    return value_error(expected, text, 0, problem);
  return to_decimal(parts, implied_decimals, expected, text);
}

core::result<core::decimal> parse_real(std::string_view text, length_limits limits) {
  constexpr std::string_view expected = "R number";
  detail::number_parts parts;
  auto status = detail::scan_real(text, parts);
  if (!status.ok) return scan_error(expected, text, status);
  const std::size_t digits = parts.integer_digits.size() + parts.fraction_digits.size();
  if (auto problem = length_problem(digits, limits, "digits"); !problem.empty())
    return value_error(expected, text, 0, problem);
  if (parts.fraction_digits.size() > static_cast<std::size_t>(core::decimal::MAX_SCALE))
    return value_error(expected, text, text.find('.') + 1,
                       fmt::format("more than {} digits after the decimal point", core::decimal::MAX_SCALE));
  return to_decimal(parts, static_cast<int>(parts.fraction_digits.size()), expected, text);
}

core::result<core::date> parse_date_ccyymmdd(std::string_view text) {
  detail::date_parts d;
  auto status = detail::scan_date8(text, d);
  if (!status.ok) return scan_error(D8, text, status);
  return make_date(d, 4, 0, D8, text);
}

core::result<core::date> parse_date(std::string_view text) {
  if (text.size() == 8) return parse_date_ccyymmdd(text);
  if (text.size() != 6)
    return value_error("CCYYMMDD or YYMMDD date", text, 0, fmt::format("{} bytes, not 8 or 6", text.size()));
  detail::date_parts d;
  auto status = detail::scan_date6(text, d);
  if (!status.ok) return scan_error(D6, text, status);
  d.year += d.year < YYMMDD_PIVOT ? 2000 : 1900;
  return make_date(d, 2, 0, D6, text);
}

core::result<core::time_of_day> parse_time(std::string_view text) {
  detail::time_parts t;
  auto status = detail::scan_time(text, t);
  if (!status.ok) return scan_error(TM, text, status);
  using precision = core::time_of_day::precision;
  const precision p = !t.has_seconds              ? precision::minutes
                      : t.fraction.empty()        ? precision::seconds
                      : t.fraction.size() == 1    ? precision::tenths
                                                  : precision::hundredths;
  int fraction = 0;
  for (char c : t.fraction) fraction = fraction * 10 + (c - '0');
  auto made = core::time_of_day::make(t.hour, t.minute, t.second, fraction, p);
  if (made) return made;
  const std::size_t at = t.hour > 23 ? 0 : t.minute > 59 ? 2 : 4;
  return value_error(TM, text, at, made.error().message);
}

core::result<date_range> parse_date_range(std::string_view text) {
  detail::date_parts from;
  detail::date_parts to;
  auto status = detail::scan_date_range(text, from, to);
  if (!status.ok) return scan_error(RD8, text, status);
  auto first = make_date(from, 4, 0, RD8, text, "start date");
  if (!first) return std::move(first).error();
  auto last = make_date(to, 4, 9, RD8, text, "end date");
  if (!last) return std::move(last).error();
  return date_range{*first, *last};
}

}  // namespace claimloop::syntax
