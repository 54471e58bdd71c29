// Every shipped grammar loads and validates; the model's counts agree with a plain-text count of
// the XML (no Xerces involved); spot checks against the TR3s.
#include <gtest/gtest.h>

#include <regex>

#include "schema/loader.hpp"
#include "schema/schema_paths.hpp"

namespace claimloop::testing {
namespace {

using schema::guide;
using schema::loop;
using schema::segment_use;
using schema::usage;

// Counts start tags `<name ` or `<name>` in the text with comments removed.
std::size_t count_tags(const std::string& xml, const std::string& name) {
  const std::string text = std::regex_replace(xml, std::regex("<!--[\\s\\S]*?-->"), "");
  const std::regex tag("<" + name + "[\\s/>]");
  return static_cast<std::size_t>(std::distance(std::sregex_iterator(text.begin(), text.end(), tag), std::sregex_iterator()));
}

std::shared_ptr<const guide> shipped(const char* short_name) {
  auto g = shipped_registry().find(short_name);
  EXPECT_NE(g, nullptr) << short_name << " not in grammars/";
  return g;
}

struct model_counts {
  std::size_t loops = 0, refs = 0, uses = 0, matches = 0, elements = 0, components = 0;
};

model_counts count_model(const guide& g) {
  model_counts c;
  c.loops = g.loops.size() - 1;  // loops[0] is the transaction level, not a <loop>
  for (const auto& l : g.loops) {
    for (const auto& ch : l.children) c.refs += ch.by_reference ? 1 : 0;
  }
  c.uses = g.segment_uses.size();
  for (const auto& s : g.segment_uses) {
    c.matches += s.matches.size();
    c.elements += s.elements.size();
    for (const auto& e : s.elements) c.components += e.components.size();
  }
  return c;
}

void expect_counts_match_text(const char* short_name, std::size_t min_loops, std::size_t min_uses) {
  auto g = shipped(short_name);
  ASSERT_NE(g, nullptr);
  const std::string xml = read_file(g->file);
  const model_counts c = count_model(*g);
  EXPECT_EQ(c.loops, count_tags(xml, "loop"));
  EXPECT_EQ(c.refs, count_tags(xml, "loop_ref"));
  EXPECT_EQ(c.uses, count_tags(xml, "segment"));
  EXPECT_EQ(c.matches, count_tags(xml, "match"));
  EXPECT_EQ(c.elements, count_tags(xml, "element"));
  EXPECT_EQ(c.components, count_tags(xml, "component"));
  // Floors from the files as first written (837P: 38 loops, 214 uses; 835: 5 and 53).
  EXPECT_GE(c.loops, min_loops);
  EXPECT_GE(c.uses, min_uses);
}

TEST(guide_load_test, every_shipped_grammar_loads_and_validates) {
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(grammar_dir())) {
    files += entry.path().extension() == ".xml" ? 1 : 0;
  }
  const auto& reg = shipped_registry();
  std::size_t loaded = reg.guides().size() + (reg.envelope() ? 1 : 0);
  ASSERT_GE(reg.guides().size(), 2u);
  std::set<std::string> definition_files;
  for (const auto& g : reg.guides()) {
    EXPECT_FALSE(g->segment_uses.empty()) << g->file;
    EXPECT_EQ(g->segment_uses.front().id, "ST") << g->file;
    EXPECT_EQ(g->segment_uses.back().id, "SE") << g->file;
    definition_files.insert(g->dict->file);
    definition_files.insert(g->codelists->file);
  }
  EXPECT_EQ(loaded + definition_files.size(), files) << "every file is a guide or is named by one";
}

TEST(guide_load_test, each_guide_loads_alone_as_well) {
  for (const auto& g : shipped_registry().guides()) {
    auto alone = schema::load_guide(g->file, xsd_dir());
    ASSERT_TRUE(alone) << alone.error().to_string();
    EXPECT_EQ((*alone)->segment_uses.size(), g->segment_uses.size());
  }
}

TEST(guide_load_test, professional_counts_match_the_xml) { expect_counts_match_text("837P", 38, 214); }
TEST(guide_load_test, remittance_counts_match_the_xml) { expect_counts_match_text("835", 5, 53); }

TEST(guide_load_test, indexes_are_stable_and_dense) {
  for (const auto& g : shipped_registry().guides()) {
    for (std::size_t i = 0; i < g->loops.size(); ++i) EXPECT_EQ(g->loops[i].index, i);
    for (std::size_t i = 0; i < g->segment_uses.size(); ++i) {
      EXPECT_EQ(g->segment_uses[i].index, i);
      EXPECT_NE(g->segment_uses[i].def, nullptr);
      EXPECT_NE(g->segment_uses[i].parent, nullptr);
    }
    EXPECT_TRUE(g->root().is_root());
  }
}

TEST(guide_load_test, professional_spot_checks) {
  auto g = shipped("837P");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->transaction, "837");
  EXPECT_EQ(g->implementation, "005010X222A1");
  EXPECT_EQ(g->functional_group, "HC");
  EXPECT_EQ(g->content_hints, std::vector<std::string>{"SV1"});
  EXPECT_TRUE(g->accepts("005010X222A2"));

