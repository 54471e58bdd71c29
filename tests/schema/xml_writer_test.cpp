#include "schema/xml_writer.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "schema/xml_validate.hpp"
#include "schema_paths.hpp"

namespace claimloop::schema {
namespace {

xml_interchange_info numbered(std::string control_number) {
  xml_interchange_info info;
  info.control_number = std::move(control_number);
  return info;
}

std::filesystem::path document_xsd() { return testing::xsd_dir() / "x12-document.xsd"; }

// A small 837P-shaped interchange: envelope, two loops, a composite, a repeated composite.
std::string small_document() {
  auto w = xml_writer::create("claim.x12");
  EXPECT_TRUE(w);
  if (!w) return {};
  const std::vector<std::string> isa = {"00", "          ", "00", "          ", "ZZ", "SUBMITTER      ",
                                        "ZZ", "PAYER          ", "250102", "0930", "^", "00501",
                                        "000000101", "0", "T", ":"};
  EXPECT_TRUE(w->begin_interchange({"000000101", "ZZ", "SUBMITTER", "ZZ", "PAYER", "250102", "0930", "00501"}));
  EXPECT_TRUE(w->segment("ISA", 1, isa));
  EXPECT_TRUE(w->begin_group({"HC", "17", "005010X222A1"}));
  EXPECT_TRUE(w->begin_set({"837", "0001", "005010X222A1"}));
  EXPECT_TRUE(w->segment("ST", 1, std::vector<std::string>{"837", "0001", "005010X222A1"}));
  EXPECT_TRUE(w->begin_loop("1000A", "Submitter Name"));
  EXPECT_TRUE(w->segment("NM1", 2, std::vector<std::string>{"41", "2", "ACME BILLING", "", "", "", "", "46", "12345"}));
  EXPECT_TRUE(w->end_loop());
  EXPECT_TRUE(w->begin_loop("2300", "Claim Information"));
  const std::vector<xml_element_value> clm = {xml_element_value::simple(1, "PATIENT-17"),
                                              xml_element_value::simple(2, "125.5"),
                                              {5, {{"11", "B", "1"}}}};
  EXPECT_TRUE(w->segment("CLM", 3, clm));
  const std::vector<xml_element_value> hi = {{1, {{"ABK", "J449"}, {"ABF", "R0600"}}}};
  EXPECT_TRUE(w->segment("HI", 4, hi));
  EXPECT_TRUE(w->begin_loop("2400", "Service Line Number"));
  EXPECT_TRUE(w->segment("LX", 5, std::vector<std::string>{"1"}));
  EXPECT_TRUE(w->end_loop());
  EXPECT_TRUE(w->end_loop());
  EXPECT_TRUE(w->segment("SE", 6, std::vector<std::string>{"6", "0001"}));
  EXPECT_TRUE(w->end_set());
  EXPECT_TRUE(w->segment("GE", 1, std::vector<std::string>{"1", "17"}));
  EXPECT_TRUE(w->end_group());
  EXPECT_TRUE(w->segment("IEA", 1, std::vector<std::string>{"1", "000000101"}));
  EXPECT_TRUE(w->end_interchange());
  auto xml = w->finish();
  EXPECT_TRUE(xml) << xml.error().to_string();
  return xml ? *xml : std::string();
}

TEST(xml_writer_test, writes_a_document_that_validates_against_the_xsd) {
  const auto xml = small_document();
  auto v = validate_xml(document_xsd(), xml);
  ASSERT_TRUE(v) << v.error().to_string();
  for (const auto& p : v->problems) ADD_FAILURE() << p.line << ":" << p.column << " " << p.message;
  EXPECT_TRUE(v->valid()) << xml;
  if (std::getenv("CLAIMLOOP_PRINT_XML") != nullptr) std::cout << xml;
}

TEST(xml_writer_test, nests_loops_and_keeps_positions_components_and_repetitions) {
  const auto xml = small_document();
  EXPECT_NE(xml.find("<x12 file=\"claim.x12\">"), std::string::npos) << xml;
  EXPECT_NE(xml.find("<loop id=\"2300\" name=\"Claim Information\">"), std::string::npos);
  EXPECT_NE(xml.find("<segment id=\"CLM\" position=\"3\">"), std::string::npos);
  EXPECT_NE(xml.find("<component position=\"2\" value=\"B\"/>"), std::string::npos);
  EXPECT_NE(xml.find("<repetition position=\"2\">"), std::string::npos);
  EXPECT_NE(xml.find("<component position=\"2\" value=\"R0600\"/>"), std::string::npos);
  EXPECT_NE(xml.find("value=\"SUBMITTER      \""), std::string::npos);  // ISA padding kept
  // Empty NM104..NM107 are left out; NM108 keeps its position.
  EXPECT_EQ(xml.find("<element position=\"4\""), xml.find("<element position=\"4\" value=\"          \"/>"));
  EXPECT_NE(xml.find("<element position=\"8\" value=\"46\"/>"), std::string::npos);
  // 2400 sits inside 2300, which closes before SE.
  EXPECT_LT(xml.find("<loop id=\"2400\""), xml.find("<segment id=\"SE\""));
  EXPECT_LT(xml.find("<loop id=\"2300\""), xml.find("<loop id=\"2400\""));
}

TEST(xml_writer_test, validation_reports_a_broken_document_with_its_line) {
  auto xml = small_document();
  const auto at = xml.find("id=\"CLM\"");
  ASSERT_NE(at, std::string::npos);
  xml.replace(at, 8, "id=\"clm\"");
  auto v = validate_xml(document_xsd(), xml);
  ASSERT_TRUE(v);
  ASSERT_FALSE(v->valid());
  EXPECT_GT(v->problems.front().line, 1u);
  EXPECT_NE(v->problems.front().message.find("clm"), std::string::npos) << v->problems.front().message;

  v = validate_xml(document_xsd(), "<x12><interchange/></x12>");  // control_number is required
  ASSERT_TRUE(v);
  EXPECT_FALSE(v->valid());
  v = validate_xml(document_xsd(), "<x12><interchange");  // not even well-formed
  ASSERT_TRUE(v);
  EXPECT_FALSE(v->valid());
}

TEST(xml_writer_test, validation_without_its_xsd_is_an_error) {
  auto v = validate_xml(testing::xsd_dir() / "no-such.xsd", "<x12/>");
  ASSERT_FALSE(v);
  EXPECT_EQ(v.error().code, core::errc::io_error);
}

TEST(xml_writer_test, refuses_calls_out_of_order) {
  auto w = xml_writer::create();
  ASSERT_TRUE(w);
  EXPECT_FALSE(w->begin_set({"837", "0001", ""}));  // no interchange, no group
  EXPECT_FALSE(w->segment("NM1", 1, std::vector<std::string>{"41"}));  // outside an interchange
  ASSERT_TRUE(w->begin_interchange(numbered("1")));
  ASSERT_TRUE(w->begin_group({"HC", "1", ""}));
  ASSERT_TRUE(w->begin_set({"837", "0001", ""}));
  ASSERT_TRUE(w->begin_loop("2000A"));
  auto r = w->end_set();  // the loop is still open
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, core::errc::invalid_argument);
  EXPECT_FALSE(w->begin_loop("20 00"));
  EXPECT_FALSE(w->segment("nm1", 2, std::vector<std::string>{"41"}));
  auto done = w->finish();
  ASSERT_FALSE(done);
  EXPECT_NE(done.error().message.find("loop"), std::string::npos);
}

TEST(xml_writer_test, refuses_control_characters_and_keeps_latin1_text) {
  auto w = xml_writer::create();
  ASSERT_TRUE(w);
  ASSERT_TRUE(w->begin_interchange(numbered("1")));
  auto r = w->segment("NTE", 1, std::vector<std::string>{"ADD", std::string("bell\x07", 5)});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, core::errc::invalid_value);
  EXPECT_EQ(r.error().segment, "NTE");
  EXPECT_EQ(r.error().element, 2);
  ASSERT_TRUE(w->segment("NTE", 2, std::vector<std::string>{"ADD", "Jos\xE9", "Jos\xC3\xA9"}));
  ASSERT_TRUE(w->end_interchange());
  auto xml = w->finish();
  ASSERT_TRUE(xml);
  // A lone Latin-1 byte and proper UTF-8 both come out as UTF-8.
  EXPECT_NE(xml->find("value=\"Jos\xC3\xA9\"/>\n"), xml->rfind("value=\"Jos\xC3\xA9\"/>\n"));
}

}  // namespace
}  // namespace claimloop::schema
