#pragma once
// Shared by the model tests: the registry, corpus files of one transaction, and segment diffs.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "schema/registry.hpp"
#include "support/shipped.hpp"
#include "support/test_support.hpp"
#include "syntax/segment_list.hpp"
#include "x837/raw.hpp"

namespace claimloop::testing {

inline const schema::guide_registry& registry() { return shipped_guides(); }

// Calls `each(set)` for every set a Reader (claim_reader, remit_reader) reads from `path`;
// a file that cannot be opened or read to its end fails the test.
template <class Reader, class Each>
void each_set(const std::string& path, Each&& each) {
  auto r = Reader::open(path, registry());
  EXPECT_TRUE(r) << path;
  if (!r) return;
  for (;;) {
    auto s = r->next_set();
    EXPECT_TRUE(s) << path << ": " << (s ? "" : s.error().to_string());
    if (!s || !*s) break;
    each(**s);
  }
}

// 5010 corpus files whose manifest transaction starts with `prefix` ("837", "835").
inline std::vector<corpus_entry> corpus_5010(const std::string& prefix) {
  std::vector<corpus_entry> out;
  for (const auto& e : corpus_with_isa())
    if (e.transaction.rfind(prefix, 0) == 0 && !e.is_4010()) out.push_back(e);
  return out;
}

// The body of a set as read (ST and SE left out), trailing empty elements dropped.
inline std::vector<model::raw_segment> body_of(const syntax::segment_list& set) {
  std::vector<model::raw_segment> out;
  for (const auto& s : set) {
    if (s.is("ST") || s.is("SE")) continue;
    out.push_back(model::trimmed(model::to_raw(s)));
  }
  return out;
}

// "" when equal, else the first difference.
inline std::string first_difference(const std::vector<model::raw_segment>& want,
                                    const std::vector<model::raw_segment>& got) {
  for (std::size_t i = 0; i < want.size() || i < got.size(); ++i) {
    const std::string w = i < want.size() ? want[i].text() : "(none)";
    const std::string g = i < got.size() ? model::trimmed(got[i]).text() : "(none)";
    if (w != g) return "segment " + std::to_string(i + 1) + ": read " + w + " / wrote " + g;
  }
  return {};
}

}  // namespace claimloop::testing

#include "tree/walk.hpp"

namespace claimloop::testing {

// The body of a set in tree order: document order, except where the tree builder moved an HL
// loop under the parent its HL02 names.
inline std::vector<model::raw_segment> tree_body_of(const tree::loop_tree& t) {
  struct collector : tree::tree_visitor {
    std::vector<model::raw_segment> out;
    void begin_loop(const tree::loop_tree&, std::uint32_t) override {}
    void end_loop(const tree::loop_tree&, std::uint32_t) override {}
    void segment(const tree::loop_tree&, std::uint32_t, const syntax::segment_view& s,
                 const schema::segment_use*) override {
      if (!s.is("ST") && !s.is("SE")) out.push_back(model::trimmed(model::to_raw(s)));
    }
  } c;
  tree::walk(t, c);
  return c.out;
}

}  // namespace claimloop::testing
