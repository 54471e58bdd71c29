#include "schema/code_set.hpp"

namespace claimloop::schema {

code_set::code_set(const std::vector<std::string>& codes) {
  for (const auto& c : codes) {
    if (c.size() <= MAX_PACKED) keys_.push_back(pack(c));
    else long_.push_back(c);
  }
  std::sort(keys_.begin(), keys_.end());
  keys_.erase(std::unique(keys_.begin(), keys_.end()), keys_.end());
  std::sort(long_.begin(), long_.end());
  long_.erase(std::unique(long_.begin(), long_.end()), long_.end());
}

}  // namespace claimloop::schema
