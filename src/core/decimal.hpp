#pragma once
// Exact decimal numbers for X12 amounts and quantities: an int64 mantissa and a power-of-ten
// scale, never binary floating point, so "125.10" stays 125.10 through sums and back to text.
#include <compare>
#include <cstdint>
#include <string>

#include "core/result.hpp"

namespace claimloop::core {

struct money;

class decimal {
 public:
  // 10^18 is the largest power of ten an int64 holds, so no value can carry more fraction digits.
  static constexpr int MAX_SCALE = 18;

  constexpr decimal() = default;
  // The integer `value` at scale 0.
  constexpr explicit decimal(std::int64_t value) noexcept : mantissa_(value) {}
  // mantissa / 10^scale; invalid_argument when scale is outside 0..MAX_SCALE.
  static result<decimal> from_parts(std::int64_t mantissa, int scale);

  std::int64_t mantissa() const noexcept { return mantissa_; }
  int scale() const noexcept { return scale_; }
  bool is_negative() const noexcept { return mantissa_ < 0; }

  // Plain text, no exponent, exactly `scale` fraction digits: "125.00", "-3.5", "0.05", "7".
  std::string to_string() const;
  // The same value at `new_scale`; dropped digits round half away from zero. Fails on overflow.
  result<decimal> rescale(int new_scale) const;
  // Rounded to whole cents, half away from zero (0.005 -> 0.01, -0.005 -> -0.01). Fails on overflow.
  result<money> to_money() const;
  // Exact sum or difference at the larger of the two scales; invalid_value on int64 overflow.
  result<decimal> plus(const decimal& other) const;
  result<decimal> minus(const decimal& other) const;

  // Numeric order: 1.5 == 1.50. The ordering is weak because equal values may print differently.
  friend std::weak_ordering operator<=>(const decimal& a, const decimal& b) noexcept;
  friend bool operator==(const decimal& a, const decimal& b) noexcept;

 private:
  // Unchecked: callers have already validated the scale.
  constexpr decimal(std::int64_t mantissa, int scale) noexcept : mantissa_(mantissa), scale_(scale) {}

  std::int64_t mantissa_ = 0;
  int scale_ = 0;
};

// An amount of money as integer cents: the unit every claimloop total, payment and balance uses.
struct money {
  std::int64_t cents = 0;

  // Always two fraction digits: "125.00", "-0.05".
  std::string to_string() const;
  // The same amount as a scale-2 decimal.
  decimal to_decimal() const;
  // Exact sum or difference; invalid_value on int64 overflow.
  result<money> plus(money other) const;
  result<money> minus(money other) const;

  friend auto operator<=>(const money&, const money&) = default;
};

}  // namespace claimloop::core
