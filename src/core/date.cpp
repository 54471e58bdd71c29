#include "core/date.hpp"

#include <fmt/format.h>

namespace claimloop::core {
bool date::is_leap_year(int year) noexcept {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int date::days_in_month(int year, int month) noexcept {
  static constexpr int DAYS[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap_year(year) ? 29 : DAYS[month - 1];
}

const char* month_name(int month) noexcept {
  static constexpr const char* NAMES[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};
  return month >= 1 && month <= 12 ? NAMES[month - 1] : "";
}

result<date> date::make(int year, int month, int day) {
  if (year < 1 || year > 9999) return invalid_value(fmt::format("year {:04} out of range (0001-9999)", year));
  if (month < 1 || month > 12) return invalid_value(fmt::format("month {:02} out of range (01-12)", month));
  const int last = days_in_month(year, month);
  if (day < 1 || day > last)
    return invalid_value(fmt::format("day {:02} out of range for {} {} ({} days)", day, month_name(month), year, last));
  return date(year, month, day);
}

std::string date::to_string() const { return fmt::format("{:04}{:02}{:02}", year_, month_, day_); }

std::int64_t date::day_number() const noexcept {
  // Howard Hinnant's days_from_civil: years start in March so the leap day comes last.
  const std::int64_t y = year_ - (month_ <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t mp = (month_ + 9) % 12;
  const std::int64_t doy = (153 * mp + 2) / 5 + day_ - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::int64_t days_between(const date& from, const date& to) noexcept { return to.day_number() - from.day_number(); }

}  // namespace claimloop::core
