#include "cli/clock.hpp"

#include <chrono>
#include <ctime>

namespace claimloop::cli {

std::pair<std::string, std::string> now_utc() {
  std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&t, &utc);
  char date[9], time[5];
  std::strftime(date, sizeof date, "%Y%m%d", &utc);
  std::strftime(time, sizeof time, "%H%M", &utc);
  return {date, time};
}

}  // namespace claimloop::cli
