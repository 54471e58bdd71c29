// The validator's inline yes-answers (validate/detail/fast_values.hpp) never accept a value the
// full parsers in syntax/values.hpp refuse, and do accept the ordinary valid values (else they
// would save nothing). Checked over every short string of a small alphabet and every
// date and time of the shapes X12 writes.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <functional>
#include <string>
#include <utility>

#include "syntax/values.hpp"
#include "validate/detail/fast_values.hpp"

namespace claimloop::testing {
namespace {

namespace fast = validate::detail;

// Calls `f` with every string of length 0..max_len over `alphabet`.
void each_string(std::string_view alphabet, std::size_t max_len, const std::function<void(const std::string&)>& f) {
  std::string s;
  std::function<void(std::size_t)> grow = [&](std::size_t left) {
    f(s);
    if (left == 0) return;
    for (char c : alphabet) {
      s.push_back(c);
      grow(left - 1);
      s.pop_back();
    }
  };
  grow(max_len);
}

TEST(fast_values_test, numeric_yes_means_the_parser_agrees) {
  std::size_t accepted = 0;
  each_string("09-.a", 6, [&](const std::string& v) {
    if (!fast::surely_numeric(v)) return;
    ++accepted;
    EXPECT_TRUE(syntax::parse_numeric(v, 2)) << v;
  });
  EXPECT_GT(accepted, 100u);
  EXPECT_TRUE(fast::surely_numeric("123456789012345678"));
  EXPECT_FALSE(fast::surely_numeric("1234567890123456789"));  // may overflow: the parser decides
  EXPECT_FALSE(fast::surely_numeric("-"));
  EXPECT_FALSE(fast::surely_numeric("+1"));
}

TEST(fast_values_test, real_yes_means_the_parser_agrees) {
  std::size_t accepted = 0;
  each_string("09-.a", 6, [&](const std::string& v) {
    if (!fast::surely_real(v)) return;
    ++accepted;
    EXPECT_TRUE(syntax::parse_real(v)) << v;
  });
  EXPECT_GT(accepted, 100u);
  for (const char* v : {"125", "125.5", ".5", "-3.25", "-.5", "0"}) EXPECT_TRUE(fast::surely_real(v)) << v;
  for (const char* v : {"12.", ".", "-", "1.2.3", "--1", "1e5", "1,000", ""}) EXPECT_FALSE(fast::surely_real(v)) << v;
}

TEST(fast_values_test, dates_agree_with_the_calendar) {
  // Every day number 00..32 of every month 00..13 of years across leap-year rules.
  for (int year : {1, 4, 100, 1900, 1999, 2000, 2023, 2024, 2100, 9999}) {
    for (int month = 0; month <= 13; ++month) {
      for (int day = 0; day <= 32; ++day) {
        const std::string d8 = fmt::format("{:04}{:02}{:02}", year, month, day);
        EXPECT_EQ(fast::surely_date8(d8), bool(syntax::parse_date_ccyymmdd(d8))) << d8;
        EXPECT_EQ(fast::surely_date(d8, syntax::YYMMDD_PIVOT), bool(syntax::parse_date(d8))) << d8;
        const std::string d6 = fmt::format("{:02}{:02}{:02}", year % 100, month, day);
        EXPECT_EQ(fast::surely_date(d6, syntax::YYMMDD_PIVOT), bool(syntax::parse_date(d6))) << d6;
        const std::string range = d8 + "-20240229";
        EXPECT_EQ(fast::surely_date_range(range), bool(syntax::parse_date_range(range))) << range;
      }
    }
  }
  EXPECT_FALSE(fast::surely_date8("00000101"));  // year 0
  each_string("019-", 8, [&](const std::string& v) {
    if (fast::surely_date(v, syntax::YYMMDD_PIVOT)) {
      EXPECT_TRUE(syntax::parse_date(v)) << v;
    }
  });
}

TEST(fast_values_test, times_agree_with_the_clock) {
  each_string("0259", 8, [&](const std::string& v) {
    if (v.size() < 4) return;
    EXPECT_EQ(fast::surely_time(v), bool(syntax::parse_time(v))) << v;
  });
  for (int hhmm = 0; hhmm <= 9999; ++hhmm) {
    const std::string v = fmt::format("{:04}", hhmm);
    EXPECT_EQ(fast::surely_time(v), bool(syntax::parse_time(v))) << v;
  }
  for (const char* v : {"", "1", "123", "12345", "123456789", "12a4"}) EXPECT_FALSE(fast::surely_time(v)) << v;
}

TEST(fast_values_test, character_table_is_the_extended_set) {
  for (int c = 0; c < 256; ++c) {
    const char ch = static_cast<char>(c);
    EXPECT_EQ(fast::EXTENDED[static_cast<std::size_t>(c)], syntax::in_character_set(ch, syntax::character_set::extended)) << c;
    const std::string v = std::string("AB") + ch;
    EXPECT_EQ(fast::all_extended(v), syntax::scan_characters(v).extended) << c;
  }
  EXPECT_TRUE(fast::all_extended(""));
}

// The wide test may only say "no class" when the byte-by-byte scan says so too, and says it for
// every plain value of 16 bytes or more: every byte value at every place of values 1 to 40 bytes
// long, under three separator pairs.
TEST(fast_values_test, plain_test_agrees_with_the_byte_scan) {
  for (const auto& [component, repetition] : {std::pair{':', '^'}, std::pair{'>', '!'}, std::pair{':', '\0'}}) {
    fast::value_classes classes;
    classes.set(component, repetition);
    for (std::size_t size = 1; size <= 40; ++size) {
      std::string v(size, 'A');
      EXPECT_EQ(classes.surely_plain(v), size >= 16);
      for (std::size_t at = 0; at < size; ++at) {
        for (int c = 0; c < 256; ++c) {
          v[at] = static_cast<char>(c);
          const bool exact = classes.scan(v) == 0;
          ASSERT_EQ(classes.surely_plain(v), exact && size >= 16) << size << " " << at << " " << c;
        }
        v[at] = 'A';
      }
    }
  }
}

}  // namespace
}  // namespace claimloop::testing
