// The generated fixtures follow every situational rule; every 5010 837 and 835 of the shared
// corpus goes through the rules and its findings are listed (docs/validation.md, "SNIP 4", says
// which are genuine). The corpus test fails only when a file cannot be read.
#include <fmt/format.h>

#include <iostream>
#include <map>

#include "rules_support.hpp"

namespace claimloop::testing {
namespace {

TEST(rules_corpus_test, generated_fixtures_have_no_findings) {
  for (const char* kind : {"837p", "837i", "837d"}) {
    std::size_t sets = 0;
    const auto path = (fixtures_dir() / "codes" / (std::string("generated_") + kind + ".x12")).string();
    const auto fs = rules_of_file<x837::claim_reader>(path, &sets);
    EXPECT_GT(sets, 0u) << kind;
    EXPECT_TRUE(fs.empty()) << kind << "\n" << all_messages(fs);
  }
  std::size_t sets = 0;
  const auto fs = rules_of_file<x835::remit_reader>((fixtures_dir() / "codes" / "generated_835.x12").string(), &sets);
  EXPECT_GT(sets, 0u);
  EXPECT_TRUE(fs.empty()) << all_messages(fs);
}

TEST(rules_corpus_test, validate_fixtures_follow_the_rules_but_837i_lacks_its_admission_date) {
  for (const char* name : {"837p_clean.x12", "837d_clean.x12"}) {
    const auto fs = rules_of_file<x837::claim_reader>((fixtures_dir() / "validate" / name).string());
    EXPECT_TRUE(fs.empty()) << name << "\n" << all_messages(fs);
  }
  const auto remit = rules_of_file<x835::remit_reader>((fixtures_dir() / "validate" / "835_clean.x12").string());
  EXPECT_TRUE(remit.empty()) << all_messages(remit);
  // Type of bill 111 is inpatient, and the fixture has CL1 but no DTP*435.
  const auto fs = rules_of_file<x837::claim_reader>((fixtures_dir() / "validate" / "837i_clean.x12").string());
  const auto& f = only(fs);
  EXPECT_EQ(f.loop, "2300");
  EXPECT_EQ(f.segment, "DTP");
  EXPECT_TRUE(mentions(f.message, "claim CLAIM0002: type of bill 111 is inpatient but there is no DTP*435"));
}

// "2010BA DMG00", the place a finding is about, to count findings of one rule together.
std::string place_of(const core::finding& f) {
  return fmt::format("{} {}{:02}{}", f.loop.empty() ? "-" : f.loop, f.segment, f.element,
                     f.component ? fmt::format("-{}", f.component) : std::string());
}

// Prints each file's findings grouped by place: the count and the first message of each.
template <class Reader>
void list_corpus(const std::string& prefix) {
  std::size_t files = 0, sets_total = 0, with = 0, total = 0;
  for (const auto& e : corpus_5010(prefix)) {
    std::size_t sets = 0;
    const auto fs = rules_of_file<Reader>(e.full_path().string(), &sets);
    ++files;
    sets_total += sets;
    total += fs.size();
    if (fs.empty()) continue;
    ++with;
    std::cout << "[snip4] " << e.local_file << " (" << e.valid_per_source << "): " << fs.size() << " finding(s)\n";
    std::map<std::string, std::pair<std::size_t, std::string>> by_place;
    for (const auto& f : fs) {
      EXPECT_EQ(f.snip, 4);
      auto& [n, first] = by_place[place_of(f)];
      if (n++ == 0) first = f.message;
    }
    for (const auto& [place, entry] : by_place)
      std::cout << "    " << entry.first << " x " << place << ": " << entry.second << "\n";
  }
  std::cout << "[corpus] 5010 " << prefix << " files " << files << ", sets " << sets_total << ", files with findings "
            << with << ", findings " << total << "\n";
  EXPECT_GT(files, 0u);
}

TEST(rules_corpus_test, lists_findings_of_every_5010_837) { list_corpus<x837::claim_reader>("837"); }
TEST(rules_corpus_test, lists_findings_of_every_5010_835) { list_corpus<x835::remit_reader>("835"); }

}  // namespace
}  // namespace claimloop::testing
