// Loading code tables: the shipped TSV lists, the sample CMS files, and refusals of bad input.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "codes/code_tables.hpp"
#include "codes/loader.hpp"
#include "codes/shapes.hpp"
#include "support/test_support.hpp"

namespace claimloop::testing {
namespace {

core::date day(int y, int m, int d) { return *core::date::make(y, m, d); }
const std::filesystem::path CODES_DIR = std::filesystem::path(CLAIMLOOP_SOURCE_DIR) / "grammars" / "codes";

TEST(code_table_test, loads_every_shipped_list) {
  auto t = codes::load_code_tables(CODES_DIR);
  ASSERT_TRUE(t) << t.error().to_string();
  EXPECT_GE(t->carc->size(), 300u);
  EXPECT_GE(t->rarc->size(), 40u);
  EXPECT_EQ(t->adjustment_group->size(), 5u);
  EXPECT_EQ(t->claim_status->size(), 10u);
  EXPECT_GE(t->place_of_service->size(), 50u);
  EXPECT_NE(t->facility_type->find("13"), nullptr);
  EXPECT_NE(t->entity_identifier->find("85"), nullptr);
  EXPECT_NE(t->reference_qualifier->find("EI"), nullptr);
  EXPECT_EQ(t->icd10cm, nullptr);
}

TEST(code_table_test, carc_dates_decide_validity) {
  auto t = codes::load_code_tables(CODES_DIR);
  ASSERT_TRUE(t);
  const auto& carc = *t->carc;
  EXPECT_EQ(carc.check("28", day(2003, 10, 16)), codes::code_status::valid);  // the stop date is the last day
  EXPECT_EQ(carc.check("28", day(2003, 10, 17)), codes::code_status::retired);
  EXPECT_EQ(carc.check("239", day(2012, 2, 29)), codes::code_status::not_yet_valid);
  EXPECT_EQ(carc.check("239", day(2012, 3, 1)), codes::code_status::valid);
  EXPECT_EQ(carc.check("45", std::nullopt), codes::code_status::valid);
  EXPECT_EQ(carc.check("XX1", day(2024, 1, 1)), codes::code_status::unknown);
  EXPECT_EQ(carc.find("253")->description, "Sequestration reduction in federal payment");
}

// find() is a hash lookup: every code of every shipped list is found as its own entry, and codes
// next to them (a prefix, one byte more, another case) are not.
TEST(code_table_test, find_returns_each_entry_and_nothing_else) {
  auto t = codes::load_code_tables(CODES_DIR);
  ASSERT_TRUE(t);
  for (const auto* table : {t->carc.get(), t->rarc.get(), t->adjustment_group.get(), t->claim_status.get(),
                            t->claim_frequency.get(), t->place_of_service.get(), t->facility_type.get(),
                            t->entity_identifier.get(), t->reference_qualifier.get()}) {
    ASSERT_FALSE(table->empty());
    std::set<std::string> codes;
    for (const auto& e : table->entries()) codes.insert(e.code);
    for (const auto& e : table->entries()) {
      EXPECT_EQ(table->find(e.code), &e) << table->name() << " " << e.code;
      for (const std::string& near : {e.code + "0", "z" + e.code, e.code.substr(0, e.code.size() - 1)}) {
        if (!codes.contains(near)) {
          EXPECT_EQ(table->find(near), nullptr) << table->name() << " " << near;
        }
      }
    }
    EXPECT_EQ(table->find(""), nullptr);
  }
}

TEST(code_table_test, empty_tables_find_nothing) {
  EXPECT_EQ(codes::code_table().find("45"), nullptr);
  const codes::code_table empty("empty", "empty.tsv", {});
  EXPECT_EQ(empty.find("45"), nullptr);
  EXPECT_EQ(empty.check("45", std::nullopt), codes::code_status::unknown);
  // a table copied keeps its index pointing at its own entries
  auto t = codes::load_code_tables(CODES_DIR);
  ASSERT_TRUE(t);
  const codes::code_table copy = *t->carc;
  ASSERT_NE(copy.find("45"), nullptr);
  EXPECT_GE(copy.find("45"), copy.entries().data());
  EXPECT_LT(copy.find("45"), copy.entries().data() + copy.size());
}

TEST(code_table_test, reads_icd10cm_order_file) {
  auto t = codes::load_icd10cm_order(fixtures_dir() / "codes" / "icd10cm_order_sample.txt");
  ASSERT_TRUE(t) << t.error().to_string();
  ASSERT_EQ(t->size(), 5u);
  EXPECT_FALSE(t->find("J20")->billable);
  EXPECT_TRUE(t->find("J209")->billable);
  EXPECT_EQ(t->find("S52521A")->description, "Torus fx lower end r radius, init");
  EXPECT_EQ(t->check("R05", std::nullopt), codes::code_status::not_billable);
}

TEST(code_table_test, icd_release_dates_apply_to_every_code) {
  auto t = codes::load_icd10cm_order(fixtures_dir() / "codes" / "icd10cm_order_sample.txt", {day(2023, 10, 1), day(2024, 9, 30)});
  ASSERT_TRUE(t);
  EXPECT_EQ(t->check("J209", day(2024, 9, 30)), codes::code_status::valid);
  EXPECT_EQ(t->check("J209", day(2024, 10, 1)), codes::code_status::retired);
  EXPECT_EQ(t->check("J209", day(2023, 9, 30)), codes::code_status::not_yet_valid);
}

TEST(code_table_test, reads_hcpcs_file_codes_and_modifiers) {
  auto t = codes::load_hcpcs(fixtures_dir() / "codes" / "hcpcs_sample.txt");
  ASSERT_TRUE(t) << t.error().to_string();
  EXPECT_EQ(t->codes->size(), 3u);  // the continuation line of A0100 is not a code
  EXPECT_EQ(t->modifiers->size(), 2u);
  const auto* g = t->codes->find("G0001");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->description, "Sample retired");
  EXPECT_EQ(*g->start, day(1987, 1, 1));
  EXPECT_EQ(*g->stop, day(2012, 12, 31));
  EXPECT_EQ(t->codes->check("J1234", day(2022, 12, 31)), codes::code_status::not_yet_valid);
  EXPECT_EQ(t->modifiers->check("GT", day(2018, 1, 1)), codes::code_status::retired);
  EXPECT_EQ(t->modifiers->check("LT", day(2018, 1, 1)), codes::code_status::valid);
}

TEST(code_table_test, refuses_tsv_without_header) {
  auto t = codes::parse_code_tsv("# c\n1\t\t\tx\n", "x", "x.tsv");
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().where.line, 2u);
  EXPECT_NE(t.error().message.find("header"), std::string::npos);
}

