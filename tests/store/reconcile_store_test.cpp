// Reconciliation over the store gives the report reconciliation over the 837 files gives; the
// same 835 again is a duplicate across runs; a file that fails is not half-posted; and every
// remittance claim and line is kept with its match.
#include <gtest/gtest.h>

#include <sstream>

#include "reconcile/report.hpp"
#include "store/claim_store.hpp"
#include "store/ingest.hpp"
#include "store/remittances.hpp"
#include "store_support.hpp"

namespace claimloop::testing {
namespace {

// The CSV of reconciling `remits` against the 837 files in memory (claimloop reconcile --claims).
std::string csv_in_memory(const std::vector<std::string>& claims, const std::vector<std::string>& remits) {
  reconcile::claim_index index;
  for (const auto& f : claims) EXPECT_TRUE(index.add_file(f, store_guides()));
  index.seal();
  std::ostringstream out;
  reconcile::csv_report csv(out);
  reconcile::memory_ledger ledger;
  reconcile::reconciler run(index, ledger, csv);
  for (const auto& f : remits) EXPECT_TRUE(run.add_file(f, store_guides()));
  EXPECT_TRUE(run.finish());
  return out.str();
}

struct store_run {
  std::string csv;
  std::vector<reconcile::deposit_result> deposits;
  std::vector<std::string> failures;
};

// The same over the store (claimloop reconcile --db), each 835 in its own transaction.
store_run run_over_store(store::database& db, const std::vector<std::string>& remits) {
  struct deposits_seen : reconcile::report_sink {
    std::vector<reconcile::deposit_result> all;
    void on_claim(const reconcile::claim_result&) override {}
    void on_deposit(const reconcile::deposit_result& d) override { all.push_back(d); }
    void on_unpaid(const reconcile::billed_claim&) override {}
  } seen;
  std::ostringstream out;
  reconcile::csv_report csv(out);
  store::claim_store claims(db);
  store::result_recorder recorder(db);
  reconcile::fanout sink({&recorder, &csv, &seen});
  reconcile::reconciler run(claims, claims, sink);
  store_run r;
  for (const auto& f : remits) {
    auto sets = store::reconcile_file(db, run, recorder, f, store_guides(), "tester");
    if (!sets) r.failures.push_back(sets.error().to_string());
  }
  EXPECT_TRUE(run.finish());
  r.csv = out.str();
  r.deposits = std::move(seen.all);
  return r;
}

void ingest(store::database& db, const std::string& file) {
  auto in = store::ingest_file(db, file, store_guides());
  ASSERT_TRUE(in) << in.error().to_string();
}

class reconcile_store_test : public ::testing::Test {
 protected:
  // A generated 837 and the 835 paying it (with or without REF*6R on the paid lines).
  void generate_pair(std::uint64_t claims, bool line_control_numbers) {
    auto o = claims_837p(claims, 5, 250);
    write_text(claims_, generated(o));
    o.type = generate::file_type::x835;
    o.remit_for = generate::claim_kind::professional;
    o.line_control_numbers = line_control_numbers;
    write_text(remits_, generated(o));
  }

  scratch dir_;
  const std::string claims_ = dir_.path("pair.837"), remits_ = dir_.path("pair.835");
  std::unique_ptr<store::database> db_ = open_test_store(dir_.path("s.db"));
};

TEST_F(reconcile_store_test, the_store_gives_the_csv_of_the_837_files) {
  for (bool control_numbers : {true, false}) {
    generate_pair(1200, control_numbers);
    auto db = open_test_store(dir_.path(control_numbers ? "6r.db" : "no6r.db"));
    ingest(*db, claims_);
    const auto stored = run_over_store(*db, {remits_});
    EXPECT_TRUE(stored.failures.empty());
    const auto expected = csv_in_memory({claims_}, {remits_});
    EXPECT_GT(std::count(expected.begin(), expected.end(), '\n'), 2400);
    EXPECT_EQ(stored.csv, expected);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM remit_claims"), 1200);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM postings WHERE remit_claim_id IS NOT NULL"), 1200);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM remit_lines WHERE claim_line_id IS NULL"), 0);
    EXPECT_EQ(scalar(*db, "SELECT count(DISTINCT method) FROM remit_lines"), 1);
  }
}

