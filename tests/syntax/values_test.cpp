#include "syntax/values.hpp"

#include <gtest/gtest.h>

#include <string>

using namespace claimloop;
using core::errc;
using syntax::character_set;
using syntax::length_limits;

namespace {

// The decimal parsed from `text` printed back, or "error: <message>".
std::string real(std::string_view text, length_limits limits = {}) {
  auto v = syntax::parse_real(text, limits);
  return v ? v->to_string() : "error: " + v.error().message;
}

std::string numeric(std::string_view text, int implied, length_limits limits = {}) {
  auto v = syntax::parse_numeric(text, implied, limits);
  return v ? v->to_string() : "error: " + v.error().message;
}

std::string date(std::string_view text) {
  auto v = syntax::parse_date(text);
  return v ? v->to_string() : "error: " + v.error().message;
}

std::string time(std::string_view text) {
  auto v = syntax::parse_time(text);
  return v ? v->to_string() : "error: " + v.error().message;
}

bool starts_with_error(const std::string& s) { return s.rfind("error: ", 0) == 0; }

}  // namespace

// --- Nn ------------------------------------------------------------------------------------

TEST(values_test, numeric_places_implied_decimals) {
  EXPECT_EQ(numeric("12345", 2), "123.45");
  EXPECT_EQ(numeric("12345", 0), "12345");
  EXPECT_EQ(numeric("5", 2), "0.05");
  EXPECT_EQ(numeric("-5", 2), "-0.05");
  EXPECT_EQ(numeric("-12345", 2), "-123.45");
  EXPECT_EQ(numeric("0", 2), "0.00");
  EXPECT_EQ(numeric("000123", 2), "1.23");
  EXPECT_EQ(numeric("1", 9), "0.000000001");
  auto v = syntax::parse_numeric("-12345", 2);
  ASSERT_TRUE(v);
  EXPECT_EQ(v->mantissa(), -12345);
  EXPECT_EQ(v->scale(), 2);
}

TEST(values_test, numeric_refuses_points_signs_and_letters) {
  auto point = syntax::parse_numeric("12.5", 2);
  ASSERT_FALSE(point);
  EXPECT_EQ(point.error().code, errc::invalid_value);
  EXPECT_EQ(point.error().where.offset, 2u);
  EXPECT_EQ(point.error().message, "expected N2 number, found \"12.5\": '.' at offset 2, expected end of value");
  EXPECT_TRUE(starts_with_error(numeric("+5", 0)));
  EXPECT_TRUE(starts_with_error(numeric("--5", 0)));
  EXPECT_TRUE(starts_with_error(numeric("5-", 0)));
  EXPECT_TRUE(starts_with_error(numeric(" 5", 0)));
  EXPECT_TRUE(starts_with_error(numeric("1A", 0)));
  EXPECT_EQ(numeric("-", 0), "error: expected N0 number, found \"-\": the value ends early, expected digits");
  EXPECT_EQ(numeric("", 2), "error: expected N2 number, found \"\": the value is empty");
}

TEST(values_test, numeric_length_excludes_the_sign) {
  EXPECT_EQ(numeric("-1234567890", 2, {1, 10}), "-12345678.90");
  EXPECT_EQ(numeric("1234567890", 2, {1, 10}), "12345678.90");
  EXPECT_EQ(numeric("12345678901", 2, {1, 10}),
            "error: expected N2 number, found \"12345678901\": 11 digits, more than the maximum 10");
  EXPECT_EQ(numeric("-12", 0, {3, 5}), "error: expected N0 number, found \"-12\": 2 digits, fewer than the minimum 3");
}