TEST(code_table_test, refuses_bad_dates_duplicates_and_reversed_ranges) {
  const std::string head = "code\tstart_date\tstop_date\tdescription\n";
  auto bad_date = codes::parse_code_tsv(head + "1\t20230231\t\tx\n", "x", "x.tsv");
  ASSERT_FALSE(bad_date);
  EXPECT_NE(bad_date.error().message.find("start_date"), std::string::npos);
  EXPECT_EQ(bad_date.error().where.line, 2u);
  auto dup = codes::parse_code_tsv(head + "1\t\t\tx\n1\t\t\ty\n", "x", "x.tsv");
  ASSERT_FALSE(dup);
  EXPECT_NE(dup.error().message.find("twice"), std::string::npos);
  auto reversed = codes::parse_code_tsv(head + "1\t20200101\t20190101\tx\n", "x", "x.tsv");
  ASSERT_FALSE(reversed);
  EXPECT_NE(reversed.error().message.find("before start date"), std::string::npos);
  auto fields = codes::parse_code_tsv(head + "1\t\tx\n", "x", "x.tsv");
  ASSERT_FALSE(fields);
}

TEST(code_table_test, refuses_files_that_are_not_cms_layouts) {
  EXPECT_FALSE(codes::parse_icd10cm_order("hello world, this is not an order file\n", "x.txt"));
  EXPECT_FALSE(codes::parse_hcpcs("A0100     9 not a record\n", "y.txt"));
  auto missing = codes::load_hcpcs(fixtures_dir() / "codes" / "no_such_file.txt");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, core::errc::io_error);
}

TEST(shapes_test, icd10cm_shape) {
  for (auto ok : {"J20", "J209", "C4A0", "S52521A", "U071"}) EXPECT_TRUE(codes::is_icd10cm_shape(ok)) << ok;
  for (auto bad : {"J2", "J20.9", "209J", "JJ09", "S52521AB", "j209"}) EXPECT_FALSE(codes::is_icd10cm_shape(bad)) << bad;
}

TEST(shapes_test, procedure_and_modifier_shapes) {
  EXPECT_TRUE(codes::is_cpt_shape("99213"));
  EXPECT_TRUE(codes::is_cpt_shape("3008F"));
  EXPECT_TRUE(codes::is_cpt_shape("0042T"));
  EXPECT_TRUE(codes::is_cpt_shape("0001U"));
  EXPECT_FALSE(codes::is_cpt_shape("9921"));
  EXPECT_FALSE(codes::is_cpt_shape("0042X"));
  EXPECT_TRUE(codes::is_hcpcs_level2_shape("G0008"));
  EXPECT_FALSE(codes::is_hcpcs_level2_shape("D0120"));
  EXPECT_FALSE(codes::is_hcpcs_level2_shape("W1234"));
  EXPECT_TRUE(codes::is_cdt_shape("D0120"));
  EXPECT_TRUE(codes::is_modifier_shape("25"));
  EXPECT_TRUE(codes::is_modifier_shape("LT"));
  EXPECT_FALSE(codes::is_modifier_shape("L"));
  EXPECT_FALSE(codes::is_modifier_shape("l1"));
}

TEST(shapes_test, npi_luhn_with_80840_prefix) {
  EXPECT_TRUE(codes::is_valid_npi("1234567893"));  // the CMS worked example
  EXPECT_TRUE(codes::is_valid_npi("1999999984"));
  EXPECT_FALSE(codes::is_valid_npi("1234567890"));
  EXPECT_FALSE(codes::is_valid_npi("123456789"));
  EXPECT_FALSE(codes::is_valid_npi("12345678A3"));
}

}  // namespace
}  // namespace claimloop::testing
