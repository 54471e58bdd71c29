// 277CA goldens: an 837 validated at every level through service::validate_file, then answered
// by ack::build_277ca with a fixed clock and control numbers, byte for byte against
// fixtures/ack/*.277ca.x12. The written 277CAs are themselves valid 005010X214 at every level.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "ack/ack_277ca.hpp"
#include "codes/code_tables.hpp"
#include "service/validation_run.hpp"
#include "support/shipped.hpp"
#include "support/test_support.hpp"

namespace claimloop::testing {
namespace {

namespace fs = std::filesystem;

const schema::guide_registry& guides() { return shipped_guides(); }

const fs::path& codes_dir() {
  static const fs::path dir = fs::path(CLAIMLOOP_SOURCE_DIR) / "grammars" / "codes";
  return dir;
}

const codes::code_tables& tables() { return shipped_code_tables(); }

service::validation_options all_levels(bool for_277ca) {
  service::validation_options o;
  o.tables = &tables();
  o.for_277ca = for_277ca;
  return o;
}

ack::ack_277ca_options ack_options() {
  static const auto statuses = [] {
    auto t = ack::claim_status_table::load(codes_dir() / "claim_status_reason.tsv");
    if (!t) throw std::runtime_error(t.error().to_string());
    return std::make_shared<const ack::claim_status_table>(std::move(*t));
  }();
  ack::ack_277ca_options o;
  o.date = "20240116";
  o.time = "1030";
  o.statuses = statuses;
  o.reference = service::element_references(guides());
  return o;
}

// The 277CA of the first interchange of `path`.
std::string answer(const fs::path& path, const ack::ack_277ca_options& options = ack_options()) {
  const auto v = service::validate_file(path.string(), guides(), nullptr, all_levels(true));
  EXPECT_TRUE(v.error.empty()) << v.error;
  if (v.interchanges.empty()) return {};
  auto text = ack::build_277ca(v.interchanges.front(), options);
  EXPECT_TRUE(text) << text.error().to_string();
  return text ? *text : std::string();
}

std::string golden(const std::string& name) { return read_file(fixtures_dir() / "ack" / (name + ".277ca.x12")); }
fs::path input(const std::string& name) { return fixtures_dir() / "ack" / (name + ".837"); }

class golden_277ca_test : public ::testing::TestWithParam<const char*> {};

TEST_P(golden_277ca_test, matches_its_golden_byte_for_byte) {
  const std::string name = GetParam();
  EXPECT_EQ(answer(input(name)), golden(name));
}

TEST_P(golden_277ca_test, golden_is_a_valid_277ca_at_every_level) {
  const auto path = fixtures_dir() / "ack" / (std::string(GetParam()) + ".277ca.x12");
  const auto v = service::validate_file(path.string(), guides(), nullptr, all_levels(false));
  EXPECT_TRUE(v.error.empty()) << v.error;
  EXPECT_EQ(v.sets, 1u);
  EXPECT_EQ(v.sets_not_validated, 0u);  // the 277CA guide read it
  for (const auto& f : v.findings) ADD_FAILURE() << f.to_string();
}

INSTANTIATE_TEST_SUITE_P(fixtures, golden_277ca_test,
                         ::testing::Values("277ca_837p_two_claims", "277ca_837p_one_unbalanced", "277ca_837i"));

TEST(ack_277ca_test, clean_claims_are_all_acknowledged) {
  const auto text = answer(input("277ca_837p_two_claims"));
  EXPECT_NE(text.find("TRN*2*CLAIM0001~\nSTC*A1:20*20240116*WQ*150~"), std::string::npos) << text;
  EXPECT_NE(text.find("TRN*2*CLAIM0002~\nSTC*A1:20*20240116*WQ*80.5~"), std::string::npos) << text;
  EXPECT_EQ(text.find("*U*"), std::string::npos) << text;
  EXPECT_NE(text.find("QTY*90*2~"), std::string::npos);
  EXPECT_EQ(text.find("QTY*AA"), std::string::npos);
}

TEST(ack_277ca_test, unbalanced_claim_is_rejected_out_of_balance_and_the_other_acknowledged) {
  const auto text = answer(input("277ca_837p_one_unbalanced"));
  EXPECT_NE(text.find("TRN*2*CLAIM0001~\nSTC*A1:20*20240116*WQ*150~"), std::string::npos) << text;
  EXPECT_NE(text.find("TRN*2*CLAIM0002~\nSTC*A7:400*20240116*U*90.5~"), std::string::npos) << text;
  EXPECT_NE(text.find("QTY*90*1~\nQTY*AA*1~\nAMT*YU*150~\nAMT*YY*90.5~"), std::string::npos) << text;
}

TEST(ack_277ca_test, institutional_claims_carry_bill_type_and_statement_period) {
  const auto text = answer(input("277ca_837i"));
  EXPECT_NE(text.find("TRN*2*CLAIM0003~\nSTC*A1:20*20240116*WQ*300~\nREF*D9*CH000000003~\nREF*BLT*131~\n"
                      "DTP*472*RD8*20240101-20240103~"),
            std::string::npos)
      << text;
  // Inpatient type of bill 111 without DTP*435: a SNIP 4 finding, rejected for a relational field.
  EXPECT_NE(text.find("TRN*2*CLAIM0004~\nSTC*A8:189*20240116*U*1200~"), std::string::npos) << text;
}

// An error in a loop above the claims (2010AA) reaches every claim under it, with its entity.
TEST(ack_277ca_test, billing_provider_error_rejects_each_of_its_claims_with_the_entity) {
  std::string text = read_file(input("277ca_837p_two_claims"));
  text.replace(text.find("XX*1999999984"), 13, "XX*1999999985");  // check digit broken
  const auto path = fs::temp_directory_path() / "claimloop_277ca_npi.837";
  std::ofstream(path, std::ios::binary) << text;
  const auto ca = answer(path);
  EXPECT_NE(ca.find("TRN*2*CLAIM0001~\nSTC*A7:562:85*20240116*U*150~"), std::string::npos) << ca;
  EXPECT_NE(ca.find("TRN*2*CLAIM0002~\nSTC*A7:562:85*20240116*U*80.5~"), std::string::npos) << ca;
}

// The 999 rejects a set with a SNIP 1 error: no 277CA answers it.
TEST(ack_277ca_test, set_the_999_rejects_gets_no_277ca) {
  std::string text = read_file(input("277ca_837p_two_claims"));
  text.replace(text.find("NM1*85*2*SYNTHETIC CLINIC"), 25, "NM1*85*2*");  // NM103 required
  const auto path = fs::temp_directory_path() / "claimloop_277ca_rejected.837";
  std::ofstream(path, std::ios::binary) << text;
  const auto v = service::validate_file(path.string(), guides(), nullptr, all_levels(true));
  ASSERT_EQ(v.sets_rejected, 1u);
  EXPECT_FALSE(ack::has_277ca(v.interchanges.front(), ack_options()));
  auto built = ack::build_277ca(v.interchanges.front(), ack_options());
  ASSERT_TRUE(built);
  EXPECT_EQ(*built, "");
  // Accepting errors makes the 999 say E, and the 277CA then rejects the claims (A3:684).
  auto lenient = ack_options();
  lenient.policy.accept_with_errors = true;
  auto answered = ack::build_277ca(v.interchanges.front(), lenient);
  ASSERT_TRUE(answered);
  EXPECT_NE(answered->find("STC*A3:684*20240116*U*150~"), std::string::npos) << *answered;
}

TEST(ack_277ca_test, payer_claim_numbers_come_from_the_caller) {
  auto options = ack_options();
  options.payer_claim_number = [](const ack::received_claim& c) { return "PCN-" + c.patient_control_number; };
  const auto text = answer(input("277ca_837p_two_claims"), options);
  EXPECT_NE(text.find("STC*A1:20*20240116*WQ*150~\nREF*1K*PCN-CLAIM0001~\nREF*D9*CH000000001~"), std::string::npos) << text;
}

TEST(ack_277ca_test, without_for_277ca_no_claims_are_kept) {
  const auto v = service::validate_file(input("277ca_837p_two_claims").string(), guides(), nullptr, all_levels(false));
  EXPECT_FALSE(ack::has_277ca(v.interchanges.front(), ack_options()));
}

}  // namespace
}  // namespace claimloop::testing
