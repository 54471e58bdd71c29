// The candidate index must offer every guide child whose <match> rules hold and may only skip
// the rule test ("sure") for children that do match: for every loop and segment id of every
// shipped guide, segments are made with every value any rule names (and values none names) at
// every discriminating element, and the index's answer is compared with testing every child.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "support/shipped.hpp"
#include "tree/candidate_index.hpp"
#include "tree/fields.hpp"

namespace claimloop::testing {
namespace {

using candidate = tree::candidate_index::candidate;
using element_key = std::pair<std::uint8_t, std::uint8_t>;

// A segment built from element/component values, viewable as a segment_view.
struct made_segment {
  std::string bytes;
  std::vector<std::uint32_t> ends;
  syntax::delimiters delims = syntax::hipaa_delimiters();

  made_segment(const std::string& tag, const std::map<element_key, std::string>& values) {
    std::size_t last = 0;
    for (const auto& [at, v] : values) last = std::max<std::size_t>(last, at.first);
    bytes = tag;
    ends.push_back(static_cast<std::uint32_t>(bytes.size()));
    for (std::size_t e = 1; e <= last; ++e) {
      bytes += '*';
      std::map<std::size_t, std::string> parts;
      for (const auto& [at, v] : values)
        if (at.first == e) parts[at.second == 0 ? 1 : at.second] = v;
      const std::size_t count = parts.empty() ? 0 : parts.rbegin()->first;
      for (std::size_t c = 1; c <= count; ++c) bytes += (c > 1 ? ":" : "") + parts[c];
      ends.push_back(static_cast<std::uint32_t>(bytes.size()));
    }
  }
  syntax::segment_view view() const { return {bytes, ends, &delims, {}}; }
};

// The candidates of a loop for one bucket, as the tree builder lists them.
std::vector<candidate> candidates_of(const schema::loop& l, const schema::loop::id_bucket& b) {
  std::vector<candidate> out;
  for (const schema::segment_use* u : b.uses) {
    if (u == l.trigger) continue;
    for (std::uint32_t i = 0; i < l.children.size(); ++i) {
      if (l.children[i].kind == schema::loop_child::kind_t::segment && l.children[i].index == u->index)
        out.push_back({i, u, nullptr, u});
    }
  }
  for (const schema::loop* child : b.loops) {
    for (std::uint32_t i = 0; i < l.children.size(); ++i) {
      if (l.children[i].kind == schema::loop_child::kind_t::loop && l.children[i].index == child->index) {
        out.push_back({i, nullptr, child, child->trigger});
        break;
      }
    }
  }
  return out;
}

TEST(candidate_index_test, offers_exactly_the_children_whose_rules_hold) {
  std::size_t keyed = 0, probes = 0;
  for (const auto& g : shipped_guides().guides()) {
    for (const auto& l : g->loops) {
      for (const auto& b : l.by_id) {
        const std::vector<candidate> all = candidates_of(l, b);
        const tree::candidate_index index(all);
        keyed += index.keyed();
        // Every value any rule names at each discriminating element, and a few none names.
        std::map<element_key, std::set<std::string>> values;
        for (const auto& c : all)
          for (const auto& m : c.rules->matches) {
            values[{m.element, m.component}].insert(m.values.begin(), m.values.end());
            values[{m.element, m.component}].insert({"", "#?", "ABCDEFGHIJ"});
          }
        for (const auto& c : all) {
          std::map<element_key, std::string> base;  // a segment c's rules accept
          for (const auto& m : c.rules->matches) base[{m.element, m.component}] = m.values.empty() ? "" : m.values.front();
          for (const auto& [at, vs] : values) {
            for (const auto& v : vs) {
              auto fields = base;
              fields[at] = v;
              const made_segment made(b.id, fields);
              const syntax::segment_view s = made.view();
              auto value_of = [&](std::size_t e, std::size_t k) { return tree::component_of(s, e, k); };
              std::vector<std::uint32_t> expected, offered;
              for (const auto& x : all)
                if (x.rules->matches_values(value_of)) expected.push_back(x.pos);
              std::sort(expected.begin(), expected.end());
              std::uint32_t previous = 0;
              bool first = true;
              for (const auto& x : index.for_segment(s)) {
                EXPECT_TRUE(first || x.pos > previous) << g->short_name << " " << l.id << " " << b.id << ": not by position";
                first = false, previous = x.pos;
                if (x.sure) {
                  EXPECT_TRUE(x.rules->matches_values(value_of)) << made.bytes;
                }
                if (x.sure || x.rules->matches_values(value_of)) offered.push_back(x.pos);
              }
              ASSERT_EQ(offered, expected) << g->short_name << " loop " << l.id << ": " << made.bytes;
              ++probes;
            }
          }
        }
      }
    }
  }
  // The shipped guides do discriminate by qualifier (DTP01, REF01, NM101...).
  EXPECT_GT(keyed, 50u);
  EXPECT_GT(probes, 3000u);
}

}  // namespace
}  // namespace claimloop::testing
