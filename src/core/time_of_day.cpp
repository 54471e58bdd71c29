#include "core/time_of_day.hpp"

#include <fmt/format.h>

namespace claimloop::core {
result<time_of_day> time_of_day::make(int hour, int minute, int second, int fraction, precision p) {
  if (hour < 0 || hour > 23) return invalid_value(fmt::format("hour {:02} out of range (00-23)", hour));
  if (minute < 0 || minute > 59) return invalid_value(fmt::format("minute {:02} out of range (00-59)", minute));
  if (second < 0 || second > 59) return invalid_value(fmt::format("second {:02} out of range (00-59)", second));
  if (p == precision::minutes && second != 0) return invalid_value("seconds given for a time written to the minute");
  const int fraction_limit = p == precision::tenths ? 9 : p == precision::hundredths ? 99 : 0;
  if (fraction < 0 || fraction > fraction_limit)
    return invalid_value(fmt::format("fraction of a second {} out of range (0-{})", fraction, fraction_limit));
  time_of_day t;
  t.hour_ = hour;
  t.minute_ = minute;
  t.second_ = second;
  t.hundredths_ = p == precision::tenths ? fraction * 10 : fraction;
  t.precision_ = p;
  return t;
}

int time_of_day::hundredths_since_midnight() const noexcept {
  return ((hour_ * 60 + minute_) * 60 + second_) * 100 + hundredths_;
}

std::string time_of_day::to_string() const {
  switch (precision_) {
    case precision::minutes: return fmt::format("{:02}{:02}", hour_, minute_);
    case precision::seconds: return fmt::format("{:02}{:02}{:02}", hour_, minute_, second_);
    case precision::tenths: return fmt::format("{:02}{:02}{:02}{}", hour_, minute_, second_, hundredths_ / 10);
    case precision::hundredths: return fmt::format("{:02}{:02}{:02}{:02}", hour_, minute_, second_, hundredths_);
  }
  return {};
}

}  // namespace claimloop::core
