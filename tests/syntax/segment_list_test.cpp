// segment_list holds copies of segments: every view it gives back must equal the segment it was
// given (bytes, element ends, position, delimiters), whatever grew, moved or was copied since.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/test_support.hpp"
#include "syntax/segment_list.hpp"
#include "syntax/segment_reader.hpp"

using namespace claimloop;

namespace {

// A segment copied out of the reader's buffers, to compare with what a list gives back.
struct owned_segment {
  std::string bytes;
  std::vector<std::uint32_t> ends;
  core::position pos;
};

owned_segment own(const syntax::segment_view& s) {
  return {std::string(s.bytes()), {s.element_ends().begin(), s.element_ends().end()}, s.pos()};
}

void expect_holds(const syntax::segment_list& list, const std::vector<owned_segment>& want, const std::string& what) {
  ASSERT_EQ(list.size(), want.size()) << what;
  std::size_t bytes = 0, ends = 0, i = 0;
  for (const syntax::segment_view s : list) {  // the iterator and operator[] must agree
    const syntax::segment_view at = list[i];
    EXPECT_EQ(s.bytes().data(), at.bytes().data()) << what << " " << i;
    EXPECT_EQ(at.bytes(), want[i].bytes) << what << " " << i;
    EXPECT_TRUE(std::equal(at.element_ends().begin(), at.element_ends().end(), want[i].ends.begin(), want[i].ends.end()))
        << what << " " << i;
    EXPECT_EQ(at.pos(), want[i].pos) << what << " " << i;
    EXPECT_EQ(&at.delims(), &list.delims()) << what << " " << i;
    bytes += want[i].bytes.size();
    ends += want[i].ends.size();
    ++i;
  }
  EXPECT_EQ(list.byte_size(), bytes) << what;
  EXPECT_EQ(list.ends_size(), ends) << what;
  if (!want.empty()) {
    EXPECT_EQ(list.front().bytes(), want.front().bytes) << what;
    EXPECT_EQ(list.back().bytes(), want.back().bytes) << what;
  }
}

// Every segment of a file, read through the lent (batched) path.
std::vector<owned_segment> segments_of(const std::string& bytes) {
  syntax::segment_reader reader(syntax::memory_source(bytes), "test.x12");
  std::vector<owned_segment> out;
  for (auto s = reader.next(); s && *s; s = reader.next()) out.push_back(own(**s));
  return out;
}

}  // namespace

TEST(segment_list_test, gives_back_every_corpus_segment_as_pushed) {
  std::size_t files = 0;
  for (const auto& e : claimloop::testing::corpus_with_isa()) {
    const std::string bytes = claimloop::testing::read_file(e.full_path());
    syntax::segment_reader reader(syntax::memory_source(bytes), e.local_file);
    syntax::segment_list list(syntax::hipaa_delimiters());
    std::vector<owned_segment> want;
    for (auto s = reader.next(); s && *s; s = reader.next()) {
      list.push_back(**s);  // from the reader's own buffers, which are reused batch after batch
      want.push_back(own(**s));
    }
    expect_holds(list, want, e.local_file);
    ++files;
  }
  EXPECT_GT(files, 200u);
}

