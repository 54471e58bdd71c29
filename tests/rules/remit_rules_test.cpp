// Situational rules of the 835 claims and lines: denied and reversed amounts, MIA / MOA, the
// service provider, claim or line dates, SVC06 and REF*6R.
#include "rules_support.hpp"

namespace claimloop::testing {
namespace {

// Claim 1 of the generated 835 is denied (CLP02 4); claim 3 is paid (CLP02 1).
const std::string DENIED = "CLP*PCN8720000000*4*3852.01*0*0*";
const std::string PAID = "CLP*PCN5020000002*1*1500.22*1111.15*221.17*";
const std::string PATIENT_1 = "NM1*QC*1*QUILIS*MORIN****MI*KDX807817633~";
const std::string SVC_1 = "SVC*HC:24074:76*1806*0**1~";

std::vector<core::finding> with(const std::string& from, const std::string& to, const char* name) {
  return rules_835_text(edited(generated("835"), from, to), name);
}

TEST(remit_rules_test, rejects_payment_on_a_denied_claim) {
  const auto& f = only(with(DENIED, "CLP*PCN8720000000*4*3852.01*10*0*", "r_denied"));
  expect_at(f, "2100", "CLP", 4);
  EXPECT_EQ(f.value, "10");
  EXPECT_TRUE(mentions(f.message, "claim PCN8720000000: CLP02 = 4 (denied) but CLP04 pays 10"));
}

TEST(remit_rules_test, rejects_positive_amounts_on_a_reversal) {
  const auto fs = with(PAID, "CLP*PCN5020000002*22*1500.22*1111.15*221.17*", "r_reversal");
  ASSERT_EQ(fs.size(), 2u) << all_messages(fs);
  expect_at(fs[0], "2100", "CLP", 3);
  expect_at(fs[1], "2100", "CLP", 4);
  EXPECT_EQ(fs[1].value, "1111.15");
  EXPECT_TRUE(mentions(fs[1].message,
                       "claim PCN5020000002: CLP02 = 22 (reversal of a previous payment) but CLP04 is "
                       "1111.15"));
}

TEST(remit_rules_test, accepts_negated_amounts_on_a_reversal) {
  const auto fs = with(PAID, "CLP*PCN5020000002*22*-1500.22*-1111.15*-221.17*", "r_reversal_ok");
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
}

TEST(remit_rules_test, warns_about_inpatient_and_outpatient_adjudication_together) {
  const auto& f = only(with(PATIENT_1, PATIENT_1 + "MIA*0***100~MOA***MA01~", "r_mia_moa"));
  expect_at(f, "2100", "MOA", 0, 0, core::severity::warning);
  EXPECT_TRUE(mentions(f.message, "claim PCN8720000000: both MIA (inpatient) and MOA (outpatient)"));
}

TEST(remit_rules_test, rejects_service_provider_equal_to_the_payee) {
  const auto& f = only(with(PATIENT_1, PATIENT_1 + "NM1*82*1*MORSO*DOC****XX*2669089569~", "r_render"));
  expect_at(f, "2100", "NM1", 9);
  EXPECT_EQ(f.value, "2669089569");
  EXPECT_TRUE(mentions(f.message, "service provider NM1*82 XX 2669089569 is the payee (1000B N1*PE XX 2669089569)"));
}

TEST(remit_rules_test, accepts_another_service_provider) {
  const auto fs = with(PATIENT_1, PATIENT_1 + "NM1*82*1*OTHER*DOC****XX*1234567893~", "r_render_ok");
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
}

TEST(remit_rules_test, requires_line_dates_without_claim_dates) {
  const auto& f = only(with("DTM*232*20240701~" + SVC_1 + "DTM*472*20240701~", SVC_1, "r_dates"));
  expect_at(f, "2110", "DTM", 0);
  EXPECT_TRUE(mentions(f.message, "claim PCN8720000000 line 1 (HC:24074): no service date"));
}

TEST(remit_rules_test, accepts_claim_dates_for_undated_lines) {
  const auto fs = with(SVC_1 + "DTM*472*20240701~", SVC_1, "r_dates_ok");
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
}

TEST(remit_rules_test, rejects_submitted_procedure_equal_to_the_adjudicated_one) {
  const auto& f = only(with(SVC_1, "SVC*HC:24074:76*1806*0**1*HC:24074:76~", "r_svc06"));
  expect_at(f, "2110", "SVC", 6, 2);
  EXPECT_EQ(f.value, "24074");
  EXPECT_TRUE(mentions(f.message, "claim PCN8720000000 line 1 (HC:24074): SVC06 repeats the adjudicated procedure"));
}

TEST(remit_rules_test, accepts_submitted_procedure_with_another_modifier) {
  const auto fs = with(SVC_1, "SVC*HC:24074:76*1806*0**1*HC:24074~", "r_svc06_ok");
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
}

TEST(remit_rules_test, rejects_a_second_line_item_control_number) {
  const auto& f = only(with("REF*6R*L0000000001~", "REF*6R*L0000000001~REF*6R*L0000000009~", "r_6r"));
  expect_at(f, "2110", "REF", 1);
  EXPECT_TRUE(mentions(f.message, "claim PCN8720000000 line 1 (HC:24074): 2 REF*6R line item control numbers"));
}

}  // namespace
}  // namespace claimloop::testing
