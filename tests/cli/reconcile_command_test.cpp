// `claimloop reconcile` on the hand-made scenarios: the CSV a billing office loads, the JSON
// summary, and the exit status.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "support/run_command.hpp"
#include "support/test_support.hpp"

namespace claimloop::testing {
namespace {

std::string scenario(const std::string& name) { return (fixtures_dir() / "reconcile" / name).string(); }

std::string scenario_args() {
  return "reconcile --claims " + quoted(scenario("claims.837")) + " " + quoted(scenario("claims_corrected.837")) +
         " --remits " + quoted(scenario("era1.835")) + " " + quoted(scenario("era2_reversal.835")) + " " +
         quoted(scenario("era3_secondary.835")) + " " + quoted(scenario("era1.835"));
}

// The report names files as given; the golden was made with bare names.
std::string without_folder(std::string text) {
  const std::string folder = scenario("");
  for (auto at = text.find(folder); at != std::string::npos; at = text.find(folder)) text.erase(at, folder.size());
  return text;
}

TEST(reconcile_command_test, csv_report_matches_the_hand_checked_golden) {
  auto r = run_claimloop(scenario_args() + " --report csv 2>/dev/null");
  EXPECT_EQ(r.status, 1);  // an unmatched remittance, an unpaid claim and a duplicate ERA need a person
  EXPECT_EQ(without_folder(r.out), read_file(scenario("expected.csv")));
}

TEST(reconcile_command_test, summary_alone_goes_to_standard_output) {
  auto r = run_claimloop(scenario_args());
  EXPECT_EQ(without_folder(r.out), read_file(scenario("expected_summary.txt")));
}

TEST(reconcile_command_test, json_report_carries_claims_unpaid_deposits_and_summary) {
  auto r = run_claimloop(scenario_args() + " --report json 2>/dev/null");
  ASSERT_EQ(r.status, 1);
  auto doc = boost::json::parse(r.out).as_object();
  EXPECT_EQ(doc.at("claims").as_array().size(), 11u);
  ASSERT_EQ(doc.at("unpaid").as_array().size(), 1u);
  EXPECT_EQ(doc.at("unpaid").at(0).at("clm01").as_string(), "UNPAID1");
  EXPECT_EQ(doc.at("deposits").as_array().size(), 4u);
  const auto& s = doc.at("summary").as_object();
  EXPECT_EQ(s.at("duplicate_remittances").as_int64(), 1);
  EXPECT_EQ(s.at("unmatched_claims").as_int64(), 1);
  EXPECT_EQ(s.at("lines_by_method").at("svc06").as_int64(), 5);
  EXPECT_EQ(s.at("payers").at("12345").at("paid").as_string(), "1037.00");
}

TEST(reconcile_command_test, unpaid_claims_give_status_one_and_missing_claims_is_a_usage_error) {
  auto partial = run_claimloop("reconcile --claims " + quoted(scenario("claims.837")) + " --remits " +
                             quoted(scenario("era3_secondary.835")) + " > /dev/null");
  EXPECT_EQ(partial.status, 1);  // six billed claims have no remittance here
  auto usage = run_claimloop("reconcile --remits " + quoted(scenario("era1.835")) + " 2>/dev/null");
  EXPECT_EQ(usage.status, 2);
}

}  // namespace
}  // namespace claimloop::testing
