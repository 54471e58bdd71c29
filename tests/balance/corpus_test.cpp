// Every 5010 835 (and 837) of the shared corpus through the balancing checks: real files need not balance,
// so this counts and lists rather than requiring zero; it fails only when a file cannot be read.
#include <iostream>

#include "balance_support.hpp"

namespace claimloop::testing {
namespace {

TEST(balance_corpus_test, counts_findings_of_every_5010_835) {
  std::size_t files = 0, sets_total = 0, claims_total = 0, unbalanced = 0, findings_total = 0;
  for (const auto& e : corpus_5010("835")) {
    std::size_t sets = 0, claims = 0;
    const auto fs = balance_835_file(e.full_path().string(), &sets, &claims);
    ++files;
    sets_total += sets;
    claims_total += claims;
    findings_total += fs.size();
    if (fs.empty()) continue;
    ++unbalanced;
    std::cout << "[unbalanced] " << e.local_file << ": " << fs.size() << " finding(s)\n";
    for (const auto& f : fs) {
      EXPECT_EQ(f.snip, 3);
      std::cout << "    " << f.to_string() << "\n";
    }
  }
  std::cout << "[corpus] 5010 835 files " << files << ", sets " << sets_total << ", claims " << claims_total
            << ", files with findings " << unbalanced << ", findings " << findings_total << "\n";
  EXPECT_GT(files, 0u);
}

TEST(balance_corpus_test, counts_findings_of_every_5010_837) {
  std::size_t files = 0, sets_total = 0, unbalanced = 0, findings_total = 0;
  for (const auto& e : corpus_5010("837")) {
    std::size_t sets = 0;
    const auto fs = balance_837_file(e.full_path().string(), &sets);
    ++files;
    sets_total += sets;
    findings_total += fs.size();
    if (fs.empty()) continue;
    ++unbalanced;
    std::cout << "[unbalanced] " << e.local_file << ": " << fs.size() << " finding(s)\n";
    std::cout << "    first: " << fs.front().to_string() << "\n";  // the imsweb files repeat one claim
  }
  std::cout << "[corpus] 5010 837 files " << files << ", sets " << sets_total << ", files with findings " << unbalanced
            << ", findings " << findings_total << "\n";
  EXPECT_GT(files, 0u);
}

}  // namespace
}  // namespace claimloop::testing
