// The loader's lookup indexes (per-position element tables, code sets, packed segment-id
// buckets) answer exactly what the sorted searches they replace answer, for every segment use,
// element, component, code list and loop of every shipped guide.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "schema/code_set.hpp"
#include "schema/schema_paths.hpp"

namespace claimloop::testing {
namespace {

using schema::code_set;

// Every shipped guide and the envelope guide.
std::vector<const schema::guide*> all_guides() {
  std::vector<const schema::guide*> out;
  for (const auto& g : shipped_registry().guides()) out.push_back(g.get());
  if (shipped_registry().envelope()) out.push_back(shipped_registry().envelope().get());
  return out;
}

template <class T>
const T* by_pos(const std::vector<T>& items, std::size_t pos) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.pos == pos; });
  return it == items.end() ? nullptr : &*it;
}

bool in_sorted(const std::vector<std::string>& codes, std::string_view v) {
  return std::find(codes.begin(), codes.end(), v) != codes.end();
}

// Values a code set must answer for: each code, each code with a byte more or less, and
// values that share a prefix or a length with the codes.
std::vector<std::string> probes(const std::vector<std::string>& codes) {
  std::vector<std::string> out = {"", "0", "A", "ZZZZZZZ", "ZZZZZZZZ", std::string("A\0", 2), "12345678901234567890"};
  for (const auto& c : codes) {
    out.push_back(c);
    out.push_back(c + "X");
    out.push_back(c + std::string(1, '\0'));
    if (!c.empty()) out.push_back(c.substr(0, c.size() - 1));
    if (!c.empty()) out.push_back(std::string(1, static_cast<char>(c[0] + 1)) + c.substr(1));
  }
  return out;
}

void expect_same_membership(const std::vector<std::string>& codes, const code_set& set, const std::string& what) {
  for (const auto& p : probes(codes)) {
    EXPECT_EQ(set.contains(p), in_sorted(codes, p)) << what << ": \"" << p << "\"";
  }
}

TEST(lookup_index_test, element_positions_agree_with_the_sorted_lists) {
  std::size_t checked = 0;
  for (const schema::guide* g : all_guides()) {
    for (const auto& u : g->segment_uses) {
      ASSERT_EQ(u.positions.size(), u.def->max_position()) << g->short_name << " " << u.id;
      for (std::size_t p = 1; p <= u.def->max_position() + 2; ++p) {
        const auto* slot = by_pos(u.def->elements, p);
        const auto* eu = by_pos(u.elements, p);
        EXPECT_EQ(u.element(p), eu) << g->short_name << " " << u.id << p;
        if (p > u.positions.size()) continue;
        EXPECT_EQ(u.positions[p - 1].slot, slot) << g->short_name << " " << u.id << p;
        EXPECT_EQ(u.positions[p - 1].use, eu) << g->short_name << " " << u.id << p;
        ++checked;
      }
      EXPECT_EQ(u.element(0), nullptr);
    }
  }
  EXPECT_GT(checked, 1000u);
}

TEST(lookup_index_test, component_positions_agree_with_the_sorted_lists) {
  std::size_t composites = 0;
  for (const schema::guide* g : all_guides()) {
    for (const auto& u : g->segment_uses) {
      for (const auto& e : u.elements) {
        if (!e.slot->is_composite()) {
          EXPECT_TRUE(e.component_positions.empty()) << u.id << e.pos;
          continue;
        }
        ++composites;
        const auto& comps = e.slot->composite->components;
        ASSERT_EQ(e.component_positions.size(), comps.empty() ? 0u : comps.back().pos) << u.id << e.pos;
        for (std::size_t c = 1; c <= e.component_positions.size() + 2; ++c) {
          EXPECT_EQ(e.component(c), by_pos(e.components, c)) << u.id << e.pos << "-" << c;
          if (c > e.component_positions.size()) continue;
          EXPECT_EQ(e.component_positions[c - 1].slot, by_pos(comps, c)) << u.id << e.pos << "-" << c;
          EXPECT_EQ(e.component_positions[c - 1].use, by_pos(e.components, c)) << u.id << e.pos << "-" << c;
        }
      }
    }
  }
  EXPECT_GT(composites, 50u);
}