TEST(values_test, numeric_refuses_int64_overflow) {
  EXPECT_EQ(numeric("9223372036854775807", 0), "9223372036854775807");
  EXPECT_EQ(numeric("-9223372036854775807", 0), "-9223372036854775807");
  EXPECT_EQ(numeric("9223372036854775808", 0),
            "error: expected N0 number, found \"9223372036854775808\": the value does not fit in a signed 64-bit integer");
  EXPECT_TRUE(starts_with_error(numeric("99999999999999999999999", 2)));
  EXPECT_EQ(numeric("000000000000000000000001", 0), "1");  // leading zeros never overflow
}

TEST(values_test, numeric_refuses_bad_implied_decimals) {
  auto bad = syntax::parse_numeric("1", 10);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, errc::invalid_argument);
  EXPECT_FALSE(syntax::parse_numeric("1", -1));
}

// --- R -------------------------------------------------------------------------------------

TEST(values_test, real_accepts_x12_forms) {
  EXPECT_EQ(real("125"), "125");
  EXPECT_EQ(real("125.5"), "125.5");
  EXPECT_EQ(real("125.00"), "125.00");
  EXPECT_EQ(real(".5"), "0.5");
  EXPECT_EQ(real("-3.25"), "-3.25");
  EXPECT_EQ(real("-.5"), "-0.5");
  EXPECT_EQ(real("0"), "0");
  EXPECT_EQ(real("-0"), "0");
  EXPECT_EQ(real("007.10"), "7.10");
  EXPECT_EQ(real("0.000000000000000001"), "0.000000000000000001");
}

TEST(values_test, real_rejects_non_x12_forms_with_position) {
  auto exp = syntax::parse_real("1e5");
  ASSERT_FALSE(exp);
  EXPECT_EQ(exp.error().where.offset, 1u);
  EXPECT_EQ(exp.error().message, "expected R number, found \"1e5\": 'e' at offset 1, expected end of value");
  EXPECT_EQ(real("12."), "error: expected R number, found \"12.\": the value ends early, expected digits after the decimal point");
  EXPECT_EQ(real("--1"), "error: expected R number, found \"--1\": '-' at offset 1, expected digits or a decimal point");
  EXPECT_EQ(real("1,000"), "error: expected R number, found \"1,000\": ',' at offset 1, expected end of value");
  EXPECT_EQ(real(""), "error: expected R number, found \"\": the value is empty");
  EXPECT_TRUE(starts_with_error(real(".")));
  EXPECT_TRUE(starts_with_error(real("-")));
  EXPECT_TRUE(starts_with_error(real("+1")));
  EXPECT_TRUE(starts_with_error(real("1.2.3")));
  EXPECT_TRUE(starts_with_error(real("1 ")));
  EXPECT_TRUE(starts_with_error(real("$5")));
  EXPECT_TRUE(starts_with_error(real("1.5E2")));
}

TEST(values_test, real_length_counts_digits_only) {
  EXPECT_EQ(real("-1234567.8", {1, 8}), "-1234567.8");
  EXPECT_EQ(real("12345678.9", {1, 8}), "error: expected R number, found \"12345678.9\": 9 digits, more than the maximum 8");
  EXPECT_EQ(real("123456789012345678", {1, 18}), "123456789012345678");
}

TEST(values_test, real_refuses_overflow_and_excess_scale) {
  EXPECT_EQ(real("922337203685477580.7"), "922337203685477580.7");
  EXPECT_TRUE(starts_with_error(real("922337203685477580.8")));
  EXPECT_TRUE(starts_with_error(real("-9223372036854775808")));
  auto deep = syntax::parse_real("0.0000000000000000001");
  ASSERT_FALSE(deep);
  EXPECT_EQ(deep.error().where.offset, 2u);
  EXPECT_NE(deep.error().message.find("more than 18 digits after the decimal point"), std::string::npos);
}

TEST(values_test, real_feeds_exact_money) {
  auto v = syntax::parse_real("125.555");
  ASSERT_TRUE(v);
  EXPECT_EQ(v->to_money()->cents, 12556);
  EXPECT_EQ(syntax::parse_real("-125.555")->to_money()->cents, -12556);
  EXPECT_EQ(syntax::parse_real(".1")->plus(*syntax::parse_real(".2"))->to_string(), "0.3");
}

