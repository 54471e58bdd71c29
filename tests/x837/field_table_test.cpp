// read_number: amounts in the usual form take a fast path that must give exactly what the
// general R parser gives (value and scale), and everything else still goes to that parser.
#include <gtest/gtest.h>

#include <string>

#include "syntax/values.hpp"
#include "x837/field_table.hpp"

namespace claimloop::testing {
namespace {

TEST(field_table_test, read_number_agrees_with_the_r_parser) {
  const char* inputs[] = {"0",      "7",       "-7",     "125.10",   "125.5",    "-3.25",       "0.05",
                          "-0",     "-0.00",   "000150", "1.000000", ".5",       "-.5",         "12.",
                          "1e5",    "--1",     "1,000",  "+5",       "1.2.3",    "-",           ".",
                          "a",      " 1",      "1 ",     "999999999999999999", "9999999999999999999",
                          "123456789.123456789",  "0.000000000000000001", "0.0000000000000000001",
                          "9223372036854775807",  "9223372036854775808",  "-9223372036854775808"};
  for (const char* in : inputs) {
    const auto fast = model::read_number(in);
    const auto slow = syntax::parse_real(in);
    ASSERT_EQ(fast.has_value(), slow.has_value()) << in;
    if (!slow) {
      EXPECT_EQ(fast.error().message, slow.error().message) << in;
      continue;
    }
    ASSERT_TRUE(fast->has_value()) << in;
    EXPECT_EQ((*fast)->mantissa(), slow->mantissa()) << in;
    EXPECT_EQ((*fast)->scale(), slow->scale()) << in;
    EXPECT_EQ((*fast)->to_string(), slow->to_string()) << in;
  }
  const auto empty = model::read_number("");
  ASSERT_TRUE(empty.has_value());
  EXPECT_FALSE(empty->has_value());
}

TEST(field_table_test, read_fields_reads_components_of_one_element_in_any_order) {
  struct svc {
    model::raw_segment base;
    std::string code, qualifier, modifier, units_text;
    model::number charge;
  };
  const model::field<svc> table[] = {{"code", 1, 2, &svc::code},
                                     {"charge", 2, 0, nullptr, &svc::charge},
                                     {"qualifier", 1, 1, &svc::qualifier},
                                     {"modifier", 1, 3, &svc::modifier},
                                     {"units_text", 4, 0, &svc::units_text}};
  const std::string hc = std::string("HC") + model::COMPONENT + "99213" + model::COMPONENT + "25";
  svc out;
  out.modifier = "stale";
  ASSERT_FALSE(model::read_fields<svc>(model::raw_segment{"SV1", {hc, "100.50", "UN"}}, out, table));
  EXPECT_EQ(out.code, "99213");
  EXPECT_EQ(out.qualifier, "HC");
  EXPECT_EQ(out.modifier, "25");
  EXPECT_EQ(out.units_text, "");
  ASSERT_TRUE(out.charge.has_value());
  EXPECT_EQ(out.charge->to_string(), "100.50");
  EXPECT_EQ(out.base.element(1), hc);
  const auto bad = model::read_fields<svc>(model::raw_segment{"SV1", {hc, "1O0"}}, out, table);
  ASSERT_TRUE(bad.has_value());
  EXPECT_EQ(bad->element, 2);
}

}  // namespace
}  // namespace claimloop::testing
