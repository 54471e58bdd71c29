// Situational rules of the 837 claim loop: frequency and REF*F8, accident data, the principal
// diagnosis, and the inpatient data of 837I claims, each on an edited generated fixture.
#include "rules_support.hpp"

namespace claimloop::testing {
namespace {

// The first claim of the generated 837P, with its diagnoses.
const std::string P_CLM = "CLM*PCN8720000000*3852.01***11:B:1*Y*A*Y*Y~";
const std::string P_HI = "HI*ABK:B8829*ABF:A435*ABF:Z3692~";
// The inpatient (type of bill 111) claim of the generated 837I and an outpatient (131) one.
const std::string I_INPATIENT = "CLM*PCN5790000003*1015***11:A:1*Y*A*Y*Y~DTP*434*RD8*20240902-20240907~";
const std::string I_OUTPATIENT = "CLM*PCN0360000000*1177***13:A:1*Y*A*Y*Y~";

std::vector<core::finding> p_claim(const std::string& clm_and_more, const char* name) {
  return rules_837_text(edited(generated("837p"), P_CLM + P_HI, clm_and_more), name);
}

TEST(claim_rules_test, requires_f8_on_a_replacement) {
  const auto& f = only(p_claim("CLM*PCN8720000000*3852.01***11:B:7*Y*A*Y*Y~" + P_HI, "c_f8_7"));
  expect_at(f, "2300", "REF", 0);
  EXPECT_EQ(f.value, "7");
  EXPECT_TRUE(mentions(f.message, "claim PCN8720000000: CLM05-3 = 7 (replacement) but there is no REF*F8"));
}

TEST(claim_rules_test, requires_f8_on_a_void) {
  const auto& f = only(p_claim("CLM*PCN8720000000*3852.01***11:B:8*Y*A*Y*Y~" + P_HI, "c_f8_8"));
  expect_at(f, "2300", "REF", 0);
  EXPECT_TRUE(mentions(f.message, "CLM05-3 = 8 (void)"));
}

TEST(claim_rules_test, accepts_a_replacement_with_f8) {
  const auto fs = p_claim("CLM*PCN8720000000*3852.01***11:B:7*Y*A*Y*Y~REF*F8*PAYERICN01~" + P_HI, "c_f8_ok");
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
}

TEST(claim_rules_test, rejects_f8_on_an_original_claim) {
  const auto& f = only(p_claim(P_CLM + "REF*F8*PAYERICN01~" + P_HI, "c_f8_1"));
  expect_at(f, "2300", "REF", 2);
  EXPECT_EQ(f.value, "PAYERICN01");
  EXPECT_TRUE(mentions(f.message, "REF*F8 PAYERICN01 is sent but CLM05-3 = '1'"));
}

TEST(claim_rules_test, requires_accident_date_for_an_auto_accident) {
  const auto& f = only(p_claim("CLM*PCN8720000000*3852.01***11:B:1*Y*A*Y*Y**AA:::NY~" + P_HI, "c_acc_date"));
  expect_at(f, "2300", "DTP", 0);
  EXPECT_EQ(f.value, "AA");
  EXPECT_TRUE(mentions(f.message, "CLM11 related cause AA (auto accident) but there is no DTP*439"));
}

TEST(claim_rules_test, requires_accident_date_for_another_accident_on_dental_claims) {
  const auto fs = rules_837_text(edited(generated("837d"), "CLM*PCN1590000000*634***11:B:1*Y*A*Y*Y~",
                                        "CLM*PCN1590000000*634***11:B:1*Y*A*Y*Y**EM:OA~"),
                                 "c_acc_dental");
  const auto& f = only(fs);
  expect_at(f, "2300", "DTP", 0);
  EXPECT_EQ(f.value, "OA");
  EXPECT_TRUE(mentions(f.message, "claim PCN1590000000: CLM11 related cause OA (other accident)"));
}

TEST(claim_rules_test, requires_accident_state_for_an_auto_accident) {
  const auto& f =
      only(p_claim("CLM*PCN8720000000*3852.01***11:B:1*Y*A*Y*Y**AA~DTP*439*D8*20240630~" + P_HI, "c_acc_state"));
  expect_at(f, "2300", "CLM", 11, 4);
  EXPECT_EQ(f.value, "AA");
  EXPECT_TRUE(mentions(f.message, "CLM11-4, the state of the accident, is empty"));
}

TEST(claim_rules_test, accepts_a_complete_auto_accident) {
  const auto fs = p_claim("CLM*PCN8720000000*3852.01***11:B:1*Y*A*Y*Y**AA:::NY~DTP*439*D8*20240630~" + P_HI, "c_acc");
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
}

TEST(claim_rules_test, requires_a_principal_diagnosis) {
  // 837I keeps other diagnoses in their own HI: without the principal HI they stand alone.
  const auto& f =
      only(rules_837_text(edited(generated("837i"), "HI*ABK:N231~HI*ABF:C5032~", "HI*ABF:C5032~"), "c_principal"));
  expect_at(f, "2300", "HI", 1, 1);
  EXPECT_EQ(f.value, "C5032");
  EXPECT_TRUE(mentions(f.message, "claim PCN0360000000: 1 diagnosis code(s) but no principal diagnosis"));
  EXPECT_TRUE(mentions(f.message, "the first is C5032 (other)"));
}

TEST(claim_rules_test, requires_admission_date_on_an_inpatient_bill) {
  const auto fs = rules_837_text(edited(generated("837i"), "DTP*435*DT*202409020800~", ""), "c_admit_date");
  const auto& f = only(fs);
  expect_at(f, "2300", "DTP", 0);
  EXPECT_EQ(f.value, "111");
  EXPECT_TRUE(mentions(f.message, "claim PCN5790000003: type of bill 111 is inpatient but there is no DTP*435"));
}

TEST(claim_rules_test, requires_cl1_on_an_inpatient_bill) {
  const auto& f = only(rules_837_text(edited(generated("837i"), "CL1*1*7*01~", ""), "c_cl1"));
  expect_at(f, "2300", "CL1", 0);
  EXPECT_TRUE(mentions(f.message, "claim PCN5790000003: type of bill 111 is inpatient but there is no CL1"));
}

TEST(claim_rules_test, requires_admission_type_in_cl1_on_an_inpatient_bill) {
  const auto& f = only(rules_837_text(edited(generated("837i"), "CL1*1*7*01~", "CL1**7*01~"), "c_cl101"));
  expect_at(f, "2300", "CL1", 1);
  EXPECT_TRUE(mentions(f.message, "CL101, the admission type, is empty"));
}

TEST(claim_rules_test, applies_inpatient_rules_by_type_of_bill) {
  // The outpatient claim (131) carries neither; as 111 it needs both.
  const auto fs =
      rules_837_text(edited(generated("837i"), I_OUTPATIENT, "CLM*PCN0360000000*1177***11:A:1*Y*A*Y*Y~"), "c_tob");
  ASSERT_EQ(fs.size(), 2u) << all_messages(fs);
  expect_at(fs[0], "2300", "DTP", 0);
  expect_at(fs[1], "2300", "CL1", 0);
  EXPECT_TRUE(mentions(fs[0].message, "claim PCN0360000000: type of bill 111"));
}

}  // namespace
}  // namespace claimloop::testing
