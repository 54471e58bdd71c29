// The in-memory index reads billed claims straight from the loop tree; the store reads them
// from the typed model. Both must give the same values for every 837 we have, and packing for
// the index must give them back unchanged.
#include <gtest/gtest.h>

#include "collect.hpp"
#include "reconcile/packed_claim.hpp"
#include "support/test_support.hpp"
#include "x837/map.hpp"
#include "x837/set_stream.hpp"

namespace claimloop::testing {
namespace {

void expect_same(const reconcile::billed_claim& a, const reconcile::billed_claim& b, const std::string& where) {
  SCOPED_TRACE(where + " claim " + a.patient_control_number);
  EXPECT_EQ(a.patient_control_number, b.patient_control_number);
  EXPECT_EQ(a.file, b.file);
  EXPECT_EQ(a.submitter_id, b.submitter_id);
  EXPECT_EQ(a.billing_npi, b.billing_npi);
  EXPECT_EQ(a.payer_id, b.payer_id);
  EXPECT_EQ(a.frequency_code, b.frequency_code);
  EXPECT_EQ(a.original_reference, b.original_reference);
  EXPECT_EQ(a.clearinghouse_trace, b.clearinghouse_trace);
  EXPECT_EQ(a.date_from, b.date_from);
  EXPECT_EQ(a.date_to, b.date_to);
  EXPECT_EQ(a.charge, b.charge);
  ASSERT_EQ(a.lines.size(), b.lines.size());
  for (std::size_t i = 0; i < a.lines.size(); ++i) {
    const auto &x = a.lines[i], &y = b.lines[i];
    EXPECT_EQ(x.number, y.number);
    EXPECT_EQ(x.control_number, y.control_number);
    EXPECT_EQ(x.qualifier, y.qualifier);
    EXPECT_EQ(x.code, y.code);
    EXPECT_EQ(x.modifiers, y.modifiers);
    EXPECT_EQ(x.revenue_code, y.revenue_code);
    EXPECT_EQ(x.date_from, y.date_from);
    EXPECT_EQ(x.date_to, y.date_to);
    EXPECT_EQ(x.charge, y.charge);
    EXPECT_EQ(x.units, y.units);
  }
}

// Every 837 claim of `path`, read both ways; returns how many claims were compared.
std::size_t compare_file(const std::string& path) {
  auto sets = model::set_stream::open(path, shipped_guides(), "837");
  if (!sets) return 0;
  std::size_t compared = 0;
  for (;;) {
    auto set = sets->next();
    if (!set || !*set) break;
    std::vector<reconcile::billed_claim> from_tree, from_model;
    auto a = reconcile::summarize((*set)->tree, path, [&](reconcile::billed_claim&& c) { from_tree.push_back(std::move(c)); });
    auto mapped = x837::map_claim_set((*set)->tree, path);
    if (!a || !mapped) continue;  // an amount that is not a number: both refuse (tested below)
    auto b = reconcile::summarize(*mapped, path, [&](reconcile::billed_claim&& c) { from_model.push_back(std::move(c)); });
    EXPECT_TRUE(b) << path;
    EXPECT_EQ(from_tree.size(), from_model.size()) << path;
    for (std::size_t i = 0; i < std::min(from_tree.size(), from_model.size()); ++i) {
      expect_same(from_tree[i], from_model[i], path);
      auto round = reconcile::unpack(reconcile::pack(from_tree[i]));
      EXPECT_TRUE(round) << path;
      if (round) expect_same(*round, from_tree[i], path + " (packed)");
      ++compared;
    }
  }
  return compared;
}

TEST(billed_claim_test, tree_and_model_agree_on_generated_and_scenario_claims) {
  std::size_t n = 0;
  for (auto name : {"codes/generated_837p.x12", "codes/generated_837i.x12", "codes/generated_837d.x12",
                    "reconcile/claims.837", "reconcile/claims_corrected.837"})
    n += compare_file((fixtures_dir() / name).string());
  EXPECT_GT(n, 10u);
}

TEST(billed_claim_test, tree_and_model_agree_on_every_5010_837_of_the_corpus) {
  std::size_t files = 0, claims = 0;
  for (const auto& e : corpus_with_isa()) {
    if (e.is_4010() || e.transaction.find("837") == std::string::npos) continue;
    const auto n = compare_file(e.full_path().string());
    files += n > 0;
    claims += n;
  }
  EXPECT_GT(files, 20u);
  EXPECT_GT(claims, 50u);
}

TEST(billed_claim_test, a_line_charge_that_is_not_a_number_names_its_segment_and_element) {
  std::string text = read_file(fixtures_dir() / "reconcile/claims.837");
  const auto at = text.find("SV1*HC:36415*50*");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 16, "SV1*HC:36415*5X*");
  auto sets = model::set_stream(envelope::interchange_reader(syntax::memory_source(text), "bad.837"), shipped_guides(), "837");
  auto set = sets.next();
  ASSERT_TRUE(set && *set);
  auto r = reconcile::summarize((*set)->tree, "bad.837", [](reconcile::billed_claim&&) {});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().segment, "SV1");
  EXPECT_EQ(r.error().element, 2);
  EXPECT_EQ(r.error().file, "bad.837");
  EXPECT_NE(r.error().to_string().find("2400"), std::string::npos) << r.error().to_string();
}

}  // namespace
}  // namespace claimloop::testing