TEST_F(reconcile_store_test, the_same_835_in_a_second_run_is_a_duplicate_and_posts_nothing) {
  generate_pair(600, true);
  ingest(*db_, claims_);
  const auto first = run_over_store(*db_, {remits_});
  ASSERT_TRUE(first.failures.empty());
  ASSERT_FALSE(first.deposits.empty());
  const auto paid = scalar(*db_, "SELECT sum(paid_cents) FROM postings");
  const auto balance = scalar(*db_, "SELECT sum(balance_cents) FROM remit_claims");
  const auto postings = scalar(*db_, "SELECT count(*) FROM postings");
  EXPECT_EQ(postings, 600);
  EXPECT_EQ(scalar(*db_, "SELECT count(*) FROM payments"), static_cast<std::int64_t>(first.deposits.size()));

  // Another run (another claim_store, as another process would have).
  const auto second = run_over_store(*db_, {remits_});
  ASSERT_TRUE(second.failures.empty());
  ASSERT_EQ(second.deposits.size(), first.deposits.size());
  for (const auto& d : second.deposits) EXPECT_EQ(d.duplicate_of, remits_) << d.trace_number;
  EXPECT_EQ(scalar(*db_, "SELECT count(*) FROM postings"), postings);
  EXPECT_EQ(scalar(*db_, "SELECT sum(paid_cents) FROM postings"), paid);
  EXPECT_EQ(scalar(*db_, "SELECT sum(balance_cents) FROM remit_claims"), balance);
  EXPECT_EQ(scalar(*db_, "SELECT count(*) FROM remit_claims"), 600);
  EXPECT_EQ(scalar(*db_, "SELECT count(*) FROM deposits WHERE duplicate_of <> ''"),
            static_cast<std::int64_t>(first.deposits.size()));
  EXPECT_EQ(scalar(*db_, "SELECT count(*) FROM files WHERE kind = '835'"), 2);  // each receipt is recorded
  // The CSV of the second run has only the claims no payer answered: none.
  EXPECT_EQ(second.csv.find('\n'), second.csv.size() - 1) << second.csv;
}

TEST_F(reconcile_store_test, an_835_that_fails_half_way_posts_nothing) {
  generate_pair(600, true);
  ingest(*db_, claims_);
  // A CLP04 that is not a number in the last set: the sets before it must not stay posted.
  std::string bytes = read_file(remits_);
  const auto last_clp = bytes.rfind("~\nCLP*");
  ASSERT_NE(last_clp, std::string::npos);
  std::size_t field = last_clp + 2;
  for (int i = 0; i < 4; ++i) field = bytes.find('*', field) + 1;
  bytes.replace(field, bytes.find('*', field) - field, "1X.00");
  const auto bad = dir_.path("bad.835");
  write_text(bad, bytes);
  const auto before = table_counts(*db_);
  const auto failed = run_over_store(*db_, {bad});
  ASSERT_EQ(failed.failures.size(), 1u);
  EXPECT_NE(failed.failures[0].find("1X.00"), std::string::npos) << failed.failures[0];
  EXPECT_EQ(table_counts(*db_), before);
  EXPECT_FALSE(db_->in_transaction());

  // The good file then posts in full: none of its payments was left taken in by the failure.
  const auto good = run_over_store(*db_, {remits_});
  EXPECT_TRUE(good.failures.empty());
  for (const auto& d : good.deposits) EXPECT_TRUE(d.duplicate_of.empty());
  EXPECT_EQ(scalar(*db_, "SELECT count(*) FROM postings"), 600);
}

TEST_F(reconcile_store_test, hand_made_scenarios_match_the_golden_csv_and_keep_every_match) {
  const auto folder = fixtures_dir() / "reconcile";
  const auto f = [&](const char* name) { return (folder / name).string(); };
  ingest(*db_, f("claims.837"));
  ingest(*db_, f("claims_corrected.837"));
  const auto r = run_over_store(
      *db_, {f("era1.835"), f("era2_reversal.835"), f("era3_secondary.835"), f("era1.835")});
  ASSERT_TRUE(r.failures.empty());
  std::string csv = r.csv;
  const std::string prefix = (folder / "").string();
  for (auto at = csv.find(prefix); at != std::string::npos; at = csv.find(prefix)) csv.erase(at, prefix.size());
  EXPECT_EQ(csv, read_file(folder / "expected.csv"));
  // What the denial queue starts from: denials with their codes, lines tied to coded lines.
  EXPECT_EQ(scalar(*db_, "SELECT count(*) FROM remit_claims"), 11);
  EXPECT_EQ(scalar(*db_, "SELECT count(*) FROM remit_claims WHERE claim_id IS NULL"), 1);
  EXPECT_EQ(scalar(*db_, "SELECT count(*) FROM remit_lines WHERE method = 'svc06'"), 5);
  EXPECT_GT(scalar(*db_, "SELECT count(*) FROM remit_adjustments a JOIN remit_lines l ON l.id = a.remit_line_id "
                         "WHERE l.paid_cents = 0 AND a.group_code = 'CO'"),
            0);
  EXPECT_EQ(scalar(*db_, "SELECT count(*) FROM remit_lines l JOIN remit_claims c ON c.id = l.remit_claim_id "
                         "WHERE l.matched_line <> '' AND l.claim_line_id IS NULL"),
            0);
  EXPECT_EQ(scalar(*db_, "SELECT count(*) FROM deposits WHERE duplicate_of <> ''"), 1);
}

}  // namespace
}  // namespace claimloop::testing
