// `claimloop ingest --db` and `claimloop reconcile --db` as a user runs them: the store gives the
// golden CSV of the hand-made scenarios, files go in once, and ERAs are posted once across runs.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/run_command.hpp"
#include "support/test_support.hpp"

namespace claimloop::testing {
namespace {

namespace fs = std::filesystem;

std::string scenario(const std::string& name) { return (fixtures_dir() / "reconcile" / name).string(); }

std::string without_folder(std::string text) {
  const std::string folder = scenario("");
  for (auto at = text.find(folder); at != std::string::npos; at = text.find(folder)) text.erase(at, folder.size());
  return text;
}

class store_command_test : public ::testing::Test {
 protected:
  void SetUp() override {
    // One folder per test: ctest runs the tests of this fixture in parallel processes.
    dir_ = fs::temp_directory_path() /
           (std::string("claimloop_store_command_") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string db() const { return quoted((dir_ / "claims.db").string()); }
  std::string remits() const {
    return quoted(scenario("era1.835")) + " " + quoted(scenario("era2_reversal.835")) + " " +
           quoted(scenario("era3_secondary.835")) + " " + quoted(scenario("era1.835"));
  }
  std::string ingest_scenarios() const {
    return "ingest --db " + db() + " " + quoted(scenario("claims.837")) + " " + quoted(scenario("claims_corrected.837"));
  }

  fs::path dir_;
};

TEST_F(store_command_test, ingest_prints_claims_per_file_and_takes_a_file_once) {
  auto first = run_claimloop(ingest_scenarios());
  EXPECT_EQ(first.status, 0);
  EXPECT_NE(first.out.find("claims.837: 7 claims, 12 lines in 1 sets ingested"), std::string::npos) << first.out;
  EXPECT_NE(first.out.find("claims_corrected.837: 1 claims, 1 lines in 1 sets ingested"), std::string::npos);
  auto again = run_claimloop("ingest --db " + db() + " " + quoted(scenario("claims.837")));
  EXPECT_EQ(again.status, 0);
  EXPECT_NE(again.out.find("already ingested"), std::string::npos) << again.out;
  EXPECT_NE(again.out.find("nothing changed"), std::string::npos) << again.out;
}

TEST_F(store_command_test, reconcile_over_the_store_gives_the_golden_csv_then_only_duplicates) {
  ASSERT_EQ(run_claimloop(ingest_scenarios() + " > /dev/null").status, 0);
  auto r = run_claimloop("reconcile --db " + db() + " --remits " + remits() + " --report csv 2>/dev/null");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(without_folder(r.out), read_file(scenario("expected.csv")));

  auto second = run_claimloop("reconcile --db " + db() + " " + quoted(scenario("era1.835")));
  EXPECT_EQ(second.status, 1);
  EXPECT_NE(second.out.find("Remittances posted: 0"), std::string::npos) << second.out;
  EXPECT_NE(second.out.find("Duplicate ERA not posted: " + scenario("era1.835")), std::string::npos) << second.out;
}

TEST_F(store_command_test, a_bad_file_is_named_and_the_others_go_in) {
  const auto bad = (dir_ / "bad.837").string();
  std::string bytes = read_file(scenario("claims.837"));
  const auto clm = bytes.find("CLM*");
  const auto amount = bytes.find('*', bytes.find('*', clm) + 1) + 1;  // CLM02
  bytes.replace(amount, bytes.find('*', amount) - amount, "1O0");
  std::ofstream(bad, std::ios::binary) << bytes;
  auto r = run_claimloop("ingest --db " + db() + " " + quoted(bad) + " " + quoted(scenario("claims_corrected.837")) +
                         " 2>&1");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("bad.837: not ingested, nothing of it stored"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("CLM02"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("claims_corrected.837: 1 claims"), std::string::npos) << r.out;
}

TEST_F(store_command_test, db_and_claims_together_or_no_db_are_usage_errors) {
  EXPECT_EQ(run_claimloop("reconcile --db " + db() + " --claims " + quoted(scenario("claims.837")) + " --remits " +
                          quoted(scenario("era1.835")) + " 2>/dev/null")
                .status,
            2);
  EXPECT_EQ(run_claimloop("ingest " + quoted(scenario("claims.837")) + " 2>/dev/null").status, 2);
}

}  // namespace
}  // namespace claimloop::testing
