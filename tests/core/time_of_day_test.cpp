#include "core/time_of_day.hpp"

#include <gtest/gtest.h>

using claimloop::core::errc;
using claimloop::core::time_of_day;
using precision = time_of_day::precision;

TEST(time_of_day_test, prints_with_the_written_precision) {
  EXPECT_EQ(time_of_day::make(12, 53, 0, 0, precision::minutes)->to_string(), "1253");
  EXPECT_EQ(time_of_day::make(12, 53, 7)->to_string(), "125307");
  EXPECT_EQ(time_of_day::make(12, 53, 7, 1, precision::tenths)->to_string(), "1253071");
  EXPECT_EQ(time_of_day::make(12, 53, 7, 12, precision::hundredths)->to_string(), "12530712");
  EXPECT_EQ(time_of_day::make(0, 0, 0, 5, precision::hundredths)->to_string(), "00000005");
  EXPECT_EQ(time_of_day{}.to_string(), "0000");
}

TEST(time_of_day_test, accepts_boundaries) {
  EXPECT_TRUE(time_of_day::make(0, 0));
  EXPECT_TRUE(time_of_day::make(23, 59, 59, 99, precision::hundredths));
  EXPECT_TRUE(time_of_day::make(23, 59, 59, 9, precision::tenths));
}

TEST(time_of_day_test, rejects_out_of_range_fields) {
  auto h24 = time_of_day::make(24, 0);
  ASSERT_FALSE(h24);
  EXPECT_EQ(h24.error().code, errc::invalid_value);
  EXPECT_EQ(h24.error().message, "hour 24 out of range (00-23)");
  EXPECT_FALSE(time_of_day::make(-1, 0));
  EXPECT_FALSE(time_of_day::make(12, 60));
  EXPECT_FALSE(time_of_day::make(12, 0, 60));
  EXPECT_FALSE(time_of_day::make(12, 0, 0, 10, precision::tenths));
  EXPECT_FALSE(time_of_day::make(12, 0, 0, 100, precision::hundredths));
  EXPECT_FALSE(time_of_day::make(12, 0, 0, 1, precision::seconds));
  EXPECT_FALSE(time_of_day::make(12, 0, 30, 0, precision::minutes));
}

TEST(time_of_day_test, compares_instants_across_precisions) {
  EXPECT_EQ(*time_of_day::make(12, 0, 0, 0, precision::minutes), *time_of_day::make(12, 0, 0));
  EXPECT_EQ(*time_of_day::make(12, 0, 0, 5, precision::tenths), *time_of_day::make(12, 0, 0, 50, precision::hundredths));
  EXPECT_LT(*time_of_day::make(11, 59, 59, 99, precision::hundredths), *time_of_day::make(12, 0));
  EXPECT_EQ(time_of_day::make(1, 2, 3, 4, precision::tenths)->hundredths_since_midnight(), 372340);
}
