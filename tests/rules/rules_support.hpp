#pragma once
// Shared by the situational rule tests: fixture text edited in the test, read through the x837 /
// x835 readers, and the SNIP 4 findings of every set.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "rules/rules.hpp"
#include "support/fixture_text.hpp"
#include "x835/remit_reader.hpp"
#include "x837/claim_reader.hpp"
#include "x837/model_support.hpp"

namespace claimloop::testing {

// The generated fixture of one transaction ("837p", "837i", "837d", "835").
inline std::string generated(const std::string& kind) {
  return read_x12(fixtures_dir() / "codes" / ("generated_" + kind + ".x12"));
}

// Situational findings of every set a Reader (claim_reader, remit_reader) reads from `path`;
// `sets` counts the sets read.
template <class Reader>
std::vector<core::finding> rules_of_file(const std::string& path, std::size_t* sets = nullptr) {
  std::vector<core::finding> out;
  each_set<Reader>(path, [&](const auto& set) {
    if (sets) ++*sets;
    auto f = rules::check_situational(set, {path, "000000008", "1", set.control_number});
    out.insert(out.end(), f.begin(), f.end());
  });
  return out;
}

inline std::vector<core::finding> rules_837_text(const std::string& text, const std::string& name) {
  return rules_of_file<x837::claim_reader>(temp_file(recount_se(text), name));
}
inline std::vector<core::finding> rules_835_text(const std::string& text, const std::string& name) {
  return rules_of_file<x835::remit_reader>(temp_file(recount_se(text), name));
}

// A copy of the one finding of `fs` (a copy, so it outlives a temporary list); fails the test
// when there is not exactly one.
inline core::finding only(const std::vector<core::finding>& fs) {
  EXPECT_EQ(fs.size(), 1u) << all_messages(fs);
  return fs.empty() ? core::finding{} : fs.front();
}

// A SNIP 4 finding at this loop, segment, element and component, with no acknowledgment codes.
inline void expect_at(const core::finding& f, const char* loop, const char* segment, int element, int component = 0,
                      core::severity level = core::severity::error) {
  EXPECT_EQ(f.snip, 4);
  EXPECT_EQ(f.level, level);
  EXPECT_EQ(f.loop, loop);
  EXPECT_EQ(f.segment, segment);
  EXPECT_EQ(f.element, element);
  EXPECT_EQ(f.component, component);
  EXPECT_TRUE(f.ik304.empty());
  EXPECT_TRUE(f.ik403.empty());
  EXPECT_EQ(f.st02, "0001");
}

// `text` holds `piece`, for message checks.
inline ::testing::AssertionResult mentions(const std::string& text, const std::string& piece) {
  if (text.find(piece) != std::string::npos) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "'" << text << "' does not mention '" << piece << "'";
}

}  // namespace claimloop::testing
