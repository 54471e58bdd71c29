// amount_sum: exact totals, and the terms written out only when a message asks for them.
#include <gtest/gtest.h>

#include <vector>

#include "balance/detail/sum.hpp"

namespace claimloop::testing {
namespace {

using balance::detail::amount_sum;

core::decimal amount(std::int64_t mantissa, int scale) { return *core::decimal::from_parts(mantissa, scale); }

TEST(amount_sum_test, writes_labels_and_amounts_in_order) {
  const core::decimal a = amount(10000, 2), b = amount(5, 1), c = amount(1250, 3);
  amount_sum s;
  EXPECT_EQ(s.terms(), "none");
  s.add(a, "SV102");
  s.add(b);
  s.add(c, "");
  ASSERT_TRUE(s.usable());
  EXPECT_EQ(s.count(), 3u);
  EXPECT_EQ(s.total(), amount(101750, 3));
  EXPECT_EQ(s.total().scale(), 3);
  EXPECT_EQ(s.terms(), "SV102 100.00 + 0.50 + 1.250");
}

TEST(amount_sum_test, labels_cas_amounts_group_dash_reason) {
  model::adjustment cas;
  cas.group = "CO";
  cas.reasons.push_back({"45", amount(2000, 2), {}});
  cas.reasons.push_back({"253", amount(-150, 2), {}});
  model::adjustment no_group;  // a group-less CAS still reads "-REASON"
  no_group.reasons.push_back({"2", amount(7, 0), {}});
  amount_sum s;
  s.add(model::number(amount(7000, 2)), "SVD02");
  s.add_adjustment(cas);
  s.add_adjustment(no_group);
  ASSERT_TRUE(s.usable());
  EXPECT_EQ(s.total(), amount(9550, 2));
  EXPECT_EQ(s.terms(), "SVD02 70.00 + CO-45 20.00 + CO-253 -1.50 + -2 7.00");
}

TEST(amount_sum_test, summarises_past_twelve_terms) {
  std::vector<core::decimal> values;
  for (int i = 1; i <= 14; ++i) values.push_back(amount(i, 0));
  amount_sum s;
  for (const auto& v : values) s.add(v, "X");
  EXPECT_EQ(s.total(), amount(105, 0));
  EXPECT_EQ(s.terms(),
            "X 1.00 + X 2.00 + X 3.00 + X 4.00 + X 5.00 + X 6.00 + X 7.00 + X 8.00 + X 9.00 + X 10.00 + X 11.00 + "
            "X 12.00 + ... (14 amounts)");
}

TEST(amount_sum_test, missing_or_overflowing_terms_make_it_unusable) {
  amount_sum missing;
  missing.add(model::number{}, "SV102");
  EXPECT_FALSE(missing.usable());

  model::adjustment cas;
  cas.group = "PR";
  cas.reasons.push_back({"1", std::nullopt, {}});
  amount_sum missing_cas;
  missing_cas.add_adjustment(cas);
  EXPECT_FALSE(missing_cas.usable());

  const core::decimal big = amount(INT64_MAX - 1, 0), two = amount(2, 0);
  amount_sum overflow;
  overflow.add(big);
  overflow.add(two);
  EXPECT_FALSE(overflow.usable());

  // a first term overflowing only at another scale: rescaling fails, the sum says so
  const core::decimal cents = amount(1, 2);
  amount_sum rescaled;
  rescaled.add(big);
  rescaled.add(cents);
  EXPECT_FALSE(rescaled.usable());
}

}  // namespace
}  // namespace claimloop::testing
