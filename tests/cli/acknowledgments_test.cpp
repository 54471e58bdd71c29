// The acknowledgments claimloop writes are themselves clean X12: every 999 validates against
// claimloop's own 999 guide, and the TA1 interchanges pass the envelope check.
#include <gtest/gtest.h>

#include <filesystem>

#include "support/run_command.hpp"
#include "support/test_support.hpp"

using namespace claimloop::testing;
namespace fs = std::filesystem;

namespace {

std::string inputs() {
  std::string args;
  for (const char* f : {"validate/837p_clean.x12", "validate/835_clean.x12", "envelope/se_count_mismatch.x12",
                        "envelope/duplicate_st02.x12", "envelope/missing_iea.x12", "envelope/isa_iea_control_mismatch.x12"})
    args += " " + quoted((fixtures_dir() / f).string());
  // A file with element errors, so the 999s carry IK3/IK4/CTX loops.
  args += " " + quoted((corpus_dir() / "imsweb__x12-parser/src__test__resources__837_5010__x12_segment_errors.txt").string());
  return args;
}

}  // namespace

TEST(acknowledgments_test, written_999s_validate_against_the_999_guide) {
  const auto out = fs::temp_directory_path() / "claimloop_acks_999.x12";
  auto r = run_claimloop("validate --ack 999 -o " + quoted(out.string()) + inputs());
  ASSERT_EQ(r.status, 1) << r.out;  // the inputs have findings
  const auto acks = read_file(out);
  EXPECT_NE(acks.find("IK5*R"), std::string::npos);
  EXPECT_NE(acks.find("IK3*"), std::string::npos);
  auto again = run_claimloop("validate " + quoted(out.string()));
  EXPECT_EQ(again.status, 0) << again.out;
  EXPECT_NE(again.out.find(" 0 with errors"), std::string::npos) << again.out;
}

TEST(acknowledgments_test, written_ta1s_pass_the_envelope_check) {
  const auto out = fs::temp_directory_path() / "claimloop_acks_ta1.x12";
  auto r = run_claimloop("validate --ack ta1 -o " + quoted(out.string()) + inputs());
  ASSERT_EQ(r.status, 1) << r.out;
  const auto acks = read_file(out);
  EXPECT_NE(acks.find("TA1*"), std::string::npos);
  auto again = run_claimloop("check " + quoted(out.string()));
  EXPECT_EQ(again.status, 0) << again.out;
}
