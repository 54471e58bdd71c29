#pragma once
// Typed X12 element values: Nn and R numbers, DT dates, TM times, RD8 periods and the ID/AN
// character sets, read from an element's text. X3-free; the grammars sit in detail/.
//
// Every parse returns errc::invalid_value with a message that quotes the value and says what
// was expected ("expected CCYYMMDD date, found \"20230231\": day 31 out of range for February
// 2023 (28 days)"). error.where.offset is the byte WITHIN the value at fault; the caller, who
// knows where the element sits, adds its own position, segment and element number.
#include <cstddef>
#include <string_view>

#include "core/date.hpp"
#include "core/decimal.hpp"
#include "core/result.hpp"
#include "core/time_of_day.hpp"

namespace claimloop::syntax {

// An element's minimum and maximum length from an implementation guide; max 0 = no limit.
struct length_limits {
  std::size_t min = 1;
  std::size_t max = 0;
};

// Nn: optional '-', then digits only; `implied_decimals` (0..9) places the decimal point:
// ("12345", 2) -> 123.45, ("-5", 2) -> -0.05. Lengths count digits, not the sign.
core::result<core::decimal> parse_numeric(std::string_view text, int implied_decimals, length_limits limits = {});

// R: optional '-', digits with an optional '.', no exponent or grouping: "125", "125.5", ".5",
// "-3.25". Refuses "1e5", "12.", "--1", "1,000", "". Lengths count digits only (X12 leaves out
// the sign and the point). The scale is the number of digits written after the point.
core::result<core::decimal> parse_real(std::string_view text, length_limits limits = {});

// DT as CCYYMMDD (DTP02 = D8 and most 5010 dates), checked against the calendar.
core::result<core::date> parse_date_ccyymmdd(std::string_view text);

// Years 00-49 of a YYMMDD date are 2000-2049, 50-99 are 1950-1999 (a fixed window: ISA09
// dates are transmission dates, so no interchange is dated before the 1950s or after 2049).
inline constexpr int YYMMDD_PIVOT = 50;

// DT in either form: 8 bytes CCYYMMDD or 6 bytes YYMMDD (ISA09), windowed as above.
core::result<core::date> parse_date(std::string_view text);

// TM: HHMM, HHMMSS, HHMMSSD or HHMMSSDD with HH < 24, MM < 60, SS < 60.
core::result<core::time_of_day> parse_time(std::string_view text);

// A period "CCYYMMDD-CCYYMMDD" (DTP03 when DTP02 = RD8). Both ends are valid dates; a
// reversed period still parses, and is_ordered() lets the caller decide what that means.
struct date_range {
  core::date from;
  core::date to;
  bool is_ordered() const noexcept { return from <= to; }
};
core::result<date_range> parse_date_range(std::string_view text);

// The X12 character sets. Basic: A-Z 0-9 space ! " & ' ( ) * + , - . / : ; ? =
// Extended adds: a-z % @ [ ] _ { } \ | < > ~ # $
enum class character_set { basic, extended };

// Whether one byte belongs to `set` (extended includes basic).
bool in_character_set(char c, character_set set) noexcept;

// The narrowest set a value fits in, and where it first leaves each set (npos = never).
struct character_scan {
  bool basic = true;
  bool extended = true;
  std::size_t first_outside_basic = std::string_view::npos;
  std::size_t first_outside_extended = std::string_view::npos;
};
character_scan scan_characters(std::string_view text) noexcept;

// ID and AN: every byte in `set` and the length within `limits`; the error names the first
// offending byte and its position (also in error.where.offset).
core::result<void> check_characters(std::string_view text, character_set set, length_limits limits = {});

}  // namespace claimloop::syntax
