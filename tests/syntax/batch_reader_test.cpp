// next_batch() and next() must hand out the same segments, positions, layout and notices, whether
// the bytes are lent (lexed in place, in runs) or streamed in any chunking (segment at a time).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/test_support.hpp"
#include "syntax/segment_reader.hpp"

using namespace claimloop;

namespace {

// One segment as handed out, with what the reader said around it.
struct seen {
  std::string bytes;
  std::vector<std::uint32_t> ends;
  core::position pos;
  std::string layout;         // layout_before() (by batch: only checked for a batch's last)
  std::uint64_t bytes_read;   // bytes_read() (by batch: only checked for a batch's last)
  std::size_t notices = 0;    // take_notices() right after the segment (or its batch)
  bool last_of_batch = true;
  friend bool operator==(const seen&, const seen&) = default;
};

struct reading {
  std::vector<seen> segments;
  std::string trailing_layout, error;
  std::uint64_t bytes_read = 0;
};

seen make_seen(const syntax::segment_view& s, const syntax::segment_reader& r) {
  return {std::string(s.bytes()), {s.element_ends().begin(), s.element_ends().end()}, s.pos(),
          std::string(r.layout_before()), r.bytes_read()};
}

reading by_next(syntax::segment_reader reader) {
  reading out;
  for (;;) {
    auto s = reader.next();
    if (!s) {
      out.error = s.error().to_string();
      return out;
    }
    if (!*s) break;
    out.segments.push_back(make_seen(**s, reader));
    out.segments.back().notices = reader.take_notices().size();
  }
  out.trailing_layout = reader.layout_before();
  out.bytes_read = reader.bytes_read();
  return out;
}

reading by_batch(syntax::segment_reader reader) {
  reading out;
  for (;;) {
    auto batch = reader.next_batch();
    if (!batch) {
      out.error = batch.error().to_string();
      return out;
    }
    if (batch->empty()) break;
    const std::size_t notices = reader.take_notices().size();
    EXPECT_TRUE(notices == 0 || batch->size() == 1) << "a segment with notices must come alone";
    for (const auto& s : *batch) {
      out.segments.push_back(make_seen(s, reader));
      out.segments.back().last_of_batch = &s == &batch->back();
    }
    out.segments.back().notices = notices;
  }
  out.trailing_layout = reader.layout_before();
  out.bytes_read = reader.bytes_read();
  return out;
}

// Compares a batch reading with a reference read by next(); layout and bytes_read are what the
// reader reports after a whole batch, so only a batch's last segment is checked for them.
void expect_same(const reading& ref, const reading& got, const std::string& what) {
  EXPECT_EQ(got.error, ref.error) << what;
  ASSERT_EQ(got.segments.size(), ref.segments.size()) << what;
  for (std::size_t i = 0; i < ref.segments.size(); ++i) {
    seen expected = ref.segments[i];
    if (!got.segments[i].last_of_batch) {
      expected.layout = got.segments[i].layout;
      expected.bytes_read = got.segments[i].bytes_read;
    }
    expected.last_of_batch = got.segments[i].last_of_batch;
    ASSERT_EQ(got.segments[i], expected) << what << " segment " << i;
  }
  EXPECT_EQ(got.trailing_layout, ref.trailing_layout) << what;
  EXPECT_EQ(got.bytes_read, ref.bytes_read) << what;
}

syntax::segment_reader reader_for(const std::string& bytes, std::size_t max_read = SIZE_MAX, std::size_t chunk = 1 << 16) {
  return syntax::segment_reader(syntax::memory_source(bytes, max_read), "test.x12", {chunk});
}

}  // namespace

TEST(batch_reader_test, batches_agree_with_next_on_every_corpus_file) {
  auto files = claimloop::testing::corpus_with_isa();
  ASSERT_GT(files.size(), 200u);
  std::size_t multi = 0;
  for (auto& f : files) {
    const std::string bytes = claimloop::testing::read_file(f.full_path());
    const reading streamed = by_next(reader_for(bytes, 7, 5));  // segment at a time, the reference
    const reading lent_next = by_next(reader_for(bytes));
    ASSERT_EQ(lent_next.segments, streamed.segments) << f.local_file;
    EXPECT_EQ(lent_next.error, streamed.error) << f.local_file;
    EXPECT_EQ(lent_next.trailing_layout, streamed.trailing_layout) << f.local_file;
    const reading lent_batch = by_batch(reader_for(bytes));
    expect_same(streamed, lent_batch, f.local_file);
    for (const auto& s : lent_batch.segments) multi += !s.last_of_batch;
  }
  EXPECT_GT(multi, 10000u) << "runs must actually batch segments";
}

TEST(batch_reader_test, batches_agree_with_next_in_random_chunkings) {
  auto files = claimloop::testing::corpus_with_isa();
  for (std::size_t i = 0; i < files.size(); i += 3) {
    const std::string bytes = claimloop::testing::read_file(files[i].full_path());
    const reading whole = by_next(reader_for(bytes));
    for (std::size_t seed = 1; seed <= 3; ++seed) {
      const std::size_t size = claimloop::testing::random_chunk_sizes(seed + i, 1, 4096)[0];
      expect_same(whole, by_batch(reader_for(bytes, size, 1 + size / 3)), files[i].local_file + " chunk " + std::to_string(size));
      const reading chunked_next = by_next(reader_for(bytes, size, 1 + size / 3));
      EXPECT_EQ(chunked_next.segments, whole.segments) << files[i].local_file << " chunk " << size;
    }
  }
}

