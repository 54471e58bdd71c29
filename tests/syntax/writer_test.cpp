#include "syntax/writer.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "syntax/isa_header.hpp"

namespace claimloop::syntax {
namespace {

// A segment_view over `body` (no terminator), split on d.element by hand so these tests do not
// depend on the reader.
struct owned_view {
  std::string body;
  std::vector<std::uint32_t> ends;
  delimiters delims;
  segment_view view() const { return segment_view(body, ends, &delims, core::position{}); }
};

owned_view make_view(std::string body, delimiters d) {
  owned_view v{std::move(body), {}, std::move(d)};
  for (std::size_t i = 0; i < v.body.size(); ++i) {
    if (v.body[i] == v.delims.element) v.ends.push_back(static_cast<std::uint32_t>(i));
  }
  v.ends.push_back(static_cast<std::uint32_t>(v.body.size()));
  return v;
}

delimiters pipes() { return delimiters{'|', '>', '!', "\n", ""}; }
delimiters stars() { return delimiters{'*', ':', '^', "~", ""}; }

const char* const PADDED_ISA =
    "ISA*00*          *00*          *ZZ*SUBMITTERS.ID  *ZZ*RECEIVERS.ID   *030101*1253*^*00501*000000905*1*T*:";

TEST(writer_test, writes_built_segment_with_composites_and_repeats) {
  writer w(stars());
  segment_builder b("CLM");
  b.element("A37YH556").element("500").skip(2).composite({"11", "B", "1"}).element("Y");
  std::string out;
  ASSERT_TRUE(w.write(b, out));
  EXPECT_EQ(out, "CLM*A37YH556*500***11:B:1*Y~");

  b.reset("EB").element("1").repeated({"30", "1", "33"}).element("x").component("y").repeat("z");
  out.clear();
  ASSERT_TRUE(w.write(b, out));
  EXPECT_EQ(out, "EB*1*30^1^33*x:y^z~");
}

TEST(writer_test, drops_trailing_empty_elements_and_components) {
  writer w(hipaa_delimiters());
  segment_builder b("NM1");
  b.element("85").element("2").element("CLINIC").skip(6).composite({"A", "", ""});
  std::string out;
  ASSERT_TRUE(w.write(b, out));
  EXPECT_EQ(out, "NM1*85*2*CLINIC*******A~\n");
}

TEST(writer_test, drops_trailing_empty_components_inside_the_segment_keeping_inner_ones) {
  writer w(stars());
  segment_builder b("STC");
  b.element("").composite({"A8", "189", ""}).element("20240102").element("").composite({"", "X", "", ""}).element("1");
  std::string out;
  ASSERT_TRUE(w.write(b, out));
  EXPECT_EQ(out, "STC**A8:189*20240102**:X*1~");
}

TEST(writer_test, refuses_element_separator_in_data_naming_the_element) {
  writer w(stars());
  segment_builder b("CLM");
  b.element("OK").element("12*5");
  std::string out = "kept";
  auto r = w.write(b, out);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, core::errc::delimiter_in_data);
  EXPECT_EQ(r.error().segment, "CLM");
  EXPECT_EQ(r.error().element, 2);
  EXPECT_NE(r.error().message.find("\"12*5\""), std::string::npos) << r.error().message;
  EXPECT_NE(r.error().message.find("element separator '*'"), std::string::npos) << r.error().message;
  EXPECT_EQ(out, "kept");  // nothing half-written
}

TEST(writer_test, refuses_component_repetition_and_terminator_in_data) {
  writer w(pipes());
  struct bad { std::string value; std::string what; };
  for (const auto& [value, what] : std::vector<bad>{{"a>b", "component separator '>'"},
                                                   {"a!b", "repetition separator '!'"},
                                                   {"a\nb", "segment terminator '\\n'"}}) {
    segment_builder b("REF");
    b.element("6R").composite({"x", value});
    std::string out;
    auto r = w.write(b, out);
    ASSERT_FALSE(r) << value;
    EXPECT_EQ(r.error().element, 2);
    EXPECT_NE(r.error().message.find(what), std::string::npos) << r.error().message;
  }
}

TEST(writer_test, refuses_repetition_when_target_has_none) {
  delimiters d = stars();
  d.repetition = 0;
  writer w(d);
  segment_builder b("EB");
  b.element("1").repeated({"30", "1"});
  std::string out;
  auto r = w.write(b, out);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().element, 2);
  // Without a repetition separator '^' is ordinary data.
  b.reset("NTE").element("A^B");
  ASSERT_TRUE(w.write(b, out));
  EXPECT_EQ(out, "NTE*A^B~");
}

TEST(writer_test, binary_element_may_hold_any_byte) {
  writer w(stars());
  segment_builder b("BIN");
  b.element("5").element(std::string_view("a*~:^", 5));
  std::string out;
  ASSERT_TRUE(w.write(b, out));
  EXPECT_EQ(out, "BIN*5*a*~:^~");
  b.reset("BDS").element("ASC").element("3").element("*~*");
  out.clear();
  ASSERT_TRUE(w.write(b, out));
  EXPECT_EQ(out, "BDS*ASC*3**~*~");
}

TEST(writer_test, copies_view_bytes_when_delimiters_match) {
  auto v = make_view("SV1*HC:99213:25*100*UN*1***1:2^3", stars());
  delimiters target = stars();
  target.suffix = "\r\n";
  writer w(target);
  std::string out;
  ASSERT_TRUE(w.write(v.view(), out));
  EXPECT_EQ(out, "SV1*HC:99213:25*100*UN*1***1:2^3~\r\n");
}

