#pragma once
// X3-free interface to the element value grammars in value_grammar.cpp. Each scan checks only
// the shape of a value (which bytes go where) and hands back its parts; values.cpp turns the
// parts into core types, checks ranges and lengths, and words the errors.
#include <cstddef>
#include <string>
#include <string_view>

namespace claimloop::syntax::detail {

// The outcome of a scan: on failure, the byte where the grammar stopped and the name of the
// rule it expected there ("2-digit month", "digits after the decimal point").
struct scan_status {
  bool ok = true;
  std::size_t offset = 0;
  std::string expected;
};

// A number split into its sign and digit runs; the views point into the scanned text.
struct number_parts {
  bool negative = false;
  std::string_view integer_digits;   // may be empty for R (".5")
  std::string_view fraction_digits;  // empty unless a '.' was present (R only)
};

struct date_parts {
  int year = 0;  // four digits for CCYYMMDD, two for YYMMDD
  int month = 0;
  int day = 0;
};

struct time_parts {
  int hour = 0;
  int minute = 0;
  int second = 0;
  bool has_seconds = false;
  std::string_view fraction;  // zero, one or two digits after the seconds
};

// Nn: '-'? digit+
scan_status scan_numeric(std::string_view text, number_parts& out);
// R: '-'? (digit+ ('.' digit+)? | '.' digit+)
scan_status scan_real(std::string_view text, number_parts& out);
// CCYYMMDD
scan_status scan_date8(std::string_view text, date_parts& out);
// YYMMDD
scan_status scan_date6(std::string_view text, date_parts& out);
// CCYYMMDD '-' CCYYMMDD
scan_status scan_date_range(std::string_view text, date_parts& from, date_parts& to);
// HHMM (SS (D D?)?)?
scan_status scan_time(std::string_view text, time_parts& out);

}  // namespace claimloop::syntax::detail