TEST(batch_reader_test, next_and_next_batch_can_be_mixed) {
  const std::string bytes = claimloop::testing::read_file(claimloop::testing::corpus_with_isa().front().full_path());
  const reading ref = by_next(reader_for(bytes));
  auto reader = reader_for(bytes);
  std::vector<std::string> got;
  for (std::size_t round = 0;; ++round) {
    if (round % 2 == 0) {
      auto s = reader.next();
      ASSERT_TRUE(s);
      if (!*s) break;
      got.emplace_back((*s)->bytes());
    } else {
      auto b = reader.next_batch();
      ASSERT_TRUE(b);
      if (b->empty()) break;
      for (const auto& s : *b) got.emplace_back(s.bytes());
    }
  }
  ASSERT_EQ(got.size(), ref.segments.size());
  for (std::size_t i = 0; i < got.size(); ++i) EXPECT_EQ(got[i], ref.segments[i].bytes) << i;
}

TEST(batch_reader_test, special_segments_end_a_run) {
  // BIN is framed by length, a wrapped line is repaired with a notice, a new ISA brings new
  // delimiters: each must come out exactly as the segment-at-a-time path gives it.
  const std::string isa1 = "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *250101*1200*^*00501*000000001*0*T*:~";
  const std::string isa2 = "ISA|00|          |00|          |ZZ|SENDER         |ZZ|RECEIVER       |250101|1200|^|00501|000000002|0|T|:!";
  const std::string text = isa1 + "\nGS*HC*A*B*20250101*1200*1*X*005010X222A1~\nST*837*0001~\nBIN*5*a~b*c~\nREF*EI\n*1~\nSE*5*0001~\nGE*1*1~\nIEA*1*000000001~\n" +
                           "garbage\n" + isa2 + "GS|HC|A|B|20250101|1200|2|X|005010X222A1!ST|837|0002!SE|2|0002!GE|1|2!IEA|1|000000002!";
  const reading ref = by_next(reader_for(text, 1, 1));
  ASSERT_EQ(ref.error, "");
  ASSERT_EQ(ref.segments.size(), 14u);
  EXPECT_EQ(ref.segments[3].bytes, "BIN*5*a~b*c");
  EXPECT_EQ(ref.segments[4].bytes, "REF*EI*1");
  EXPECT_EQ(ref.segments[4].notices, 1u);
  expect_same(ref, by_batch(reader_for(text)), "inline");
  EXPECT_EQ(by_next(reader_for(text)).segments, ref.segments);
}

TEST(batch_reader_test, empty_and_non_x12_input_fail_as_with_next) {
  for (std::string text : {std::string(), std::string("  \n"), std::string("hello world, no interchange here")}) {
    auto reader = reader_for(text);
    auto batch = reader.next_batch();
    ASSERT_FALSE(batch) << text;
    EXPECT_EQ(batch.error().code, core::errc::not_x12);
    EXPECT_EQ(by_next(reader_for(text)).error, by_batch(reader_for(text)).error);
  }
}

namespace {

// Takes batches but keeps only a random number of each (1..size), handing the rest back with
// unread(), as a consumer that stops where its unit ends does. Every kept segment records what
// the reader says after unread(): bytes_read() and layout_before() of the group's last segment.
reading by_batch_with_unread(syntax::segment_reader reader, std::size_t seed, std::size_t& given_back) {
  reading out;
  std::size_t draw = seed;
  for (;;) {
    auto batch = reader.next_batch();
    if (!batch) {
      out.error = batch.error().to_string();
      return out;
    }
    if (batch->empty()) break;
    draw = draw * 6364136223846793005u + 1442695040888963407u;
    const std::size_t keep = 1 + (draw >> 33) % batch->size();
    const std::size_t notices = reader.take_notices().size();
    const std::vector<syntax::segment_view> kept(batch->begin(), batch->begin() + static_cast<std::ptrdiff_t>(keep));
    reader.unread(batch->size() - keep);
    given_back += batch->size() - keep;
    for (const auto& s : kept) {
      out.segments.push_back(make_seen(s, reader));
      out.segments.back().last_of_batch = &s == &kept.back();
    }
    out.segments.back().notices = notices;
  }
  out.trailing_layout = reader.layout_before();
  out.bytes_read = reader.bytes_read();
  return out;
}

}  // namespace

TEST(batch_reader_test, unread_hands_segments_out_again_and_rewinds_bytes_read) {
  auto files = claimloop::testing::corpus_with_isa();
  std::size_t given_back = 0;
  for (std::size_t i = 0; i < files.size(); i += 2) {
    const std::string bytes = claimloop::testing::read_file(files[i].full_path());
    const reading ref = by_next(reader_for(bytes));
    const reading got = by_batch_with_unread(reader_for(bytes), i + 1, given_back);
    EXPECT_EQ(got.error, ref.error) << files[i].local_file;
    ASSERT_EQ(got.segments.size(), ref.segments.size()) << files[i].local_file;
    std::size_t group_end = 0;  // index of the last segment of the kept group k belongs to
    for (std::size_t k = 0; k < ref.segments.size(); ++k) {
      if (k >= group_end) {
        group_end = k;
        while (!got.segments[group_end].last_of_batch) ++group_end;
      }
      seen expected = ref.segments[k];
      expected.bytes_read = ref.segments[group_end].bytes_read;
      expected.layout = ref.segments[group_end].layout;
      expected.last_of_batch = k == group_end;
      ASSERT_EQ(got.segments[k], expected) << files[i].local_file << " segment " << k;
      if (k == group_end) ++group_end;
    }
    EXPECT_EQ(got.trailing_layout, ref.trailing_layout) << files[i].local_file;
    EXPECT_EQ(got.bytes_read, ref.bytes_read) << files[i].local_file;
  }
  EXPECT_GT(given_back, 1000u) << "the test must actually hand segments back";
}
