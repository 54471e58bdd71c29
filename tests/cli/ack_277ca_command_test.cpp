// `claimloop validate FILE --ack 999 --ack ta1 --ack 277ca -o DIR/` writes NAME.ack.x12 (TA1,
// 999) and NAME.277ca.x12 per input; with a fixed --ack-time the 277CA is the golden, and it
// validates against the 277CA guide with no finding.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/run_command.hpp"
#include "support/test_support.hpp"

using namespace claimloop::testing;
namespace fs = std::filesystem;

namespace {

std::string ack_input(const char* name) { return (fixtures_dir() / "ack" / (std::string(name) + ".837")).string(); }

fs::path fresh_dir(const char* name) {
  const auto dir = fs::temp_directory_path() / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

}  // namespace

TEST(ack_277ca_command_test, writes_ta1_999_and_277ca_per_input) {
  const auto dir = fresh_dir("claimloop_cli_277ca");
  auto r = run_claimloop("validate --ack 999 --ack ta1 --ack 277ca --ack-time 202401161030 -o " +
                         quoted(dir.string() + "/") + " " + quoted(ack_input("277ca_837p_two_claims")) + " " +
                         quoted(ack_input("277ca_837p_one_unbalanced")) + " 2>/dev/null");
  EXPECT_EQ(r.status, 1) << r.out;  // the unbalanced claim is a finding
  for (const char* name : {"277ca_837p_two_claims.837", "277ca_837p_one_unbalanced.837"}) {
    const auto acks = read_file(dir / (std::string(name) + ".ack.x12"));
    EXPECT_NE(acks.find("TA1*"), std::string::npos) << name;
    EXPECT_NE(acks.find("IK5*A~"), std::string::npos) << name;  // balancing is not a 999 error
    const auto ca = dir / (std::string(name) + ".277ca.x12");
    ASSERT_TRUE(fs::exists(ca)) << ca;
    EXPECT_NE(read_file(ca).find("GS*HN*RECEIVERID*SUBMITTERID*20240116*1030*"), std::string::npos);
    auto again = run_claimloop("validate " + quoted(ca.string()) + " 2>/dev/null");
    EXPECT_EQ(again.status, 0) << again.out;
    EXPECT_NE(again.out.find("1 sets, 1 accepted, 0 with errors"), std::string::npos) << again.out;
  }
  EXPECT_NE(read_file(dir / "277ca_837p_one_unbalanced.837.277ca.x12").find("STC*A7:400*20240116*U*90.5~"),
            std::string::npos);
}

TEST(ack_277ca_command_test, fixed_time_and_control_number_give_the_golden) {
  const auto out = fresh_dir("claimloop_cli_277ca_golden") / "837i.277ca.x12";
  auto r = run_claimloop("validate --ack 277ca --ack-time 202401161030 --ack-control-number 1 -o " + quoted(out.string()) +
                         " " + quoted(ack_input("277ca_837i")) + " 2>/dev/null");
  EXPECT_EQ(r.status, 1) << r.out;  // claim CLAIM0004 breaks a situational rule
  EXPECT_EQ(read_file(out), read_file(fixtures_dir() / "ack" / "277ca_837i.277ca.x12"));
}

TEST(ack_277ca_command_test, no_277ca_file_for_a_set_the_999_rejects) {
  const auto dir = fresh_dir("claimloop_cli_277ca_rejected");
  std::string text = read_file(ack_input("277ca_837p_two_claims"));
  text.replace(text.find("NM1*85*2*SYNTHETIC CLINIC"), 25, "NM1*85*2*");
  const auto input = dir / "rejected.837";
  std::ofstream(input, std::ios::binary) << text;
  auto r = run_claimloop("validate --ack 999 --ack 277ca -o " + quoted(dir.string() + "/") + " " + quoted(input.string()) +
                         " 2>/dev/null");
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(read_file(dir / "rejected.837.ack.x12").find("IK5*R"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir / "rejected.837.277ca.x12"));
}

TEST(ack_277ca_command_test, bad_ack_options_are_usage_errors) {
  const auto file = quoted(ack_input("277ca_837p_two_claims"));
  const auto out = quoted((fs::temp_directory_path() / "claimloop_cli_277ca_usage.x12").string());
  EXPECT_EQ(run_claimloop("validate --ack 278 -o " + out + " " + file + " 2>/dev/null").status, 2);
  EXPECT_EQ(run_claimloop("validate --ack 277ca -o " + out + " --ack-time 20240116 " + file + " 2>/dev/null").status, 2);
  EXPECT_EQ(run_claimloop("validate --ack 277ca -o " + out + " --ack-time 202402301030 " + file + " 2>/dev/null").status, 2);
  EXPECT_EQ(run_claimloop("validate --ack 277ca " + file + " 2>/dev/null").status, 2);  // no -o
  EXPECT_EQ(run_claimloop("validate --ack 277CA -o " + out + " " + file + " 2>/dev/null").status, 0);
}
