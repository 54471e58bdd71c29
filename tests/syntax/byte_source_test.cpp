// A mapped file and a streamed one must read identically; mapping falls back or fails cleanly.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "support/test_support.hpp"
#include "syntax/segment_reader.hpp"

using namespace claimloop;

namespace {

struct plain {
  std::string bytes;
  core::position pos;
  friend bool operator==(const plain&, const plain&) = default;
};

std::vector<plain> read_path(const std::filesystem::path& path, syntax::source_mode mode, std::string& error) {
  std::vector<plain> out;
  auto source = syntax::open_source(path.string(), mode);
  if (!source) {
    error = source.error().to_string();
    return out;
  }
  syntax::segment_reader reader(std::move(*source), path.string());
  for (;;) {
    auto b = reader.next_batch();
    if (!b) {
      error = b.error().to_string();
      return out;
    }
    if (b->empty()) return out;
    for (const auto& s : *b) out.push_back({std::string(s.bytes()), s.pos()});
  }
}

}  // namespace

TEST(byte_source_test, mapped_and_streamed_files_read_identically) {
  auto files = claimloop::testing::corpus_with_isa();
  ASSERT_GT(files.size(), 200u);
  for (auto& f : files) {
    std::string mapped_error, streamed_error;
    auto mapped = read_path(f.full_path(), syntax::source_mode::map, mapped_error);
    auto streamed = read_path(f.full_path(), syntax::source_mode::stream, streamed_error);
    EXPECT_EQ(mapped_error, streamed_error) << f.local_file;
    ASSERT_EQ(mapped, streamed) << f.local_file;
    EXPECT_FALSE(mapped.empty()) << f.local_file;
  }
}

TEST(byte_source_test, mapped_source_lends_the_whole_file) {
  auto path = claimloop::testing::corpus_with_isa().front().full_path();
  auto source = syntax::open_source(path.string(), syntax::source_mode::map);
  ASSERT_TRUE(source);
  auto bytes = (*source)->in_memory();
  ASSERT_TRUE(bytes.has_value());
  EXPECT_EQ(std::string(*bytes), claimloop::testing::read_file(path));
  auto streamed = syntax::open_source(path.string(), syntax::source_mode::stream);
  ASSERT_TRUE(streamed);
  EXPECT_FALSE((*streamed)->in_memory().has_value());
}

TEST(byte_source_test, empty_file_cannot_be_mapped_but_streams) {
  auto path = std::filesystem::temp_directory_path() / "claimloop_byte_source_test_empty.x12";
  std::ofstream(path).close();
  auto mapped = syntax::open_source(path.string(), syntax::source_mode::map);
  ASSERT_FALSE(mapped);
  EXPECT_EQ(mapped.error().code, core::errc::io_error);
  std::string error;
  auto segments = read_path(path, syntax::source_mode::stream, error);
  EXPECT_TRUE(segments.empty());
  EXPECT_NE(error.find("no ISA"), std::string::npos) << error;
  std::filesystem::remove(path);
}

TEST(byte_source_test, missing_file_is_an_io_error) {
  for (auto mode : {syntax::source_mode::stream, syntax::source_mode::map}) {
    auto source = syntax::open_source("/nonexistent/claimloop.x12", mode);
    ASSERT_FALSE(source);
    EXPECT_EQ(source.error().code, core::errc::io_error);
  }
}

TEST(byte_source_test, memory_source_lends_only_without_a_read_limit) {
  const std::string bytes = "ISA*";
  EXPECT_TRUE(syntax::memory_source(bytes)->in_memory().has_value());
  EXPECT_FALSE(syntax::memory_source(bytes, 3)->in_memory().has_value());
}