// --- DT ------------------------------------------------------------------------------------

TEST(values_test, date_ccyymmdd_checks_the_calendar) {
  EXPECT_EQ(date("20240229"), "20240229");
  EXPECT_EQ(date("20000229"), "20000229");
  EXPECT_EQ(date("19991231"), "19991231");
  EXPECT_EQ(date("20230231"),
            "error: expected CCYYMMDD date, found \"20230231\": day 31 out of range for February 2023 (28 days)");
  EXPECT_TRUE(starts_with_error(date("19000229")));
  EXPECT_TRUE(starts_with_error(date("20230229")));
  EXPECT_TRUE(starts_with_error(date("20230431")));
  EXPECT_TRUE(starts_with_error(date("20230100")));
  EXPECT_TRUE(starts_with_error(date("00000101")));
  auto month = syntax::parse_date_ccyymmdd("20231301");
  ASSERT_FALSE(month);
  EXPECT_EQ(month.error().where.offset, 4u);
  EXPECT_EQ(month.error().message, "expected CCYYMMDD date, found \"20231301\": month 13 out of range (01-12)");
  EXPECT_EQ(syntax::parse_date_ccyymmdd("20230230").error().where.offset, 6u);
}

TEST(values_test, date_refuses_bad_shapes) {
  EXPECT_EQ(date("2023-01-01"), "error: expected CCYYMMDD or YYMMDD date, found \"2023-01-01\": 10 bytes, not 8 or 6");
  EXPECT_TRUE(starts_with_error(date("2023011")));
  EXPECT_TRUE(starts_with_error(date("")));
  auto letters = syntax::parse_date_ccyymmdd("2023O101");
  ASSERT_FALSE(letters);
  EXPECT_EQ(letters.error().where.offset, 4u);
  EXPECT_EQ(letters.error().message,
            "expected CCYYMMDD date, found \"2023O101\": 'O' at offset 4, expected 2-digit month");
  EXPECT_FALSE(syntax::parse_date_ccyymmdd("230101"));
  EXPECT_FALSE(syntax::parse_date_ccyymmdd("202301011"));
  EXPECT_FALSE(syntax::parse_date_ccyymmdd("-2023011"));
}

TEST(values_test, date_yymmdd_uses_the_century_window) {
  EXPECT_EQ(date("230101"), "20230101");
  EXPECT_EQ(date("000229"), "20000229");  // 2000 is a leap year
  EXPECT_EQ(date("491231"), "20491231");
  EXPECT_EQ(date("500101"), "19500101");
  EXPECT_EQ(date("991231"), "19991231");
  EXPECT_TRUE(starts_with_error(date("230229")));
  auto bad = syntax::parse_date("231301");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().where.offset, 2u);
  EXPECT_EQ(bad.error().message, "expected YYMMDD date, found \"231301\": month 13 out of range (01-12)");
}

// --- TM ------------------------------------------------------------------------------------

TEST(values_test, time_accepts_every_tm_width) {
  EXPECT_EQ(time("1253"), "1253");
  EXPECT_EQ(time("125307"), "125307");
  EXPECT_EQ(time("1253071"), "1253071");
  EXPECT_EQ(time("12530712"), "12530712");
  EXPECT_EQ(time("0000"), "0000");
  EXPECT_EQ(time("23595999"), "23595999");
  auto t = syntax::parse_time("1253071");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->hundredths(), 10);
  EXPECT_EQ(t->second(), 7);
}

TEST(values_test, time_checks_the_clock) {
  EXPECT_EQ(time("2400"), "error: expected HHMM, HHMMSS, HHMMSSD or HHMMSSDD time, found \"2400\": hour 24 out of range (00-23)");
  auto minute = syntax::parse_time("1260");
  ASSERT_FALSE(minute);
  EXPECT_EQ(minute.error().where.offset, 2u);
  auto second = syntax::parse_time("125960");
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().where.offset, 4u);
}

