#pragma once
// Test helper: reads every ST..SE set of an X12 file into its own segment_list with the
// envelope values that pick its guide. The envelope stage does this in production; tests
// group sets themselves so the tree and validator are tested on their own.
#include <memory>
#include <string>
#include <vector>

#include "schema/registry.hpp"
#include "support/test_support.hpp"
#include "syntax/byte_source.hpp"
#include "syntax/segment_list.hpp"
#include "syntax/segment_reader.hpp"
#include "tree/set_context.hpp"

namespace claimloop::testing {

struct read_set {
  syntax::segment_list segments;
  tree::set_context context;
  std::string gs01, gs08, st01, st03;
};

// Every set of `bytes`; `error` gets the reader's error, if any.
inline std::vector<std::unique_ptr<read_set>> read_sets(std::string_view bytes, const std::string& name,
                                                        std::string* error = nullptr) {
  std::vector<std::unique_ptr<read_set>> sets;
  syntax::segment_reader reader(syntax::memory_source(bytes), name);
  std::string isa13, gs06, gs01, gs08;
  read_set* open = nullptr;
  for (;;) {
    auto next = reader.next();
    if (!next) {
      if (error) *error = next.error().to_string();
      break;
    }
    if (!*next) break;
    const syntax::segment_view& s = **next;
    if (s.is("ISA")) isa13 = std::string(s.element(13));
    if (s.is("GS")) {
      gs06 = std::string(s.element(6));
      gs01 = std::string(s.element(1));
      gs08 = std::string(s.element(8));
    }
    if (s.is("ST")) {
      auto set = std::make_unique<read_set>();
      set->segments.set_delims(reader.delims());
      set->context = {name, isa13, gs06, std::string(s.element(2))};
      set->gs01 = gs01;
      set->gs08 = gs08;
      set->st01 = std::string(s.element(1));
      set->st03 = std::string(s.element(3));
      open = set.get();
      sets.push_back(std::move(set));
    }
    if (open) open->segments.push_back(s);
    if (s.is("SE")) open = nullptr;
  }
  return sets;
}

// The registry over the source tree's grammars/, loaded once per test program.
inline const schema::guide_registry& registry() {
  static const schema::guide_registry r = [] {
    auto loaded = schema::guide_registry::load(std::filesystem::path(CLAIMLOOP_SOURCE_DIR) / "grammars");
    if (!loaded) throw std::runtime_error(loaded.error().to_string());
    return std::move(*loaded);
  }();
  return r;
}

// The guide for a set, or nullptr when no guide fits (4010, transactions without a guide).
inline std::shared_ptr<const schema::guide> guide_for(const read_set& set) {
  schema::set_identity id{set.gs01, set.gs08, set.st01, set.st03};
  auto facts = schema::collect_content_facts(set.segments);
  auto sel = registry().select(id, &facts);
  if (!sel || sel->kind != schema::selection::kind_t::guide) return nullptr;
  return sel->chosen;
}

}  // namespace claimloop::testing
