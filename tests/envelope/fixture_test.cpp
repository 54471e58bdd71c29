// One test per fixtures/envelope/*.x12: the reader reports exactly the findings written by hand
// in <name>.expected.txt (code, severity, line, segment number, element, expected, found), whole
// and when the bytes arrive in 7-byte chunks.
#include <gtest/gtest.h>

#include "envelope/envelope_fixtures.hpp"

using namespace claimloop;
namespace ct = claimloop::testing;

namespace {

void expect_fixture(const std::string& name) {
  const auto want = ct::read_expected(name);
  for (std::size_t max_read : {SIZE_MAX, std::size_t{7}}) {
    std::vector<ct::expected_finding> got;
    for (const auto& u : ct::read_units(name, max_read))
      for (const auto& f : u.findings) {
        EXPECT_EQ(f.file, name + ".x12");
        got.push_back(ct::shape(f));
      }
    EXPECT_EQ(got, want) << name << " read in chunks of " << max_read << "\ngot:\n"
                         << ct::to_string(got) << "want:\n" << ct::to_string(want);
  }
}

}  // namespace

TEST(envelope_fixture_test, accepts_valid_interchange) { expect_fixture("valid"); }
TEST(envelope_fixture_test, reports_se_count_mismatch) { expect_fixture("se_count_mismatch"); }
TEST(envelope_fixture_test, reports_st_se_control_mismatch) { expect_fixture("st_se_control_mismatch"); }
TEST(envelope_fixture_test, reports_ge_count_mismatch) { expect_fixture("ge_count_mismatch"); }
TEST(envelope_fixture_test, reports_gs_ge_control_mismatch) { expect_fixture("gs_ge_control_mismatch"); }
TEST(envelope_fixture_test, reports_iea_count_mismatch) { expect_fixture("iea_count_mismatch"); }
TEST(envelope_fixture_test, reports_isa_iea_control_mismatch) { expect_fixture("isa_iea_control_mismatch"); }
TEST(envelope_fixture_test, reports_duplicate_isa13) { expect_fixture("duplicate_isa13"); }
TEST(envelope_fixture_test, reports_duplicate_gs06) { expect_fixture("duplicate_gs06"); }
TEST(envelope_fixture_test, reports_duplicate_st02) { expect_fixture("duplicate_st02"); }
TEST(envelope_fixture_test, reports_missing_se) { expect_fixture("missing_se"); }
TEST(envelope_fixture_test, reports_missing_se_before_st) { expect_fixture("missing_se_before_st"); }
TEST(envelope_fixture_test, reports_missing_ge) { expect_fixture("missing_ge"); }
TEST(envelope_fixture_test, reports_missing_iea) { expect_fixture("missing_iea"); }
TEST(envelope_fixture_test, reports_missing_iea_before_isa) { expect_fixture("missing_iea_before_isa"); }
TEST(envelope_fixture_test, reports_garbage_between_interchanges) { expect_fixture("garbage_between_interchanges"); }
TEST(envelope_fixture_test, reports_gs08_st03_mismatch) { expect_fixture("gs08_st03_mismatch"); }
TEST(envelope_fixture_test, reports_bad_isa_date) { expect_fixture("bad_isa_date"); }
TEST(envelope_fixture_test, reports_bad_isa_time) { expect_fixture("bad_isa_time"); }
TEST(envelope_fixture_test, reports_bad_isa13) { expect_fixture("bad_isa13"); }
TEST(envelope_fixture_test, reports_bad_gs_date) { expect_fixture("bad_gs_date"); }
TEST(envelope_fixture_test, reports_st01_gs01_mismatch) { expect_fixture("st01_gs01_mismatch"); }
TEST(envelope_fixture_test, reports_stray_segment) { expect_fixture("stray_segment"); }
