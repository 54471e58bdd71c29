// SNIP level 5: one-edit mutations of the clean fixtures, each with the level-5 findings it must
// produce (element, component, IK403, words of the message), with and without the sample
// ICD-10-CM and HCPCS tables of fixtures/codes/.
#include <gtest/gtest.h>

#include "codes/code_tables.hpp"
#include "codes/loader.hpp"
#include "validate/fixture_support.hpp"
#include "validate/validate.hpp"

namespace claimloop::testing {
namespace {

core::date day(int y, int m, int d) { return *core::date::make(y, m, d); }

// Shipped tables, plus the sample CMS tables when `with_cms`; ICD valid for `icd` release.
codes::code_tables tables(bool with_cms, codes::icd_release icd = {}) {
  auto t = codes::load_code_tables(std::filesystem::path(CLAIMLOOP_SOURCE_DIR) / "grammars" / "codes");
  if (!t) throw std::runtime_error(t.error().to_string());
  if (with_cms) {
    auto i = codes::load_icd10cm_order(fixtures_dir() / "codes" / "icd10cm_order_sample.txt", icd);
    auto h = codes::load_hcpcs(fixtures_dir() / "codes" / "hcpcs_sample.txt");
    if (!i || !h) throw std::runtime_error("sample CMS tables do not load");
    t->icd10cm = std::make_shared<const codes::code_table>(std::move(*i));
    t->hcpcs = h->codes;
    t->hcpcs_modifiers = h->modifiers;
  }
  return std::move(*t);
}

// Level-5 findings of the single set in `text`.
std::vector<core::finding> level5(const std::string& text, const codes::code_tables& t) {
  auto sets = read_sets(text, "mutated.x12");
  if (sets.size() != 1) throw std::runtime_error("expected one set");
  auto guide = guide_for(*sets[0]);
  if (!guide) throw std::runtime_error("no guide");
  auto v = validate::validate_set(sets[0]->segments, *guide, sets[0]->context, &t);
  std::vector<core::finding> out;
  for (auto& f : v.findings) if (f.snip == 5) out.push_back(f);
  return out;
}

struct expected {
  std::string segment;
  int element, component;
  std::string ik403, words;
};

struct mutation {
  const char* name;
  const char* fixture;
  std::vector<std::pair<std::string, std::string>> edits;  // every occurrence of first -> second
  bool with_cms;
  std::vector<expected> findings;
  codes::icd_release icd{};
};

std::string apply(std::string text, const mutation& m) {
  for (const auto& [from, to] : m.edits) {
    std::size_t at = text.find(from);
    if (at == std::string::npos) throw std::runtime_error("edit not found: " + from);
    for (; at != std::string::npos; at = text.find(from, at + to.size())) text.replace(at, from.size(), to);
  }
  return text;
}

const std::vector<mutation>& cases() {
  static const std::vector<mutation> all = {
      {"pos_unknown", "837p_clean.x12", {{"11:B:1", "88:B:1"}}, false, {{"CLM", 5, 1, "7", "place of service"}}},
      {"pos_used_before_it_existed", "837p_clean.x12", {{"11:B:1", "10:B:1"}, {"D8*20240110", "D8*20210110"}}, false,
       {{"CLM", 5, 1, "7", "before it took effect on 2022-01-01"}}},
      {"pos_valid_after_start", "837p_clean.x12", {{"11:B:1", "10:B:1"}}, false, {}},
      {"frequency_unknown", "837p_clean.x12", {{"11:B:1", "11:B:X"}}, false, {{"CLM", 5, 3, "7", "claim frequency"}}},
      {"cpt_bad_shape", "837p_clean.x12", {{"HC:99213", "HC:9921"}}, false, {{"SV1", 1, 2, "7", "not shaped like a CPT"}}},
      {"cpt_category_ii_ok", "837p_clean.x12", {{"HC:99213", "HC:3008F"}}, false, {}},
      {"modifier_bad_shape", "837p_clean.x12", {{"HC:99213", "HC:99213:L"}}, false, {{"SV1", 1, 3, "7", "modifier \"L\""}}},
      {"icd_with_dot", "837p_clean.x12", {{"ABK:J209", "ABK:J20.9"}}, false, {{"HI", 1, 2, "7", "ICD-10-CM"}}},
      {"icd_digit_first", "837p_clean.x12", {{"ABK:J209", "ABK:209J"}}, false, {{"HI", 1, 2, "7", "ICD-10-CM"}}},
      {"npi_bad_check_digit", "837p_clean.x12", {{"XX*1999999984", "XX*1999999985"}}, false, {{"NM1", 9, 0, "7", "not a valid NPI"}}},
      {"service_after_file_date", "837p_clean.x12", {{"DTP*472*D8*20240110~\nLX*2", "DTP*472*D8*20240120~\nLX*2"}}, false,
       {{"DTP", 3, 0, "8", "after the file's creation date 2024-01-15"}}},
      {"facility_type_unknown", "837i_clean.x12", {{"11:A:1", "19:A:1"}}, false, {{"CLM", 5, 1, "7", "facility type"}}},
      {"rd8_reversed", "837i_clean.x12", {{"20240101-20240103", "20240103-20240101"}}, false, {{"DTP", 3, 0, "8", "ends (2024-01-01) before it starts"}}},
      {"cdt_bad_shape", "837d_clean.x12", {{"AD:D0120", "AD:0120"}}, false, {{"SV3", 1, 2, "7", "CDT"}}},
      {"carc_retired_before_service", "835_clean.x12", {{"CAS*PR*2*20", "CAS*PR*28*20"}}, false,
       {{"CAS", 2, 0, "7", "\"28\" was retired on 2003-10-16, before the date of service 2024-01-10"}}},
      {"carc_unknown", "835_clean.x12", {{"CAS*PR*2*20", "CAS*PR*999*20"}}, false, {{"CAS", 2, 0, "7", "not a known claim adjustment reason"}}},
      {"carc_used_before_it_existed", "835_clean.x12", {{"CAS*PR*2*20", "CAS*PR*239*20"}, {"DTM*472*20240110", "DTM*472*20110110"}}, false,
       {{"CAS", 2, 0, "7", "before it took effect on 2012-03-01"}}},
      {"group_cr_retired_in_5010", "835_clean.x12", {{"CAS*PR*2*20", "CAS*CR*2*20"}}, false, {{"CAS", 1, 0, "7", "retired on 2012-01-01"}}},
      {"clp02_left_to_level_1", "835_clean.x12", {{"CLP*CLAIM0001*1*", "CLP*CLAIM0001*5*"}}, false, {}},
      {"clp09_frequency_unknown", "835_clean.x12", {{"*11*1~", "*11*X~"}}, false, {{"CLP", 9, 0, "7", "claim frequency"}}},
      {"rarc_unknown", "835_clean.x12", {{"CAS*PR*2*10~", "CAS*PR*2*10~\nLQ*HE*ZZ99~"}}, false, {{"LQ", 2, 0, "7", "remark code (RARC)"}}},
      {"rarc_known", "835_clean.x12", {{"CAS*PR*2*10~", "CAS*PR*2*10~\nLQ*HE*N130~"}}, false, {}},
      {"svc_bad_shape", "835_clean.x12", {{"HC:99213", "HC:9X213"}}, false, {{"SVC", 1, 2, "7", "not shaped like a CPT"}}},
      {"payee_npi_bad", "835_clean.x12", {{"XX*1999999984", "XX*1999999994"}}, false, {{"N1", 4, 0, "7", "not a valid NPI"}}},
      {"remit_service_after_production", "835_clean.x12", {{"DTM*472*20240110~\nCAS*PR*2*20", "DTM*472*20240125~\nCAS*PR*2*20"}}, false,
       {{"DTM", 2, 0, "8", "after the file's creation date 2024-01-20"}}},
      {"icd_header_not_billable", "837p_clean.x12", {}, true, {{"HI", 2, 2, "7", "category header"}}},
      {"icd_not_in_table", "837p_clean.x12", {{"ABF:R05", "ABF:R051"}, {"ABK:J209", "ABK:J999"}}, true, {{"HI", 1, 2, "7", "not a known ICD-10-CM"}}},
      {"icd_release_retired", "837p_clean.x12", {{"ABF:R05", "ABF:R051"}}, true,
       {{"HI", 1, 2, "7", "retired on 2023-09-30"}, {"HI", 2, 2, "7", "retired on 2023-09-30"}},
       {day(2022, 10, 1), day(2023, 9, 30)}},
      {"hcpcs_retired_before_service", "837p_clean.x12", {{"ABF:R05", "ABF:R051"}, {"HC:99213", "HC:G0001"}}, true,
       {{"SV1", 1, 2, "7", "\"G0001\" was retired on 2012-12-31"}}},
      {"hcpcs_used_before_it_existed", "837p_clean.x12", {{"ABF:R05", "ABF:R051"}, {"HC:99213", "HC:J1234"}, {"D8*20240110", "D8*20220110"}}, true,
       {{"SV1", 1, 2, "7", "before it took effect on 2023-01-01"}}},
      {"hcpcs_unknown", "837p_clean.x12", {{"ABF:R05", "ABF:R051"}, {"HC:99213", "HC:A9999"}}, true, {{"SV1", 1, 2, "7", "not a known HCPCS"}}},
      {"modifier_retired", "837p_clean.x12", {{"ABF:R05", "ABF:R051"}, {"HC:99213", "HC:99213:GT"}}, true,
       {{"SV1", 1, 3, "7", "HCPCS modifier \"GT\" was retired on 2017-12-31"}}},
  };
  return all;
}

class code_set_test : public ::testing::TestWithParam<std::size_t> {};

TEST_P(code_set_test, reports_expected_level5_findings) {
  const mutation& m = cases()[GetParam()];
  SCOPED_TRACE(m.name);
  const auto t = tables(m.with_cms, m.icd);
  const auto found = level5(apply(validate_fixture(m.fixture), m), t);
  ASSERT_EQ(found.size(), m.findings.size()) << (found.empty() ? std::string("none") : found.front().to_string());
  for (std::size_t i = 0; i < found.size(); ++i) {
    const auto& f = found[i];
    const auto& e = m.findings[i];
    EXPECT_EQ(f.segment, e.segment);
    EXPECT_EQ(f.element, e.element);
    EXPECT_EQ(f.component, e.component);
    EXPECT_EQ(f.ik403, e.ik403);
    EXPECT_NE(f.message.find(e.words), std::string::npos) << f.message;
    EXPECT_FALSE(f.value.empty());
  }
}

INSTANTIATE_TEST_SUITE_P(mutations, code_set_test, ::testing::Range<std::size_t>(0, 32),
                         [](const ::testing::TestParamInfo<std::size_t>& p) { return std::string(cases()[p.param].name); });

TEST(code_set_clean_test, clean_fixtures_have_no_level5_error) {
  const auto t = tables(false);
  for (const char* name : {"837p_clean.x12", "837i_clean.x12", "837d_clean.x12", "835_clean.x12"}) {
    for (const auto& f : level5(validate_fixture(name), t)) ADD_FAILURE() << name << ": " << f.to_string();
  }
}

// Files written by tools/generate (claimloop-generate --seed 7, 837P/I/D and the 835) are clean.
TEST(code_set_clean_test, generated_files_have_no_level5_error) {
  const auto t = tables(false);
  int sets = 0;
  for (const char* name : {"generated_837p.x12", "generated_837i.x12", "generated_837d.x12", "generated_835.x12"}) {
    const std::string text = read_file(fixtures_dir() / "codes" / name);
    for (const auto& set : read_sets(text, name)) {
      auto guide = guide_for(*set);
      ASSERT_NE(guide, nullptr) << name;
      auto v = validate::validate_set(set->segments, *guide, set->context, &t);
      for (const auto& f : v.findings)
        if (f.snip == 5) ADD_FAILURE() << name << ": " << f.to_string();
      ++sets;
    }
  }
  EXPECT_GE(sets, 4);
}

TEST(code_set_clean_test, no_tables_means_no_level5) {
  auto sets = read_sets(apply(validate_fixture("835_clean.x12"), cases()[14]), "x.x12");
  auto v = validate::validate_set(sets[0]->segments, *guide_for(*sets[0]), sets[0]->context);
  for (const auto& f : v.findings) EXPECT_NE(f.snip, 5) << f.to_string();
}

}  // namespace
}  // namespace claimloop::testing
