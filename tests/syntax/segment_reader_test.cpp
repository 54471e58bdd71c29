#include <gtest/gtest.h>

#include "support/read_segments.hpp"
#include "support/test_support.hpp"

using namespace claimloop;
using claimloop::testing::has_notice;
using claimloop::testing::read_segments;
using kind = syntax::reader_notice::kind;

namespace {

const std::string ISA =
    "ISA*00*          *00*          *ZZ*SUBMITTERID    *ZZ*RECEIVERID     *230101*1253*^*00501*000000905*0*T*:~";
const std::string SMALL = ISA +
                          "\nGS*HC*SUBMITTER*RECEIVER*20230101*1253*905*X*005010X222A1~\nST*837*0001*005010X222A1~\n"
                          "BHT*0019*00*0123*20230101*1253*CH~\nSE*3*0001~\nGE*1*905~\nIEA*1*000000905~\n";

}  // namespace

TEST(segment_reader_test, takes_delimiters_from_isa) {
  syntax::segment_reader reader(syntax::memory_source(SMALL), "small.x12");
  auto first = reader.next();
  ASSERT_TRUE(first && *first) << first.error().to_string();
  EXPECT_EQ((*first)->tag(), "ISA");
  EXPECT_EQ((*first)->element_count(), 16u);
  EXPECT_EQ((*first)->element(13), "000000905");
  EXPECT_EQ(reader.delims().element, '*');
  EXPECT_EQ(reader.delims().component, ':');
  EXPECT_EQ(reader.delims().repetition, '^');
  EXPECT_EQ(reader.delims().segment, "~");
  EXPECT_EQ(reader.delims().suffix, "\n");
  EXPECT_TRUE(reader.isa().padded);
}

TEST(segment_reader_test, gives_every_segment_its_position) {
  auto r = read_segments(SMALL);
  ASSERT_EQ(r.error, "");
  ASSERT_EQ(r.segments.size(), 7u);
  EXPECT_EQ(r.segments[0].pos, (core::position{0, 1, 1, 0}));
  EXPECT_EQ(r.segments[1].pos.offset, ISA.size() + 1);
  EXPECT_EQ(r.segments[1].pos.line, 2u);
  EXPECT_EQ(r.segments[2].pos.set_index, 1u);  // ST
  EXPECT_EQ(r.segments[3].pos.set_index, 2u);  // BHT
  EXPECT_EQ(r.segments[4].pos.set_index, 3u);  // SE
  EXPECT_EQ(r.segments[5].pos.set_index, 0u);  // GE
  EXPECT_EQ(r.segments[6].pos.segment_number, 7u);
  EXPECT_EQ(r.segments[6].pos.line, 7u);
  EXPECT_TRUE(r.notices.empty());
}

TEST(segment_reader_test, splits_components_and_repetitions) {
  auto text = ISA + "ST*837*1~HI*ABK:J449^ABF:R05~SV1*HC:99213:25*100***1~SE*4*1~";
  syntax::segment_reader reader(syntax::memory_source(text), "t");
  for (int i = 0; i < 2; ++i) ASSERT_TRUE(reader.next());
  auto hi = reader.next();
  ASSERT_TRUE(hi && *hi);
  auto reps = (*hi)->repetitions(1);
  ASSERT_EQ(reps.size(), 2u);
  EXPECT_EQ(reps[1], "ABF:R05");
  EXPECT_EQ((*hi)->component(1, 2), "J449");
  auto sv1 = reader.next();
  ASSERT_TRUE(sv1 && *sv1);
  EXPECT_EQ((*sv1)->component(1, 3), "25");
  EXPECT_EQ((*sv1)->component(1, 4), "");
  EXPECT_EQ((*sv1)->element(5), "1");
  EXPECT_EQ((*sv1)->element(6), "");
}

TEST(segment_reader_test, accepts_bom_crlf_and_spaces_after_terminator) {
  std::string text = "\xEF\xBB\xBF" + ISA + "  \r\nGS*HC*A*B*20230101*1253*1*X*005010X222A1~ \r\n  IEA*1*000000905~";
  auto r = read_segments(text);
  ASSERT_EQ(r.error, "");
  ASSERT_EQ(r.segments.size(), 3u);
  EXPECT_EQ(r.segments[1].elements[0], "HC");
  EXPECT_EQ(r.segments[1].pos.line, 2u);
  EXPECT_EQ(r.segments[2].bytes, "IEA*1*000000905");
  EXPECT_EQ(r.segments[2].pos.line, 3u);
}

TEST(segment_reader_test, accepts_unpadded_isa_with_a_notice) {
  std::string text = "ISA*00**00**ZZ*SUB*ZZ*REC*230101*1253*^*00501*905*0*T*:~GS*HC*A*B*20230101*1253*1*X*005010X222A1~";
  auto r = read_segments(text);
  ASSERT_EQ(r.error, "");
  ASSERT_EQ(r.segments.size(), 2u);
  EXPECT_EQ(r.segments[0].elements[5], "SUB");
  EXPECT_TRUE(has_notice(r, kind::isa_not_padded));
}

