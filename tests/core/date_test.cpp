#include "core/date.hpp"

#include <gtest/gtest.h>

using claimloop::core::date;
using claimloop::core::days_between;
using claimloop::core::errc;

namespace {

date ymd(int y, int m, int d) {
  auto made = date::make(y, m, d);
  EXPECT_TRUE(made) << y << "-" << m << "-" << d;
  return made ? *made : date{};
}

}  // namespace

TEST(date_test, leap_years_follow_the_gregorian_rule) {
  EXPECT_TRUE(date::is_leap_year(2000));
  EXPECT_FALSE(date::is_leap_year(1900));
  EXPECT_FALSE(date::is_leap_year(2100));
  EXPECT_TRUE(date::is_leap_year(2024));
  EXPECT_FALSE(date::is_leap_year(2023));
  EXPECT_TRUE(date::is_leap_year(1600));
  EXPECT_TRUE(date::is_leap_year(4));
}

TEST(date_test, days_in_month) {
  EXPECT_EQ(date::days_in_month(2024, 2), 29);
  EXPECT_EQ(date::days_in_month(2023, 2), 28);
  EXPECT_EQ(date::days_in_month(1900, 2), 28);
  EXPECT_EQ(date::days_in_month(2000, 2), 29);
  EXPECT_EQ(date::days_in_month(2023, 4), 30);
  EXPECT_EQ(date::days_in_month(2023, 12), 31);
  EXPECT_EQ(date::days_in_month(2023, 0), 0);
  EXPECT_EQ(date::days_in_month(2023, 13), 0);
}

TEST(date_test, accepts_real_days) {
  EXPECT_TRUE(date::make(2024, 2, 29));
  EXPECT_TRUE(date::make(2000, 2, 29));
  EXPECT_TRUE(date::make(1, 1, 1));
  EXPECT_TRUE(date::make(9999, 12, 31));
  EXPECT_TRUE(date::make(2023, 1, 31));
}

TEST(date_test, rejects_impossible_days_with_reason) {
  auto feb30 = date::make(2023, 2, 30);
  ASSERT_FALSE(feb30);
  EXPECT_EQ(feb30.error().code, errc::invalid_value);
  EXPECT_EQ(feb30.error().message, "day 30 out of range for February 2023 (28 days)");
  EXPECT_FALSE(date::make(1900, 2, 29));
  EXPECT_FALSE(date::make(2023, 2, 29));
  EXPECT_FALSE(date::make(2023, 4, 31));
  EXPECT_FALSE(date::make(2023, 1, 0));
  EXPECT_FALSE(date::make(2023, 1, 32));
  auto month13 = date::make(2023, 13, 1);
  ASSERT_FALSE(month13);
  EXPECT_EQ(month13.error().message, "month 13 out of range (01-12)");
  EXPECT_FALSE(date::make(2023, 0, 1));
  auto year0 = date::make(0, 1, 1);
  ASSERT_FALSE(year0);
  EXPECT_EQ(year0.error().message, "year 0000 out of range (0001-9999)");
  EXPECT_FALSE(date::make(10000, 1, 1));
}

TEST(date_test, prints_ccyymmdd) {
  EXPECT_EQ(ymd(2024, 2, 29).to_string(), "20240229");
  EXPECT_EQ(ymd(1, 1, 1).to_string(), "00010101");
  EXPECT_EQ(ymd(9999, 12, 31).to_string(), "99991231");
  EXPECT_EQ(date{}.to_string(), "00010101");
}

TEST(date_test, orders_chronologically) {
  EXPECT_LT(ymd(2023, 12, 31), ymd(2024, 1, 1));
  EXPECT_LT(ymd(2024, 1, 31), ymd(2024, 2, 1));
  EXPECT_LT(ymd(2024, 2, 1), ymd(2024, 2, 2));
  EXPECT_EQ(ymd(2024, 2, 29), ymd(2024, 2, 29));
  EXPECT_GT(ymd(2000, 1, 1), ymd(1999, 12, 31));
}

TEST(date_test, counts_days_between) {
  EXPECT_EQ(ymd(1970, 1, 1).day_number(), 0);
  EXPECT_EQ(ymd(2000, 3, 1).day_number(), 11017);
  EXPECT_EQ(days_between(ymd(2024, 2, 28), ymd(2024, 3, 1)), 2);  // through Feb 29
  EXPECT_EQ(days_between(ymd(2023, 2, 28), ymd(2023, 3, 1)), 1);
  EXPECT_EQ(days_between(ymd(1900, 2, 28), ymd(1900, 3, 1)), 1);  // 1900 had no Feb 29
  EXPECT_EQ(days_between(ymd(2000, 2, 28), ymd(2000, 3, 1)), 2);
  EXPECT_EQ(days_between(ymd(2023, 1, 1), ymd(2024, 1, 1)), 365);
  EXPECT_EQ(days_between(ymd(2024, 1, 1), ymd(2025, 1, 1)), 366);
  EXPECT_EQ(days_between(ymd(2024, 3, 1), ymd(2024, 2, 28)), -2);
  EXPECT_EQ(days_between(ymd(2024, 5, 5), ymd(2024, 5, 5)), 0);
  EXPECT_EQ(days_between(ymd(1, 1, 1), ymd(9999, 12, 31)), 3652058);
  EXPECT_EQ(ymd(1969, 12, 31).day_number(), -1);
}
