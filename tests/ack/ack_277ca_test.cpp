// The 277CA's decisions on values: the claim status table (parsing, first match, element and
// entity keys), claim verdicts, and the interchange around hand-built claim batches.
#include "ack/ack_277ca.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "support/test_support.hpp"

namespace claimloop::ack {
namespace {

constexpr const char* HEADER = "transaction\tlevel\tloop\tsegment\telement\tcategory\tstatus\tentity\tdescription\n";

claim_status_table table(const std::string& rows) {
  auto t = claim_status_table::parse(std::string("# test rules\n") + HEADER + rows, "test.tsv");
  if (!t) throw std::runtime_error(t.error().to_string());
  return std::move(*t);
}

claim_issue issue(core::snip_level snip, std::string loop, std::string segment, std::uint8_t element,
                  std::uint8_t component = 0, std::string entity = {}) {
  core::finding f;
  f.snip = snip;
  f.loop = std::move(loop);
  f.segment = std::move(segment);
  f.element = element;
  f.component = component;
  f.message = "test";
  return {f, std::move(entity)};
}

const char* RULES =
    "837I\t5\t*\tCLM\t05-1\tA7\t228\t\tbill type\n"
    "*\t5\t*\tCLM\t05-1\tA7\t249\t\tplace of service\n"
    "*\t5\t*\tSV1\t01-2\tA7\t454\t\tprocedure\n"
    "*\t5\t*\tSV1\t01\tA7\t453\t\tmodifier\n"
    "*\t5\t*\tNM1\t09\tA7\t562\tloop\tNPI\n"
    "*\t3\t*\t*\t*\tA7\t400\t\tbalance\n"
    "*\t*\t*\t*\t*\tA3\t481\t\tanything else\n";

TEST(ack_277ca_status_test, first_matching_rule_wins_with_transaction_element_and_component_keys) {
  const auto t = table(RULES);
  EXPECT_EQ(t.status_of("837I", issue(5, "2300", "CLM", 5, 1)), (claim_status{"A7", "228", ""}));
  EXPECT_EQ(t.status_of("837P", issue(5, "2300", "CLM", 5, 1)), (claim_status{"A7", "249", ""}));
  EXPECT_EQ(t.status_of("837P", issue(5, "2400", "SV1", 1, 2)), (claim_status{"A7", "454", ""}));
  EXPECT_EQ(t.status_of("837P", issue(5, "2400", "SV1", 1, 3)), (claim_status{"A7", "453", ""}));
  EXPECT_EQ(t.status_of("837P", issue(3, "2300", "CLM", 2)), (claim_status{"A7", "400", ""}));
  EXPECT_EQ(t.status_of("837P", issue(4, "2300", "REF", 0)), (claim_status{"A3", "481", ""}));
}

TEST(ack_277ca_status_test, loop_entity_comes_from_the_issue) {
  const auto t = table(RULES);
  EXPECT_EQ(t.status_of("837P", issue(5, "2310B", "NM1", 9, 0, "82")), (claim_status{"A7", "562", "82"}));
}

TEST(ack_277ca_status_test, refuses_tables_it_cannot_use) {
  EXPECT_FALSE(claim_status_table::parse("code\tstart\n", "bad.tsv"));                        // not this header
  EXPECT_FALSE(claim_status_table::parse(std::string(HEADER) + "*\t5\t*\tHI\t*\tA7\t255\t\tdx\n", "x"));  // no catch-all
  EXPECT_FALSE(claim_status_table::parse(std::string(HEADER) + "*\t*\t*\t*\t*\tR7\t255\t\tx\n", "x"));   // not an A code
  EXPECT_FALSE(claim_status_table::parse(std::string(HEADER) + "*\t9\t*\t*\t*\tA7\t255\t\tx\n*\t*\t*\t*\t*\tA3\t481\t\tx\n", "x"));
  EXPECT_FALSE(claim_status_table::parse(std::string(HEADER) + "*\t*\t*\t*\tA3\t481\n", "x"));  // 6 fields
  auto missing = claim_status_table::load("/nonexistent/claim_status_reason.tsv");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, core::errc::io_error);
}

TEST(ack_277ca_status_test, shipped_table_loads_and_answers_balancing_with_400) {
  auto t = claim_status_table::load(std::filesystem::path(CLAIMLOOP_SOURCE_DIR) / "grammars/codes/claim_status_reason.tsv");
  ASSERT_TRUE(t) << t.error().to_string();
  EXPECT_EQ(t->status_of("837P", issue(3, "2300", "CLM", 2)), (claim_status{"A7", "400", ""}));
  EXPECT_EQ(t->status_of("837P", issue(5, "2010AA", "NM1", 9, 0, "85")), (claim_status{"A7", "562", "85"}));
  EXPECT_EQ(t->status_of("837P", issue(1, "2010AA", "NM1", 3)), (claim_status{"A3", "684", ""}));
}

TEST(ack_277ca_status_test, claim_verdict_lists_each_distinct_status_once) {
  const auto t = table(RULES);
  received_claim c;
  EXPECT_TRUE(judge_claim(c, "837P", t).accepted);
  c.issues = {issue(5, "2400", "SV1", 1, 2), issue(3, "2300", "CLM", 2), issue(5, "2400", "SV1", 1, 2)};
  auto warning = issue(5, "2300", "CLM", 5, 1);
  warning.finding.level = core::severity::warning;  // warnings never reject
  c.issues.push_back(warning);
  const auto v = judge_claim(c, "837P", t);
  EXPECT_FALSE(v.accepted);
  ASSERT_EQ(v.statuses.size(), 2u);
  EXPECT_EQ(v.statuses[0], (claim_status{"A7", "454", ""}));
  EXPECT_EQ(v.statuses[1], (claim_status{"A7", "400", ""}));
}

// A batch of one provider, one patient and the given claims.
std::shared_ptr<const claim_batch> batch(std::vector<received_claim> claims) {
  auto b = std::make_shared<claim_batch>();
  b->implementation = "005010X222A1";
  b->reference = "BATCH1";
  b->submitter = {"2", "SUBMITTER", "", "", "", "46", "S1"};
  b->receiver = {"2", "PAYER", "", "", "", "46", "R1"};
  auto& p = b->providers.emplace_back();
  p.name = {"2", "CLINIC", "", "", "", "XX", "1999999984"};
  auto& patient = p.patients.emplace_back();
  patient.name = {"1", "DOE", "JANE", "", "", "MI", "M1"};
  patient.claims = std::move(claims);
  return b;
}

received_claim claim(std::string id, std::int64_t cents) {
  received_claim c;
  c.patient_control_number = std::move(id);
  c.charge = *core::decimal::from_parts(cents, 2);
  return c;
}

received_group group(std::string gs06, std::shared_ptr<const claim_batch> claims) {
  received_group g;
  g.functional_id = "HC";
  g.app_sender = "SENDER";
  g.app_receiver = "RECEIVER";
  g.control_number = std::move(gs06);
  g.version = "005010X222A1";
  g.declared_sets = 1;
  g.sets.push_back({"837", "0001", "005010X222A1", {}, {}, {}, std::move(claims)});
  return g;
}

received_interchange interchange(std::vector<received_group> groups) {
  received_interchange in;
  in.sender_id = "SENDER";
  in.receiver_id = "RECEIVER";
  in.control_number = "000000007";
  in.sender_qualifier = "ZZ";
  in.receiver_qualifier = "ZZ";
  in.groups = std::move(groups);
  return in;
}

ack_277ca_options options() {
  ack_277ca_options o;
  o.date = "20240116";
  o.time = "1030";
  o.statuses = std::make_shared<const claim_status_table>(table(RULES));
  return o;
}

TEST(ack_277ca_write_test, groups_of_one_sender_share_one_hn_group_and_totals_add_up) {
  const auto in = interchange({group("1", batch({claim("C1", 15000), claim("C2", 8050)})),
                               group("2", batch({claim("C3", 1)}))});
  auto text = build_277ca(in, options());
  ASSERT_TRUE(text) << text.error().to_string();
  EXPECT_EQ(text->find("GS*", text->find("GS*") + 1), std::string::npos) << *text;  // one HN group
  EXPECT_NE(text->find("GE*2*1~"), std::string::npos) << *text;                         // with two 277s
  EXPECT_NE(text->find("ST*277*0002*005010X214~"), std::string::npos) << *text;
  EXPECT_NE(text->find("STC*A1:19:PR*20240116*WQ*230.5~\nQTY*90*2~\nAMT*YU*230.5~"), std::string::npos) << *text;
  EXPECT_NE(text->find("STC*A1:20*20240116*WQ*0.01~"), std::string::npos) << *text;
  EXPECT_NE(text->find("ISA*00*          *00*          *ZZ*RECEIVER       *ZZ*SENDER         *240116*1030*^*00501*"
                       "000000001*0*P*:~"),
            std::string::npos)
      << *text;
}

TEST(ack_277ca_write_test, answers_nothing_when_the_999_rejects_or_no_claims_were_kept) {
  auto rejected = group("1", batch({claim("C1", 100)}));
  core::finding envelope;  // SE01 count wrong: the 999 rejects the set
  envelope.segment = "SE";
  envelope.ack_code = "4";
  rejected.sets[0].findings.push_back(envelope);
  auto none = build_277ca(interchange({rejected, group("2", nullptr)}), options());
  ASSERT_TRUE(none);
  EXPECT_EQ(*none, "");
  auto no_table = options();
  no_table.statuses = nullptr;
  EXPECT_FALSE(build_277ca(interchange({group("1", batch({claim("C1", 100)}))}), no_table));
}

}  // namespace
}  // namespace claimloop::ack
