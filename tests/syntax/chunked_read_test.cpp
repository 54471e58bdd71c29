// Every input must give the same segments, positions and notices however the bytes arrive.
#include <gtest/gtest.h>

#include "support/read_segments.hpp"
#include "support/test_support.hpp"

using namespace claimloop;
using claimloop::testing::read_segments;

namespace {

void expect_same_read(const std::string& name, const std::string& bytes) {
  auto whole = read_segments(bytes);
  for (std::size_t chunk : {std::size_t{1}, std::size_t{7}}) {
    auto parts = read_segments(bytes, chunk, chunk);
    EXPECT_EQ(parts.error, whole.error) << name << " chunk " << chunk;
    ASSERT_EQ(parts.segments.size(), whole.segments.size()) << name << " chunk " << chunk;
    for (std::size_t i = 0; i < whole.segments.size(); ++i)
      ASSERT_EQ(parts.segments[i], whole.segments[i]) << name << " chunk " << chunk << " segment " << i;
    EXPECT_EQ(parts.notices.size(), whole.notices.size()) << name;
  }
  for (std::size_t seed = 1; seed <= 3; ++seed) {
    auto sizes = claimloop::testing::random_chunk_sizes(seed, 1, 4096);
    auto parts = read_segments(bytes, sizes[0], 1 + sizes[0] / 3);
    ASSERT_EQ(parts.segments, whole.segments) << name << " random chunk " << sizes[0];
  }
}

}  // namespace

TEST(chunked_read_test, corpus_files_read_identically_in_any_chunking) {
  auto files = claimloop::testing::corpus_with_isa();
  ASSERT_GT(files.size(), 200u);
  for (auto& f : files) expect_same_read(f.local_file, claimloop::testing::read_file(f.full_path()));
}

TEST(chunked_read_test, fixtures_read_identically_in_any_chunking) {
  namespace fs = std::filesystem;
  std::size_t n = 0;
  for (auto& e : fs::recursive_directory_iterator(claimloop::testing::fixtures_dir())) {
    if (!e.is_regular_file() || e.path().extension() != ".x12") continue;
    expect_same_read(e.path().string(), claimloop::testing::read_file(e.path()));
    ++n;
  }
  SUCCEED() << n << " fixtures";
}
