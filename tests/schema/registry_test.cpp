// Choosing the guide for a transaction set: GS08/ST03 first, then the content when it disagrees.
#include <gtest/gtest.h>

#include <cstdlib>

#include "schema/registry.hpp"
#include "schema/schema_paths.hpp"

namespace claimloop::testing {
namespace {

using schema::content_facts;
using schema::selection;
using schema::set_identity;
using warn = schema::selection_warning::kind_t;

// Stands in for syntax::segment_view: collect_content_facts needs only tag() and component().
struct fake_segment {
  std::string id;
  std::string clm05_2;
  std::string_view tag() const { return id; }
  std::string_view component(std::size_t n, std::size_t c) const {
    return n == 5 && c == 2 ? std::string_view(clm05_2) : std::string_view();
  }
};

content_facts facts(std::vector<fake_segment> segments) { return schema::collect_content_facts(segments); }
content_facts institutional() { return facts({{"ST", ""}, {"HL", ""}, {"CLM", "A"}, {"CL1", ""}, {"SV2", ""}, {"SE", ""}}); }
content_facts professional() { return facts({{"ST", ""}, {"HL", ""}, {"CLM", "B"}, {"LX", ""}, {"SV1", ""}, {"SE", ""}}); }

selection pick(set_identity id, const content_facts* content = nullptr) {
  auto s = shipped_registry().select(id, content);
  EXPECT_TRUE(s) << s.error().to_string();
  return s ? std::move(*s) : selection{};
}

bool has_warning(const selection& s, warn kind) {
  for (const auto& w : s.warnings) {
    if (w.kind == kind) return true;
  }
  return false;
}

TEST(registry_test, ships_the_837_variants_and_835) {
  const auto& reg = shipped_registry();
  for (const char* name : {"837P", "837I", "837D", "835"}) EXPECT_NE(reg.find(name), nullptr) << name;
  EXPECT_EQ(reg.find("270"), nullptr);
}

TEST(registry_test, exact_reference_picks_the_guide) {
  const auto s = pick({"HC", "005010X222A1", "837", "005010X222A1"});
  ASSERT_EQ(s.kind, selection::kind_t::guide);
  EXPECT_EQ(s.chosen->short_name, "837P");
  EXPECT_TRUE(s.warnings.empty());
}

TEST(registry_test, agreeing_content_adds_no_warning) {
  const auto content = professional();
  const auto s = pick({"HC", "005010X222A1", "837", "005010X222A1"}, &content);
  EXPECT_EQ(s.chosen->short_name, "837P");
  EXPECT_TRUE(s.warnings.empty()) << s.warnings.front().message;
}

TEST(registry_test, st03_decides_over_gs08) {
  const auto s = pick({"HC", "005010X222A1", "837", "005010X223A2"});
  EXPECT_EQ(s.chosen->short_name, "837I");
  EXPECT_TRUE(has_warning(s, warn::st03_differs_from_gs08));
  EXPECT_EQ(pick({"", "005010X223A2", "837", ""}).chosen->short_name, "837I");
}

TEST(registry_test, also_accepts_picks_the_guide) {
  EXPECT_EQ(pick({"HC", "005010X222", "837", "005010X222"}).chosen->short_name, "837P");
  EXPECT_EQ(pick({"HC", "005010X224A1", "837", "005010X224A1"}).chosen->short_name, "837D");
}

TEST(registry_test, institutional_content_overrides_professional_reference) {
  const auto content = institutional();
  EXPECT_EQ(content.facility_code_qualifier, "A");
  const auto s = pick({"HC", "005010X222A1", "837", "005010X222A1"}, &content);
  ASSERT_EQ(s.kind, selection::kind_t::guide);
  EXPECT_EQ(s.chosen->short_name, "837I");
  ASSERT_TRUE(has_warning(s, warn::content_overrides_version));
  EXPECT_NE(s.warnings.front().message.find("CLM05-2 A"), std::string::npos) << s.warnings.front().message;
}

TEST(registry_test, facility_qualifier_alone_overrides) {
  const auto content = facts({{"CLM", "A"}});
  const auto s = pick({"HC", "005010X222A1", "837", "005010X222A1"}, &content);
  EXPECT_EQ(s.chosen->short_name, "837I");
  EXPECT_TRUE(has_warning(s, warn::content_overrides_version));
}

TEST(registry_test, dental_service_lines_choose_dental_without_reference) {
  const auto content = facts({{"CLM", "B"}, {"SV3", ""}, {"TOO", ""}});
  const auto s = pick({"HC", "", "837", ""}, &content);
  EXPECT_EQ(s.chosen->short_name, "837D");
  EXPECT_TRUE(has_warning(s, warn::chosen_by_content));
}

TEST(registry_test, no_reference_and_undecided_content_is_an_error) {
  const auto content = facts({{"CLM", "B"}});  // professional and dental both use B
  auto s = shipped_registry().select({"HC", "", "837", ""}, &content);
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, core::errc::unknown_guide);
}

TEST(registry_test, version_4010_gets_the_generic_answer) {
  auto s = shipped_registry().select({"HC", "004010X098A1", "837", "004010X098A1"});
  ASSERT_TRUE(s) << s.error().to_string();
  EXPECT_EQ(s->kind, selection::kind_t::generic_only);
  EXPECT_EQ(s->chosen, nullptr);
  EXPECT_NE(s->reason.find("no 5010 guide; generic tree only"), std::string::npos) << s->reason;
  EXPECT_NE(s->reason.find("004010"), std::string::npos);
  // In a 4010 group ST03 is usually absent: GS08 alone decides.
  EXPECT_EQ(pick({"HC", "004010X098A1", "837", ""}).kind, selection::kind_t::generic_only);
}

TEST(registry_test, unknown_5010_reference_is_an_error) {
  auto s = shipped_registry().select({"HC", "005010X999", "837", "005010X999"});
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, core::errc::unknown_guide);
  EXPECT_NE(s.error().message.find("005010X999"), std::string::npos);
  EXPECT_NE(s.error().message.find("005010X222A1"), std::string::npos) << "lists what is loaded";
}

