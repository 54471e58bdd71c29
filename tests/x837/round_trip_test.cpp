// parse -> model -> write gives the same segments and values for every 5010 837 of the corpus.
#include <gtest/gtest.h>

#include "support/model_round_trip.hpp"
#include "x837/map.hpp"
#include "x837/write.hpp"

namespace claimloop::testing {
namespace {

TEST(x837_round_trip_test, every_corpus_837_writes_back_its_segments) {
  round_trip_counts n;
  ASSERT_NO_FATAL_FAILURE(round_trip_corpus("837", x837::map_claim_set, x837::write_segments, n));
  EXPECT_GT(n.sets, 60u);
  EXPECT_GT(n.claims, 1500u);
  EXPECT_LT(n.moved, 12u);
  std::cout << "round trip: " << n.sets << " 837 sets, " << n.claims << " claims, " << n.moved
            << " compared in tree order (HL moved by HL02)\n";
}

}  // namespace
}  // namespace claimloop::testing
