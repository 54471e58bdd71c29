#include "envelope/interchange_builder.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "syntax/segment_reader.hpp"

namespace claimloop::envelope {
namespace {

isa_params test_isa() {
  isa_params p;
  p.sender_id = "SUBMITTER";
  p.receiver_id = "RECEIVER";
  p.date = "250102";
  p.time = "0930";
  p.control_number = 4711;
  p.usage = 'T';
  return p;
}

gs_params test_gs(std::string version = "005010X222A1") {
  gs_params g;
  g.app_sender = "SUBMITTER";
  g.app_receiver = "RECEIVER";
  g.date = "20250102";
  g.time = "0930";
  g.version = std::move(version);
  return g;
}

std::vector<syntax::segment_builder> body(int segments) {
  std::vector<syntax::segment_builder> out;
  out.emplace_back("BHT");
  out.back().element("0019").element("00").element("REF1").element("20250102").element("0930").element("CH");
  for (int i = 1; i < segments; ++i) {
    out.emplace_back("NTE");
    out.back().element("ADD").element(i);
  }
  return out;
}

// Reads the interchange back: every segment's elements, and the reader's notices.
struct read_back {
  std::vector<std::vector<std::string>> segments;
  std::size_t notices = 0;
};
read_back read_all(const std::string& bytes) {
  read_back r;
  syntax::segment_reader reader(syntax::memory_source(bytes), "built.x12");
  for (;;) {
    auto next = reader.next();
    EXPECT_TRUE(next) << next.error().to_string();
    if (!next || !*next) break;
    std::vector<std::string> seg{std::string((*next)->tag())};
    for (auto& e : syntax::element_strings(**next)) seg.push_back(e);
    r.segments.push_back(std::move(seg));
    r.notices += reader.take_notices().size();
  }
  return r;
}

std::vector<std::vector<std::string>> with_tag(const read_back& r, const std::string& tag) {
  std::vector<std::vector<std::string>> out;
  for (auto& s : r.segments) if (s[0] == tag) out.push_back(s);
  return out;
}

TEST(interchange_builder_test, counts_segments_sets_and_groups) {
  std::string bytes;
  output out(bytes);
  interchange_builder b(syntax::writer(syntax::hipaa_delimiters()), test_isa(), out, {7, 120});
  ASSERT_TRUE(b.begin_group(test_gs()));
  ASSERT_TRUE(b.add_set({"837", "005010X222A1"}, body(3)));
  ASSERT_TRUE(b.add_set({"837", "005010X222A1"}, body(5)));
  ASSERT_TRUE(b.begin_group(test_gs("005010X221A1")));  // closes the first group
  ASSERT_TRUE(b.add_set({"835", ""}, body(1)));
  ASSERT_TRUE(b.finish());
  EXPECT_EQ(b.bytes_written(), bytes.size());
  EXPECT_EQ(b.sets_written(), 3u);

  auto r = read_all(bytes);
  EXPECT_EQ(r.notices, 0u);
  ASSERT_EQ(r.segments.front()[0], "ISA");
  EXPECT_EQ(r.segments.front()[13], "000004711");
  auto st = with_tag(r, "ST"), se = with_tag(r, "SE"), gs = with_tag(r, "GS"), ge = with_tag(r, "GE");
  ASSERT_EQ(st.size(), 3u);
  ASSERT_EQ(se.size(), 3u);
  EXPECT_EQ(st[0], (std::vector<std::string>{"ST", "837", "0120", "005010X222A1"}));
  EXPECT_EQ(st[2], (std::vector<std::string>{"ST", "835", "0122"}));  // empty ST03 dropped
  EXPECT_EQ(se[0], (std::vector<std::string>{"SE", "5", "0120"}));    // ST + 3 + SE
  EXPECT_EQ(se[1], (std::vector<std::string>{"SE", "7", "0121"}));
  EXPECT_EQ(se[2], (std::vector<std::string>{"SE", "3", "0122"}));
  ASSERT_EQ(gs.size(), 2u);
  EXPECT_EQ(gs[0][6], "7");
  EXPECT_EQ(gs[1][6], "8");
  EXPECT_EQ(ge[0], (std::vector<std::string>{"GE", "2", "7"}));
  EXPECT_EQ(ge[1], (std::vector<std::string>{"GE", "1", "8"}));
  EXPECT_EQ(r.segments.back(), (std::vector<std::string>{"IEA", "2", "000004711"}));
}

TEST(interchange_builder_test, pads_isa_and_takes_separators_from_writer) {
  std::string bytes;
  output out(bytes);
  interchange_builder b(syntax::writer(syntax::delimiters{'|', '>', '!', "~", "\n"}), test_isa(), out);
  ASSERT_TRUE(b.begin_group(test_gs()));
  ASSERT_TRUE(b.add_set({"837", "005010X222A1"}, body(2)));
  ASSERT_TRUE(b.finish());
  ASSERT_GE(bytes.size(), 107u);
  EXPECT_EQ(bytes.substr(0, 107),
            "ISA|00|          |00|          |ZZ|SUBMITTER      |ZZ|RECEIVER       |250102|0930|!|00501|000004711|0|T|>~\n");
  auto header = syntax::parse_isa(bytes);
  ASSERT_TRUE(header);
  EXPECT_TRUE(header->padded);
}

TEST(interchange_builder_test, streams_to_an_ostream_in_chunks) {
  std::ostringstream os;
  output out(os, 256);
  interchange_builder b(syntax::writer(syntax::hipaa_delimiters()), test_isa(), out);
  ASSERT_TRUE(b.begin_group(test_gs()));
  for (int i = 0; i < 50; ++i) {
    ASSERT_TRUE(b.add_set({"837", "005010X222A1"}, body(10)));
    // Only the unflushed tail stays in memory.
    EXPECT_LT(out.buffer().size(), 256u + 64u);
  }
  ASSERT_TRUE(b.finish());
  EXPECT_EQ(os.str().size(), b.bytes_written());
  auto r = read_all(os.str());
  EXPECT_EQ(with_tag(r, "ST").size(), 50u);
  EXPECT_EQ(with_tag(r, "GE").front()[1], "50");
  EXPECT_EQ(r.segments.back()[1], "1");
}

TEST(interchange_builder_test, rejects_misuse) {
  std::string bytes;
  output out(bytes);
  interchange_builder b(syntax::writer(syntax::hipaa_delimiters()), test_isa(), out);
  EXPECT_FALSE(b.begin_set({"837", "005010X222A1"}));  // no group yet
  ASSERT_TRUE(b.begin_group(test_gs()));
  syntax::segment_builder nte("NTE");
  EXPECT_FALSE(b.add(nte));  // no set yet
  ASSERT_TRUE(b.begin_set({"837", "005010X222A1"}));
  syntax::segment_builder se("SE");
  auto r = b.add(se.element("1").element("0001"));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, core::errc::invalid_argument);
  EXPECT_EQ(r.error().segment, "SE");
  syntax::segment_builder bad("NTE");
  r = b.add(bad.element("A~B"));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, core::errc::delimiter_in_data);
}

TEST(interchange_builder_test, refuses_overlong_isa_ids) {
  std::string bytes;
  output out(bytes);
  auto isa = test_isa();
  isa.sender_id = "THIS-ID-IS-TOO-LONG";
  interchange_builder b(syntax::writer(syntax::hipaa_delimiters()), isa, out);
  auto r = b.begin_group(test_gs());
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().segment, "ISA");
  EXPECT_EQ(r.error().element, 6);
}

}  // namespace
}  // namespace claimloop::envelope
