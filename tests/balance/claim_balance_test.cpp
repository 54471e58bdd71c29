// 837 balancing: CLM02 against the line charges and 2430 adjudications against their line, on
// the clean 837P / 837I fixtures with amounts edited in the test.
#include "balance_support.hpp"

namespace claimloop::testing {
namespace {

std::string fixture(const char* name) { return read_x12(fixtures_dir() / "validate" / name); }

// Another payer (2320 with 2330A/B) for the 2430 loops to name.
const std::string OTHER_PAYER_P =
    "HI*ABK:J209*ABF:R05~SBR*S*18*GRP0002******CI~OI***Y***Y~NM1*IL*1*DOE*JANE****MI*MEM0002~"
    "NM1*PR*2*OTHER PAYER*****PI*PAYER02~";
const std::string OTHER_PAYER_I =
    "HI*ABK:J209~SBR*S*18*GRP0002******CI~OI***Y***Y~NM1*IL*1*DOE*JANE****MI*MEM0002~"
    "NM1*PR*2*OTHER PAYER*****PI*PAYER02~";

// 837P with a 2430 after line 1 (SV102 100): `svd_and_cas` follows line 1's DTP.
std::string p_with_2430(const std::string& svd_and_cas) {
  std::string t = edited(fixture("837p_clean.x12"), "HI*ABK:J209*ABF:R05~", OTHER_PAYER_P);
  return edited(t, "DTP*472*D8*20240110~LX*2~", "DTP*472*D8*20240110~" + svd_and_cas + "LX*2~");
}

const core::finding& only(const std::vector<core::finding>& fs) {
  EXPECT_EQ(fs.size(), 1u) << all_messages(fs);
  static const core::finding none{};
  return fs.empty() ? none : fs.front();
}

void expect_at(const core::finding& f, const char* loop, const char* segment, int element) {
  EXPECT_EQ(f.snip, 3);
  EXPECT_EQ(f.loop, loop);
  EXPECT_EQ(f.segment, segment);
  EXPECT_EQ(f.element, element);
  EXPECT_TRUE(f.ik304.empty());
  EXPECT_TRUE(f.ik403.empty());
  EXPECT_TRUE(f.ack_code.empty());
  EXPECT_EQ(f.st02, "0001");
}

TEST(claim_balance_test, clean_fixtures_balance) {
  for (const char* name : {"837p_clean.x12", "837i_clean.x12", "837d_clean.x12"}) {
    std::size_t sets = 0;
    const auto fs = balance_837_file((fixtures_dir() / "validate" / name).string(), &sets);
    EXPECT_EQ(sets, 1u) << name;
    EXPECT_TRUE(fs.empty()) << name << "\n" << all_messages(fs);
  }
}

TEST(claim_balance_test, generated_files_balance) {
  for (const char* name : {"generated_837p.x12", "generated_837i.x12", "generated_837d.x12"}) {
    std::size_t sets = 0;
    const auto fs = balance_837_file((fixtures_dir() / "codes" / name).string(), &sets);
    EXPECT_GT(sets, 0u) << name;
    EXPECT_TRUE(fs.empty()) << name << "\n" << all_messages(fs);
  }
}

TEST(claim_balance_test, reports_clm02_above_the_lines) {
  const auto fs = balance_837_text(edited(fixture("837p_clean.x12"), "CLM*CLAIM0001*150*", "CLM*CLAIM0001*155*"), "p1");
  const auto& f = only(fs);
  expect_at(f, "2300", "CLM", 2);
  EXPECT_EQ(f.value, "155.00");
  EXPECT_EQ(f.message, "claim CLAIM0001: CLM02 155.00 differs from the sum of line charges 150.00 (SV102 100.00 + 50.00)");
}

TEST(claim_balance_test, reports_a_line_charge_lowered) {
  const auto fs = balance_837_text(edited(fixture("837p_clean.x12"), "SV1*HC:99213*100*", "SV1*HC:99213*90*"), "p2");
  const auto& f = only(fs);
  expect_at(f, "2300", "CLM", 2);
  EXPECT_NE(f.message.find("CLM02 150.00 differs from the sum of line charges 140.00 (SV102 90.00 + 50.00)"),
            std::string::npos) << f.message;
}

TEST(claim_balance_test, one_cent_is_a_difference) {
  const auto fs = balance_837_text(edited(fixture("837p_clean.x12"), "SV1*HC:87880*50*", "SV1*HC:87880*50.01*"), "p3");
  EXPECT_NE(only(fs).message.find("line charges 150.01 (SV102 100.00 + 50.01)"), std::string::npos);
}

TEST(claim_balance_test, equal_amounts_written_differently_balance) {
  std::string t = edited(fixture("837p_clean.x12"), "CLM*CLAIM0001*150*", "CLM*CLAIM0001*150.00*");
  t = edited(t, "SV1*HC:99213*100*", "SV1*HC:99213*99.995*");
  t = edited(t, "SV1*HC:87880*50*", "SV1*HC:87880*50.005*");
  const auto fs = balance_837_text(t, "p4");
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
}

TEST(claim_balance_test, sub_cent_amounts_are_not_rounded_away) {
  // 99.995 + 50 = 149.995: rounding each term to cents would hide the half cent.
  const auto fs = balance_837_text(edited(fixture("837p_clean.x12"), "SV1*HC:99213*100*", "SV1*HC:99213*99.995*"), "p5");
  EXPECT_NE(only(fs).message.find("line charges 149.995 (SV102 99.995 + 50.00)"), std::string::npos);
}

TEST(claim_balance_test, institutional_clm02_names_sv203) {
  const auto fs = balance_837_text(edited(fixture("837i_clean.x12"), "CLM*CLAIM0002*300*", "CLM*CLAIM0002*350*"), "i1");
  const auto& f = only(fs);
  expect_at(f, "2300", "CLM", 2);
  EXPECT_EQ(f.message, "claim CLAIM0002: CLM02 350.00 differs from the sum of line charges 300.00 (SV203 300.00)");
}

TEST(claim_balance_test, institutional_line_charge_changed) {
  const auto fs = balance_837_text(edited(fixture("837i_clean.x12"), "HC:99283*300*", "HC:99283*299.99*"), "i2");
  EXPECT_NE(only(fs).message.find("CLM02 300.00 differs from the sum of line charges 299.99 (SV203 299.99)"),
            std::string::npos);
}

TEST(claim_balance_test, adjudication_that_balances_has_no_finding) {
  const auto fs = balance_837_text(p_with_2430("SVD*PAYER02*80*HC:99213**1~CAS*CO*45*20~DTP*573*D8*20240115~"), "a0");
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
}

TEST(claim_balance_test, reports_svd02_too_low) {
  const auto fs = balance_837_text(p_with_2430("SVD*PAYER02*70*HC:99213**1~CAS*CO*45*20~DTP*573*D8*20240115~"), "a1");
  const auto& f = only(fs);
  expect_at(f, "2430", "SVD", 2);
  EXPECT_EQ(f.value, "70.00");
  EXPECT_EQ(f.message,
            "claim CLAIM0001 line 1 payer PAYER02: SVD02 plus 2430 CAS is 90.00 (SVD02 70.00 + CO-45 20.00), "
            "line charge SV102 is 100.00");
}

TEST(claim_balance_test, reports_2430_cas_too_high) {
  const auto fs = balance_837_text(
      p_with_2430("SVD*PAYER02*80*HC:99213**1~CAS*CO*45*15*1*253*10~CAS*PR*2*5~DTP*573*D8*20240115~"), "a2");
  EXPECT_NE(only(fs).message.find("is 110.00 (SVD02 80.00 + CO-45 15.00 + CO-253 10.00 + PR-2 5.00)"),
            std::string::npos) << all_messages(fs);
}

TEST(claim_balance_test, bundled_line_is_not_balanced_against_its_own_charge) {
  // SVD06 names the line this one was bundled into: its amounts belong to that line.
  const auto fs = balance_837_text(p_with_2430("SVD*PAYER02*0*HC:99213**1*2~DTP*573*D8*20240115~"), "a3");
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
}

TEST(claim_balance_test, institutional_adjudication_checked_against_sv203) {
  std::string t = edited(fixture("837i_clean.x12"), "HI*ABK:J209~", OTHER_PAYER_I);
  t = edited(t, "DTP*472*D8*20240101~SE", "DTP*472*D8*20240101~SVD*PAYER02*250*HC:99283*0450*1~CAS*CO*45*40~"
                                         "DTP*573*D8*20240115~SE");
  const auto& f = only(balance_837_text(t, "a4"));
  expect_at(f, "2430", "SVD", 2);
  EXPECT_NE(f.message.find("is 290.00 (SVD02 250.00 + CO-45 40.00), line charge SV203 is 300.00"), std::string::npos)
      << f.message;
}

TEST(claim_balance_test, claim_charge_and_adjudication_both_reported) {
  std::string t = p_with_2430("SVD*PAYER02*80*HC:99213**1~CAS*CO*45*25~DTP*573*D8*20240115~");
  t = edited(t, "CLM*CLAIM0001*150*", "CLM*CLAIM0001*151*");
  const auto fs = balance_837_text(t, "a5");
  ASSERT_EQ(fs.size(), 2u) << all_messages(fs);
  EXPECT_EQ(fs[0].segment, "CLM");
  EXPECT_EQ(fs[1].segment, "SVD");
}

}  // namespace
}  // namespace claimloop::testing
