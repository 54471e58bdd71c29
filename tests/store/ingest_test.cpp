// `claimloop ingest` in the store: every claim and line of a generated 837 recorded with the
// values the generator drew; the same interchange again changes nothing; a file that fails
// half-way leaves nothing behind.
#include <gtest/gtest.h>

#include "generate/claim_model.hpp"
#include "store/ingest.hpp"
#include "store_support.hpp"

namespace claimloop::testing {
namespace {

constexpr std::uint64_t CLAIMS = 300, SEED = 21;

// The bytes with the CLM02 of the n-th claim (0-based) replaced by `amount`.
std::string with_claim_amount(std::string bytes, std::size_t n, const std::string& amount) {
  std::size_t at = 0;
  for (std::size_t i = 0; i <= n; ++i) at = bytes.find("~\nCLM*", at + 1);
  const auto clm02 = bytes.find('*', at + 6) + 1;
  const auto end = bytes.find('*', clm02);
  return bytes.replace(clm02, end - clm02, amount);
}

TEST(ingest_test, every_generated_claim_and_line_is_recorded_with_its_values) {
  scratch dir;
  const auto file = dir.path("gen.837");
  write_text(file, generated(claims_837p(CLAIMS, SEED, 100)));
  auto db = open_test_store(dir.path("s.db"));
  auto in = store::ingest_file(*db, file, store_guides(), {"tester"});
  ASSERT_TRUE(in) << in.error().to_string();
  EXPECT_FALSE(in->already_ingested);
  EXPECT_EQ(in->sets, 3u);
  EXPECT_EQ(in->claims, CLAIMS);

  const generate::claim_model model(SEED, generate::claim_kind::professional);
  std::int64_t lines = 0, cents = 0;
  for (std::uint64_t i = 0; i < CLAIMS; ++i) {
    const auto c = model.draw(i);
    lines += static_cast<std::int64_t>(c.lines.size());
    cents += c.total_cents;
  }
  EXPECT_EQ(in->lines, static_cast<std::size_t>(lines));
  const auto counts = table_counts(*db);
  EXPECT_EQ(counts.at("files"), 1);
  EXPECT_EQ(counts.at("claims"), static_cast<std::int64_t>(CLAIMS));
  EXPECT_EQ(counts.at("claim_x12"), static_cast<std::int64_t>(CLAIMS));
  EXPECT_EQ(counts.at("claim_lines"), lines);
  EXPECT_GT(counts.at("claim_diagnoses"), counts.at("claims") - 1);  // every claim has a principal diagnosis
  EXPECT_EQ(counts.at("audit_log"), 1);
  EXPECT_EQ(scalar(*db, "SELECT sum(charge_cents) FROM claims"), cents);
  EXPECT_EQ(scalar(*db, "SELECT sum(charge_cents) FROM claim_lines"), cents);
  EXPECT_EQ(scalar(*db, "SELECT count(*) FROM claim_diagnoses WHERE role = 'principal'"),
            static_cast<std::int64_t>(CLAIMS));

  // Claim by claim, in file order: CLM01, charge and the lines' REF*6R as the generator drew them.
  auto s = db->prepare(
      "SELECT c.patient_control_number, c.charge_cents, c.billing_npi, c.submitter_id, count(l.id), "
      "min(l.control_number) FROM claims c JOIN claim_lines l ON l.claim_id = c.id "
      "GROUP BY c.id ORDER BY c.position");
  ASSERT_TRUE(s);
  for (std::uint64_t i = 0; i < CLAIMS; ++i) {
    auto row = (*s)->step();
    ASSERT_TRUE(row && *row);
    const auto c = model.draw(i);
    EXPECT_EQ((*s)->text(0), c.patient_control_number);
    EXPECT_EQ((*s)->integer(1), c.total_cents);
    EXPECT_EQ((*s)->text(2), model.block(generate::claim_model::block_of(i)).billing.npi);
    EXPECT_EQ((*s)->text(3), model.partners().submitter_id);
    EXPECT_EQ((*s)->integer(4), static_cast<std::int64_t>(c.lines.size()));
    EXPECT_FALSE((*s)->text(5).empty());
  }
  EXPECT_EQ(scalar(*db, "SELECT count(*) FROM files WHERE ingested_by = 'tester' AND length(content_hash) = 40"), 1);
}

// Every stored value of the claims, lines, diagnoses and X12 of a store, as text.
std::string claim_dump(store::database& db) {
  std::string out;
  for (const char* sql :
       {"SELECT c.id || '|' || c.position || '|' || c.interchange_control || '|' || c.group_control || '|' || "
        "c.set_control || '|' || c.implementation || '|' || c.submitter_id || '|' || c.billing_npi || '|' || "
        "c.payer_id || '|' || c.patient_control_number || '|' || c.frequency_code || '|' || c.date_from || '|' || "
        "c.date_to || '|' || c.charge_cents || '|' || x.bht || x.segments || p.segments || b.segments || s.segments "
        "FROM claims c JOIN claim_x12 x ON x.claim_id = c.id JOIN x12_blocks p ON p.id = x.parties_block "
        "JOIN x12_blocks b ON b.id = x.billing_block JOIN x12_blocks s ON s.id = x.subscriber_block ORDER BY c.id",
        "SELECT claim_id || '|' || position || '|' || line_number || '|' || control_number || '|' || "
        "procedure_qualifier || '|' || procedure_code || '|' || modifiers || '|' || date_from || '|' || "
        "charge_cents || '|' || units FROM claim_lines ORDER BY id",
        "SELECT claim_id || '|' || position || '|' || role || '|' || code FROM claim_diagnoses "
        "ORDER BY claim_id, position"}) {
    auto s = db.prepare(sql);
    EXPECT_TRUE(s) << s.error().to_string();
    for (;;) {
      auto row = (*s)->step();
      EXPECT_TRUE(row);
      if (!row || !*row) break;
      out.append((*s)->text(0)).append("\n");
    }
  }
  return out;
}

TEST(ingest_test, worker_threads_store_the_same_rows_as_one_thread) {
  scratch dir;
  const auto file = dir.path("gen.837");
  write_text(file, generated(claims_837p(CLAIMS, SEED, 40)));
  auto one = open_test_store(dir.path("one.db"));
  auto three = open_test_store(dir.path("three.db"));
  ASSERT_TRUE(store::ingest_file(*one, file, store_guides(), {"t", 0}));
  auto in = store::ingest_file(*three, file, store_guides(), {"t", 3});
  ASSERT_TRUE(in) << in.error().to_string();
  EXPECT_EQ(in->sets, 8u);
  const auto dump = claim_dump(*one);
  EXPECT_GT(dump.size(), CLAIMS * 500);
  EXPECT_EQ(claim_dump(*three), dump);
}

TEST(ingest_test, the_same_interchange_again_changes_nothing_and_says_so) {
  scratch dir;
  const auto bytes = generated(claims_837p(50, SEED));
  const auto file = dir.path("a.837"), copy = dir.path("copy_of_a.837");
  write_text(file, bytes);
  write_text(copy, bytes);
  auto db = open_test_store(dir.path("s.db"));
  auto first = store::ingest_file(*db, file, store_guides());
  ASSERT_TRUE(first) << first.error().to_string();
  const auto before = table_counts(*db);
  for (const auto& again_path : {file, copy}) {
    auto again = store::ingest_file(*db, again_path, store_guides());
    ASSERT_TRUE(again) << again.error().to_string();
    EXPECT_TRUE(again->already_ingested);
    EXPECT_EQ(again->file_id, first->file_id);
    EXPECT_EQ(again->first_path, file);
    EXPECT_EQ(again->claims, 0u);
    EXPECT_EQ(table_counts(*db), before);
  }
}

TEST(ingest_test, other_content_under_a_reused_control_number_is_kept_and_flagged) {
  scratch dir;
  const auto bytes = generated(claims_837p(20, SEED));
  write_text(dir.path("a.837"), bytes);
  write_text(dir.path("b.837"), with_claim_amount(bytes, 19, "99999"));  // same ISA, other content
  auto db = open_test_store(dir.path("s.db"));
  ASSERT_TRUE(store::ingest_file(*db, dir.path("a.837"), store_guides()));
  auto b = store::ingest_file(*db, dir.path("b.837"), store_guides());
  ASSERT_TRUE(b) << b.error().to_string();
  EXPECT_FALSE(b->already_ingested);
  EXPECT_EQ(b->reused_control_number_of, dir.path("a.837"));
  EXPECT_EQ(scalar(*db, "SELECT count(*) FROM claims"), 40);
}

TEST(ingest_test, a_file_with_a_bad_amount_half_way_leaves_nothing_and_the_next_file_goes_in) {
  scratch dir;
  const auto bad = dir.path("bad.837"), good = dir.path("good.837");
  write_text(bad, with_claim_amount(generated(claims_837p(CLAIMS, SEED, 100)), 250, "12X.50"));
  write_text(good, generated(claims_837p(30, SEED + 1)));
  auto db = open_test_store(dir.path("s.db"));
  const auto empty = table_counts(*db);
  auto failed = store::ingest_file(*db, bad, store_guides());
  ASSERT_FALSE(failed);
  const auto& e = failed.error();
  EXPECT_EQ(e.file, bad);
  EXPECT_EQ(e.segment, "CLM");
  EXPECT_EQ(e.element, 2);
  EXPECT_GT(e.where.segment_number, 0u);
  EXPECT_NE(e.message.find("12X.50"), std::string::npos) << e.to_string();
  EXPECT_EQ(table_counts(*db), empty) << "the 250 claims before the bad one were rolled back";
  EXPECT_FALSE(db->in_transaction());

  auto next = store::ingest_file(*db, good, store_guides());
  ASSERT_TRUE(next) << next.error().to_string();
  EXPECT_EQ(scalar(*db, "SELECT count(*) FROM claims"), 30);
  EXPECT_EQ(scalar(*db, "SELECT count(*) FROM files"), 1);
}

TEST(ingest_test, a_file_without_837_sets_is_refused) {
  scratch dir;
  generate::generate_options o;
  o.type = generate::file_type::x835;
  o.claims = 5;
  write_text(dir.path("r.835"), generated(o));
  write_text(dir.path("junk.837"), "not X12 at all");
  auto db = open_test_store(dir.path("s.db"));
  auto remit = store::ingest_file(*db, dir.path("r.835"), store_guides());
  ASSERT_FALSE(remit);
  EXPECT_NE(remit.error().message.find("no 837"), std::string::npos) << remit.error().to_string();
  auto junk = store::ingest_file(*db, dir.path("junk.837"), store_guides());
  ASSERT_FALSE(junk);
  EXPECT_EQ(junk.error().file, dir.path("junk.837"));
  auto stdin_input = store::ingest_file(*db, "-", store_guides());
  ASSERT_FALSE(stdin_input);
  EXPECT_NE(stdin_input.error().message.find("standard input"), std::string::npos);
  auto missing = store::ingest_file(*db, dir.path("missing.837"), store_guides());
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, core::errc::io_error);
  EXPECT_EQ(scalar(*db, "SELECT count(*) FROM files"), 0);
}

}  // namespace
}  // namespace claimloop::testing
