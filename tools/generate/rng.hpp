#pragma once
// A small deterministic random source. The standard distributions are left alone on purpose:
// their output may differ between library versions, and a seed must give the same file forever.
#include <cstddef>
#include <cstdint>
#include <iterator>

namespace claimloop::generate {

// Mixes values into one seed (splitmix64 finaliser), so every claim and block has its own stream.
constexpr std::uint64_t mix(std::uint64_t a, std::uint64_t b) noexcept {
  std::uint64_t z = a ^ (b + 0x9E3779B97F4A7C15ull + (a << 6) + (a >> 2));
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

class rng {
 public:
  explicit rng(std::uint64_t seed) noexcept : state_(seed) {}

  std::uint64_t next() noexcept {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n) (the modulo bias is irrelevant for synthetic data).
  std::uint64_t below(std::uint64_t n) noexcept { return n == 0 ? 0 : next() % n; }
  // Uniform in [lo, hi].
  std::int64_t between(std::int64_t lo, std::int64_t hi) noexcept {
    return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo + 1)));
  }
  // True with probability percent/100.
  bool percent(unsigned percent) noexcept { return below(100) < percent; }
  template <class Container>
  const auto& pick(const Container& items) noexcept { return items[below(std::size(items))]; }

 private:
  std::uint64_t state_;
};

}  // namespace claimloop::generate
