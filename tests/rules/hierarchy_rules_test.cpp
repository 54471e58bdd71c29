// Situational rules of the 837 hierarchy: who the patient is (SBR02, 2000C, PAT), what 2010BA
// carries when the subscriber is the patient, SBR09, and the pay-to address. Each test edits
// the generated 837P (40 claims, 2000C patients among them) and expects exactly one finding.
#include "rules_support.hpp"

namespace claimloop::testing {
namespace {

// The first subscriber (HL 2) is the patient of claim PCN8720000000; HL 10 is the subscriber of
// the dependent patient HL 11.
const std::string FIRST_SBR = "SBR*P*18*GRP532671******CI~";
const std::string DEPENDENT_SBR = "SBR*P**GRP429918******CI~";
const std::string BILLING_REF = "REF*EI*866831972~";

std::vector<core::finding> p_with(const std::string& from, const std::string& to, const char* name) {
  return rules_837_text(edited(generated("837p"), from, to), name);
}

TEST(hierarchy_rules_test, requires_self_relationship_when_the_subscriber_is_the_patient) {
  const auto& f = only(p_with(FIRST_SBR, "SBR*P**GRP532671******CI~", "h_self"));
  expect_at(f, "2000B", "SBR", 2);
  EXPECT_EQ(f.value, "");
  EXPECT_TRUE(mentions(f.message, "subscriber HL 2 has claims of its own (claim PCN8720000000)"));
  EXPECT_TRUE(mentions(f.message, "SBR02 is empty instead of 18 (self)"));
}

TEST(hierarchy_rules_test, rejects_self_relationship_above_a_patient_loop) {
  const auto& f = only(p_with(DEPENDENT_SBR, "SBR*P*18*GRP429918******CI~", "h_dependent"));
  expect_at(f, "2000B", "SBR", 2);
  EXPECT_EQ(f.value, "18");
  EXPECT_TRUE(mentions(f.message, "subscriber HL 10 has a patient loop 2000C (HL 11)"));
}

TEST(hierarchy_rules_test, rejects_patient_loop_saying_self) {
  const auto& f = only(p_with("HL*11*10*23*0~PAT*19~", "HL*11*10*23*0~PAT*18~", "h_pat18"));
  expect_at(f, "2000C", "PAT", 1);
  EXPECT_EQ(f.value, "18");
  EXPECT_TRUE(mentions(f.message, "patient HL 11: PAT01 = 18 (self)"));
}

TEST(hierarchy_rules_test, rejects_subscriber_pat_when_the_patient_is_a_dependent) {
  const auto& f = only(p_with(DEPENDENT_SBR, DEPENDENT_SBR + "PAT********Y~", "h_sbr_pat"));
  expect_at(f, "2000B", "PAT", 0);
  EXPECT_TRUE(mentions(f.message, "subscriber HL 10 carries PAT"));
  EXPECT_TRUE(mentions(f.message, "dependent (2000C HL 11)"));
}

TEST(hierarchy_rules_test, accepts_subscriber_pat_when_the_subscriber_is_the_patient) {
  const auto fs = p_with(FIRST_SBR, FIRST_SBR + "PAT********Y~", "h_sbr_pat_self");
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
}

TEST(hierarchy_rules_test, requires_subscriber_address_when_the_subscriber_is_the_patient) {
  const auto& f = only(p_with("N3*202 NA BAY RD~N4*MARTELBRO*TX*402532361~", "", "h_address"));
  expect_at(f, "2010BA", "N3", 0);
  EXPECT_TRUE(mentions(f.message, "subscriber HL 2 is the patient (claim PCN8720000000) but 2010BA has no N3"));
}

TEST(hierarchy_rules_test, requires_subscriber_demographics_when_the_subscriber_is_the_patient) {
  const auto& f = only(p_with("DMG*D8*19670920*F~", "", "h_dmg"));
  expect_at(f, "2010BA", "DMG", 0);
  EXPECT_TRUE(mentions(f.message, "subscriber HL 2 is the patient (claim PCN8720000000) but 2010BA has no DMG"));
}

TEST(hierarchy_rules_test, leaves_the_subscriber_of_a_dependent_without_demographics_alone) {
  const auto fs = p_with("DMG*D8*19850324*M~NM1*PR", "NM1*PR", "h_dmg_dependent");
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
}

TEST(hierarchy_rules_test, requires_claim_filing_indicator) {
  const auto& f = only(p_with(FIRST_SBR, "SBR*P*18*GRP532671~", "h_sbr09"));
  expect_at(f, "2000B", "SBR", 9);
  EXPECT_TRUE(mentions(f.message, "subscriber HL 2: SBR09 (claim filing indicator) is empty"));
}

TEST(hierarchy_rules_test, rejects_pay_to_address_equal_to_the_billing_address) {
  // Same place, other case and ZIP+4 cut to five digits.
  const auto& f =
      only(p_with(BILLING_REF, BILLING_REF + "NM1*87*2~N3*7088 Loper River Way~N4*SOBEL*AZ*49577~", "h_payto"));
  expect_at(f, "2010AB", "N3", 1);
  EXPECT_EQ(f.value, "7088 Loper River Way");
  EXPECT_TRUE(mentions(f.message, "billing provider HL 1: pay-to address '7088 Loper River Way, SOBEL'"));
}

TEST(hierarchy_rules_test, accepts_pay_to_address_elsewhere) {
  const auto fs = p_with(BILLING_REF, BILLING_REF + "NM1*87*2~N3*PO BOX 100~N4*SOBEL*AZ*495774299~", "h_payto_box");
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
}

}  // namespace
}  // namespace claimloop::testing
