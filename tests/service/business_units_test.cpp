// A 999 names the claim of each error in a business-unit CTX, so a run kept every claim id of
// every set until the 999 was written (~70 bytes a claim). Once a set is complete only the units
// holding a finding stay; the 999 must say exactly what it said with all of them.
#include <gtest/gtest.h>

#include <string>

#include "ack/ack_999.hpp"
#include "service/validation_run.hpp"
#include "support/fixture_text.hpp"
#include "support/shipped.hpp"

namespace claimloop::testing {
namespace {

// The clean 835 fixture with three claims a set (CLAIM0001..3) in two sets, the second claim of
// the first set with an impossible service date.
std::string two_sets_one_error() {
  const std::string text = read_x12(fixtures_dir() / "validate" / "835_clean.x12");
  const auto claim_at = text.find("CLP*"), set_end = text.find("SE*");
  const std::string claim = text.substr(claim_at, set_end - claim_at);
  std::string claims;
  for (const char* id : {"CLAIM0001", "CLAIM0002", "CLAIM0003"}) claims += edited(claim, "CLAIM0001", id);
  const auto st_at = text.find("ST*835*0001");
  const std::string head = text.substr(st_at, claim_at - st_at);
  const std::string set = head + claims + "SE*0*0001~";
  const std::string bad = edited(set, "CLAIM0002*1*150*120*30*12*PAYERCLAIM0001*11*1~NM1*QC*1*DOE*JANE****MI*MEM0001~SVC*HC:99213*100*80**1~DTM*472*20240110",
                                 "CLAIM0002*1*150*120*30*12*PAYERCLAIM0001*11*1~NM1*QC*1*DOE*JANE****MI*MEM0001~SVC*HC:99213*100*80**1~DTM*472*20241310");
  const std::string second = edited(edited(set, "ST*835*0001", "ST*835*0002"), "SE*0*0001", "SE*0*0002");
  const auto ge_at = text.find("GE*");
  std::string file = text.substr(0, st_at) + bad + second + edited(text.substr(ge_at), "GE*1*", "GE*2*");
  return recount_se(file);
}

TEST(business_units_test, a_complete_set_keeps_only_the_units_of_its_findings) {
  const std::string path = temp_file(two_sets_one_error(), "business_units_two_sets");
  const auto v = service::validate_file(path, shipped_guides());
  ASSERT_TRUE(v.error.empty()) << v.error;
  const auto& sets = v.interchanges.at(0).groups.at(0).sets;
  ASSERT_EQ(sets.size(), 2u);
  ASSERT_FALSE(sets[0].findings.empty());
  ASSERT_EQ(sets[0].business_units.size(), 1u);
  EXPECT_EQ(sets[0].business_units[0].value, "CLAIM0002");
  EXPECT_EQ(sets[0].business_units[0].element, "CLP01");
  // The newest set may still receive findings (a later envelope error): it keeps all its units.
  EXPECT_EQ(sets[1].business_units.size(), 3u);

  // The 999 still names the claim of the error.
  const auto g = ack::evaluate_group(v.interchanges.at(0).groups.at(0), {}, service::element_references(shipped_guides()));
  ASSERT_FALSE(g.sets.at(0).segments.empty());
  bool named = false;
  for (const auto& note : g.sets.at(0).segments)
    for (const auto& c : note.contexts) named |= c.name == "CLP01" && c.value == "CLAIM0002";
  EXPECT_TRUE(named);
  EXPECT_TRUE(g.sets.at(1).segments.empty());
}

TEST(business_units_test, pruning_keeps_units_that_hold_a_finding_position) {
  ack::received_set set;
  set.business_units = {{2, 10, "CLM01", "A"}, {11, 20, "CLM01", "B"}, {21, 30, "CLM01", "C"}, {31, 40, "CLM01", "D"}};
  core::finding at_11, at_30, outside;
  at_11.where.set_index = 11;
  at_30.where.set_index = 30;
  outside.where.set_index = 0;  // no position: makes no IK3, needs no unit
  set.findings = {at_30, outside, at_11};
  ack::keep_units_with_findings(set);
  ASSERT_EQ(set.business_units.size(), 2u);
  EXPECT_EQ(set.business_units[0].value, "B");
  EXPECT_EQ(set.business_units[1].value, "C");
  set.findings.clear();
  ack::keep_units_with_findings(set);
  EXPECT_TRUE(set.business_units.empty());
}

}  // namespace
}  // namespace claimloop::testing
