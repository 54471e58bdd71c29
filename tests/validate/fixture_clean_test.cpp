// The synthetic fixtures in fixtures/validate/ are clean: every set validates with no finding.
#include <gtest/gtest.h>

#include "validate/fixture_support.hpp"
#include "validate/validate.hpp"

namespace claimloop::testing {
namespace {

class fixture_clean_test : public ::testing::TestWithParam<const char*> {};

TEST_P(fixture_clean_test, validates_with_no_finding) {
  auto sets = read_sets(validate_fixture(GetParam()), GetParam());
  ASSERT_EQ(sets.size(), 1u);
  auto guide = guide_for(*sets[0]);
  ASSERT_NE(guide, nullptr);
  auto v = validate::validate_set(sets[0]->segments, *guide, sets[0]->context);
  for (const auto& f : v.findings) ADD_FAILURE() << f.to_string();
  EXPECT_EQ(v.tree.unplaced_count(), 0u);
}

INSTANTIATE_TEST_SUITE_P(fixtures, fixture_clean_test,
                         ::testing::Values("837p_clean.x12", "837i_clean.x12", "837d_clean.x12", "835_clean.x12"));

}  // namespace
}  // namespace claimloop::testing
