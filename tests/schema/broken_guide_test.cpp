// Guides that break the XSD, or name what the dictionary and code lists lack, are refused with
// the file, line and column of the offending tag (Xerces reports the position just after the
// start tag's '>'). Fixtures: fixtures/schema/broken/.
#include <gtest/gtest.h>

#include <fstream>

#include "schema/loader.hpp"
#include "schema/registry.hpp"
#include "schema/schema_paths.hpp"

namespace claimloop::testing {
namespace {

std::filesystem::path broken(const char* name) { return fixtures_dir() / "schema" / "broken" / name; }

core::error refusal(const char* name) {
  auto g = schema::load_guide(broken(name), xsd_dir());
  EXPECT_FALSE(g) << name << " was accepted";
  return g ? core::error{} : g.error();
}

// The error names the file, the line (also in where.line), the column and what is wrong.
void expect_at(const char* name, std::uint64_t line, std::uint32_t column, const char* words) {
  const core::error e = refusal(name);
  const std::string text = e.to_string();
  EXPECT_EQ(e.code, core::errc::bad_guide) << text;
  EXPECT_NE(e.file.find(name), std::string::npos) << text;
  EXPECT_EQ(e.where.line, line) << text;
  EXPECT_NE(e.message.find("line " + std::to_string(line) + " column " + std::to_string(column) + ":"),
            std::string::npos) << text;
  EXPECT_NE(text.find(words), std::string::npos) << text;
}

TEST(broken_guide_test, rejects_value_outside_xsd_enumeration) { expect_at("bad_usage.xml", 5, 72, "'Q'"); }
TEST(broken_guide_test, rejects_mismatched_tags) { expect_at("not_well_formed.xml", 10, 5, "end of tag 'segment'"); }
TEST(broken_guide_test, rejects_loop_without_trigger_segment) {
  expect_at("loop_without_trigger.xml", 12, 10, "element 'loop' is not allowed");
}
TEST(broken_guide_test, rejects_duplicate_loop_id) { expect_at("duplicate_loop_id.xml", 11, 58, "duplicate"); }
TEST(broken_guide_test, rejects_segment_missing_from_dictionary) {
  expect_at("unknown_segment.xml", 8, 67, "segment ZZ9 is not in the dictionary");
}
TEST(broken_guide_test, rejects_unknown_code_list) {
  expect_at("unknown_codelist.xml", 10, 59, "code list 'no_such_list'");
}
TEST(broken_guide_test, rejects_element_position_beyond_segment) { expect_at("bad_position.xml", 7, 34, "ST has no element 12"); }
TEST(broken_guide_test, rejects_looser_length_than_dictionary) {
  expect_at("looser_length.xml", 11, 52, "lengths 1..999 are not within element 1035's 1..60");
}
TEST(broken_guide_test, rejects_component_match_on_simple_element) {
  expect_at("match_on_simple_element.xml", 10, 53, "NM101 has no component 2");
}
TEST(broken_guide_test, rejects_other_document_kind) {
  expect_at("wrong_root.xml", 2, 79, "no declaration found for element 'codelists'");
}

TEST(broken_guide_test, rejects_discriminator_value_the_use_forbids) {
  expect_at("match_value_not_allowed.xml", 9, 67, "value 40 is not allowed in NM101");
}

TEST(broken_guide_test, rejects_same_id_uses_with_overlapping_discriminators) {
  expect_at("overlapping_discriminators.xml", 18, 79, "'Submitter Other Identifier' can match the same segments");
}

TEST(broken_guide_test, ignores_schema_location_hint_in_the_file) {
  // bad_usage.xml points xsi:noNamespaceSchemaLocation at a file that does not exist; it is
  // still checked against schemas/guide.xsd, as rejects_value_outside_xsd_enumeration shows.
  EXPECT_NE(read_file(broken("bad_usage.xml")).find("permissive-does-not-exist.xsd"), std::string::npos);
  EXPECT_EQ(refusal("bad_usage.xml").code, core::errc::bad_guide);
}

TEST(broken_guide_test, missing_dictionary_names_the_file_and_the_guide) {
  const core::error e = refusal("missing_dictionary.xml");
  EXPECT_EQ(e.code, core::errc::io_error);
  EXPECT_NE(e.file.find("missing-dictionary.xml"), std::string::npos);
  EXPECT_NE(e.message.find("missing_dictionary.xml"), std::string::npos) << e.to_string();
}

TEST(broken_guide_test, missing_guide_file_is_an_io_error) {
  auto g = schema::load_guide(broken("no-such-file.xml"), xsd_dir());
  ASSERT_FALSE(g);
  EXPECT_EQ(g.error().code, core::errc::io_error);
}

TEST(broken_guide_test, missing_xsd_is_an_io_error) {
  auto g = schema::load_guide(grammar_dir() / "837P-005010X222A1.xml", fixtures_dir() / "schema" / "no-xsd-here");
  ASSERT_FALSE(g);
  EXPECT_EQ(g.error().code, core::errc::io_error);
  EXPECT_NE(g.error().file.find("guide.xsd"), std::string::npos);
}

TEST(broken_guide_test, registry_refuses_a_folder_holding_a_broken_guide) {
  auto reg = schema::guide_registry::load(fixtures_dir() / "schema" / "broken", xsd_dir());
  ASSERT_FALSE(reg);
  EXPECT_TRUE(reg.error().code == core::errc::bad_guide || reg.error().code == core::errc::io_error);
}

TEST(broken_guide_test, garbage_bytes_do_not_crash) {
  const auto dir = std::filesystem::temp_directory_path() / "claimloop_schema_garbage";
  std::filesystem::create_directories(dir);
  const auto file = dir / "garbage.xml";
  for (const std::string& text : {std::string(""), std::string("\xff\xfe\x00<", 4), std::string("<guide"),
                                 std::string("<?xml version=\"1.0\"?><!DOCTYPE g [<!ENTITY a \"aaaa\">"
                                             "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><guide x=\"&b;\"/>")}) {
    std::ofstream(file, std::ios::binary) << text;
    auto g = schema::load_guide(file, xsd_dir());
    EXPECT_FALSE(g);
    if (!g) {
      EXPECT_EQ(g.error().code, core::errc::bad_guide) << g.error().to_string();
    }
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace claimloop::testing
