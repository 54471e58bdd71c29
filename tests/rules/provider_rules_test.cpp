// Situational rules of the 837 provider loops: rendering, service facility, ordering and
// referring providers are sent only when they differ from the loop they default to.
#include "rules_support.hpp"

namespace claimloop::testing {
namespace {

// First claim of the generated 837P: billing provider XX 2669089569 at 7088 LOPER RIVER WAY,
// claim rendering provider (2310B) XX 2581598945, line 1 ends with its REF*6R.
const std::string RENDERING = "NM1*82*1*MARQUIQUI*PERSOEL****XX*2581598945~PRV*PE*PXC*207R00000X~";
const std::string LINE_1_END = "REF*6R*L0000000001~";
const std::string AT_BILLING = "N3*7088 LOPER RIVER WAY~N4*SOBEL*AZ*495774299~";

std::vector<core::finding> p_with(const std::string& from, const std::string& to, const char* name) {
  return rules_837_text(edited(generated("837p"), from, to), name);
}

TEST(provider_rules_test, rejects_rendering_provider_equal_to_billing_provider) {
  const auto& f = only(p_with(RENDERING, "NM1*82*1*MORSO*DOC****XX*2669089569~PRV*PE*PXC*207R00000X~", "p_render"));
  expect_at(f, "2310B", "NM1", 9);
  EXPECT_EQ(f.value, "2669089569");
  EXPECT_TRUE(mentions(f.message, "claim PCN8720000000: rendering provider XX 2669089569 is the billing provider"));
}

TEST(provider_rules_test, rejects_dental_rendering_provider_equal_to_billing_provider) {
  const auto& f = only(rules_837_text(
      edited(generated("837d"), "NM1*82*1*VOLOKIN*VOO****XX*2421314560~", "NM1*82*1*VOLOKIN*VOO****XX*1942330972~"),
      "p_render_d"));
  expect_at(f, "2310B", "NM1", 9);
  EXPECT_TRUE(mentions(f.message, "claim PCN1590000000: rendering provider XX 1942330972"));
}

TEST(provider_rules_test, rejects_service_facility_at_the_billing_address) {
  const auto& f = only(p_with(RENDERING, RENDERING + "NM1*77*2*MORSO CLINIC*****XX*2669089569~" + AT_BILLING, "p_fac"));
  expect_at(f, "2310C", "N3", 1);
  EXPECT_EQ(f.value, "7088 LOPER RIVER WAY");
  EXPECT_TRUE(mentions(f.message, "service facility address '7088 LOPER RIVER WAY, SOBEL' is the billing"));
}

TEST(provider_rules_test, accepts_service_facility_elsewhere) {
  const auto fs = p_with(
      RENDERING, RENDERING + "NM1*77*2*MORSO ANNEX*****XX*1234567893~N3*1 OTHER RD~N4*SOBEL*AZ*495774299~", "p_fac_ok");
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
}

TEST(provider_rules_test, rejects_line_rendering_equal_to_claim_rendering) {
  const auto& f = only(p_with(LINE_1_END, LINE_1_END + "NM1*82*1*MARQUIQUI*PERSOEL****XX*2581598945~", "p_lrender"));
  expect_at(f, "2420A", "NM1", 9);
  EXPECT_TRUE(mentions(f.message,
                       "claim PCN8720000000 line 1: line rendering provider XX 2581598945 is the claim's "
                       "rendering provider (2310B XX 2581598945)"));
}

TEST(provider_rules_test, rejects_line_rendering_equal_to_billing_without_2310b) {
  const auto fs = rules_837_text(
      edited(edited(generated("837p"), RENDERING, ""), LINE_1_END, LINE_1_END + "NM1*82*1*MORSO*DOC****XX*2669089569~"),
      "p_lrender_billing");
  const auto& f = only(fs);
  expect_at(f, "2420A", "NM1", 9);
  EXPECT_TRUE(mentions(f.message, "(2010AA XX 2669089569)"));
}

TEST(provider_rules_test, accepts_another_line_renderer) {
  const auto fs = p_with(LINE_1_END, LINE_1_END + "NM1*82*1*OTHER*DOC****XX*1234567893~", "p_lrender_ok");
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
}

TEST(provider_rules_test, rejects_line_facility_at_the_claim_location) {
  const auto& f =
      only(p_with(LINE_1_END, LINE_1_END + "NM1*77*2*MORSO CLINIC*****XX*2669089569~" + AT_BILLING, "p_lfac"));
  expect_at(f, "2420C", "N3", 1);
  EXPECT_TRUE(mentions(f.message,
                       "claim PCN8720000000 line 1: line service facility address '7088 LOPER RIVER WAY' "
                       "is the address of 2010AA"));
}

TEST(provider_rules_test, rejects_ordering_provider_equal_to_the_renderer) {
  const auto& f = only(p_with(LINE_1_END, LINE_1_END + "NM1*DK*1*MARQUIQUI*PERSOEL****XX*2581598945~", "p_order"));
  expect_at(f, "2420E", "NM1", 9);
  EXPECT_EQ(f.value, "2581598945");
  EXPECT_TRUE(mentions(f.message, "ordering provider XX 2581598945 is the line's rendering provider (2310B"));
}

TEST(provider_rules_test, accepts_another_ordering_provider) {
  const auto fs = p_with(LINE_1_END, LINE_1_END + "NM1*DK*1*ORDER*OLGA****XX*1234567893~", "p_order_ok");
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
}

TEST(provider_rules_test, rejects_line_referring_equal_to_claim_referring) {
  const std::string referring = "NM1*DN*1*REFER*RITA****XX*1234567893~";
  const auto fs = rules_837_text(
      edited(edited(generated("837p"), RENDERING, referring + RENDERING), LINE_1_END, LINE_1_END + referring),
      "p_refer");
  const auto& f = only(fs);
  expect_at(f, "2420F", "NM1", 9);
  EXPECT_TRUE(mentions(f.message, "line referring provider XX 1234567893 (NM101 DN) is the claim's (2310A)"));
}

TEST(provider_rules_test, accepts_another_line_referral) {
  const auto fs =
      rules_837_text(edited(edited(generated("837p"), RENDERING, "NM1*DN*1*REFER*RITA****XX*1234567893~" + RENDERING),
                            LINE_1_END, LINE_1_END + "NM1*DN*1*OTHER*OTTO****XX*1497758544~"),
                     "p_refer_ok");
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
}

}  // namespace
}  // namespace claimloop::testing
