// SNIP 3 (balancing) and SNIP 5 (code sets) through the whole pipeline, service::validate_file:
// one-edit mutations of the clean fixtures give the finding with its amounts or code, the clean
// fixtures give none at any level, and the options switch each level off.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "codes/code_tables.hpp"
#include "service/validation_run.hpp"
#include "support/shipped.hpp"
#include "support/test_support.hpp"

namespace claimloop::testing {
namespace {

namespace fs = std::filesystem;

const schema::guide_registry& guides() { return shipped_guides(); }

const codes::code_tables& tables() { return shipped_code_tables(); }

service::validation_options all_levels() { return {true, &tables(), true}; }

using edits = std::vector<std::pair<std::string, std::string>>;

// The fixture with each first `from` replaced by `to` (every edit must apply), written to a
// file of its own.
std::string mutated(const std::string& fixture, const edits& changes, const std::string& name) {
  std::string text = read_file(fixtures_dir() / "validate" / fixture);
  for (const auto& [from, to] : changes) {
    const auto at = text.find(from);
    if (at == std::string::npos) throw std::runtime_error(fixture + " holds no " + from);
    text.replace(at, from.size(), to);
  }
  const auto path = fs::temp_directory_path() / ("claimloop_levels_" + name + ".x12");
  std::ofstream(path, std::ios::binary) << text;
  return path.string();
}

std::vector<core::finding> at_level(const service::file_validation& v, core::snip_level snip) {
  std::vector<core::finding> out;
  for (const auto& f : v.findings)
    if (f.snip == snip) out.push_back(f);
  return out;
}

std::string listing(const service::file_validation& v) {
  std::string s;
  for (const auto& f : v.findings) s += "\n  " + f.to_string();
  return s;
}

// IK501 of the first set, as the 999 would say it.
std::string ik501(const service::file_validation& v) {
  auto g = ack::evaluate_group(v.interchanges.at(0).groups.at(0), {}, service::element_references(guides()));
  return g.sets.at(0).status;
}

TEST(validation_levels_test, unbalanced_clm02_is_a_snip3_finding_with_the_amounts) {
  const auto path = mutated("837p_clean.x12", {{"CLM*CLAIM0001*150*", "CLM*CLAIM0001*160*"}}, "clm02");
  const auto v = service::validate_file(path, guides(), nullptr, all_levels());
  const auto found = at_level(v, 3);
  ASSERT_EQ(found.size(), 1u) << listing(v);
  EXPECT_EQ(v.findings.size(), 1u) << listing(v);
  const auto& f = found[0];
  EXPECT_TRUE(f.is_error());
  EXPECT_EQ(f.loop, "2300");
  EXPECT_EQ(f.segment, "CLM");
  EXPECT_EQ(f.element, 2);
  EXPECT_EQ(f.st02, "0001");
  EXPECT_EQ(f.where.set_index, 18u);  // the CLM segment: the model keeps no positions of its own
  EXPECT_NE(f.message.find("CLM02 160.00"), std::string::npos) << f.message;
  EXPECT_NE(f.message.find("150.00 (SV102 100.00 + 50.00)"), std::string::npos) << f.message;
  EXPECT_EQ(v.sets_with_errors, 1u);
  EXPECT_EQ(v.sets_rejected, 0u);
  EXPECT_EQ(ik501(v), "A");  // no 999 code expresses balancing: the 277CA reports it
}

TEST(validation_levels_test, clp_charge_minus_payment_against_cas_is_a_snip3_finding) {
  const auto path = mutated("835_clean.x12", {{"CLP*CLAIM0001*1*150*120*", "CLP*CLAIM0001*1*150*110*"}}, "clp04");
  auto options = all_levels();
  const auto v = service::validate_file(path, guides(), nullptr, options);
  std::vector<core::finding> clp;
  for (const auto& f : at_level(v, 3))
    if (f.segment == "CLP" && f.element == 3) clp.push_back(f);
  ASSERT_EQ(clp.size(), 1u) << listing(v);
  EXPECT_TRUE(clp[0].is_error());
  EXPECT_EQ(clp[0].loop, "2100");
  EXPECT_EQ(clp[0].where.set_index, 11u);  // CLP
  EXPECT_NE(clp[0].message.find("CLP03 150.00 - CLP04 110.00 = 40.00"), std::string::npos) << clp[0].message;
  EXPECT_NE(clp[0].message.find("CAS total 30.00 (PR-2 20.00 + PR-2 10.00)"), std::string::npos) << clp[0].message;
  // BPR02 120 now differs from the one claim's CLP04 110 as well.
  bool bpr = false;
  for (const auto& f : at_level(v, 3)) bpr = bpr || (f.segment == "BPR" && f.where.set_index == 2u);
  EXPECT_TRUE(bpr) << listing(v);
}

TEST(validation_levels_test, retired_carc_is_a_snip5_finding) {
  // CARC 17 stopped on 2009-07-01; the line was served on 2024-01-10.
  const auto path = mutated("835_clean.x12", {{"CAS*PR*2*20", "CAS*PR*17*20"}}, "carc");
  const auto v = service::validate_file(path, guides(), nullptr, all_levels());
  const auto found = at_level(v, 5);
  ASSERT_EQ(found.size(), 1u) << listing(v);
  EXPECT_EQ(found[0].segment, "CAS");
  EXPECT_EQ(found[0].element, 2);
  EXPECT_EQ(found[0].ik403, "7");
  EXPECT_EQ(found[0].value, "17");
  EXPECT_NE(found[0].message.find("retired on 2009-07-01"), std::string::npos) << found[0].message;
  EXPECT_EQ(ik501(v), "E");  // a code the 999 can name (IK403 7), below the rejecting levels
}

TEST(validation_levels_test, generated_fixtures_have_no_finding_at_any_level) {
  for (const char* f : {"generated_837p.x12", "generated_837i.x12", "generated_837d.x12", "generated_835.x12"}) {
    const auto p = fixtures_dir() / "codes" / f;
    const auto v = service::validate_file(p.string(), guides(), nullptr, all_levels());
    EXPECT_TRUE(v.error.empty()) << p << ": " << v.error;
    EXPECT_EQ(v.sets, 1u) << p;
    EXPECT_TRUE(v.findings.empty()) << p << listing(v);
  }
}

// The hand-written clean fixtures pass levels 1-3 and 5. 837i_clean bills type 111 (inpatient)
// without DTP*435, which the situational rules report; the fixture serves the level 1-2 tests.
TEST(validation_levels_test, hand_written_fixtures_have_no_finding_but_837i_inpatient_admission) {
  auto options = all_levels();
  options.situational = false;
  for (const char* f : {"837p_clean.x12", "837i_clean.x12", "837d_clean.x12", "835_clean.x12"}) {
    const auto p = fixtures_dir() / "validate" / f;
    const auto v = service::validate_file(p.string(), guides(), nullptr, options);
    EXPECT_TRUE(v.findings.empty()) << p << listing(v);
  }
  const auto v = service::validate_file((fixtures_dir() / "validate" / "837i_clean.x12").string(), guides(), nullptr,
                                        all_levels());
  ASSERT_EQ(v.findings.size(), 1u) << listing(v);
  EXPECT_EQ(v.findings[0].snip, 4);
  EXPECT_NE(v.findings[0].message.find("DTP*435"), std::string::npos) << v.findings[0].message;
  EXPECT_EQ(v.findings[0].where.line, 20u);  // placed on the CLM of the claim its message names
}

TEST(validation_levels_test, options_switch_levels_3_4_and_5_off) {
  const auto unbalanced = mutated("837p_clean.x12", {{"CLM*CLAIM0001*150*", "CLM*CLAIM0001*160*"}}, "off3");
  auto options = all_levels();
  options.balancing = false;
  EXPECT_TRUE(service::validate_file(unbalanced, guides(), nullptr, options).findings.empty());
  const auto retired = mutated("835_clean.x12", {{"CAS*PR*2*20", "CAS*PR*17*20"}}, "off5");
  options.tables = nullptr;
  options.balancing = true;
  EXPECT_TRUE(at_level(service::validate_file(retired, guides(), nullptr, options), 5).empty());
  const auto inpatient = (fixtures_dir() / "validate" / "837i_clean.x12").string();
  EXPECT_EQ(at_level(service::validate_file(inpatient, guides(), nullptr, options), 4).size(), 1u);
  options.situational = false;
  EXPECT_TRUE(service::validate_file(inpatient, guides(), nullptr, options).findings.empty());
}

TEST(validation_levels_test, misplaced_segments_stop_balancing) {
  // An SV1 in 2300 is unexpected (IK304 2); the model's lines miss its charge, so CLM02 against
  // them would give a false finding.
  // CLM02 250 would balance only if that SV1 counted as a line.
  const auto path = mutated("837p_clean.x12",
                            {{"CLM*CLAIM0001*150*", "CLM*CLAIM0001*250*"},
                             {"HI*ABK:J209*ABF:R05~", "HI*ABK:J209*ABF:R05~\nSV1*HC:99213*100*UN*1***1~"},
                             {"SE*27*", "SE*28*"}},
                            "misplaced");
  const auto v = service::validate_file(path, guides(), nullptr, all_levels());
  bool unexpected = false;
  for (const auto& f : v.findings) unexpected = unexpected || (f.segment == "SV1" && f.ik304 == "2");
  EXPECT_TRUE(unexpected) << listing(v);
  EXPECT_TRUE(at_level(v, 3).empty()) << listing(v);
}

TEST(validation_levels_test, a_pool_gives_the_same_findings) {
  const auto path = mutated("835_clean.x12", {{"CAS*PR*2*20", "CAS*PR*17*25"}}, "pool");
  const auto alone = service::validate_file(path, guides(), nullptr, all_levels());
  service::set_pool pool(guides(), 2);
  const auto pooled = service::validate_file(path, guides(), &pool, all_levels());
  ASSERT_EQ(alone.findings.size(), pooled.findings.size());
  EXPECT_GE(at_level(alone, 3).size(), 1u) << listing(alone);
  EXPECT_EQ(at_level(alone, 5).size(), 1u) << listing(alone);
  for (std::size_t i = 0; i < alone.findings.size(); ++i) EXPECT_EQ(alone.findings[i].to_string(), pooled.findings[i].to_string());
}

}  // namespace
}  // namespace claimloop::testing
