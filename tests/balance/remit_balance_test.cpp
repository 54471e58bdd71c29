// 835 balancing: lines, claims, the payment and patient responsibility, on the clean 835
// fixture (BPR 120; CLP 150/120/30; SVC 100/80 with PR-2 20; SVC 50/40 with PR-2 10) edited here.
#include "balance_support.hpp"

namespace claimloop::testing {
namespace {

std::string clean() { return read_x12(fixtures_dir() / "validate" / "835_clean.x12"); }

std::vector<core::finding> run(const std::string& text, const char* name) { return balance_835_text(text, name); }

// The findings about `segment` element `element`.
std::vector<core::finding> about(const std::vector<core::finding>& fs, const char* segment, int element) {
  std::vector<core::finding> out;
  for (const auto& f : fs)
    if (f.segment == segment && f.element == element) out.push_back(f);
  return out;
}

void expect_snip3(const std::vector<core::finding>& fs) {
  for (const auto& f : fs) {
    EXPECT_EQ(f.snip, 3);
    EXPECT_TRUE(f.ik304.empty() && f.ik403.empty() && f.ack_code.empty());
  }
}

const std::string PLB = "~PLB*1999999984*20241231*WO:PAYER0001*10~SE*";

TEST(remit_balance_test, clean_fixture_balances) {
  std::size_t sets = 0, claims = 0;
  const auto fs = balance_835_file((fixtures_dir() / "validate" / "835_clean.x12").string(), &sets, &claims);
  EXPECT_EQ(sets, 1u);
  EXPECT_EQ(claims, 1u);
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
}

TEST(remit_balance_test, generated_file_balances) {
  std::size_t sets = 0, claims = 0;
  const auto fs = balance_835_file((fixtures_dir() / "codes" / "generated_835.x12").string(), &sets, &claims);
  EXPECT_GT(claims, 0u);
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
}

TEST(remit_balance_test, reports_line_paid_changed) {
  const auto fs = run(edited(clean(), "SVC*HC:99213*100*80*", "SVC*HC:99213*100*85*"), "r1");
  expect_snip3(fs);
  ASSERT_EQ(fs.size(), 1u) << all_messages(fs);
  EXPECT_EQ(fs[0].loop, "2110");
  EXPECT_EQ(fs[0].segment, "SVC");
  EXPECT_EQ(fs[0].element, 2);
  EXPECT_EQ(fs[0].message,
            "claim CLAIM0001 line 1 (HC:99213): SVC02 100.00 - SVC03 85.00 = 15.00 differs from the line CAS total "
            "20.00 (PR-2 20.00)");
}

TEST(remit_balance_test, reports_line_cas_changed_at_line_claim_and_clp05) {
  const auto fs = run(edited(clean(), "CAS*PR*2*20~", "CAS*PR*2*25~"), "r2");
  expect_snip3(fs);
  ASSERT_EQ(fs.size(), 3u) << all_messages(fs);
  EXPECT_NE(about(fs, "SVC", 2).at(0).message.find("= 20.00 differs from the line CAS total 25.00"), std::string::npos);
  const auto clp03 = about(fs, "CLP", 3).at(0);
  EXPECT_EQ(clp03.loop, "2100");
  EXPECT_EQ(clp03.message,
            "claim CLAIM0001: CLP03 150.00 - CLP04 120.00 = 30.00 differs from the claim and line CAS total 35.00 "
            "(PR-2 25.00 + PR-2 10.00)");
  const auto clp05 = about(fs, "CLP", 5).at(0);
  EXPECT_EQ(clp05.level, core::severity::warning);
  EXPECT_EQ(clp05.message, "claim CLAIM0001: CLP05 30.00 differs from the PR adjustments 35.00 (PR-2 25.00 + PR-2 10.00)");
}

TEST(remit_balance_test, reports_clp04_at_claim_and_payment) {
  const auto fs = run(edited(clean(), "CLP*CLAIM0001*1*150*120*", "CLP*CLAIM0001*1*150*110*"), "r3");
  ASSERT_EQ(fs.size(), 2u) << all_messages(fs);
  EXPECT_NE(about(fs, "CLP", 3).at(0).message.find("CLP04 110.00 = 40.00 differs from the claim and line CAS total 30.00"),
            std::string::npos);
  const auto bpr = about(fs, "BPR", 2).at(0);
  EXPECT_EQ(bpr.loop, "");
  EXPECT_EQ(bpr.value, "120.00");
  EXPECT_EQ(bpr.message,
            "BPR02 120.00 differs from the sum of CLP04 110.00 (CLP04 110.00) - the sum of PLB amounts 0.00 (none) = 110.00");
}

TEST(remit_balance_test, reports_clp03_changed) {
  const auto fs = run(edited(clean(), "CLP*CLAIM0001*1*150*", "CLP*CLAIM0001*1*160*"), "r4");
  ASSERT_EQ(fs.size(), 1u) << all_messages(fs);
  EXPECT_NE(fs[0].message.find("CLP03 160.00 - CLP04 120.00 = 40.00 differs"), std::string::npos);
}

TEST(remit_balance_test, reports_bpr02_changed) {
  const auto fs = run(edited(clean(), "BPR*I*120*", "BPR*I*110*"), "r5");
  ASSERT_EQ(fs.size(), 1u) << all_messages(fs);
  EXPECT_EQ(fs[0].segment, "BPR");
  EXPECT_NE(fs[0].message.find("BPR02 110.00 differs from the sum of CLP04 120.00"), std::string::npos);
}

TEST(remit_balance_test, plb_reduces_the_payment) {
  std::string t = edited(clean(), "~SE*", PLB);
  t = edited(t, "BPR*I*120*", "BPR*I*110*");
  const auto fs = run(t, "r6");
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
}

TEST(remit_balance_test, reports_plb_not_taken_off_the_payment) {
  const auto fs = run(edited(clean(), "~SE*", PLB), "r7");
  ASSERT_EQ(fs.size(), 1u) << all_messages(fs);
  EXPECT_EQ(fs[0].message,
            "BPR02 120.00 differs from the sum of CLP04 120.00 (CLP04 120.00) - the sum of PLB amounts 10.00 "
            "(WO 10.00) = 110.00");
}

TEST(remit_balance_test, negative_plb_adds_to_the_payment) {
  std::string t = edited(clean(), "~SE*", "~PLB*1999999984*20241231*72:REFUND01*-10*L6:INT01*2.50~SE*");
  t = edited(t, "BPR*I*120*", "BPR*I*127.50*");
  const auto fs = run(t, "r8");
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
}

TEST(remit_balance_test, clp05_mismatch_is_only_a_warning) {
  const auto fs = run(edited(clean(), "CLP*CLAIM0001*1*150*120*30*", "CLP*CLAIM0001*1*150*120*25*"), "r9");
  ASSERT_EQ(fs.size(), 1u) << all_messages(fs);
  EXPECT_EQ(fs[0].level, core::severity::warning);
  EXPECT_EQ(fs[0].element, 5);
  EXPECT_EQ(fs[0].message, "claim CLAIM0001: CLP05 25.00 differs from the PR adjustments 30.00 (PR-2 20.00 + PR-2 10.00)");
}

TEST(remit_balance_test, absent_clp05_is_not_checked) {
  const auto fs = run(edited(clean(), "CLP*CLAIM0001*1*150*120*30*", "CLP*CLAIM0001*1*150*120**"), "r10");
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
}

TEST(remit_balance_test, claim_level_cas_counts_in_the_claim) {
  std::string t = edited(clean(), "NM1*QC*", "CAS*CO*45*5~NM1*QC*");
  t = edited(t, "CLP*CLAIM0001*1*150*120*", "CLP*CLAIM0001*1*150*115*");
  t = edited(t, "BPR*I*120*", "BPR*I*115*");
  const auto fs = run(t, "r11");
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
}

TEST(remit_balance_test, reports_claim_level_cas_that_does_not_balance) {
  const auto fs = run(edited(clean(), "NM1*QC*", "CAS*CO*45*5~NM1*QC*"), "r12");
  ASSERT_EQ(fs.size(), 1u) << all_messages(fs);
  EXPECT_NE(fs[0].message.find("= 30.00 differs from the claim and line CAS total 35.00 (CO-45 5.00 + PR-2 20.00 + PR-2 10.00)"),
            std::string::npos) << fs[0].message;
}

TEST(remit_balance_test, debit_payment_counts_as_negative) {
  const auto fs = run(edited(clean(), "BPR*I*120*C*", "BPR*I*120*D*"), "r13");
  ASSERT_EQ(fs.size(), 1u) << all_messages(fs);
  EXPECT_NE(fs[0].message.find("BPR02 120.00 (debit) differs"), std::string::npos);
}

TEST(remit_balance_test, one_cent_moved_between_paid_and_cas) {
  std::string t = edited(clean(), "SVC*HC:99213*100*80*", "SVC*HC:99213*100*80.01*");
  t = edited(t, "CAS*PR*2*20~", "CAS*PR*2*19.99~");
  const auto fs = run(t, "r14");
  // The line balances; the claim (CLP04 still 120) and CLP05 (30) are a cent off.
  ASSERT_EQ(fs.size(), 2u) << all_messages(fs);
  EXPECT_NE(about(fs, "CLP", 3).at(0).message.find("= 30.00 differs from the claim and line CAS total 29.99"),
            std::string::npos);
  EXPECT_EQ(about(fs, "CLP", 5).at(0).level, core::severity::warning);
}

TEST(remit_balance_test, denied_line_with_its_whole_charge_adjusted_balances) {
  std::string t = edited(clean(), "SVC*HC:87880*50*40*", "SVC*HC:87880*50*0*");
  t = edited(t, "CAS*PR*2*10~", "CAS*PR*2*10~CAS*CO*45*40~");
  t = edited(t, "CLP*CLAIM0001*1*150*120*", "CLP*CLAIM0001*1*150*80*");
  t = edited(t, "BPR*I*120*", "BPR*I*80*");
  const auto fs = run(t, "r15");
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
}

TEST(remit_balance_test, second_claim_is_checked_on_its_own) {
  const std::string second = "~CLP*CLAIM0002*1*40*30**12*PAYERCLAIM0002*11*1~CAS*CO*45*5~SE*";
  std::string t = edited(clean(), "~SE*", second);
  const auto fs = run(t, "r16");
  ASSERT_EQ(fs.size(), 2u) << all_messages(fs);
  EXPECT_EQ(about(fs, "CLP", 3).at(0).message,
            "claim CLAIM0002: CLP03 40.00 - CLP04 30.00 = 10.00 differs from the claim and line CAS total 5.00 (CO-45 5.00)");
  EXPECT_NE(about(fs, "BPR", 2).at(0).message.find("sum of CLP04 150.00 (CLP04 120.00 + 30.00)"), std::string::npos);
}

}  // namespace
}  // namespace claimloop::testing
