#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>

#include "schema/xml_validate.hpp"
#include "support/run_command.hpp"
#include "support/test_support.hpp"

using namespace claimloop::testing;
namespace json = boost::json;

namespace {

const std::string TWO_GROUPS = (corpus_dir() / "azoner__pyx12/pyx12__tests__834_lui_id_5010.999.txt").string();
const std::string NOT_X12 = (corpus_dir() / "albmarin__badX12/tests__files__errors__bad_file.edi").string();

// The segments of a printed set in order, whether it came with loops or flat.
void flatten(const json::value& node, std::vector<json::object>& out) {
  const auto& o = node.as_object();
  if (o.contains("children")) {
    for (const auto& c : o.at("children").as_array()) flatten(c, out);
  } else if (o.contains("loops")) {
    flatten(o.at("loops"), out);
  } else if (o.contains("segments")) {
    for (const auto& c : o.at("segments").as_array()) out.push_back(c.as_object());
  } else {
    out.push_back(o);
  }
}

std::vector<json::object> set_segments(const json::value& set) {
  std::vector<json::object> out;
  flatten(set, out);
  return out;
}

// Loop ids in document order, depth first.
void loop_ids(const json::value& node, std::vector<std::string>& out) {
  const auto& o = node.as_object();
  if (!o.contains("children")) return;
  out.emplace_back(o.at("id").as_string());
  for (const auto& c : o.at("children").as_array()) loop_ids(c, out);
}

}  // namespace

TEST(parse_command_test, json_nests_interchanges_groups_sets_and_segments) {
  auto r = run_claimloop("parse --to json " + quoted(TWO_GROUPS));
  ASSERT_EQ(r.status, 0) << r.out;
  auto doc = json::parse(r.out).as_object();
  auto& file = doc.at("files").as_array().at(0).as_object();
  EXPECT_EQ(file.at("file").as_string(), TWO_GROUPS);
  auto& interchange = file.at("interchanges").as_array().at(0).as_object();
  EXPECT_EQ(interchange.at("header").at("id").as_string(), "ISA");
  EXPECT_EQ(interchange.at("trailer").at("id").as_string(), "IEA");
  auto& groups = interchange.at("groups").as_array();
  ASSERT_EQ(groups.size(), 2u);
  std::size_t sets = 0;
  for (auto& g : groups) {
    EXPECT_EQ(g.at("header").at("id").as_string(), "GS");
    EXPECT_EQ(g.at("trailer").at("id").as_string(), "GE");
    for (auto& s : g.at("sets").as_array()) {
      ++sets;
      auto segs = set_segments(s);
      EXPECT_EQ(segs.front().at("id").as_string(), "ST");
      EXPECT_EQ(segs.back().at("id").as_string(), "SE");
      EXPECT_EQ(segs.front().at("position").at("index").as_int64(), 1);
      EXPECT_FALSE(s.at("stray").as_bool());
    }
  }
  EXPECT_EQ(sets, 4u);
  EXPECT_TRUE(file.at("error").is_null());
}

TEST(parse_command_test, json_shows_components_and_repetitions) {
  const auto text = std::string(
      "ISA*00*          *00*          *ZZ*SUB            *ZZ*REC            *230101*1253*^*00501*000000905*0*T*:~"
      "GS*HC*S*R*20230101*1253*1*X*005010X222A1~ST*837*0001~HI*ABK:J449^ABF:R05~SE*3*0001~GE*1*1~IEA*1*000000905~");
  const auto path = std::filesystem::temp_directory_path() / "claimloop_parse_components.x12";
  { std::ofstream(path) << text; }
  auto r = run_claimloop("parse " + quoted(path.string()));
  ASSERT_EQ(r.status, 0) << r.out;
  auto doc = json::parse(r.out);
  auto segs = set_segments(doc.at("files").at(0).at("interchanges").at(0).at("groups").at(0).at("sets").at(0));
  ASSERT_GE(segs.size(), 2u);
  auto& hi = segs[1];
  EXPECT_EQ(hi.at("id").as_string(), "HI");
  auto& reps = hi.at("elements").at(0).at("repetitions").as_array();
  ASSERT_EQ(reps.size(), 2u);
  EXPECT_EQ(reps[1].at(1).as_string(), "R05");
  auto& isa = doc.at("files").at(0).at("interchanges").at(0).at("header");
  EXPECT_EQ(isa.at("elements").at(10).as_string(), "^");  // ISA11 is the separator itself, not split
  EXPECT_EQ(isa.at("position").at("offset").as_int64(), 0);
}

