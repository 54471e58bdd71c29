// Situational rules of the 837 service lines (diagnosis pointers, dental service dates) and of
// coordination of benefits (2320 / 2330A-B / 2430).
#include "rules_support.hpp"

namespace claimloop::testing {
namespace {

const std::string P_RENDERING = "NM1*82*1*MARQUIQUI*PERSOEL****XX*2581598945~PRV*PE*PXC*207R00000X~";
const std::string P_LINE_1 = "SV1*HC:24074:76*1806*UN*1***1~DTP*472*D8*20240701~REF*6R*L0000000001~";
// An other payer of the first 837P claim; `amounts` goes between SBR and OI.
std::string other_payer(const std::string& amounts, const std::string& payer = "NM1*PR*2*OTHER PAYER*****PI*PAYER02~") {
  return "SBR*S*01*GRP0002******CI~" + amounts + "OI***Y***Y~NM1*IL*1*QUILIS*JON****MI*MEM0002~" + payer;
}
const std::string ADJUDICATION = "SVD*PAYER02*1806*HC:24074:76**1~DTP*573*D8*20240801~";

std::vector<core::finding> p_cob(const std::string& payer_loop, const std::string& line_2430, const char* name) {
  const auto t = edited(generated("837p"), P_RENDERING, P_RENDERING + payer_loop);
  return rules_837_text(edited(t, P_LINE_1, P_LINE_1 + line_2430), name);
}

TEST(line_rules_test, rejects_diagnosis_pointer_past_the_claims_diagnoses) {
  const auto& f = only(rules_837_text(
      edited(generated("837p"), "SV1*HC:24074:76*1806*UN*1***1~", "SV1*HC:24074:76*1806*UN*1***1:4~"), "l_pointer"));
  expect_at(f, "2400", "SV1", 7, 2);
  EXPECT_EQ(f.value, "4");
  EXPECT_TRUE(mentions(f.message,
                       "claim PCN8720000000 line 1: SV107-2 diagnosis pointer 4 names no diagnosis; the "
                       "claim's HI holds 3 code(s)"));
}

TEST(line_rules_test, rejects_dental_diagnosis_pointer_without_diagnoses) {
  const auto& f = only(rules_837_text(
      edited(generated("837d"), "SV3*AD:D2275*634****1~", "SV3*AD:D2275*634****1*****1~"), "l_pointer_d"));
  expect_at(f, "2400", "SV3", 11, 1);
  EXPECT_TRUE(mentions(f.message, "claim PCN1590000000 line 1: SV311-1 diagnosis pointer 1 names no diagnosis"));
}

TEST(line_rules_test, accepts_dental_pointer_to_a_diagnosis) {
  const auto fs = rules_837_text(edited(generated("837d"), "CLM*PCN1590000000*634***11:B:1*Y*A*Y*Y~NM1*82",
                                        "CLM*PCN1590000000*634***11:B:1*Y*A*Y*Y~HI*ABK:K0251~NM1*82"),
                                 "l_pointer_d_ok");
  const auto with_pointer =
      rules_837_text(edited(edited(generated("837d"), "CLM*PCN1590000000*634***11:B:1*Y*A*Y*Y~NM1*82",
                                   "CLM*PCN1590000000*634***11:B:1*Y*A*Y*Y~HI*ABK:K0251~NM1*82"),
                            "SV3*AD:D2275*634****1~", "SV3*AD:D2275*634****1*****1~"),
                     "l_pointer_d_ok2");
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
  EXPECT_TRUE(with_pointer.empty()) << all_messages(with_pointer);
}

TEST(line_rules_test, requires_dental_line_date_without_a_claim_date) {
  const auto& f =
      only(rules_837_text(edited(generated("837d"), "TOO*JP*8~DTP*472*D8*20240301~", "TOO*JP*8~"), "l_dental_date"));
  expect_at(f, "2400", "DTP", 0);
  EXPECT_TRUE(mentions(f.message,
                       "claim PCN1590000000 line 1: no DTP*472 service date on the line and none for the "
                       "whole claim"));
}

TEST(line_rules_test, accepts_dental_claim_date_for_its_lines) {
  auto t = edited(generated("837d"), "TOO*JP*8~DTP*472*D8*20240301~", "TOO*JP*8~");
  t = edited(t, "CLM*PCN1590000000*634***11:B:1*Y*A*Y*Y~",
             "CLM*PCN1590000000*634***11:B:1*Y*A*Y*Y~DTP*472*D8*20240301~");
  const auto fs = rules_837_text(t, "l_dental_claim_date");
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
}

TEST(cob_rules_test, accepts_a_complete_other_payer) {
  const auto fs = p_cob(other_payer("AMT*D*0~"), ADJUDICATION, "cob_ok");
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
}

TEST(cob_rules_test, requires_the_other_payer_name_loop) {
  const auto& f = only(p_cob(other_payer("", ""), "", "cob_no_2330b"));
  expect_at(f, "2320", "NM1", 0);
  EXPECT_EQ(f.value, "2330B");
  EXPECT_TRUE(
      mentions(f.message, "claim PCN8720000000 other payer 1 (2320 SBR01 S): no loop 2330B (other payer name)"));
}

TEST(cob_rules_test, rejects_line_adjudication_by_an_unknown_payer) {
  const auto& f =
      only(p_cob(other_payer("AMT*D*0~"), "SVD*PAYER03*1806*HC:24074:76**1~DTP*573*D8*20240801~", "cob_svd"));
  expect_at(f, "2430", "SVD", 1);
  EXPECT_EQ(f.value, "PAYER03");
  EXPECT_TRUE(mentions(f.message, "claim PCN8720000000 line 1: SVD01 payer PAYER03 is not the 2330B payer"));
}

TEST(cob_rules_test, requires_payer_paid_amount_when_the_payer_adjudicated_lines) {
  const auto& f = only(p_cob(other_payer(""), ADJUDICATION, "cob_amt"));
  expect_at(f, "2320", "AMT", 0);
  EXPECT_EQ(f.value, "PAYER02");
  EXPECT_TRUE(mentions(f.message, "payer PAYER02 adjudicated lines of this claim (2430 SVD01) but 2320 has no AMT*D"));
}

}  // namespace
}  // namespace claimloop::testing
