#pragma once
// The corpus round trip both typed models run: parse -> map -> write, compared segment by segment.
#include <gtest/gtest.h>

#include <cstddef>
#include <string>

#include "x837/model_support.hpp"
#include "x837/set_stream.hpp"

namespace claimloop::testing {

// What one corpus round trip saw: sets and claims mapped, and sets compared in tree order.
struct round_trip_counts {
  std::size_t sets = 0, claims = 0, moved = 0;
};

// Maps every set of every 5010 corpus file of `transaction` with `map(tree, file)` and expects
// `write(model)` to give the set's body back; wrap in ASSERT_NO_FATAL_FAILURE.
template <class Map, class Write>
void round_trip_corpus(const std::string& transaction, Map map, Write write, round_trip_counts& counts) {
  for (const auto& entry : corpus_5010(transaction)) {
    auto stream = model::set_stream::open(entry.full_path().string(), registry(), transaction);
    ASSERT_TRUE(stream) << stream.error().to_string();
    for (;;) {
      auto set = stream->next();
      ASSERT_TRUE(set) << entry.local_file << ": " << set.error().to_string();
      if (*set == nullptr) break;
      auto mapped = map((*set)->tree, entry.local_file);
      ASSERT_TRUE(mapped) << mapped.error().to_string();
      ++counts.sets;
      counts.claims += mapped->claim_count();
      // Where HL02 moved a loop (HL01 ids reused, parents named late), the tree order is what
      // the model holds; such sets are counted and compared in that order.
      auto want = body_of((*set)->unit.segments);
      const auto in_tree_order = tree_body_of((*set)->tree);
      if (first_difference(want, in_tree_order) != "") {
        ++counts.moved;
        want = in_tree_order;
      }
      const auto diff = first_difference(want, write(*mapped));
      EXPECT_EQ(diff, "") << entry.local_file << " set " << (*set)->unit.context.st02;
    }
  }
}

}  // namespace claimloop::testing
