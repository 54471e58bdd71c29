// The element checks' quick path (a per-guide plan that lets clean positions pass) changes
// nothing but speed: for every segment of the fixtures and corpus sets, and of thousands of
// randomly damaged copies of them, check_elements with the plan reports exactly the findings
// (same order, codes, positions, values and messages) that the full checks alone report.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <random>
#include <string>
#include <vector>

#include "support/shipped.hpp"
#include "tree/builder.hpp"
#include "tree/set_reader.hpp"
#include "validate/element_plan.hpp"
#include "validate/element_rules.hpp"

namespace claimloop::testing {
namespace {

std::string describe(const std::vector<core::finding>& fs) {
  std::string out;
  for (const auto& f : fs) {
    out += fmt::format("{}|{}|{}|{}|{}|{}|{}|{}|{}\n", f.loop, f.segment, f.where.set_index, f.element, f.component,
                       f.repetition, f.ik403, f.value, f.message);
  }
  return out;
}

// Checks every placed segment of every set in `bytes` both ways; returns the number of findings
// seen (so the caller knows the damage reached the checks).
std::size_t compare_both_ways(const std::string& bytes, const std::string& name) {
  std::size_t findings = 0;
  for (const auto& set : read_sets(bytes, name)) {
    const auto facts = schema::collect_content_facts(set->segments);
    auto chosen = shipped_guides().select({set->gs01, set->gs08, set->st01, set->st03}, &facts);
    if (!chosen || !chosen->chosen) continue;
    const schema::guide& guide = *chosen->chosen;
    const validate::guide_plan plan(guide);
    std::vector<core::finding> ignored;
    const tree::loop_tree tree = tree::build_tree(set->segments, guide, set->context, ignored);
    validate::detail::value_classes classes;
    for (std::uint32_t i = 0; i < set->segments.size(); ++i) {
      const schema::segment_use* use = tree.placed()[i].use;
      if (use == nullptr) continue;
      const syntax::segment_view s = set->segments[i];
      classes.set(s.delims().component, s.delims().repetition);
      const validate::segment_ref at{&s, i, tree.loop_id(tree.placed()[i].loop)};
      std::vector<core::finding> quick, full;
      validate::reporter quick_out(set->context, quick), full_out(set->context, full);
      validate::check_elements(at, *use, &guide, classes, plan.segment(*use), quick_out);
      validate::check_elements(at, *use, &guide, classes, nullptr, full_out);
      EXPECT_EQ(describe(quick), describe(full)) << name << " segment " << i + 1 << ": " << s.bytes();
      findings += full.size();
    }
  }
  return findings;
}

// Inputs: the clean fixtures and the corpus files with an ISA header.
std::vector<std::pair<std::string, std::string>> inputs() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const char* f : {"835_clean.x12", "837d_clean.x12", "837i_clean.x12", "837p_clean.x12"}) {
    out.emplace_back(f, read_file(fixtures_dir() / "validate" / f));
  }
  for (const auto& e : corpus_with_isa()) {
    if (e.is_4010()) continue;
    std::string bytes = read_file(e.full_path());
    if (bytes.size() <= 200'000) out.emplace_back(e.local_file, std::move(bytes));
  }
  return out;
}

TEST(quick_path_test, same_findings_on_fixtures_and_corpus) {
  std::size_t files = 0;
  for (const auto& [name, bytes] : inputs()) {
    compare_both_ways(bytes, name);
    ++files;
  }
  EXPECT_GT(files, 20u);
}

// Damage: a byte inside a segment (never its terminator or a line break) becomes one of the
// bytes that matter to the checks: separators, digits, letters of both cases, '.', '-', a
// control byte; or is deleted; or an element is emptied.
std::string damage(std::string bytes, std::mt19937& rng) {
  static constexpr char BYTES[] = {'0', '1', '9', 'A', 'Z', 'a', '.', '-', ':', '^', '*', ' ', '\x01', '>', 'D', '8'};
  if (bytes.size() < 200) return bytes;
  for (int tries = 0; tries < 50; ++tries) {
    const std::size_t at = 106 + rng() % (bytes.size() - 106);  // after the ISA header
    const char c = bytes[at];
    if (c == '~' || c == '\n' || c == '\r') continue;
    switch (rng() % 4) {
      case 0:
      case 1: bytes[at] = BYTES[rng() % sizeof(BYTES)]; break;
      case 2: bytes.erase(at, 1); break;
      case 3: {
        std::size_t end = at;
        while (end < bytes.size() && bytes[end] != '*' && bytes[end] != '~') ++end;
        bytes.erase(at, end - at);
        break;
      }
    }
    return bytes;
  }
  return bytes;
}

TEST(quick_path_test, same_findings_on_damaged_copies) {
  std::mt19937 rng(20261123);
  std::size_t findings = 0;
  for (const auto& [name, bytes] : inputs()) {
    for (int round = 0; round < 60; ++round) {
      std::string damaged = bytes;
      for (int k = 0; k <= round % 3; ++k) damaged = damage(std::move(damaged), rng);
      findings += compare_both_ways(damaged, fmt::format("{} round {}", name, round));
    }
  }
  EXPECT_GT(findings, 1000u);  // the damage reached the element checks
}

}  // namespace
}  // namespace claimloop::testing
