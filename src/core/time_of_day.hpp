#pragma once
// A time of day as X12 TM writes it: HHMM, HHMMSS, HHMMSSD or HHMMSSDD (tenths, hundredths).
#include <compare>
#include <string>

#include "core/result.hpp"

namespace claimloop::core {

class time_of_day {
 public:
  // How many digits the value was written with; to_string() writes the same number back.
  enum class precision { minutes, seconds, tenths, hundredths };

  // 00:00.
  constexpr time_of_day() = default;
  // A checked time: hour 0..23, minute and second 0..59; `fraction` counts tenths (0..9) or
  // hundredths (0..99) as `p` says and must be 0 for minutes/seconds. invalid_value otherwise.
  static result<time_of_day> make(int hour, int minute, int second = 0, int fraction = 0,
                                  precision p = precision::seconds);

  int hour() const noexcept { return hour_; }
  int minute() const noexcept { return minute_; }
  int second() const noexcept { return second_; }
  int hundredths() const noexcept { return hundredths_; }
  precision written_precision() const noexcept { return precision_; }

  // Hundredths of a second since midnight: a linear count for comparisons and differences.
  int hundredths_since_midnight() const noexcept;
  // "1253", "125307", "1253071", "12530712": as many digits as the precision.
  std::string to_string() const;

  // By instant: "1200" equals "120000" (weak, since the two print differently).
  friend std::weak_ordering operator<=>(const time_of_day& a, const time_of_day& b) noexcept {
    return a.hundredths_since_midnight() <=> b.hundredths_since_midnight();
  }
  friend bool operator==(const time_of_day& a, const time_of_day& b) noexcept {
    return a.hundredths_since_midnight() == b.hundredths_since_midnight();
  }

 private:
  int hour_ = 0;
  int minute_ = 0;
  int second_ = 0;
  int hundredths_ = 0;
  precision precision_ = precision::minutes;
};

}  // namespace claimloop::core
