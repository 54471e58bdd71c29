#include "ack/ack_999.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "ack/ack_999_reader.hpp"
#include "support/test_support.hpp"
#include "syntax/segment_reader.hpp"

namespace claimloop::ack {
namespace {

received_set claim_set(std::string st02) { return {"837", std::move(st02), "005010X222A1", {}, {}, {}}; }

received_group claim_group(std::string gs06, std::vector<received_set> sets) {
  received_group g;
  g.functional_id = "HC";
  g.app_sender = "SUBMITTER";
  g.app_receiver = "PAYER";
  g.control_number = std::move(gs06);
  g.version = "005010X222A1";
  g.declared_sets = static_cast<std::int64_t>(sets.size());
  g.sets = std::move(sets);
  return g;
}

received_interchange interchange(std::vector<received_group> groups) {
  received_interchange in;
  in.sender_qualifier = "ZZ";
  in.sender_id = "SUBMITTER";
  in.receiver_qualifier = "ZZ";
  in.receiver_id = "PAYER";
  in.control_number = "000004711";
  in.usage = 'T';
  in.groups = std::move(groups);
  return in;
}

// Stands in for the schema dictionary: the few reference numbers the scenarios need.
std::string reference(std::string_view segment, int element, int component) {
  static const std::map<std::string, std::string> known = {{"CLM05-3", "1325"}, {"CLM02-0", "782"}, {"NM109-0", "67"}};
  auto it = known.find(std::string(segment) + (element < 10 ? "0" : "") + std::to_string(element) + "-" + std::to_string(component));
  return it == known.end() ? std::string() : it->second;
}

ack_999_options options() {
  ack_999_options o;
  o.interchange_control_number = 101;
  o.first_group_control_number = 201;
  o.date = "20250102";
  o.time = "0930";
  o.reference = reference;
  return o;
}

core::finding element_error(std::string segment, std::uint32_t position, std::string loop, std::uint8_t element,
                            std::uint8_t component, std::string code, std::string value, core::snip_level snip = 2) {
  core::finding f;
  f.snip = snip;
  f.segment = std::move(segment);
  f.where.set_index = position;
  f.loop = std::move(loop);
  f.element = element;
  f.component = component;
  f.ik403 = std::move(code);
  f.value = std::move(value);
  f.message = "test finding";
  return f;
}

core::finding envelope_error(std::string segment, std::string ack_code) {
  core::finding f;
  f.snip = 0;
  f.segment = std::move(segment);
  f.ack_code = std::move(ack_code);
  return f;
}

received_interchange invalid_code_value_scenario() {
  auto bad = claim_set("0002");
  bad.findings.push_back(element_error("CLM", 22, "2300", 5, 3, "7", "9"));
  auto warning = element_error("NM1", 9, "2010BA", 9, 0, "5", "12345678901234567890");
  warning.level = core::severity::warning;
  bad.findings.push_back(warning);  // warnings are neither reported nor rejecting by default
  bad.business_units.push_back({22, 40, "CLM01", "PATIENT-17"});
  return interchange({claim_group("17", {claim_set("0001"), bad})});
}

received_interchange segment_count_scenario() {
  auto set = claim_set("0001");
  set.findings.push_back(envelope_error("SE", "4"));
  return interchange({claim_group("17", {set})});
}

received_interchange two_groups_scenario() {
  auto set = claim_set("0005");
  core::finding f;
  f.snip = 2;
  f.segment = "REF";
  f.loop = "2300";
  f.where.set_index = 15;
  f.ik304 = "I9";
  set.findings.push_back(f);
  set.triggers.push_back({15, 0, "CLM", 13, "2300", 5, 3, "1325"});
  auto second = claim_group("18", {set});
  second.declared_sets = 2;  // GE01 said 2, one arrived
  second.findings.push_back(envelope_error("GE", "4"));
  return interchange({claim_group("17", {claim_set("0001")}), second});
}

std::string built(const received_interchange& in, const ack_999_options& o = options()) {
  auto bytes = build_999(in, o);
  EXPECT_TRUE(bytes) << bytes.error().to_string();
  return bytes ? *bytes : std::string();
}

std::string golden(const char* name) { return testing::read_file(testing::fixtures_dir() / "ack" / name); }

TEST(ack_999_test, all_sets_accepted_matches_golden) {
  auto in = interchange({claim_group("17", {claim_set("0001"), claim_set("0002")})});
  EXPECT_EQ(built(in), golden("999_all_accepted.x12"));
}

TEST(ack_999_test, invalid_code_value_rejects_set) {
  EXPECT_EQ(built(invalid_code_value_scenario()), golden("999_invalid_code_value.x12"));
}

TEST(ack_999_test, segment_count_mismatch_rejects_set) {
  EXPECT_EQ(built(segment_count_scenario()), golden("999_segment_count_wrong.x12"));
}

TEST(ack_999_test, two_groups_answered_in_one_fa_group) {
  EXPECT_EQ(built(two_groups_scenario()), golden("999_two_groups.x12"));
}

// Every 999 we write is X12 our own reader takes, with SE01, GE01 and IEA01 right, and reading
// it back gives the very responses we decided.
TEST(ack_999_test, written_999s_read_back_with_right_counts) {
  std::vector<received_interchange> scenarios = {invalid_code_value_scenario(), segment_count_scenario(),
                                                 two_groups_scenario(),
                                                 interchange({claim_group("17", {claim_set("0001")})})};
  for (const auto& in : scenarios) {
    const auto bytes = built(in);
    syntax::segment_reader reader(syntax::memory_source(bytes), "written.999");
    std::size_t in_set = 0, sets_in_group = 0, groups = 0, ses = 0;
    for (;;) {
      auto next = reader.next();
      ASSERT_TRUE(next) << next.error().to_string();
      if (!*next) break;
      const auto& s = **next;
      if (s.is("ST")) in_set = 0;
      ++in_set;
      if (s.is("SE")) {
        EXPECT_EQ(s.element(1), std::to_string(in_set)) << bytes;
        ++sets_in_group;
        ++ses;
      }
      if (s.is("GE")) {
        EXPECT_EQ(s.element(1), std::to_string(sets_in_group));
        sets_in_group = 0;
        ++groups;
      }
      if (s.is("IEA")) {
        EXPECT_EQ(s.element(1), std::to_string(groups));
      }
    }
    EXPECT_EQ(ses, in.groups.size());
    auto doc = read_999(bytes);
    ASSERT_TRUE(doc);
    EXPECT_TRUE(doc->problems.empty());
    ASSERT_EQ(doc->acks.size(), in.groups.size());
    for (std::size_t i = 0; i < in.groups.size(); ++i) {
      EXPECT_EQ(doc->acks[i].response, evaluate_group(in.groups[i], {}, reference));
    }
  }
}

TEST(ack_999_test, sender_and_receiver_are_swapped) {
  auto doc = read_999(built(segment_count_scenario()));
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->sender_id, "PAYER");
  EXPECT_EQ(doc->receiver_id, "SUBMITTER");
  EXPECT_EQ(doc->interchange_control_number, "000000101");
}

TEST(ack_999_test, warnings_never_reject) {
  auto set = claim_set("0001");
  auto w = element_error("CLM", 22, "2300", 2, 0, "5", "1234567890123");
  w.level = core::severity::warning;
  set.findings.push_back(w);
  auto r = evaluate_group(claim_group("1", {set}));
  EXPECT_EQ(r.status, "A");
  EXPECT_EQ(r.sets[0].status, "A");
  EXPECT_TRUE(r.sets[0].segments.empty());

  ack_policy report;
  report.report_warnings = true;
  r = evaluate_group(claim_group("1", {set}), report);
  EXPECT_EQ(r.sets[0].status, "A");  // shown, still accepted, no IK502
  ASSERT_EQ(r.sets[0].segments.size(), 1u);
  EXPECT_TRUE(r.sets[0].codes.empty());
}

TEST(ack_999_test, errors_above_the_rejecting_level_accept_with_errors) {
  auto set = claim_set("0001");
  set.findings.push_back(element_error("HI", 30, "2300", 1, 2, "I12", "XYZ", 5));  // SNIP 5 code set
  auto r = evaluate_group(claim_group("1", {set}));
  EXPECT_EQ(r.sets[0].status, "E");
  EXPECT_EQ(r.sets[0].codes, std::vector<std::string>{"I5"});
  EXPECT_EQ(r.status, "E");
  EXPECT_EQ(r.accepted, 1u);
}

TEST(ack_999_test, accept_with_errors_policy_keeps_level_two_errors) {
  auto in = invalid_code_value_scenario();
  ack_policy lenient;
  lenient.accept_with_errors = true;
  auto r = evaluate_group(in.groups[0], lenient);
  EXPECT_EQ(r.sets[1].status, "E");
  EXPECT_EQ(r.sets[1].codes, std::vector<std::string>{"5"});
  EXPECT_EQ(r.status, "E");
  // Envelope damage still rejects.
  r = evaluate_group(segment_count_scenario().groups[0], lenient);
  EXPECT_EQ(r.sets[0].status, "R");
  EXPECT_EQ(r.status, "R");
}

TEST(ack_999_test, one_ik3_per_segment_with_its_elements_in_order) {
  auto set = claim_set("0001");
  set.findings.push_back(element_error("NM1", 9, "2010BA", 9, 0, "I12", "12"));
  set.findings.push_back(element_error("CLM", 22, "2300", 2, 0, "1", ""));
  set.findings.push_back(element_error("CLM", 22, "2300", 5, 3, "7", "9"));
  set.findings.push_back(element_error("CLM", 22, "2300", 5, 3, "7", "9"));  // reported twice upstream
  core::finding unexpected;
  unexpected.snip = 2;
  unexpected.segment = "CLM";
  unexpected.where.set_index = 22;
  unexpected.ik304 = "5";
  set.findings.push_back(unexpected);
  auto r = evaluate_group(claim_group("1", {set}), {}, reference).sets[0];
  ASSERT_EQ(r.segments.size(), 3u);
  EXPECT_EQ(r.segments[0].segment, "NM1");
  EXPECT_EQ(r.segments[1].code, "5");  // the segment's own error before its element errors
  EXPECT_EQ(r.segments[2].code, "8");
  ASSERT_EQ(r.segments[2].elements.size(), 2u);
  EXPECT_EQ(r.segments[2].elements[0].reference, "782");
  EXPECT_EQ(r.segments[2].elements[1].component, 3);
  EXPECT_EQ(r.status, "R");
  EXPECT_EQ(r.codes, (std::vector<std::string>{"5", "I5"}));
}

TEST(ack_999_test, bad_data_holding_a_delimiter_is_left_out) {
  auto set = claim_set("0001");
  set.findings.push_back(element_error("NM1", 9, "2010BA", 3, 0, "6", "SMITH*JONES"));
  auto bytes = built(interchange({claim_group("1", {set})}));
  EXPECT_NE(bytes.find("IK4*3**6~"), std::string::npos) << bytes;
}

TEST(ack_999_test, repetition_goes_in_ik401_3) {
  auto set = claim_set("0001");
  auto f = element_error("HI", 30, "2300", 2, 0, "7", "ABK");
  f.repetition = 2;
  set.findings.push_back(f);
  auto bytes = built(interchange({claim_group("1", {set})}));
  EXPECT_NE(bytes.find("IK4*2::2**7*ABK~"), std::string::npos) << bytes;
}

TEST(ack_999_test, groups_from_other_parties_get_their_own_fa_group) {
  auto other = claim_group("9", {claim_set("0001")});
  other.app_sender = "CLEARINGHOUSE";
  auto bytes = built(interchange({claim_group("8", {claim_set("0001")}), other}));
  EXPECT_NE(bytes.find("GS*FA*PAYER*SUBMITTER*20250102*0930*201*"), std::string::npos);
  EXPECT_NE(bytes.find("GS*FA*PAYER*CLEARINGHOUSE*20250102*0930*202*"), std::string::npos);
  EXPECT_NE(bytes.find("IEA*2*000000101~"), std::string::npos);
}

TEST(ack_999_test, route_findings_by_control_numbers) {
  auto in = interchange({claim_group("17", {claim_set("0001"), claim_set("0002")})});
  std::vector<core::finding> findings(4);
  findings[0].gs06 = "17";
  findings[0].st02 = "0002";
  findings[1].gs06 = "17";
  findings[2].gs06 = "17";
  findings[2].st02 = "0099";
  findings[3].gs06 = "99";
  auto unplaced = route_findings(in, findings);
  EXPECT_EQ(in.groups[0].sets[1].findings.size(), 1u);
  EXPECT_EQ(in.groups[0].sets[0].findings.size(), 0u);
  EXPECT_EQ(in.groups[0].findings.size(), 1u);
  EXPECT_EQ(unplaced.size(), 2u);
}

TEST(ack_999_test, refuses_an_interchange_without_groups) {
  auto r = build_999(interchange({}), options());
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, core::errc::invalid_argument);
}

TEST(ack_999_test, refuses_unusable_delimiters) {
  auto o = options();
  o.delimiters.component = '*';
  auto r = build_999(segment_count_scenario(), o);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, core::errc::invalid_argument);
}

}  // namespace
}  // namespace claimloop::ack