TEST(segment_list_test, copies_and_moves_keep_their_own_bytes) {
  const std::string text =
      "ISA*00*          *00*          *ZZ*SUB            *ZZ*REC            *240115*1030*^*00501*000000007*0*T*:~\n"
      "GS*HC*SUB*REC*20240115*1030*7*X*005010X222A1~ST*837*0001~BHT*0019*00*1*20240115*1030*CH~NM1*41*2*ACME*****46*1~\n"
      "REF*EI*123456789~SE*5*0001~GE*1*7~IEA*1*000000007~";
  const auto want = segments_of(text);
  ASSERT_EQ(want.size(), 9u);
  syntax::segment_list list(syntax::hipaa_delimiters());
  for (std::size_t i = 0; i < want.size(); ++i) {
    syntax::segment_view v(want[i].bytes, want[i].ends, nullptr, want[i].pos);
    list.push_back(v);
  }
  expect_holds(list, want, "filled");

  syntax::segment_list copy = list;
  expect_holds(copy, want, "copy");
  EXPECT_NE(copy[0].bytes().data(), list[0].bytes().data());
  syntax::segment_list moved = std::move(list);
  expect_holds(moved, want, "moved");
  EXPECT_TRUE(list.empty());  // NOLINT(bugprone-use-after-move): a moved-from list is empty
  EXPECT_EQ(list.byte_size(), 0u);

  syntax::segment_list assigned;
  assigned = copy;
  expect_holds(assigned, want, "copy-assigned");
  assigned = std::move(moved);
  expect_holds(assigned, want, "move-assigned");
  copy = copy;  // self-assignment keeps the segments
  expect_holds(copy, want, "self-assigned");
}

TEST(segment_list_test, clear_keeps_room_and_refills_from_the_start) {
  const std::string text =
      "ISA*00*          *00*          *ZZ*SUB            *ZZ*REC            *240115*1030*^*00501*000000007*0*T*:~"
      "GS*HC*SUB*REC*20240115*1030*7*X*005010X222A1~ST*837*0001~SE*2*0001~GE*1*7~IEA*1*000000007~";
  const auto want = segments_of(text);
  syntax::segment_list list(syntax::hipaa_delimiters());
  list.reserve(1000, 10, 100);
  for (const auto& s : want) list.push_back(syntax::segment_view(s.bytes, s.ends, nullptr, s.pos));
  const char* first = list[0].bytes().data();
  list.clear();
  EXPECT_TRUE(list.empty());
  EXPECT_EQ(list.byte_size(), 0u);
  EXPECT_EQ(list.ends_size(), 0u);
  std::vector<owned_segment> second(want.rbegin(), want.rend());
  for (const auto& s : second) list.push_back(syntax::segment_view(s.bytes, s.ends, nullptr, s.pos));
  expect_holds(list, second, "refilled");
  EXPECT_EQ(list[0].bytes().data(), first) << "reserved storage is reused, not reallocated";
}

TEST(segment_list_test, grows_past_its_reservation_without_losing_segments) {
  // Many small pushes into a tiny reservation: each doubling must carry every earlier segment.
  std::vector<owned_segment> want;
  syntax::segment_list list;
  list.reserve(3, 1, 1);
  for (std::uint32_t i = 0; i < 5000; ++i) {
    owned_segment s;
    s.bytes = "REF*" + std::to_string(i) + "*" + std::string(i % 37, 'X');
    s.ends = {3, static_cast<std::uint32_t>(4 + std::to_string(i).size()), static_cast<std::uint32_t>(s.bytes.size())};
    s.pos = core::position{i * 100u, i + 1u, i + 3u, i + 1u};
    list.push_back(syntax::segment_view(s.bytes, s.ends, nullptr, s.pos));
    want.push_back(std::move(s));
  }
  expect_holds(list, want, "grown");
  EXPECT_EQ(list[4321].element(1), "4321");
  EXPECT_EQ(list[4321].element(2), std::string(4321 % 37, 'X'));
  EXPECT_EQ(list[4321].element(3), "");
}

TEST(segment_list_test, empty_list_and_empty_segment) {
  syntax::segment_list list;
  EXPECT_TRUE(list.empty());
  EXPECT_EQ(list.size(), 0u);
  EXPECT_EQ(list.begin(), list.end());
  syntax::segment_list copy = list;
  EXPECT_TRUE(copy.empty());
  list.push_back(syntax::segment_view());  // no bytes, no ends: still one segment
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].bytes(), "");
  EXPECT_EQ(list[0].tag(), "");
  EXPECT_EQ(list[0].element_count(), 0u);
  EXPECT_EQ(list[0].element(1), "");
}