  const loop* l2010aa = g->find_loop("2010AA");
  ASSERT_NE(l2010aa, nullptr);
  ASSERT_NE(l2010aa->trigger, nullptr);
  EXPECT_EQ(l2010aa->trigger->id, "NM1");
  ASSERT_EQ(l2010aa->trigger->matches.size(), 1u);
  EXPECT_EQ(l2010aa->trigger->matches[0].element, 1);
  EXPECT_EQ(l2010aa->trigger->matches[0].values, std::vector<std::string>{"85"});
  EXPECT_TRUE(l2010aa->trigger->is_trigger());
  EXPECT_EQ(l2010aa->trigger->def->id, "NM1");

  const loop* l2300 = g->find_loop("2300");
  ASSERT_NE(l2300, nullptr);
  EXPECT_EQ(l2300->repeat, 100u);
  EXPECT_EQ(l2300->trigger->id, "CLM");
  EXPECT_EQ(l2300->trigger->max_use, 1u);
  const auto* clm05 = l2300->trigger->element(5);
  ASSERT_NE(clm05, nullptr);
  ASSERT_NE(clm05->component(2), nullptr);
  EXPECT_TRUE(clm05->component(2)->allows("B"));
  EXPECT_FALSE(clm05->component(2)->allows("A"));
  EXPECT_EQ(clm05->component(4), nullptr) << "unlisted components are Not Used";

  const loop* l2400 = g->find_loop("2400");
  ASSERT_NE(l2400, nullptr);
  EXPECT_EQ(l2400->repeat, 50u);
  EXPECT_EQ(l2400->parent, l2300);
  EXPECT_EQ(l2400->trigger->id, "LX");
  EXPECT_FALSE(l2400->segments_with_id("SV1").empty());
}

TEST(guide_load_test, hl_levels_and_parents) {
  auto g = shipped("837P");
  ASSERT_NE(g, nullptr);
  const loop* a = g->find_loop("2000A");
  const loop* b = g->find_loop("2000B");
  const loop* c = g->find_loop("2000C");
  ASSERT_TRUE(a && b && c);
  EXPECT_EQ(a->hl_level, "20");
  EXPECT_EQ(b->hl_level, "22");
  EXPECT_EQ(c->hl_level, "23");
  EXPECT_EQ(a->hl_parent, nullptr);
  EXPECT_EQ(b->hl_parent, a);
  EXPECT_EQ(c->hl_parent, b);
  EXPECT_EQ(a->repeat, schema::UNBOUNDED);
  // The HL trigger tells the levels apart by HL03.
  auto hl03 = [](const loop* l) { return l->trigger->matches.at(0); };
  EXPECT_EQ(hl03(c).element, 3);
  EXPECT_TRUE(hl03(c).accepts("23"));
  EXPECT_FALSE(hl03(c).accepts("22"));
  // 2300 is defined under 2000B and placed under 2000C by loop_ref.
  const loop* l2300 = g->find_loop("2300");
  EXPECT_EQ(l2300->parent, b);
  EXPECT_EQ(l2300->hl_parent, b);
  bool referenced = false;
  for (const auto& ch : c->children) referenced |= ch.by_reference && ch.index == l2300->index;
  EXPECT_TRUE(referenced);
  auto by_clm = c->child_loops_triggered_by("CLM");
  ASSERT_EQ(by_clm.size(), 1u);
  EXPECT_EQ(by_clm[0], l2300);
}

TEST(guide_load_test, lookups_by_segment_id) {
  auto g = shipped("837P");
  ASSERT_NE(g, nullptr);
  const loop* l2010aa = g->find_loop("2010AA");
  auto refs = l2010aa->segments_with_id("REF");
  ASSERT_EQ(refs.size(), 2u);
  EXPECT_LT(refs[0]->index, refs[1]->index);
  EXPECT_TRUE(refs[0]->matches[0].accepts("EI"));
  EXPECT_TRUE(refs[1]->matches[0].accepts("1G"));
  EXPECT_TRUE(l2010aa->segments_with_id("CLM").empty());
  // The discriminator is evaluated through a callback, so any segment type can be passed.
  auto value_of = [](std::size_t element, std::size_t) -> std::string_view { return element == 1 ? "SY" : ""; };
  EXPECT_TRUE(refs[0]->matches_values(value_of));
  EXPECT_FALSE(refs[1]->matches_values(value_of));
  const loop* a = g->find_loop("2000A");
  auto nm1_loops = a->child_loops_triggered_by("NM1");
  ASSERT_GE(nm1_loops.size(), 2u);
  EXPECT_EQ(nm1_loops[0]->id, "2010AA");
  EXPECT_EQ(nm1_loops[1]->id, "2010AB");
}