TEST(parse_command_test, json_shows_loops_by_id_and_name) {
  const auto path = corpus_dir() / "LinuxForHealth__x12/demo-file__demo.837";
  auto r = run_claimloop("parse " + quoted(path.string()));
  ASSERT_EQ(r.status, 0) << r.out;
  auto doc = json::parse(r.out);
  auto& set = doc.at("files").at(0).at("interchanges").at(0).at("groups").at(0).at("sets").at(0);
  EXPECT_EQ(set.at("guide").as_string(), "837P");
  std::vector<std::string> ids;
  loop_ids(set.at("loops"), ids);
  for (const char* id : {"1000A", "1000B", "2000A", "2010AA", "2000B", "2010BA", "2300", "2400"})
    EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end()) << id;
  // 2300 sits under a subscriber or patient HL loop, never at the top.
  for (const auto& c : set.at("loops").at("children").as_array()) {
    if (c.as_object().contains("children")) {
      EXPECT_NE(c.at("id").as_string(), "2300");
    }
  }
  auto segs = set_segments(set);
  EXPECT_EQ(segs.front().at("id").as_string(), "ST");
  EXPECT_EQ(segs.back().at("id").as_string(), "SE");
  for (const auto& s : segs) EXPECT_TRUE(s.contains("name")) << json::serialize(s);
}

TEST(parse_command_test, xml_validates_against_the_document_schema) {
  const auto path = corpus_dir() / "LinuxForHealth__x12/demo-file__demo.835";
  auto r = run_claimloop("parse --to xml " + quoted(path.string()));
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("<loop id=\"2100\""), std::string::npos) << r.out.substr(0, 2000);
  auto valid = claimloop::schema::validate_xml(std::filesystem::path(CLAIMLOOP_SOURCE_DIR) / "schemas/x12-document.xsd", r.out);
  ASSERT_TRUE(valid) << valid.error().to_string();
  for (const auto& p : valid->problems) ADD_FAILURE() << "line " << p.line << " column " << p.column << ": " << p.message;
}

TEST(parse_command_test, x12_writes_files_back_byte_for_byte) {
  for (const char* name : {"LinuxForHealth__x12/demo-file__demo.835", "tastypackets__x12-parser/test__test-files__835__profee-multiple.edi",
                           "xlate__staedi/src__test__resources__x12__sample837-original.edi"}) {
    const auto path = corpus_dir() / name;
    auto r = run_claimloop("parse --to x12 " + quoted(path.string()));
    ASSERT_EQ(r.status, 0) << name;
    EXPECT_EQ(r.out, read_file(path)) << name;
  }
}

TEST(parse_command_test, reads_standard_input) {
  const auto path = corpus_dir() / "LinuxForHealth__x12/demo-file__demo.837";
  auto r = run_claimloop("parse --to x12 - < " + quoted(path.string()));
  ASSERT_EQ(r.status, 0);
  EXPECT_EQ(r.out, read_file(path));
}

TEST(parse_command_test, not_x12_exits_2_with_the_reason_in_json) {
  auto r = run_claimloop("parse " + quoted(NOT_X12) + " 2>/dev/null");
  EXPECT_EQ(r.status, 2);
  auto doc = json::parse(r.out);
  auto err = doc.at("files").at(0).at("error").as_string();
  EXPECT_NE(std::string(err).find("no ISA interchange header"), std::string::npos) << err;
}

TEST(parse_command_test, missing_file_exits_2) {
  auto r = run_claimloop("parse --to x12 /nonexistent/file.x12 2>&1");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("/nonexistent/file.x12"), std::string::npos) << r.out;
}

TEST(parse_command_test, help_lists_options) {
  auto r = run_claimloop("parse --help");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("--to"), std::string::npos);
  EXPECT_NE(r.out.find("--log-level"), std::string::npos);
}

namespace {

// Every value of `key` anywhere in a JSON tree, in document order.
void values_of(const json::value& v, std::string_view key, std::vector<std::string>& out) {
  if (v.is_object()) {
    for (const auto& [k, child] : v.as_object()) {
      if (k == key && child.is_string()) out.emplace_back(child.as_string());
      values_of(child, key, out);
    }
  } else if (v.is_array()) {
    for (const auto& child : v.as_array()) values_of(child, key, out);
  }
}

}  // namespace

TEST(parse_command_test, model_gives_typed_claims_and_remittances) {
  auto claims = run_claimloop("parse --to model " + quoted((fixtures_dir() / "validate/837p_clean.x12").string()));
  ASSERT_EQ(claims.status, 0) << claims.out;
  auto doc = json::parse(claims.out);
  auto& file = doc.at("files").at(0);
  EXPECT_EQ(file.at("claims").as_array().size(), 1u);
  EXPECT_TRUE(file.at("remittances").as_array().empty());
  std::vector<std::string> ids, totals, charges;
  values_of(file, "patient_control_number", ids);
  values_of(file, "total_charge", totals);
  values_of(file, "charge", charges);
  EXPECT_EQ(ids, std::vector<std::string>{"CLAIM0001"});
  EXPECT_EQ(totals, std::vector<std::string>{"150"});
  EXPECT_EQ(charges, (std::vector<std::string>{"100", "50"}));  // exact decimals as written

  auto remits = run_claimloop("parse --to model " + quoted((fixtures_dir() / "validate/835_clean.x12").string()));
  ASSERT_EQ(remits.status, 0) << remits.out;
  auto rdoc = json::parse(remits.out);
  std::vector<std::string> paid;
  values_of(rdoc.at("files").at(0).at("remittances"), "paid", paid);
  EXPECT_EQ(paid, (std::vector<std::string>{"120", "80", "40"}));
}
