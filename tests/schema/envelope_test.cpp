// The envelope guide (grammars/x12-005010-control.xml) loads into the same model, with a
// placeholder child where a group's transaction sets go.
#include <gtest/gtest.h>

#include "schema/schema_paths.hpp"

namespace claimloop::testing {
namespace {

using schema::loop_child;

TEST(envelope_test, control_structure_loads) {
  const auto& env = shipped_registry().envelope();
  ASSERT_NE(env, nullptr) << "grammars/ has no <envelope> file";
  EXPECT_EQ(env->kind, schema::guide_kind::envelope);
  EXPECT_EQ(env->envelope_version, "00501");
  EXPECT_EQ(shipped_registry().find(env->short_name), nullptr) << "the envelope is not a transaction guide";
  const auto* isa = env->find_loop("ISA");
  const auto* gs = env->find_loop("GS");
  ASSERT_TRUE(isa && gs);
  EXPECT_EQ(isa->trigger->id, "ISA");
  EXPECT_EQ(gs->trigger->id, "GS");
  EXPECT_EQ(gs->parent, isa);
  std::size_t placeholders = 0;
  std::size_t before_ge = 0;
  for (const auto& ch : gs->children) {
    if (ch.kind == loop_child::kind_t::transaction_sets) placeholders++;
    if (ch.kind == loop_child::kind_t::segment && env->segment_uses[ch.index].id == "GE") before_ge = placeholders;
  }
  EXPECT_EQ(placeholders, 1u);
  EXPECT_EQ(before_ge, 1u) << "the sets come before GE";
}

TEST(envelope_test, gs01_allows_every_guides_functional_group) {
  const auto& env = shipped_registry().envelope();
  ASSERT_NE(env, nullptr);
  const auto* gs01 = env->find_loop("GS")->trigger->element(1);
  ASSERT_NE(gs01, nullptr);
  for (const auto& g : shipped_registry().guides()) {
    EXPECT_TRUE(gs01->allows(g->functional_group)) << g->short_name << " " << g->functional_group;
  }
}

}  // namespace
}  // namespace claimloop::testing
