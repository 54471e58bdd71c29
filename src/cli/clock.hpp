#pragma once
// Acknowledgment envelopes carry their creation time: today in UTC.
#include <string>
#include <utility>

namespace claimloop::cli {

// {CCYYMMDD, HHMM} in UTC. ISA09 takes the date's last six digits.
std::pair<std::string, std::string> now_utc();

}  // namespace claimloop::cli