TEST(values_test, time_refuses_bad_widths) {
  EXPECT_TRUE(starts_with_error(time("125")));
  EXPECT_EQ(time("12530"), "error: expected HHMM, HHMMSS, HHMMSSD or HHMMSSDD time, found \"12530\": "
                           "'0' at offset 4, expected end of value");
  EXPECT_TRUE(starts_with_error(time("125307123")));
  EXPECT_TRUE(starts_with_error(time("12:53")));
  EXPECT_TRUE(starts_with_error(time("")));
}

// --- RD8 -----------------------------------------------------------------------------------

TEST(values_test, date_range_parses_both_ends) {
  auto r = syntax::parse_date_range("20230101-20230131");
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->from.to_string(), "20230101");
  EXPECT_EQ(r->to.to_string(), "20230131");
  EXPECT_TRUE(r->is_ordered());
  auto same = syntax::parse_date_range("20240229-20240229");
  ASSERT_TRUE(same);
  EXPECT_TRUE(same->is_ordered());
}

TEST(values_test, date_range_reports_reversed_periods_without_failing) {
  auto r = syntax::parse_date_range("20230131-20230101");
  ASSERT_TRUE(r);
  EXPECT_FALSE(r->is_ordered());
}

TEST(values_test, date_range_names_the_bad_end) {
  auto end = syntax::parse_date_range("20230101-20230231");
  ASSERT_FALSE(end);
  EXPECT_EQ(end.error().where.offset, 15u);
  EXPECT_EQ(end.error().message, "expected CCYYMMDD-CCYYMMDD period, found \"20230101-20230231\": "
                                 "end date: day 31 out of range for February 2023 (28 days)");
  auto start = syntax::parse_date_range("20231301-20231231");
  ASSERT_FALSE(start);
  EXPECT_EQ(start.error().where.offset, 4u);
  auto sep = syntax::parse_date_range("20230101/20230131");
  ASSERT_FALSE(sep);
  EXPECT_EQ(sep.error().where.offset, 8u);
  EXPECT_NE(sep.error().message.find("'-' between the two dates"), std::string::npos);
  EXPECT_FALSE(syntax::parse_date_range("20230101-2023013"));
  EXPECT_FALSE(syntax::parse_date_range("20230101-202301311"));
  EXPECT_FALSE(syntax::parse_date_range("20230101"));
  EXPECT_FALSE(syntax::parse_date_range(""));
}

// --- ID / AN character sets ----------------------------------------------------------------

TEST(values_test, basic_set_membership) {
  for (char c : std::string_view("AZ09 !\"&'()*+,-./:;?=")) EXPECT_TRUE(syntax::in_character_set(c, character_set::basic)) << c;
  for (char c : std::string_view("az%@[]_{}\\|<>~#$")) {
    EXPECT_FALSE(syntax::in_character_set(c, character_set::basic)) << c;
    EXPECT_TRUE(syntax::in_character_set(c, character_set::extended)) << c;
  }
  for (char c : std::string_view("^`\t\r\n\x7f")) EXPECT_FALSE(syntax::in_character_set(c, character_set::extended)) << c;
  EXPECT_FALSE(syntax::in_character_set('\0', character_set::extended));
  EXPECT_FALSE(syntax::in_character_set(static_cast<char>(0xC3), character_set::extended));
}