TEST(guide_load_test, remittance_spot_checks) {
  auto g = shipped("835");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->functional_group, "HP");
  const loop* l2100 = g->find_loop("2100");
  ASSERT_NE(l2100, nullptr);
  EXPECT_EQ(l2100->trigger->id, "CLP");
  EXPECT_EQ(l2100->repeat, schema::UNBOUNDED);
  const loop* l2110 = g->find_loop("2110");
  ASSERT_NE(l2110, nullptr);
  EXPECT_EQ(l2110->parent, l2100);
  EXPECT_EQ(l2110->trigger->id, "SVC");
  auto cas = l2100->segments_with_id("CAS");
  ASSERT_FALSE(cas.empty());
  const auto* cas02 = cas[0]->element(2);
  ASSERT_NE(cas02, nullptr);
  ASSERT_NE(cas02->codelist, nullptr);
  EXPECT_EQ(cas02->codelist->name, "carc");
  EXPECT_TRUE(cas02->codelist->external);
  EXPECT_FALSE(cas02->restricts_codes()) << "external lists are checked for type and length only";
}

TEST(guide_load_test, dictionary_types_lengths_and_rules) {
  auto g = shipped("837P");
  ASSERT_NE(g, nullptr);
  const auto& d = *g->dict;
  EXPECT_EQ(d.version, "005010");
  const auto* nm1 = d.find_segment("NM1");
  ASSERT_NE(nm1, nullptr);
  bool has_p0809 = false;
  for (const auto& r : nm1->rules) {
    if (r.text == "P0809") {
      has_p0809 = true;
      EXPECT_EQ(r.kind, schema::syntax_rule::kind_t::paired);
      EXPECT_EQ(r.positions, (std::vector<std::uint8_t>{8, 9}));
    }
  }
  EXPECT_TRUE(has_p0809);
  const auto* e98 = d.find_element("98");
  ASSERT_NE(e98, nullptr);
  EXPECT_EQ(e98->type, schema::data_type::identifier);
  EXPECT_EQ(e98->min_length, 2u);
  EXPECT_EQ(e98->max_length, 3u);
  const auto* e96 = d.find_element("96");
  ASSERT_NE(e96, nullptr);
  EXPECT_EQ(e96->type, schema::data_type::numeric);
  EXPECT_EQ(e96->implied_decimals, 0);
  const auto* clm = d.find_segment("CLM");
  ASSERT_NE(clm, nullptr);
  ASSERT_NE(clm->element(5), nullptr);
  ASSERT_TRUE(clm->element(5)->is_composite());
  EXPECT_EQ(clm->element(5)->composite->id, "C023");
  EXPECT_EQ(d.find_segment("ZZZ"), nullptr);
  // A guide's element use carries the dictionary's bounds unless it tightens them.
  const auto* nm103 = g->find_loop("2010AA")->trigger->element(3);
  ASSERT_NE(nm103, nullptr);
  EXPECT_EQ(nm103->max_length, nm103->element->max_length);
  EXPECT_EQ(g->find_loop("2010AA")->trigger->element(6), nullptr) << "NM106 is Not Used";
}

TEST(guide_load_test, code_lists) {
  auto g = shipped("837P");
  ASSERT_NE(g, nullptr);
  const auto* states = g->codelists->find("state_province");
  ASSERT_NE(states, nullptr);
  EXPECT_FALSE(states->external);
  EXPECT_TRUE(states->contains("AL"));
  EXPECT_FALSE(states->contains("XX"));
  EXPECT_EQ(g->codelists->find("no_such_list"), nullptr);
}

TEST(syntax_rule_test, parses_every_kind_and_refuses_junk) {
  schema::syntax_rule r;
  ASSERT_TRUE(schema::parse_syntax_rule("L050607", r));
  EXPECT_EQ(r.kind, schema::syntax_rule::kind_t::list_conditional);
  EXPECT_EQ(r.positions, (std::vector<std::uint8_t>{5, 6, 7}));
  ASSERT_TRUE(schema::parse_syntax_rule("E0207", r));
  EXPECT_EQ(r.kind, schema::syntax_rule::kind_t::exclusion);
  ASSERT_TRUE(schema::parse_syntax_rule("C1110", r));
  EXPECT_EQ(r.kind, schema::syntax_rule::kind_t::conditional);
  EXPECT_EQ(r.positions.front(), 11);
  ASSERT_TRUE(schema::parse_syntax_rule("R0203", r));
  EXPECT_EQ(r.kind, schema::syntax_rule::kind_t::required);
  EXPECT_FALSE(schema::parse_syntax_rule("P08", r));
  EXPECT_FALSE(schema::parse_syntax_rule("X0102", r));
  EXPECT_FALSE(schema::parse_syntax_rule("L0506", r));
  EXPECT_FALSE(schema::parse_syntax_rule("P080", r));
  EXPECT_FALSE(schema::parse_syntax_rule("P0A09", r));
}

}  // namespace
}  // namespace claimloop::testing
