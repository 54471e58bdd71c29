// Situational rules of the 835 payment and trace: handling code, amount and method agree; bank
// data only and always for electronic payments; payer identifiers in BPR and TRN agree.
#include "rules_support.hpp"

namespace claimloop::testing {
namespace {

const std::string BPR = "BPR*I*130558.81*C*CHK************20250108~";
const std::string TRN = "TRN*1*CHK0000000000*1972570000~";
// A complete ACH payment whose BPR10 is the payer of TRN03.
const std::string ACH = "BPR*I*130558.81*C*ACH*CCP*01*999999999*DA*123456*1972570000**01*888888888*DA*654321*20250108~";

std::vector<core::finding> with_bpr(const std::string& bpr, const char* name) {
  return rules_835_text(edited(generated("835"), BPR, bpr), name);
}

TEST(payment_rules_test, rejects_payment_on_a_notification) {
  const auto& f = only(with_bpr("BPR*H*130558.81*C*CHK************20250108~", "b_h"));
  expect_at(f, "", "BPR", 2);
  EXPECT_EQ(f.value, "130558.81");
  EXPECT_TRUE(mentions(f.message, "BPR01 = H (notification only, no funds move) but BPR02 pays 130558.81"));
}

TEST(payment_rules_test, rejects_zero_payment_that_moves_money) {
  const auto& f = only(with_bpr("BPR*I*0*C*CHK************20250108~", "b_zero"));
  expect_at(f, "", "BPR", 1);
  EXPECT_EQ(f.value, "I");
  EXPECT_TRUE(mentions(f.message, "BPR02 pays 0 but BPR01 is 'I'"));
}

TEST(payment_rules_test, accepts_zero_notification_without_payment) {
  const auto fs = with_bpr("BPR*H*0*C*NON************20250108~", "b_h_non");
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
}

TEST(payment_rules_test, rejects_non_payment_method_without_notification) {
  const auto& f = only(with_bpr("BPR*I*130558.81*C*NON************20250108~", "b_non"));
  expect_at(f, "", "BPR", 4);
  EXPECT_EQ(f.value, "NON");
  EXPECT_TRUE(mentions(f.message, "BPR04 = NON (no payment) but BPR01 is 'I'"));
}

TEST(payment_rules_test, accepts_complete_ach_payment) {
  const auto fs = with_bpr(ACH, "b_ach");
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
}

TEST(payment_rules_test, requires_bank_data_for_ach) {
  const auto& f = only(with_bpr(
      "BPR*I*130558.81*C*ACH*CCP*01*999999999*DA*123456*1972570000**01*888888888*DA**20250108~", "b_ach_account"));
  expect_at(f, "", "BPR", 15);
  EXPECT_TRUE(mentions(f.message, "BPR04 = ACH moves funds electronically but BPR15 (payee's bank data) is empty"));
}

TEST(payment_rules_test, requires_payment_format_for_ach_only) {
  const auto ach = with_bpr(
      "BPR*I*130558.81*C*ACH**01*999999999*DA*123456*1972570000**01*888888888*DA*654321*20250108~", "b_ach_format");
  const auto& f = only(ach);
  expect_at(f, "", "BPR", 5);
  const auto fwt =
      with_bpr("BPR*I*130558.81*C*FWT**01*999999999*DA*123456*1972570000**01*888888888*DA*654321*20250108~", "b_fwt");
  EXPECT_TRUE(fwt.empty()) << all_messages(fwt);
}

TEST(payment_rules_test, rejects_bank_data_on_a_check) {
  const auto& f = only(with_bpr("BPR*I*130558.81*C*CHK*****123456*******20250108~", "b_chk_bank"));
  expect_at(f, "", "BPR", 9);
  EXPECT_EQ(f.value, "123456");
  EXPECT_TRUE(mentions(f.message, "BPR04 = CHK but BPR09 carries '123456'"));
}

TEST(payment_rules_test, warns_when_trn03_and_bpr10_name_different_payers) {
  const auto fs =
      rules_835_text(edited(edited(generated("835"), BPR, ACH), TRN, "TRN*1*CHK0000000000*1512345678~"), "b_trn03");
  const auto& f = only(fs);
  expect_at(f, "", "TRN", 3, 0, core::severity::warning);
  EXPECT_EQ(f.value, "1512345678");
  EXPECT_TRUE(mentions(f.message, "TRN03 1512345678 and BPR10 1972570000"));
}

TEST(payment_rules_test, rejects_trn04_other_than_bpr11) {
  const auto ach_with_code =
      "BPR*I*130558.81*C*ACH*CCP*01*999999999*DA*123456*1972570000*DIV01*01*888888888*DA*654321*20250108~";
  const auto same = rules_835_text(
      edited(edited(generated("835"), BPR, ach_with_code), TRN, "TRN*1*CHK0000000000*1972570000*DIV01~"), "b_trn04_ok");
  EXPECT_TRUE(same.empty()) << all_messages(same);
  const auto& f = only(rules_835_text(
      edited(edited(generated("835"), BPR, ach_with_code), TRN, "TRN*1*CHK0000000000*1972570000*DIV02~"), "b_trn04"));
  expect_at(f, "", "TRN", 4);
  EXPECT_EQ(f.value, "DIV02");
  EXPECT_TRUE(mentions(f.message, "TRN04 DIV02 differs from BPR11 DIV01"));
}

}  // namespace
}  // namespace claimloop::testing
