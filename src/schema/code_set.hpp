#pragma once
// Fast membership for a sorted list of codes (a guide's codes="...", a code list, a <match>).
// Validation asks "is this value one of the codes" for most elements of every segment, so the
// lookup is inline and compares integers: a code of up to 7 bytes is packed with its length
// into one 64-bit key; longer codes (implementation references) keep a sorted string list.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimloop::schema {

class code_set {
 public:
  // Longest code that packs into a key; one byte of the key holds the length.
  static constexpr std::size_t MAX_PACKED = 7;

  code_set() = default;
  // Indexes `codes` (any order; duplicates are harmless).
  explicit code_set(const std::vector<std::string>& codes);

  // True when `value` is one of the codes given to the constructor.
  bool contains(std::string_view value) const noexcept {
    if (value.size() <= MAX_PACKED) {
      const std::uint64_t key = pack(value);
      if (keys_.size() <= LINEAR_LIMIT) {
        for (std::uint64_t k : keys_) {
          if (k == key) return true;
        }
        return false;
      }
      return std::binary_search(keys_.begin(), keys_.end(), key);
    }
    return std::binary_search(long_.begin(), long_.end(), value,
                              [](std::string_view a, std::string_view b) { return a < b; });
  }
  // Number of distinct codes.
  std::size_t size() const noexcept { return keys_.size() + long_.size(); }

  // The key of a value of at most MAX_PACKED bytes: its bytes, then its length in the low byte,
  // so "A" and "A\0" differ.
  static std::uint64_t pack(std::string_view v) noexcept {
    std::uint64_t k = 0;  // a byte loop: a memcpy of a run-time size is a library call
    for (std::size_t i = v.size(); i-- > 0;) k = (k << 8) | static_cast<unsigned char>(v[i]);
    return (k << 8) | v.size();
  }

 private:
  // Up to this many keys a straight scan beats a binary search (and most lists are short).
  static constexpr std::size_t LINEAR_LIMIT = 16;
  std::vector<std::uint64_t> keys_;  // sorted packed codes of up to MAX_PACKED bytes
  std::vector<std::string> long_;    // sorted longer codes
};

}  // namespace claimloop::schema
