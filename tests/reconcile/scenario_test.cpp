// Hand-made scenarios (fixtures/reconcile): bundling, unbundling, a dropped modifier, reversal
// and correction, a split claim, a crossover and its secondary payment, a duplicate ERA, PLB,
// a remittance for a claim never billed and a billed claim never paid.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "collect.hpp"
#include "reconcile/report.hpp"
#include "support/test_support.hpp"

namespace claimloop::testing {
namespace {

using reconcile::match_method;

std::string fixture(const std::string& name) { return (fixtures_dir() / "reconcile" / name).string(); }

class scenario_test : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    result_ = new collected;
    reconcile_files({fixture("claims.837"), fixture("claims_corrected.837")},
                    {fixture("era1.835"), fixture("era2_reversal.835"), fixture("era3_secondary.835"), fixture("era1.835")},
                    *result_);
  }
  static void TearDownTestSuite() { delete result_; }

  static const reconcile::claim_result& only(const std::string& clp01, const std::string& clp07 = "") {
    auto found = result_->find(clp01, clp07);
    if (found.size() != 1) throw std::runtime_error(clp01 + "/" + clp07 + ": " + std::to_string(found.size()) + " results");
    return *found.front();
  }
  static collected* result_;
};
collected* scenario_test::result_ = nullptr;

TEST_F(scenario_test, bundled_lines_link_each_original_procedure_through_svc06) {
  const auto& c = only("BUNDLE1");
  EXPECT_EQ(c.method, match_method::claim);
  ASSERT_EQ(c.lines.size(), 3u);
  const char* expected[] = {"1", "2", "3"};
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(c.lines[i].procedure, "99215");  // paid on the bundled code
    EXPECT_EQ(c.lines[i].method, match_method::original_procedure);
    EXPECT_EQ(c.lines[i].matched_line, expected[i]);
  }
  EXPECT_EQ(c.totals->balance.cents, 0);
  EXPECT_EQ(c.totals->paid.to_string(), "210.00");
}

TEST_F(scenario_test, unbundled_lines_all_link_to_the_one_billed_line) {
  const auto& c = only("UNBUND1");
  ASSERT_EQ(c.lines.size(), 2u);
  for (const auto& l : c.lines) {
    EXPECT_EQ(l.method, match_method::original_procedure);
    EXPECT_EQ(l.matched_line, "1");
  }
  EXPECT_EQ(c.lines[1].billed.to_string(), "0.00");
  EXPECT_EQ(c.totals->balance.cents, 0);
}

TEST_F(scenario_test, a_dropped_modifier_still_links_by_procedure_and_date) {
  const auto& c = only("MODDROP1");
  ASSERT_EQ(c.lines.size(), 2u);
  EXPECT_EQ(c.lines[0].procedure, "99214");
  EXPECT_TRUE(c.lines[0].modifiers.empty());  // billed as 99214-25
  EXPECT_EQ(c.lines[0].matched_line, "1");
  EXPECT_EQ(c.lines[0].method, match_method::procedure);
  EXPECT_EQ(c.lines[1].matched_line, "2");
  EXPECT_EQ(c.lines[1].remarks, std::vector<std::string>{"M1"});
  ASSERT_TRUE(c.lines[1].allowed);
  EXPECT_EQ(c.lines[1].allowed->to_string(), "90.00");
  EXPECT_EQ(c.totals->patient.to_string(), "10.00");
}

TEST_F(scenario_test, reversal_nets_out_the_original_and_the_correction_posts_to_the_replacement_claim) {
  auto payrev1 = result_->find("REVERSE1", "PAYREV1");
  ASSERT_EQ(payrev1.size(), 2u);  // the payment in era1, its reversal in era2
  const auto& paid = *payrev1[0];
  const auto& reversal = *payrev1[1];
  EXPECT_EQ(reversal.claim_status, "22");
  EXPECT_EQ(paid.matched_claim_id, reversal.matched_claim_id);
  EXPECT_NE(reversal.matched_file.find("claims.837"), std::string::npos);
  EXPECT_EQ(reversal.totals->paid.cents, 0);
  EXPECT_EQ(reversal.totals->contractual.cents, 0);
  EXPECT_EQ(reversal.totals->balance.to_string(), "120.00");  // the original is open again
  EXPECT_EQ(reversal.lines[0].method, match_method::control_number);

  const auto& correction = only("REVERSE1", "PAYREV2");
  EXPECT_NE(correction.matched_file.find("claims_corrected.837"), std::string::npos);
  EXPECT_NE(correction.matched_claim_id, reversal.matched_claim_id);
  EXPECT_EQ(correction.lines[0].matched_line, "1");
  EXPECT_EQ(correction.totals->paid.to_string(), "112.00");
  EXPECT_EQ(correction.totals->balance.cents, 0);
}

TEST_F(scenario_test, a_split_claim_accumulates_both_payer_claim_numbers_on_one_billed_claim) {
  const auto& a = only("SPLIT1", "SPL-A");
  const auto& b = only("SPLIT1", "SPL-B");
  EXPECT_EQ(a.matched_claim_id, b.matched_claim_id);
  EXPECT_EQ(a.lines[0].matched_line, "1");
  EXPECT_EQ(a.lines[1].matched_line, "2");
  EXPECT_EQ(b.lines[0].matched_line, "3");
  EXPECT_EQ(a.totals->balance.to_string(), "80.00");  // line 3 still open after the first part
  EXPECT_EQ(b.totals->balance.cents, 0);
  EXPECT_EQ(b.totals->postings, 2u);
}

