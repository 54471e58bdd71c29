// parse -> model -> write gives the same segments and values for every 5010 835 of the corpus.
#include <gtest/gtest.h>

#include "support/model_round_trip.hpp"
#include "x835/map.hpp"
#include "x835/write.hpp"

namespace claimloop::testing {
namespace {

TEST(x835_round_trip_test, every_corpus_835_writes_back_its_segments) {
  round_trip_counts n;
  ASSERT_NO_FATAL_FAILURE(round_trip_corpus("835", x835::map_remittance, x835::write_segments, n));
  EXPECT_GT(n.sets, 25u);
  EXPECT_GT(n.claims, 500u);
  EXPECT_LT(n.moved, 12u);
  std::cout << "round trip: " << n.sets << " 835 sets, " << n.claims << " claims, " << n.moved
            << " compared in tree order (HL moved by HL02)\n";
}

}  // namespace
}  // namespace claimloop::testing