TEST(values_test, scan_characters_finds_the_narrowest_set) {
  auto basic = syntax::scan_characters("SMITH, JOHN A.");
  EXPECT_TRUE(basic.basic);
  EXPECT_EQ(basic.first_outside_basic, std::string_view::npos);
  auto ext = syntax::scan_characters("Smith@example");
  EXPECT_FALSE(ext.basic);
  EXPECT_TRUE(ext.extended);
  EXPECT_EQ(ext.first_outside_basic, 1u);
  EXPECT_EQ(ext.first_outside_extended, std::string_view::npos);
  auto neither = syntax::scan_characters("AB\xC3\xA9z");
  EXPECT_FALSE(neither.basic);
  EXPECT_FALSE(neither.extended);
  EXPECT_EQ(neither.first_outside_basic, 2u);
  EXPECT_EQ(neither.first_outside_extended, 2u);
  auto empty = syntax::scan_characters("");
  EXPECT_TRUE(empty.basic && empty.extended);
}

TEST(values_test, check_characters_reports_the_first_offending_byte) {
  EXPECT_TRUE(syntax::check_characters("HC", character_set::basic));
  EXPECT_TRUE(syntax::check_characters("hello world", character_set::extended));
  auto lower = syntax::check_characters("ABc", character_set::basic);
  ASSERT_FALSE(lower);
  EXPECT_EQ(lower.error().code, errc::invalid_value);
  EXPECT_EQ(lower.error().where.offset, 2u);
  EXPECT_EQ(lower.error().message,
            "expected a value in the X12 basic character set, found \"ABc\": 'c' (byte 0x63) at offset 2 is not in the set");
  auto tab = syntax::check_characters("A\tB", character_set::extended);
  ASSERT_FALSE(tab);
  EXPECT_EQ(tab.error().where.offset, 1u);
}

TEST(values_test, check_characters_applies_length_limits) {
  EXPECT_TRUE(syntax::check_characters("AB", character_set::basic, {2, 2}));
  auto longer = syntax::check_characters("ABC", character_set::basic, {2, 2});
  ASSERT_FALSE(longer);
  EXPECT_NE(longer.error().message.find("3 characters, more than the maximum 2"), std::string::npos);
  EXPECT_FALSE(syntax::check_characters("", character_set::basic));
  EXPECT_TRUE(syntax::check_characters("", character_set::basic, {0, 0}));
}

// --- robustness ----------------------------------------------------------------------------

// Every prefix and every one-byte change of valid values either parses or fails with an offset
// inside the value (the analogue of the reader's split-at-every-byte tests).
TEST(values_test, truncated_and_mutated_values_fail_cleanly) {
  const std::string samples[] = {"-12345.67", "20240229", "20230101-20231231", "12530712", "AB c"};
  const std::string bytes = std::string("0123456789-.+eE :/\0\xff", 21);
  int failures = 0;
  auto check = [&failures](const std::string& v) {
    auto offset_ok = [&v](const core::error& e) { return e.where.offset <= v.size(); };
    for (int n = 0; n <= 9; ++n) {
      auto r = syntax::parse_numeric(v, n);
      if (!r) { EXPECT_TRUE(offset_ok(r.error())) << v; ++failures; }
    }
    if (auto r = syntax::parse_real(v); !r) { EXPECT_TRUE(offset_ok(r.error())) << v; ++failures; }
    if (auto r = syntax::parse_date(v); !r) { EXPECT_TRUE(offset_ok(r.error())) << v; ++failures; }
    if (auto r = syntax::parse_time(v); !r) { EXPECT_TRUE(offset_ok(r.error())) << v; ++failures; }
    if (auto r = syntax::parse_date_range(v); !r) { EXPECT_TRUE(offset_ok(r.error())) << v; ++failures; }
    if (auto r = syntax::check_characters(v, character_set::basic); !r) {
      EXPECT_TRUE(offset_ok(r.error())) << v;
      ++failures;
    }
  };
  for (const auto& s : samples) {
    for (std::size_t n = 0; n <= s.size(); ++n) check(s.substr(0, n));
    for (std::size_t i = 0; i < s.size(); ++i) {
      for (char b : bytes) {
        std::string m = s;
        m[i] = b;
        check(m);
      }
    }
  }
  EXPECT_GT(failures, 1000);  // most mutations must be refused, or the checks above are idle
}
