#include "cli/output.hpp"

namespace claimloop::cli {

output::output(const std::string& path) : path_(path) {
  if (path == "-") {
    stream_ = &std::cout;
    return;
  }
  file_ = std::make_unique<std::ofstream>(path, std::ios::binary | std::ios::trunc);
  if (*file_) stream_ = file_.get();
}

}  // namespace claimloop::cli