TEST(writer_test, redelimits_view) {
  auto v = make_view("SV1*HC:99213:25*100*UN*1***1:2^3:4", stars());
  writer w(delimiters{'|', '>', '!', "~", "\n"});
  std::string out;
  ASSERT_TRUE(w.write(v.view(), out));
  EXPECT_EQ(out, "SV1|HC>99213>25|100|UN|1|||1>2!3>4~\n");

  writer w2(pipes());
  out.clear();
  ASSERT_TRUE(w2.write(v.view(), out));
  EXPECT_EQ(out, "SV1|HC>99213>25|100|UN|1|||1>2!3>4\n");
}

TEST(writer_test, redelimit_refuses_data_holding_a_target_delimiter) {
  auto v = make_view("NM1*IL*1*SMITH|JONES*JANE", stars());
  writer w(pipes());
  std::string out = "x";
  auto r = w.write(v.view(), out);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, core::errc::delimiter_in_data);
  EXPECT_EQ(r.error().segment, "NM1");
  EXPECT_EQ(r.error().element, 3);
  EXPECT_NE(r.error().message.find("SMITH|JONES"), std::string::npos);
  EXPECT_EQ(out, "x");
}

TEST(writer_test, redelimit_copies_binary_element_untouched) {
  auto v = make_view("BIN*3*", stars());
  v.body += "|>!";
  v.ends.back() = static_cast<std::uint32_t>(v.body.size());
  writer w(pipes());
  std::string out;
  ASSERT_TRUE(w.write(v.view(), out));
  EXPECT_EQ(out, "BIN|3||>!\n");
}

TEST(writer_test, pads_isa_from_fields_to_106_bytes) {
  isa_fields f;
  f[1] = "00"; f[3] = "00"; f[5] = "ZZ"; f[6] = "SUBMITTERS.ID"; f[7] = "ZZ"; f[8] = "RECEIVERS.ID";
  f[9] = "030101"; f[10] = "1253"; f[12] = "00501"; f[13] = "905"; f[14] = "1"; f[15] = "T";
  writer w(stars());
  std::string out;
  ASSERT_TRUE(w.write_isa(f, out));
  EXPECT_EQ(out.size(), ISA_LENGTH + 1);
  EXPECT_EQ(out, std::string(PADDED_ISA) + "~");
  auto parsed = parse_isa(out);
  ASSERT_TRUE(parsed) << parsed.error().to_string();
  EXPECT_EQ(parsed->delims.repetition, '^');
  EXPECT_EQ(parsed->delims.component, ':');
  EXPECT_EQ(parsed->control_number(), "000000905");
}

TEST(writer_test, isa_separators_come_from_target_delimiters) {
  isa_fields f;
  f[12] = "00501"; f[11] = "^"; f[16] = ":";
  writer w(pipes());
  std::string out;
  ASSERT_TRUE(w.write_isa(f, out));
  ASSERT_EQ(out.size(), 106u);
  EXPECT_EQ(out[82], '!');   // ISA11
  EXPECT_EQ(out[104], '>');  // ISA16
  EXPECT_EQ(out[105], '\n');
  delimiters none = stars();
  none.repetition = 0;
  out.clear();
  ASSERT_TRUE(writer(none).write_isa(f, out));
  EXPECT_EQ(out[82], 'U');
  f[12] = "00401"; f[11] = "U";
  out.clear();
  ASSERT_TRUE(writer(stars()).write_isa(f, out));
  EXPECT_EQ(out[82], 'U');  // before 00402 ISA11 is the standards id
}

TEST(writer_test, isa_field_too_long_is_refused) {
  isa_fields f;
  f[12] = "00501";
  f[6] = "A-SENDER-ID-LONGER";
  std::string out;
  auto r = writer(stars()).write_isa(f, out);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().element, 6);
  EXPECT_TRUE(out.empty());
  f[6] = "S";
  f[13] = "12A";
  r = writer(stars()).write_isa(f, out);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().element, 13);
}

TEST(writer_test, read_isa_keeps_its_bytes_and_is_padded_when_redelimited) {
  const std::string unpadded = "ISA*00**00**ZZ*SUB*ZZ*REC*030101*1253*^*00501*905*1*T*:";
  auto v = make_view(unpadded, stars());
  std::string out;
  ASSERT_TRUE(writer(stars()).write(v.view(), out));
  EXPECT_EQ(out, unpadded + "~");
  out.clear();
  ASSERT_TRUE(writer(pipes()).write(v.view(), out));
  EXPECT_EQ(out.size(), 106u);
  EXPECT_EQ(out.substr(0, 40), "ISA|00|          |00|          |ZZ|SUB  ");
  EXPECT_EQ(out.substr(82), "!|00501|000000905|1|T|>\n");
}

TEST(writer_test, writes_to_a_stream) {
  writer w(hipaa_delimiters());
  std::ostringstream os;
  segment_builder b("LX");
  b.element(1);
  ASSERT_TRUE(w.write(b, os));
  b.reset("LX").element(-2);
  ASSERT_TRUE(w.write(b, os));
  EXPECT_EQ(os.str(), "LX*1~\nLX*-2~\n");
}

TEST(writer_test, check_delimiters_rejects_clashes) {
  EXPECT_TRUE(check_delimiters(stars()));
  EXPECT_FALSE(check_delimiters(delimiters{'*', '*', '^', "~", ""}));
  EXPECT_FALSE(check_delimiters(delimiters{'*', ':', '~', "~", ""}));
  EXPECT_FALSE(check_delimiters(delimiters{'A', ':', '^', "~", ""}));
  EXPECT_FALSE(check_delimiters(delimiters{'*', ':', '^', "", ""}));
  EXPECT_FALSE(writer::create(delimiters{'*', ':', ':', "~", ""}));
}

}  // namespace
}  // namespace claimloop::syntax
