#pragma once
// A proleptic Gregorian calendar date as X12 writes it (CCYYMMDD): always valid once made.
#include <compare>
#include <cstdint>
#include <string>

#include "core/result.hpp"

namespace claimloop::core {

class date {
 public:
  // 0001-01-01, the smallest date CCYY can write.
  constexpr date() = default;
  // A checked date, year 1..9999; invalid_value with a reason ("day 30 out of range for
  // February 2024 (29 days)") when the fields do not name a real day.
  static result<date> make(int year, int month, int day);

  // Gregorian rule: every 4th year, except centuries not divisible by 400 (2000 yes, 1900 no).
  static bool is_leap_year(int year) noexcept;
  // 28..31, or 0 when month is outside 1..12.
  static int days_in_month(int year, int month) noexcept;

  int year() const noexcept { return year_; }
  int month() const noexcept { return month_; }
  int day() const noexcept { return day_; }

  // "20240229"
  std::string to_string() const;
  // Days since 1970-01-01 (negative before it): a linear count for arithmetic.
  std::int64_t day_number() const noexcept;

  // Chronological order (members compare year, then month, then day).
  friend auto operator<=>(const date&, const date&) = default;

 private:
  constexpr date(int year, int month, int day) noexcept : year_(year), month_(month), day_(day) {}

  int year_ = 1;
  int month_ = 1;
  int day_ = 1;
};

// Days from `from` to `to`: positive when `to` is later, 0 for the same day.
std::int64_t days_between(const date& from, const date& to) noexcept;

// English month name for 1..12 ("February"), "" otherwise: used in error messages.
const char* month_name(int month) noexcept;

}  // namespace claimloop::core
