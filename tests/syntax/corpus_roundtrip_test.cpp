// Parse then write reproduces every corpus file with an ISA: the same segments always, and the
// same bytes when the layout the reader skips is written back before each segment, except in
// files whose segments were repaired (wrapped lines) or that hold bytes outside interchanges.
#include <gtest/gtest.h>

#include <optional>

#include "support/read_segments.hpp"
#include "support/test_support.hpp"
#include "syntax/writer.hpp"

using namespace claimloop;

namespace {

struct written {
  std::string bytes;
  std::string error;
};

written write_back(const std::string& input) {
  written out;
  syntax::segment_reader reader(syntax::memory_source(input), "corpus");
  std::optional<syntax::writer> w;
  for (;;) {
    auto next = reader.next();
    if (!next) {
      out.error = next.error().to_string();
      return out;
    }
    out.bytes += reader.layout_before();
    if (!*next) return out;
    if (!w || !syntax::same_separators(w->delims(), (*next)->delims())) {
      auto d = (*next)->delims();
      d.suffix.clear();  // the layout comes from the input instead
      auto created = syntax::writer::create(d);
      if (!created) {
        out.error = created.error().to_string();
        return out;
      }
      w.emplace(std::move(*created));
    }
    if (auto ok = w->write(**next, out.bytes); !ok) {
      out.error = ok.error().to_string();
      return out;
    }
  }
}

// Layout the MANIFEST notes (computed from the bytes by the corpus' curators) say a writer
// cannot reproduce.
bool has_free_layout(const claimloop::testing::corpus_entry& e) {
  for (const char* marker : {"wrapped", "not X12", "no ISA header"})
    if (e.notes.find(marker) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST(corpus_roundtrip_test, every_file_writes_back_with_the_same_segments) {
  std::size_t files = 0;
  for (const auto& e : claimloop::testing::corpus_with_isa()) {
    const auto input = claimloop::testing::read_file(e.full_path());
    const auto original = claimloop::testing::read_segments(input);
    if (!original.error.empty()) continue;  // not X12: the reader's own tests cover these
    auto out = write_back(input);
    ASSERT_EQ(out.error, "") << e.local_file;
    const auto again = claimloop::testing::read_segments(out.bytes);
    ASSERT_EQ(again.error, "") << e.local_file;
    ASSERT_EQ(again.segments.size(), original.segments.size()) << e.local_file;
    for (std::size_t i = 0; i < original.segments.size(); ++i)
      ASSERT_EQ(again.segments[i].elements, original.segments[i].elements) << e.local_file << " segment " << i + 1;
    ++files;
  }
  EXPECT_GT(files, 200u);
}

TEST(corpus_roundtrip_test, files_without_repaired_layout_write_back_byte_for_byte) {
  std::size_t exact = 0;
  std::vector<std::string> differing;
  for (const auto& e : claimloop::testing::corpus_with_isa()) {
    if (has_free_layout(e)) continue;
    const auto input = claimloop::testing::read_file(e.full_path());
    auto out = write_back(input);
    if (!out.error.empty()) continue;
    if (out.bytes == input) ++exact;
    else differing.push_back(e.local_file);
  }
  EXPECT_TRUE(differing.empty()) << differing.size() << " differ, first: " << differing.front();
  EXPECT_GT(exact, 200u);
}
