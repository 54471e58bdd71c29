#include "core/decimal.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace claimloop::core {
namespace {

// GCC and clang both have it; __extension__ keeps -Wpedantic quiet.
__extension__ using int128 = __int128;

constexpr std::int64_t pow10(int n) noexcept {
  std::int64_t p = 1;
  for (int i = 0; i < n; ++i) p *= 10;
  return p;
}

error make_error(errc code, std::string message) {
  error e;
  e.code = code;
  e.message = std::move(message);
  return e;
}

// |v| without overflow for INT64_MIN.
std::uint64_t magnitude(std::int64_t v) noexcept {
  return v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
}

int128 scaled_to(const decimal& d, int scale) noexcept {
  return static_cast<int128>(d.mantissa()) * pow10(scale - d.scale());
}

}  // namespace

result<decimal> decimal::from_parts(std::int64_t mantissa, int scale) {
  if (scale < 0 || scale > MAX_SCALE)
    return make_error(errc::invalid_argument, fmt::format("decimal scale {} outside 0..{}", scale, MAX_SCALE));
  return decimal(mantissa, scale);
}

std::string decimal::to_string() const {
  std::string digits = std::to_string(magnitude(mantissa_));
  if (scale_ > 0) {
    const auto width = static_cast<std::size_t>(scale_) + 1;
    if (digits.size() < width) digits.insert(0, width - digits.size(), '0');
    digits.insert(digits.size() - static_cast<std::size_t>(scale_), 1, '.');
  }
  return mantissa_ < 0 ? "-" + digits : digits;
}

result<decimal> decimal::rescale(int new_scale) const {
  if (new_scale < 0 || new_scale > MAX_SCALE)
    return make_error(errc::invalid_argument, fmt::format("decimal scale {} outside 0..{}", new_scale, MAX_SCALE));
  if (new_scale >= scale_) {
    std::int64_t m = 0;
    if (__builtin_mul_overflow(mantissa_, pow10(new_scale - scale_), &m))
      return make_error(errc::invalid_value,
                        fmt::format("{} does not fit in 64 bits with {} decimal places", to_string(), new_scale));
    return decimal(m, new_scale);
  }
  const std::int64_t divisor = pow10(scale_ - new_scale);
  std::int64_t q = mantissa_ / divisor;
  const std::uint64_t r = magnitude(mantissa_ % divisor);
  // Half away from zero: the remainder decides, its sign follows the mantissa (C++ truncates).
  if (r * 2 >= static_cast<std::uint64_t>(divisor)) q += mantissa_ < 0 ? -1 : 1;
  return decimal(q, new_scale);
}

result<money> decimal::to_money() const {
  auto cents = rescale(2);
  if (!cents) return std::move(cents).error();
  return money{cents->mantissa()};
}

result<decimal> decimal::plus(const decimal& other) const {
  const int s = std::max(scale_, other.scale_);
  auto a = rescale(s);
  auto b = other.rescale(s);
  std::int64_t sum = 0;
  if (!a || !b || __builtin_add_overflow(a->mantissa_, b->mantissa_, &sum))
    return make_error(errc::invalid_value,
                      fmt::format("{} + {} does not fit in 64 bits", to_string(), other.to_string()));
  return decimal(sum, s);
}

result<decimal> decimal::minus(const decimal& other) const {
  const int s = std::max(scale_, other.scale_);
  auto a = rescale(s);
  auto b = other.rescale(s);
  std::int64_t diff = 0;
  if (!a || !b || __builtin_sub_overflow(a->mantissa_, b->mantissa_, &diff))
    return make_error(errc::invalid_value,
                      fmt::format("{} - {} does not fit in 64 bits", to_string(), other.to_string()));
  return decimal(diff, s);
}

std::weak_ordering operator<=>(const decimal& a, const decimal& b) noexcept {
  // |mantissa| < 2^63 times 10^18 < 2^123: the common scale always fits in 128 bits.
  const int s = std::max(a.scale_, b.scale_);
  const int128 x = scaled_to(a, s);
  const int128 y = scaled_to(b, s);
  if (x < y) return std::weak_ordering::less;
  if (x > y) return std::weak_ordering::greater;
  return std::weak_ordering::equivalent;
}

bool operator==(const decimal& a, const decimal& b) noexcept { return (a <=> b) == 0; }

std::string money::to_string() const { return to_decimal().to_string(); }

decimal money::to_decimal() const { return *decimal::from_parts(cents, 2); }

result<money> money::plus(money other) const {
  std::int64_t sum = 0;
  if (__builtin_add_overflow(cents, other.cents, &sum))
    return make_error(errc::invalid_value, fmt::format("{} + {} does not fit in 64 bits", to_string(), other.to_string()));
  return money{sum};
}

result<money> money::minus(money other) const {
  std::int64_t diff = 0;
  if (__builtin_sub_overflow(cents, other.cents, &diff))
    return make_error(errc::invalid_value, fmt::format("{} - {} does not fit in 64 bits", to_string(), other.to_string()));
  return money{diff};
}

}  // namespace claimloop::core