TEST(lookup_index_test, code_sets_agree_with_the_code_lists) {
  std::size_t lists = 0;
  for (const schema::guide* g : all_guides()) {
    for (const auto& u : g->segment_uses) {
      for (const auto& m : u.matches) {
        EXPECT_EQ(m.index.size(), m.values.size());
        for (const auto& p : probes(m.values)) EXPECT_EQ(m.accepts(p), in_sorted(m.values, p)) << u.id << " match " << p;
      }
      auto check_use = [&](const schema::value_use& v) {
        if (v.codes.empty()) return;
        ++lists;
        EXPECT_EQ(v.code_index.size(), v.codes.size());
        expect_same_membership(v.codes, v.code_index, u.id + " " + v.name);
        for (const auto& p : probes(v.codes)) EXPECT_EQ(v.allows(p), in_sorted(v.codes, p)) << u.id << " " << p;
      };
      for (const auto& e : u.elements) {
        check_use(e);
        for (const auto& c : e.components) check_use(c);
      }
    }
    for (const auto& l : g->codelists->lists) {
      ++lists;
      EXPECT_EQ(l.index.size(), l.codes.size()) << l.name;
      for (const auto& p : probes(l.codes)) EXPECT_EQ(l.contains(p), in_sorted(l.codes, p)) << l.name << " " << p;
    }
  }
  EXPECT_GT(lists, 100u);
}

TEST(lookup_index_test, code_set_handles_long_codes_and_large_lists) {
  std::vector<std::string> codes = {"005010X222A1", "005010X223A2", "A", "AB", "ABCDEFG", "ABCDEFGH"};
  for (int i = 0; i < 300; ++i) codes.push_back(std::to_string(i * 7));
  std::sort(codes.begin(), codes.end());
  const code_set set(codes);
  EXPECT_EQ(set.size(), codes.size());
  expect_same_membership(codes, set, "mixed");
  EXPECT_TRUE(set.contains("005010X222A1"));
  EXPECT_FALSE(set.contains("005010X222A"));
  EXPECT_TRUE(set.contains("ABCDEFGH"));
  EXPECT_FALSE(set.contains("ABCDEFGHI"));
  EXPECT_FALSE(code_set().contains(""));
  EXPECT_EQ(code_set(std::vector<std::string>{"B", "A", "B"}).size(), 2u);
}

TEST(lookup_index_test, segment_id_buckets_agree_with_the_sorted_search) {
  for (const schema::guide* g : all_guides()) {
    for (const auto& l : g->loops) {
      EXPECT_EQ(l.bucket_keys.size(), l.by_id.size()) << g->short_name << " " << l.id;
      std::vector<std::string> ids = {"", "X", "ZZZ", "ZZZZ", "HL1", std::string("HL\0", 3), "NM1", "CLM", "SE"};
      for (const auto& b : l.by_id) {
        ids.push_back(b.id);
        ids.push_back(b.id + "1");
        ids.push_back(b.id.substr(0, b.id.size() - 1));
      }
      for (const auto& id : ids) {
        auto it = std::find_if(l.by_id.begin(), l.by_id.end(), [&](const auto& b) { return b.id == id; });
        const auto* expected = it == l.by_id.end() ? nullptr : &*it;
        EXPECT_EQ(l.find_bucket(id), expected) << g->short_name << " loop " << l.id << " id \"" << id << "\"";
        EXPECT_EQ(l.segments_with_id(id).size(), expected ? expected->uses.size() : 0u);
        EXPECT_EQ(l.child_loops_triggered_by(id).size(), expected ? expected->loops.size() : 0u);
      }
    }
  }
}

}  // namespace
}  // namespace claimloop::testing
