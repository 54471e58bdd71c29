// `claimloop validate` checks SNIP 1-5 by default (code tables from the guides' codes/ folder),
// says each finding's level in text and JSON, and --snip / --codes / --no-codes choose levels.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/run_command.hpp"
#include "support/test_support.hpp"

using namespace claimloop::testing;
namespace fs = std::filesystem;

namespace {

// The clean 837P with CLM02 150 -> 160 (SNIP 3) and the principal diagnosis sent with its dot
// (SNIP 5).
std::string unbalanced_837p() {
  std::string text = read_file(fixtures_dir() / "validate" / "837p_clean.x12");
  text.replace(text.find("CLM*CLAIM0001*150*"), 18, "CLM*CLAIM0001*160*");
  text.replace(text.find("ABK:J209"), 8, "ABK:J20.9");
  const auto path = fs::temp_directory_path() / "claimloop_cli_levels.x12";
  std::ofstream(path, std::ios::binary) << text;
  return quoted(path.string());
}

}  // namespace

TEST(validate_levels_test, text_output_names_the_snip_level_of_each_finding) {
  auto r = run_claimloop("validate --jobs 1 " + unbalanced_837p() + " 2>/dev/null");
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find(":20: SNIP 3 2300 CLM02 claim CLAIM0001: CLM02 160.00 differs"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(":22: SNIP 5 2300 HI01-2 IK403=7"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("1 sets, 0 accepted, 1 with errors (0 rejected by the 999)"), std::string::npos) << r.out;
}

TEST(validate_levels_test, json_output_carries_the_snip_level) {
  auto r = run_claimloop("validate --format json --jobs 1 " + unbalanced_837p() + " 2>/dev/null");
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("\"snip\":3,\"loop\":\"2300\",\"segment\":\"CLM\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"snip\":5,\"loop\":\"2300\",\"segment\":\"HI\""), std::string::npos) << r.out;
}

TEST(validate_levels_test, snip_and_no_codes_choose_the_levels) {
  const auto file = unbalanced_837p();
  auto only_1_2 = run_claimloop("validate --snip 1,2 " + file + " 2>/dev/null");
  EXPECT_EQ(only_1_2.status, 0) << only_1_2.out;
  auto no_5 = run_claimloop("validate --snip 1-3 " + file + " 2>/dev/null");
  EXPECT_NE(no_5.out.find("SNIP 3"), std::string::npos) << no_5.out;
  EXPECT_EQ(no_5.out.find("SNIP 5"), std::string::npos) << no_5.out;
  auto no_codes = run_claimloop("validate --no-codes " + file + " 2>/dev/null");
  EXPECT_EQ(no_codes.out.find("SNIP 5"), std::string::npos) << no_codes.out;
  const auto inpatient = quoted((fixtures_dir() / "validate" / "837i_clean.x12").string());  // no DTP*435: SNIP 4
  EXPECT_NE(run_claimloop("validate " + inpatient + " 2>/dev/null").out.find(":20: SNIP 4 2300 DTP"), std::string::npos);
  EXPECT_EQ(run_claimloop("validate --snip 1-3,5 " + inpatient + " 2>/dev/null").status, 0);
  auto no_3 = run_claimloop("validate --snip 1,2,5 " + file + " 2>/dev/null");
  EXPECT_EQ(no_3.out.find("SNIP 3"), std::string::npos) << no_3.out;
  EXPECT_NE(no_3.out.find("SNIP 5"), std::string::npos) << no_3.out;
}

TEST(validate_levels_test, bad_level_lists_and_code_folders_are_usage_errors) {
  const auto file = unbalanced_837p();
  EXPECT_EQ(run_claimloop("validate --snip 3 " + file + " 2>/dev/null").status, 2);    // 1-2 always run
  EXPECT_EQ(run_claimloop("validate --snip 1-7 " + file + " 2>/dev/null").status, 2);  // 6, 7 not implemented
  EXPECT_EQ(run_claimloop("validate --snip 1-x " + file + " 2>/dev/null").status, 2);
  const auto missing = fs::temp_directory_path() / "claimloop_no_such_codes_dir";
  EXPECT_EQ(run_claimloop("validate --codes " + quoted(missing.string()) + " " + file + " 2>/dev/null").status, 2);
  auto shipped = run_claimloop("validate --codes " + quoted((fs::path(CLAIMLOOP_SOURCE_DIR) / "grammars/codes").string()) +
                               " " + file + " 2>/dev/null");
  EXPECT_NE(shipped.out.find("SNIP 5"), std::string::npos) << shipped.out;
}