TEST_F(scenario_test, crossover_then_secondary_payment_leaves_the_secondary_patient_share) {
  const auto& primary = only("CROSS1", "PAYCR1");
  EXPECT_EQ(primary.claim_status, "19");
  EXPECT_EQ(primary.crossover_payer, "SECOND MUTUAL");
  EXPECT_EQ(primary.totals->patient.to_string(), "20.00");
  const auto& secondary = only("CROSS1", "SEC1");
  EXPECT_EQ(secondary.payer_id, "67890");
  EXPECT_EQ(secondary.matched_claim_id, primary.matched_claim_id);  // billed to 12345, still found
  EXPECT_EQ(secondary.totals->paid.to_string(), "75.00");
  EXPECT_EQ(secondary.totals->patient.to_string(), "5.00");  // the secondary's PR replaces the primary's
  EXPECT_EQ(secondary.totals->balance.cents, 0);
}

TEST_F(scenario_test, the_same_era_sent_again_is_reported_and_not_posted) {
  ASSERT_EQ(result_->deposits.size(), 4u);
  EXPECT_TRUE(result_->deposits[0].duplicate_of.empty());
  EXPECT_EQ(result_->deposits[3].trace_number, "CHK1001");
  EXPECT_EQ(result_->deposits[3].duplicate_of, fixture("era1.835"));
  EXPECT_EQ(result_->find("BUNDLE1").size(), 1u);  // not twice
}

TEST_F(scenario_test, each_payment_balances_with_its_provider_adjustments) {
  const auto& era1 = result_->deposits[0];
  EXPECT_EQ(era1.amount.to_string(), "1011.00");
  EXPECT_EQ(era1.claims_paid.to_string(), "1021.00");
  EXPECT_EQ(era1.provider_adjustments.to_string(), "10.00");
  EXPECT_TRUE(era1.balanced());
  const auto& era2 = result_->deposits[1];
  EXPECT_EQ(era2.claims_paid.to_string(), "16.00");
  EXPECT_EQ(era2.provider_adjustments.to_string(), "-1.25");  // interest increases the payment
  EXPECT_TRUE(era2.balanced());
}

TEST_F(scenario_test, nothing_is_dropped_unbilled_remittances_and_unpaid_claims_are_reported) {
  const auto& c = only("NOTBILLED1");
  EXPECT_EQ(c.method, match_method::unmatched);
  EXPECT_EQ(c.candidates, 0u);
  EXPECT_FALSE(c.totals);
  ASSERT_EQ(result_->unpaid.size(), 1u);
  EXPECT_EQ(result_->unpaid[0].patient_control_number, "UNPAID1");
  EXPECT_EQ(result_->unpaid[0].charge.to_string(), "75.00");
  EXPECT_TRUE(result_->ended);
}

// A payment whose BPR02 is not the claims paid minus PLB is reported with the difference.
TEST(deposit_test, a_payment_that_does_not_add_up_is_reported_with_its_difference) {
  std::string text = read_file(fixture("era1.835"));
  const auto at = text.find("BPR*I*1011*");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 11, "BPR*I*1001*");
  const auto path = scratch_file("era1_unbalanced.835");
  std::ofstream(path) << text;
  collected r;
  reconcile_files({fixture("claims.837")}, {path.string()}, r);
  ASSERT_EQ(r.deposits.size(), 1u);
  EXPECT_FALSE(r.deposits[0].balanced());
  EXPECT_EQ(r.deposits[0].difference().to_string(), "-10.00");
  std::filesystem::remove(path);
}

// A forward balance (PLB FB) taken in one remittance and given back in the next nets out; one
// not yet given back is reported as still carried.
TEST(deposit_test, forward_balances_carried_across_remittances_net_out) {
  auto with_fb = [](std::string text, const std::string& bpr, const std::string& plb) {
    const auto at = text.find("BPR*I*1011*");
    text.replace(at, 11, "BPR*I*" + bpr + "*");
    const auto p = text.find("PLB*1234567893*20241231*WO:OVP2024001*10");
    text.replace(p, 40, "PLB*1234567893*20241231*WO:OVP2024001*10*FB:FWD1*" + plb);
    return text;
  };
  const std::string era1 = read_file(fixture("era1.835"));
  // Take 25.00 now (BPR 1011 - 25), give it back in a second payment of the same claims' payer.
  std::ofstream(scratch_file("fb1.835")) << with_fb(era1, "986", "25");
  std::string second = with_fb(era1, "1036", "-25");
  second.replace(second.find("TRN*1*CHK1001*"), 14, "TRN*1*CHK1009*");
  std::ofstream(scratch_file("fb2.835")) << second;

  reconcile::summary_report one, both;
  {
    collected ignore;
    reconcile::fanout sink({&one, &ignore});
    reconcile_files({fixture("claims.837")}, {scratch_file("fb1.835").string()}, sink);
  }
  {
    reconcile::fanout sink({&both});
    reconcile_files({fixture("claims.837")}, {scratch_file("fb1.835").string(), scratch_file("fb2.835").string()},
                    sink);
  }
  ASSERT_EQ(one.totals().forward_balances.size(), 1u);
  EXPECT_EQ(one.totals().forward_balances.begin()->second.to_string(), "25.00");
  EXPECT_TRUE(one.totals().unbalanced.empty());
  ASSERT_EQ(both.totals().forward_balances.size(), 1u);
  EXPECT_EQ(both.totals().forward_balances.begin()->second.cents, 0);
  EXPECT_TRUE(both.totals().unbalanced.empty());
  std::filesystem::remove(scratch_file("fb1.835"));
  std::filesystem::remove(scratch_file("fb2.835"));
}

}  // namespace
}  // namespace claimloop::testing
