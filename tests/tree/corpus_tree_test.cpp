// Every 5010 set of a guided transaction in the shared corpus builds a tree in which every
// segment is placed (no unexpected or unrecognized segments) on the files the source calls valid.
#include <gtest/gtest.h>

#include <set>

#include "tree/builder.hpp"
#include "tree/set_reader.hpp"
#include "tree/walk.hpp"

namespace claimloop::testing {
namespace {

const std::set<std::string> GUIDED = {"837P", "837I", "837D", "835", "999", "277CA"};

bool guided_5010(const corpus_entry& e) {
  return GUIDED.count(e.transaction) != 0 && e.version.rfind("005010", 0) == 0;
}

// Files the source calls valid whose segments break the TR3's order or qualifiers (the
// reasons are in tests/validate/corpus_validate_test.cpp); their trees are still complete.
bool misplaced_by_the_file(const std::string& file) {
  for (const char* part : {"277ca", "837i", "x223-test", "demo.example9", "demo.example11", "demo.example12",
                           "demo.cob.2ndary.example4", "demo.cob.example4", "repriced-claim.837i"})
    if (file.find(part) != std::string::npos) return true;
  return false;
}

// Counts what the walker visits, to check it sees every segment exactly once.
struct counting_visitor : tree::tree_visitor {
  std::size_t segments = 0, loops = 0, depth = 0, max_depth = 0;
  void begin_loop(const tree::loop_tree&, std::uint32_t) override { ++loops; max_depth = std::max(max_depth, ++depth); }
  void segment(const tree::loop_tree&, std::uint32_t, const syntax::segment_view&, const schema::segment_use*) override { ++segments; }
  void end_loop(const tree::loop_tree&, std::uint32_t) override { --depth; }
};

TEST(corpus_tree_test, every_segment_of_valid_files_is_placed) {
  std::size_t files = 0, sets = 0, segments = 0;
  for (const auto& e : corpus_manifest()) {
    if (!guided_5010(e)) continue;
    std::string error;
    auto read = read_sets(read_file(e.full_path()), e.local_file, &error);
    ++files;
    for (const auto& set : read) {
      auto guide = guide_for(*set);
      if (!guide) continue;  // e.g. a 999 set inside a 277 file's neighbour group
      std::vector<core::finding> findings;
      tree::loop_tree t = tree::build_tree(set->segments, *guide, set->context, findings);
      ++sets;
      segments += set->segments.size();
      counting_visitor v;
      tree::walk(t, v);
      EXPECT_EQ(v.segments, set->segments.size()) << e.local_file;
      EXPECT_EQ(v.loops, t.loops().size()) << e.local_file;
      EXPECT_EQ(v.depth, 0u);
      if (e.valid_per_source != "valid" || misplaced_by_the_file(e.local_file)) continue;
      EXPECT_EQ(t.unplaced_count(), 0u) << e.local_file << " ST02 " << set->context.st02;
      for (const auto& f : findings) ADD_FAILURE() << f.to_string();
    }
  }
  std::printf("[ corpus ] %zu files, %zu sets, %zu segments placed\n", files, sets, segments);
  EXPECT_GT(sets, 100u);
}

}  // namespace
}  // namespace claimloop::testing
