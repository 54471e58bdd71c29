// map_sets builds trees and maps sets on worker threads: the results, their order and the
// first error must be those of the plain single-threaded reading, for any number of workers.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <string>
#include <vector>

#include "support/fixture_text.hpp"
#include "x837/model_support.hpp"
#include "x837/set_pipeline.hpp"
#include "x837/set_stream.hpp"

namespace claimloop::testing {
namespace {

// A set's tree as text: every segment's loop node, loop id, ordinal and placement, then the
// builder's findings.
std::string tree_text(const model::parsed_set& set) {
  std::string out = set.unit.context.st02 + " " + set.guide->short_name + "\n";
  const auto& t = set.tree;
  for (std::size_t i = 0; i < t.placed().size(); ++i) {
    const auto& p = t.placed()[i];
    out += fmt::format("{} {} {}#{} {}\n", i, set.unit.segments[i].tag(), t.loop_id(p.loop), t.loops()[p.loop].ordinal,
                       static_cast<int>(p.how));
  }
  for (const auto& f : set.findings) out += f.message + "\n";
  return out;
}

std::vector<std::string> read_plainly(const std::string& path, const char* transaction) {
  std::vector<std::string> out;
  auto sets = model::set_stream::open(path, registry(), transaction);
  EXPECT_TRUE(sets) << path;
  if (!sets) return out;
  for (;;) {
    auto s = sets->next();
    EXPECT_TRUE(s) << path;
    if (!s || !*s) break;
    out.push_back(tree_text(**s));
  }
  return out;
}

std::vector<std::string> read_mapped(const std::string& path, const char* transaction, unsigned workers) {
  std::vector<std::string> out;
  auto sets = model::set_stream::open(path, registry(), transaction);
  EXPECT_TRUE(sets) << path;
  if (!sets) return out;
  auto done = model::map_sets(
      *sets, [](const model::parsed_set& set) -> core::result<std::string> { return tree_text(set); },
      [&](std::string&& text) -> core::result<void> {
        out.push_back(std::move(text));
        return {};
      },
      workers);
  EXPECT_TRUE(done) << path;
  if (done) {
    EXPECT_EQ(*done, out.size());
  }
  return out;
}

TEST(set_pipeline_test, trees_built_on_workers_equal_the_plain_reading_for_every_corpus_set) {
  std::size_t sets = 0;
  for (const char* transaction : {"837", "835"})
    for (const auto& e : corpus_5010(transaction)) {
      const auto path = e.full_path().string();
      const auto want = read_plainly(path, transaction);
      sets += want.size();
      for (unsigned workers : {0u, 1u, 3u}) EXPECT_EQ(read_mapped(path, transaction, workers), want) << path << " " << workers;
    }
  EXPECT_GT(sets, 100u);
}

// Five copies of a clean 837P set in one group, ST02 0001 to 0005.
std::string five_sets() {
  const auto one = read_x12(fixtures_dir() / "validate/837p_clean.x12");
  const auto st = one.find("ST*837*0001*"), ge = one.find("GE*1*");
  EXPECT_NE(st, std::string::npos);
  EXPECT_NE(ge, std::string::npos);
  std::string out = one.substr(0, st);
  for (int i = 1; i <= 5; ++i) {
    const auto st02 = fmt::format("000{}", i);
    auto set = edited(one.substr(st, ge - st), "ST*837*0001*", "ST*837*" + st02 + "*");
    set.replace(set.rfind("*0001~"), 6, "*" + st02 + "~");  // SE02
    out += set;
  }
  return out + edited(one.substr(ge), "GE*1*", "GE*5*");
}

TEST(set_pipeline_test, stops_at_the_first_mapping_error_in_file_order) {
  const auto path = temp_file(five_sets(), "five_sets");
  ASSERT_EQ(read_plainly(path, "837").size(), 5u);
  for (unsigned workers : {0u, 2u}) {
    auto sets = model::set_stream::open(path, registry(), "837");
    ASSERT_TRUE(sets);
    std::vector<std::string> consumed;
    // Sets 3 and 5 fail; the error is set 3's, and only sets 1 and 2 were consumed.
    auto done = model::map_sets(
        *sets,
        [](const model::parsed_set& set) -> core::result<std::string> {
          const auto& st02 = set.unit.context.st02;
          if (st02.back() == '3' || st02.back() == '5') return core::invalid_value("cannot map set " + st02);
          return st02;
        },
        [&](std::string&& st02) -> core::result<void> {
          consumed.push_back(std::move(st02));
          return {};
        },
        workers);
    ASSERT_FALSE(done) << workers;
    EXPECT_NE(done.error().message.find("cannot map set"), std::string::npos);
    EXPECT_EQ(done.error().message.back(), '3') << done.error().message;
    ASSERT_EQ(consumed.size(), 2u) << workers;
    EXPECT_EQ(consumed[0].back(), '1');
    EXPECT_EQ(consumed[1].back(), '2');
  }
}

}  // namespace
}  // namespace claimloop::testing
