#include "core/decimal.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

using claimloop::core::decimal;
using claimloop::core::errc;
using claimloop::core::money;

namespace {

constexpr std::int64_t MAX = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t MIN = std::numeric_limits<std::int64_t>::min();

decimal d(std::int64_t mantissa, int scale) { return *decimal::from_parts(mantissa, scale); }

}  // namespace

TEST(decimal_test, prints_with_exactly_scale_fraction_digits) {
  EXPECT_EQ(d(12500, 2).to_string(), "125.00");
  EXPECT_EQ(d(-35, 1).to_string(), "-3.5");
  EXPECT_EQ(d(5, 2).to_string(), "0.05");
  EXPECT_EQ(d(-5, 2).to_string(), "-0.05");
  EXPECT_EQ(d(7, 0).to_string(), "7");
  EXPECT_EQ(d(0, 3).to_string(), "0.000");
  EXPECT_EQ(decimal(42).to_string(), "42");
  EXPECT_EQ(decimal().to_string(), "0");
}

TEST(decimal_test, prints_extremes_without_exponent) {
  EXPECT_EQ(d(MAX, 0).to_string(), "9223372036854775807");
  EXPECT_EQ(d(MIN, 0).to_string(), "-9223372036854775808");
  EXPECT_EQ(d(MAX, 18).to_string(), "9.223372036854775807");
  EXPECT_EQ(d(1, 18).to_string(), "0.000000000000000001");
}

TEST(decimal_test, refuses_scale_outside_range) {
  auto negative = decimal::from_parts(1, -1);
  ASSERT_FALSE(negative);
  EXPECT_EQ(negative.error().code, errc::invalid_argument);
  EXPECT_FALSE(decimal::from_parts(1, 19));
  EXPECT_TRUE(decimal::from_parts(1, 18));
  EXPECT_FALSE(d(1, 2).rescale(19));
}

TEST(decimal_test, compares_by_value_across_scales) {
  EXPECT_EQ(d(15, 1), d(150, 2));
  EXPECT_EQ(d(0, 0), d(0, 5));
  EXPECT_LT(d(-1, 0), d(0, 2));
  EXPECT_LT(d(12499, 2), d(125, 0));
  EXPECT_GT(d(1, 18), d(0, 0));
  EXPECT_NE(d(1, 1), d(1, 2));
  // Needs 128 bits: MAX at scale 0 against MAX at scale 18.
  EXPECT_GT(d(MAX, 0), d(MAX, 18));
  EXPECT_LT(d(MIN, 0), d(MIN, 18));
}

TEST(decimal_test, adds_and_subtracts_exactly) {
  auto sum = d(10, 1).plus(d(20, 2));  // 1.0 + 0.20
  ASSERT_TRUE(sum);
  EXPECT_EQ(sum->to_string(), "1.20");
  EXPECT_EQ(sum->scale(), 2);
  // The classic binary floating point failure: 0.1 + 0.2 is exactly 0.3 here.
  EXPECT_EQ(*d(1, 1).plus(d(2, 1)), d(3, 1));
  auto diff = d(12500, 2).minus(d(13050, 2));
  ASSERT_TRUE(diff);
  EXPECT_EQ(diff->to_string(), "-5.50");
  EXPECT_EQ(d(-35, 1).minus(d(-35, 1))->to_string(), "0.0");
}

TEST(decimal_test, refuses_int64_overflow_in_arithmetic) {
  auto over = d(MAX, 0).plus(d(1, 0));
  ASSERT_FALSE(over);
  EXPECT_EQ(over.error().code, errc::invalid_value);
  EXPECT_NE(over.error().message.find("does not fit"), std::string::npos);
  EXPECT_FALSE(d(MIN, 0).minus(d(1, 0)));
  // Aligning scales overflows even though both values are small in magnitude terms.
  EXPECT_FALSE(d(MAX / 10, 0).plus(d(1, 2)));
  EXPECT_TRUE(d(MAX - 1, 0).plus(d(1, 0)));
  EXPECT_TRUE(d(MIN + 1, 0).minus(d(1, 0)));
}

TEST(decimal_test, rescales_up_exactly_and_refuses_overflow) {
  EXPECT_EQ(d(125, 0).rescale(2)->to_string(), "125.00");
  EXPECT_EQ(d(-35, 1).rescale(3)->to_string(), "-3.500");
  auto over = d(MAX, 0).rescale(1);
  ASSERT_FALSE(over);
  EXPECT_EQ(over.error().code, errc::invalid_value);
}

TEST(decimal_test, rescales_down_half_away_from_zero) {
  EXPECT_EQ(d(125, 3).rescale(2)->to_string(), "0.13");     // 0.125 -> 0.13
  EXPECT_EQ(d(-125, 3).rescale(2)->to_string(), "-0.13");   // -0.125 -> -0.13
  EXPECT_EQ(d(124, 3).rescale(2)->to_string(), "0.12");
  EXPECT_EQ(d(-124, 3).rescale(2)->to_string(), "-0.12");
  EXPECT_EQ(d(4999, 4).rescale(0)->to_string(), "0");
  EXPECT_EQ(d(5000, 4).rescale(0)->to_string(), "1");
  EXPECT_EQ(d(-5000, 4).rescale(0)->to_string(), "-1");
  EXPECT_EQ(d(MAX, 18).rescale(0)->to_string(), "9");
  EXPECT_EQ(d(MIN, 18).rescale(0)->to_string(), "-9");
}

TEST(decimal_test, converts_to_cents_half_away_from_zero) {
  EXPECT_EQ(d(5, 3).to_money()->cents, 1);     // 0.005
  EXPECT_EQ(d(-5, 3).to_money()->cents, -1);   // -0.005
  EXPECT_EQ(d(4, 3).to_money()->cents, 0);
  EXPECT_EQ(d(-4, 3).to_money()->cents, 0);
  EXPECT_EQ(d(125, 0).to_money()->cents, 12500);
  EXPECT_EQ(d(12345, 2).to_money()->cents, 12345);
  EXPECT_EQ(d(1, 1).to_money()->cents, 10);
  EXPECT_EQ(d(199995, 4).to_money()->cents, 2000);  // 19.9995 -> 20.00
  EXPECT_FALSE(d(MAX, 0).to_money());
  EXPECT_FALSE(d(MAX / 10, 0).to_money());
  EXPECT_TRUE(d(MAX / 100, 0).to_money());
}

TEST(money_test, prints_two_decimals) {
  EXPECT_EQ(money{12500}.to_string(), "125.00");
  EXPECT_EQ(money{-5}.to_string(), "-0.05");
  EXPECT_EQ(money{0}.to_string(), "0.00");
  EXPECT_EQ(money{MIN}.to_string(), "-92233720368547758.08");
}

TEST(money_test, sums_compare_and_convert) {
  EXPECT_EQ(money{150}.plus(money{275})->cents, 425);
  EXPECT_EQ(money{150}.minus(money{275})->cents, -125);
  EXPECT_FALSE(money{MAX}.plus(money{1}));
  EXPECT_FALSE(money{MIN}.minus(money{1}));
  EXPECT_LT(money{-1}, money{0});
  EXPECT_EQ(money{12345}.to_decimal(), d(12345, 2));
  EXPECT_EQ(money{12345}.to_decimal().to_money()->cents, 12345);
}
