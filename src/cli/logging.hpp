#pragma once
#include <string>

namespace claimloop::cli {

// Sends spdlog output to standard error at the given level (trace, debug, info, warn, error,
// critical, off). Info-level messages never carry claim data (PHI), only file names and counts.
void set_up_logging(const std::string& level);

}  // namespace claimloop::cli
