// set_stream picks each set's guide exactly as guide_registry::select does with the content
// facts schema::collect_content_facts gathers (it gathers them its own, faster way).
#include <gtest/gtest.h>

#include <unistd.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "envelope/interchange_reader.hpp"
#include "syntax/byte_source.hpp"
#include "x837/model_support.hpp"
#include "x837/set_stream.hpp"

namespace claimloop::testing {
namespace {

// The guide select() gives every set of `transaction` in the file (nullptr when none), in order.
std::vector<const schema::guide*> expected_guides(const std::string& path, const std::string& transaction) {
  std::vector<const schema::guide*> out;
  auto source = syntax::open_source(path);
  EXPECT_TRUE(source);
  if (!source) return out;
  envelope::interchange_reader reader(std::move(*source), path);
  for (;;) {
    auto u = reader.next();
    EXPECT_TRUE(u) << path;
    if (!u || !*u) break;
    if ((*u)->kind != envelope::unit_kind::transaction_set || (*u)->context.st01 != transaction) continue;
    const auto& c = (*u)->context;
    const auto facts = schema::collect_content_facts((*u)->segments);
    auto chosen = registry().select({c.gs01, c.gs08, c.st01, c.st03}, &facts);
    const bool usable = chosen && chosen->kind == schema::selection::kind_t::guide && !(*u)->segments.empty();
    out.push_back(usable ? chosen->chosen.get() : nullptr);
  }
  return out;
}

// Compares set_stream's choices with expected_guides for the file at `path`; counts the sets.
void expect_same_choices(const std::string& path, const std::string& transaction, std::size_t& sets) {
  const auto want = expected_guides(path, transaction);
  auto stream = model::set_stream::open(path, registry(), transaction);
  ASSERT_TRUE(stream) << stream.error().to_string();
  std::size_t i = 0, skipped = 0;
  for (;; ++i) {
    while (i < want.size() && want[i] == nullptr) ++i, ++skipped;
    auto set = stream->next();
    ASSERT_TRUE(set) << path << ": " << set.error().to_string();
    if (*set == nullptr) break;
    ASSERT_LT(i, want.size()) << path;
    EXPECT_EQ((*set)->guide.get(), want[i]) << path << " set " << (*set)->unit.context.st02;
    ++sets;
  }
  EXPECT_EQ(i, want.size()) << path;
  EXPECT_EQ(stream->sets_skipped(), skipped) << path;
}

// `text` with every implementation reference (GS08, ST03: "005010X222A1") blanked, so only the
// content can tell 837P, 837I and 837D apart.
std::string without_references(std::string text) {
  for (std::size_t at = 0; (at = text.find("005010X", at)) != std::string::npos;) {
    std::size_t end = at + 7;
    while (end < text.size() && std::isalnum(static_cast<unsigned char>(text[end]))) ++end;
    text.erase(at, end - at);
  }
  return text;
}

TEST(set_stream_test, chooses_the_guide_select_chooses_for_every_corpus_set) {
  std::size_t sets = 0;
  for (const std::string transaction : {"837", "835"})
    for (const auto& entry : corpus_5010(transaction))
      ASSERT_NO_FATAL_FAILURE(expect_same_choices(entry.full_path().string(), transaction, sets));
  EXPECT_GT(sets, 400u);
}

TEST(set_stream_test, chooses_by_content_as_select_does_without_gs08_and_st03) {
  const auto dir = std::filesystem::temp_directory_path() / ("claimloop_set_stream_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::size_t sets = 0;
  for (const auto& entry : corpus_5010("837")) {
    const auto path = (dir / entry.local_file).string();
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << without_references(read_file(entry.full_path()));
    ASSERT_NO_FATAL_FAILURE(expect_same_choices(path, "837", sets));
  }
  std::filesystem::remove_all(dir);
  EXPECT_GT(sets, 300u);  // most sets still get a guide, chosen by their content alone
}

}  // namespace
}  // namespace claimloop::testing
