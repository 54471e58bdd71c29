// same_address: two parties name the same place when their N3 / N4 agree in upper case with
// runs of spaces folded and outer spaces dropped (compared in place, without folded copies).
#include <gtest/gtest.h>

#include <string>

#include "rules/detail/scope.hpp"

namespace claimloop::testing {
namespace {

model::party at(std::string line_1, std::string line_2, std::string city, std::string state, std::string zip) {
  model::party p;
  p.address.emplace();
  p.address->line_1 = std::move(line_1);
  p.address->line_2 = std::move(line_2);
  p.city.emplace();
  p.city->city = std::move(city);
  p.city->state = std::move(state);
  p.city->postal_code = std::move(zip);
  return p;
}

bool same_line(const std::string& a, const std::string& b) {
  return rules::detail::same_address(at(a, "", "X", "MD", "20705"), at(b, "", "X", "MD", "20705"));
}

TEST(same_address_test, folds_case_and_space_runs) {
  EXPECT_TRUE(same_line("100 Main St", "100  MAIN ST"));
  EXPECT_TRUE(same_line("  100 Main St ", "100 main st"));
  EXPECT_TRUE(same_line("100\tMain \t St", "100 MAIN ST"));
  EXPECT_TRUE(same_line("", "   "));
  EXPECT_FALSE(same_line("100 Main St", "100 MainSt"));
  EXPECT_FALSE(same_line("100Main St", "100 Main St"));
  EXPECT_FALSE(same_line("100 Main St", "100 Main St 2"));
  EXPECT_FALSE(same_line("100 Main", "100 Main St"));
  EXPECT_FALSE(same_line("", "A"));
}

TEST(same_address_test, compares_every_part) {
  const auto base = at("1 A ST", "STE 2", "TOWN", "MD", "207051234");
  EXPECT_TRUE(rules::detail::same_address(base, at("1 a st", "ste  2", " town", "md", "20705")));
  EXPECT_FALSE(rules::detail::same_address(base, at("1 A ST", "STE 3", "TOWN", "MD", "20705")));
  EXPECT_FALSE(rules::detail::same_address(base, at("1 A ST", "STE 2", "CITY", "MD", "20705")));
  EXPECT_FALSE(rules::detail::same_address(base, at("1 A ST", "STE 2", "TOWN", "VA", "20705")));
  EXPECT_FALSE(rules::detail::same_address(base, at("1 A ST", "STE 2", "TOWN", "MD", "20706")));
  model::party no_address;
  EXPECT_FALSE(rules::detail::same_address(base, no_address));
}

}  // namespace
}  // namespace claimloop::testing
