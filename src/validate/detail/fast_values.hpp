#pragma once
// Inline yes-answers for the per-value checks: "this value is certainly valid". Validation asks
// them for nearly every element of every segment, and nearly every value passes, so the common
// case must not leave the function. Each answers false whenever it is unsure; the caller then
// asks the full parser in syntax/values.hpp, which decides and words the error. So these may
// refuse a valid value (costing time), never accept an invalid one.
#include <array>
#include <cstddef>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimloop::validate::detail {

// The X12 extended character set (syntax::character_set::extended), one byte per character.
inline constexpr std::array<bool, 256> EXTENDED = [] {
  std::array<bool, 256> t{};
  constexpr std::string_view chars =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !\"&'()*+,-./:;?="
      "abcdefghijklmnopqrstuvwxyz%@[]_{}\\|<>~#$";
  for (char c : chars) t[static_cast<unsigned char>(c)] = true;
  return t;
}();

// Every byte in the extended set (syntax::scan_characters(v).extended).
inline bool all_extended(std::string_view v) noexcept {
  for (char c : v) {
    if (!EXTENDED[static_cast<unsigned char>(c)]) return false;
  }
  return true;
}

// Per-byte classes under one set's separators, so that a single pass over a value tells
// whether it holds a repetition or component separator and whether every byte is in the
// extended set (instead of a memchr for each separator and a scan for the set).
class value_classes {
 public:
  static constexpr unsigned OUTSIDE_EXTENDED = 1, REPETITION = 2, COMPONENT = 4;

  value_classes() noexcept { set(':', 0); }
  // Rebuilds the table when the separators differ from the last ones (a set uses one pair).
  void set(char component, char repetition) noexcept {
    if (component == component_ && repetition == repetition_ && built_) return;
    for (std::size_t i = 0; i < 256; ++i) table_[i] = EXTENDED[i] ? 0 : OUTSIDE_EXTENDED;
    if (repetition != 0) table_[static_cast<unsigned char>(repetition)] |= REPETITION;  // 0: none declared
    table_[static_cast<unsigned char>(component)] |= COMPONENT;
    component_ = component, repetition_ = repetition, built_ = true;
  }
  // The union of the classes of the bytes of `v`.
  unsigned scan(std::string_view v) const noexcept {
    unsigned acc = 0;
    for (char c : v) acc |= table_[static_cast<unsigned char>(c)];
    return acc;
  }
  // True when `v` certainly holds no byte of any class (all extended, no separator); false when
  // it does or when it is too short to tell cheaply. Asked once for a whole segment: most hold no
  // component, so their elements then need no scan of their own.
  bool surely_plain(std::string_view v) const noexcept {
#if defined(__SSE2__)
    if (v.size() < 16) return false;
    // Extended = 0x20..0x7E but '^' and '`'; compared as signed bytes, 0x80..0xFF fail "> 0x1F".
    const __m128i low = _mm_set1_epi8(0x1F), high = _mm_set1_epi8(0x7F), caret = _mm_set1_epi8('^'),
                  grave = _mm_set1_epi8('`'), comp = _mm_set1_epi8(component_), rep = _mm_set1_epi8(repetition_);
    auto plain_at = [&](std::size_t at) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(v.data() + at));
      const __m128i inside = _mm_and_si128(_mm_cmpgt_epi8(x, low), _mm_cmplt_epi8(x, high));
      const __m128i odd = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, caret), _mm_cmpeq_epi8(x, grave)),
                                       _mm_or_si128(_mm_cmpeq_epi8(x, comp), _mm_cmpeq_epi8(x, rep)));
      return _mm_movemask_epi8(_mm_andnot_si128(odd, inside)) == 0xFFFF;
    };
    std::size_t at = 0;
    for (; at + 16 <= v.size(); at += 16) {
      if (!plain_at(at)) return false;
    }
    return at == v.size() || plain_at(v.size() - 16);  // the tail, overlapping
#else
    (void)v;
    return false;
#endif
  }

 private:
  std::array<unsigned char, 256> table_{};
  char component_ = 0, repetition_ = 0;
  bool built_ = false;
};

inline bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// Digits a 64-bit mantissa always holds (INT64_MAX has 19).
inline constexpr std::size_t SAFE_DIGITS = 18;

// Nn: '-'? digit+ (syntax::parse_numeric with default limits).
inline bool surely_numeric(std::string_view v) noexcept {
  std::size_t i = !v.empty() && v[0] == '-' ? 1 : 0;
  const std::size_t digits = v.size() - i;
  if (digits == 0 || digits > SAFE_DIGITS) return false;
  for (; i < v.size(); ++i) {
    if (!is_digit(v[i])) return false;
  }
  return true;
}

// R: '-'? (digit+ ('.' digit+)? | '.' digit+) (syntax::parse_real with default limits).
inline bool surely_real(std::string_view v) noexcept {
  std::size_t i = !v.empty() && v[0] == '-' ? 1 : 0;
  std::size_t integer = 0, fraction = 0;
  while (i < v.size() && is_digit(v[i])) ++i, ++integer;
  if (i < v.size() && v[i] == '.') {
    ++i;
    while (i < v.size() && is_digit(v[i])) ++i, ++fraction;
    if (fraction == 0) return false;
  } else if (integer == 0) {
    return false;
  }
  return i == v.size() && integer + fraction <= SAFE_DIGITS;
}

inline int two_digits(const char* p) noexcept { return (p[0] - '0') * 10 + (p[1] - '0'); }

inline bool all_digits(std::string_view v) noexcept {
  for (char c : v) {
    if (!is_digit(c)) return false;
  }
  return true;
}

// core::date::make's calendar for a year 1..9999.
inline bool real_day(int year, int month, int day) noexcept {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  constexpr int DAYS[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= (month == 2 && leap ? 29 : DAYS[month - 1]);
}

// CCYYMMDD (syntax::parse_date_ccyymmdd).
inline bool surely_date8(std::string_view v) noexcept {
  if (v.size() != 8 || !all_digits(v)) return false;
  return real_day(two_digits(v.data()) * 100 + two_digits(v.data() + 2), two_digits(v.data() + 4),
                  two_digits(v.data() + 6));
}

// CCYYMMDD or YYMMDD with the YYMMDD window (syntax::parse_date).
inline bool surely_date(std::string_view v, int yymmdd_pivot) noexcept {
  if (v.size() == 8) return surely_date8(v);
  if (v.size() != 6 || !all_digits(v)) return false;
  const int yy = two_digits(v.data());
  return real_day(yy + (yy < yymmdd_pivot ? 2000 : 1900), two_digits(v.data() + 2), two_digits(v.data() + 4));
}

// CCYYMMDD-CCYYMMDD (syntax::parse_date_range; a reversed period parses too).
inline bool surely_date_range(std::string_view v) noexcept {
  return v.size() == 17 && v[8] == '-' && surely_date8(v.substr(0, 8)) && surely_date8(v.substr(9));
}

// HHMM, HHMMSS, HHMMSSD, HHMMSSDD (syntax::parse_time).
inline bool surely_time(std::string_view v) noexcept {
  if ((v.size() != 4 && v.size() < 6) || v.size() > 8 || !all_digits(v)) return false;
  if (two_digits(v.data()) > 23 || two_digits(v.data() + 2) > 59) return false;
  return v.size() == 4 || two_digits(v.data() + 4) <= 59;
}

}  // namespace claimloop::validate::detail
