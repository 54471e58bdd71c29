// Loaded guides are immutable and shared across threads: loading the same guide on several
// threads at once works (Xerces is initialised once), and concurrent readers agree.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "schema/loader.hpp"
#include "schema/schema_paths.hpp"

namespace claimloop::testing {
namespace {

// A fingerprint that touches every part of the model a tree builder reads.
std::size_t walk(const schema::guide& g) {
  std::size_t sum = 0;
  for (const auto& l : g.loops) {
    sum = sum * 31 + l.index + l.repeat % 1000 + l.children.size();
    for (const auto* s : l.segments) {
      sum = sum * 31 + s->index + l.segments_with_id(s->id).size() + s->def->elements.size();
      for (const auto& m : s->matches) sum += m.values.size();
      for (const auto& e : s->elements) sum += e.max_length + e.components.size() + (e.allows("X") ? 1 : 0);
    }
    for (const auto* c : l.loops) sum += l.child_loops_triggered_by(c->trigger->id).size();
  }
  return sum;
}

TEST(concurrent_load_test, loads_same_guide_on_many_threads) {
  const auto file = grammar_dir() / "837P-005010X222A1.xml";
  constexpr int THREADS = 6;
  std::vector<std::shared_ptr<const schema::guide>> loaded(THREADS);
  std::vector<std::string> errors(THREADS);
  std::vector<std::thread> threads;
  for (int i = 0; i < THREADS; ++i) {
    threads.emplace_back([&, i] {
      auto g = schema::load_guide(file, xsd_dir());
      if (g) loaded[i] = std::move(*g);
      else errors[i] = g.error().to_string();
    });
  }
  for (auto& t : threads) t.join();
  for (int i = 0; i < THREADS; ++i) {
    ASSERT_NE(loaded[i], nullptr) << errors[i];
    EXPECT_EQ(walk(*loaded[i]), walk(*loaded[0]));
  }
}

TEST(concurrent_load_test, readers_share_one_guide) {
  std::shared_ptr<const schema::guide> g = shipped_registry().find("837P");
  ASSERT_NE(g, nullptr);
  const std::size_t expected = walk(*g);
  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([g, expected, &mismatches] {  // each thread holds its own shared_ptr copy
      for (int round = 0; round < 50; ++round) {
        if (walk(*g) != expected) ++mismatches;
        auto s = shipped_registry().select({"HC", "005010X222A1", "837", "005010X222A1"});
        if (!s || s->chosen != g) ++mismatches;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(mismatches.load(), 0);
}

}  // namespace
}  // namespace claimloop::testing