TEST(registry_test, unknown_transaction_set_is_an_error) {
  auto s = shipped_registry().select({"HS", "005010X279A1", "270", "005010X279A1"});
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, core::errc::unknown_guide);
}

TEST(registry_test, remittance_and_functional_group_mismatch) {
  const auto ok = pick({"HP", "005010X221A1", "835", "005010X221A1"});
  EXPECT_EQ(ok.chosen->short_name, "835");
  EXPECT_TRUE(ok.warnings.empty());
  const auto odd = pick({"HC", "005010X221A1", "835", "005010X221A1"});
  EXPECT_EQ(odd.chosen->short_name, "835");
  EXPECT_TRUE(has_warning(odd, warn::functional_group_mismatch));
}

TEST(registry_test, content_facts_keep_distinct_sorted_ids) {
  const auto f = facts({{"SV1", ""}, {"CLM", "B"}, {"SV1", ""}, {"CLM", "A"}});
  EXPECT_EQ(f.segment_ids, (std::vector<std::string>{"CLM", "SV1"}));
  EXPECT_EQ(f.facility_code_qualifier, "B") << "the first CLM decides";
  EXPECT_TRUE(f.has_segment("SV1"));
  EXPECT_FALSE(f.has_segment("SV2"));
}

TEST(registry_test, default_dir_follows_environment_then_source_tree) {
  ::setenv("CLAIMLOOP_GRAMMARS", "/tmp/claimloop-test-grammars", 1);
  EXPECT_EQ(schema::guide_registry::default_dir(), std::filesystem::path("/tmp/claimloop-test-grammars"));
  ::unsetenv("CLAIMLOOP_GRAMMARS");
  EXPECT_EQ(std::filesystem::weakly_canonical(schema::guide_registry::default_dir()),
            std::filesystem::weakly_canonical(grammar_dir()));
  auto reg = schema::guide_registry::load_default();
  ASSERT_TRUE(reg) << reg.error().to_string();
  EXPECT_EQ(reg->guides().size(), shipped_registry().guides().size());
}

TEST(registry_test, empty_or_missing_folder_is_an_io_error) {
  auto missing = schema::guide_registry::load(fixtures_dir() / "schema" / "no-such-folder", xsd_dir());
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, core::errc::io_error);
}

}  // namespace
}  // namespace claimloop::testing