TEST(segment_reader_test, takes_any_byte_as_delimiter) {
  std::string text =
      "ISA|00|          |00|          |ZZ|SUB            |ZZ|REC            |230101|1253|!|00501|000000905|0|T|>\n"
      "GS|HC|A|B|20230101|1253|1|X|005010X222A1\nST|837|1\nHI|ABK>J449!ABF>R05\n";
  syntax::segment_reader reader(syntax::memory_source(text), "t");
  std::vector<std::string> tags;
  for (auto s = reader.next(); s && *s; s = reader.next()) tags.emplace_back((*s)->tag());
  EXPECT_EQ(tags, (std::vector<std::string>{"ISA", "GS", "ST", "HI"}));
  EXPECT_EQ(reader.delims().segment, "\n");
  EXPECT_EQ(reader.delims().repetition, '!');
  EXPECT_EQ(reader.delims().component, '>');
}

TEST(segment_reader_test, no_repetition_separator_when_isa11_is_u) {
  std::string isa4010 = "ISA*00*          *00*          *ZZ*SUB            *ZZ*REC            *230101*1253*U*00401*000000905*0*T*:~";
  syntax::segment_reader reader(syntax::memory_source(isa4010), "t");
  ASSERT_TRUE(reader.next());
  EXPECT_FALSE(reader.delims().has_repetition());
}

TEST(segment_reader_test, reports_garbage_between_interchanges) {
  std::string text = SMALL + "this is not x12\n" + SMALL;
  auto r = read_segments(text);
  ASSERT_EQ(r.error, "");
  EXPECT_EQ(r.segments.size(), 14u);
  ASSERT_TRUE(has_notice(r, kind::garbage_skipped));
  EXPECT_EQ(r.segments[7].pos.line, 9u);
}

TEST(segment_reader_test, reports_trailing_garbage) {
  auto r = read_segments(SMALL + "\x1a");
  ASSERT_EQ(r.error, "");
  EXPECT_EQ(r.segments.size(), 7u);
  EXPECT_TRUE(has_notice(r, kind::garbage_skipped));
}

TEST(segment_reader_test, rejects_input_that_is_not_x12) {
  auto r = read_segments("hello, world\nthis is a letter\n");
  EXPECT_NE(r.error.find("no ISA interchange header"), std::string::npos) << r.error;
  EXPECT_NE(read_segments("").error.find("empty input"), std::string::npos);
}

TEST(segment_reader_test, rejects_isa_with_too_few_elements) {
  auto r = read_segments("ISA*00*x*00~GS*HC~");
  EXPECT_NE(r.error.find("ISA"), std::string::npos) << r.error;
}

TEST(segment_reader_test, keeps_last_segment_without_terminator) {
  auto text = SMALL.substr(0, SMALL.size() - 2);  // drop "~\n"
  auto r = read_segments(text);
  ASSERT_EQ(r.error, "");
  ASSERT_EQ(r.segments.size(), 7u);
  EXPECT_EQ(r.segments.back().bytes, "IEA*1*000000905");
  EXPECT_TRUE(has_notice(r, kind::missing_terminator));
}

TEST(segment_reader_test, frames_binary_segments_by_length) {
  std::string payload = "12*45~78\n0";  // holds the element separator, terminator and a newline
  auto text = ISA + "ST*275*1~BIN*" + std::to_string(payload.size()) + "*" + payload + "~SE*3*1~";
  auto r = read_segments(text);
  ASSERT_EQ(r.error, "");
  ASSERT_EQ(r.segments.size(), 4u);
  EXPECT_EQ(r.segments[2].elements, (std::vector<std::string>{std::to_string(payload.size()), payload}));
  EXPECT_EQ(r.segments[3].elements[0], "3");
}

TEST(segment_reader_test, reads_utf8_segment_terminator) {
  auto bytes = claimloop::testing::read_file(claimloop::testing::corpus_dir() /
                                             "xlate__staedi/src__test__resources__x12__issue109__ts214_ellipses_segterm.edi");
  syntax::segment_reader reader(syntax::memory_source(bytes), "ellipsis");
  std::vector<std::string> tags;
  for (auto s = reader.next(); s && *s; s = reader.next()) tags.emplace_back((*s)->tag());
  EXPECT_EQ(reader.delims().segment, "\xE2\x80\xA6");
  ASSERT_GE(tags.size(), 4u);
  EXPECT_EQ(tags[1], "GS");
  EXPECT_EQ(tags.back(), "IEA");
}

TEST(segment_reader_test, joins_80_column_wrapped_lines) {
  auto bytes = claimloop::testing::read_file(claimloop::testing::corpus_dir() /
                                             "xlate__staedi/src__test__resources__x12__issue128__ts210_80char.edi");
  auto r = read_segments(bytes);
  ASSERT_EQ(r.error, "");
  EXPECT_EQ(r.segments[0].elements[12], "000026003");
  EXPECT_EQ(r.segments[2].bytes, "ST*210*1305");
  EXPECT_EQ(r.segments.back().elements[0], "1");
  EXPECT_TRUE(has_notice(r, kind::line_break_in_segment));
}
