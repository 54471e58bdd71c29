// The SQLite connection under the store: $n parameters, transactions that roll back unless
// committed, WAL and foreign keys on; and the store's helpers (SHA-1, segment text).
#include <gtest/gtest.h>

#include "store/detail/segment_text.hpp"
#include "store/detail/sha1.hpp"
#include "store/sqlite_database.hpp"
#include "store_support.hpp"

namespace claimloop::testing {
namespace {

std::unique_ptr<store::database> open_plain(const std::string& path) {
  auto db = store::open_sqlite(path);
  if (!db) throw std::runtime_error(db.error().to_string());
  return std::move(*db);
}

std::string pragma(store::database& db, const char* sql) {
  auto s = db.prepare(sql);
  EXPECT_TRUE(s);
  auto row = (*s)->step();
  EXPECT_TRUE(row && *row);
  return std::string((*s)->text(0));
}

TEST(database_test, opens_a_file_in_wal_mode_with_foreign_keys_on) {
  scratch dir;
  auto db = open_plain(dir.path("a.db"));
  EXPECT_EQ(pragma(*db, "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(pragma(*db, "PRAGMA foreign_keys"), "1");
  ASSERT_TRUE(db->execute("CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (p BIGINT REFERENCES p (id))"));
  auto s = db->prepare("INSERT INTO c (p) VALUES ($1)");
  ASSERT_TRUE(s);
  auto r = (*s)->with(42).run();
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("FOREIGN KEY"), std::string::npos) << r.error().message;
  EXPECT_EQ(r.error().file, dir.path("a.db"));
}

TEST(database_test, parameters_bind_by_number_whatever_their_order_in_the_sql) {
  auto db = open_plain(":memory:");
  auto s = db->prepare("SELECT $2 || '-' || $1 || '-' || $2");
  ASSERT_TRUE(s);
  (*s)->with("a", "b");
  auto row = (*s)->step();
  ASSERT_TRUE(row && *row);
  EXPECT_EQ((*s)->text(0), "b-a-b");
}

TEST(database_test, binding_a_parameter_the_sql_lacks_fails_at_step) {
  auto db = open_plain(":memory:");
  auto s = db->prepare("SELECT $1");
  ASSERT_TRUE(s);
  (*s)->with(1, 2);
  auto row = (*s)->step();
  ASSERT_FALSE(row);
  EXPECT_NE(row.error().message.find("no parameter $2"), std::string::npos) << row.error().message;
}

TEST(database_test, a_transaction_not_committed_rolls_back) {
  scratch dir;
  auto db = open_plain(dir.path("t.db"));
  ASSERT_TRUE(db->execute("CREATE TABLE t (v TEXT NOT NULL)"));
  {
    auto tx = store::transaction::begin(*db);
    ASSERT_TRUE(tx);
    auto s = db->prepared("INSERT INTO t (v) VALUES ($1)");
    ASSERT_TRUE(s && (*s)->with("gone").run());
    EXPECT_FALSE(store::transaction::begin(*db)) << "one transaction at a time";
  }
  EXPECT_EQ(scalar(*db, "SELECT count(*) FROM t"), 0);
  auto tx = store::transaction::begin(*db);
  ASSERT_TRUE(tx);
  auto s = db->prepared("INSERT INTO t (v) VALUES ($1)");
  ASSERT_TRUE(s && (*s)->with("kept").run());
  ASSERT_TRUE(tx->commit());
  EXPECT_EQ(scalar(*db, "SELECT count(*) FROM t"), 1);
  EXPECT_FALSE(db->in_transaction());
}

TEST(database_test, a_second_connection_reads_while_the_first_writes) {
  scratch dir;
  auto writer = open_plain(dir.path("w.db"));
  ASSERT_TRUE(writer->execute("CREATE TABLE t (v BIGINT NOT NULL); INSERT INTO t (v) VALUES (1)"));
  auto reader = open_plain(dir.path("w.db"));
  auto tx = store::transaction::begin(*writer);
  ASSERT_TRUE(tx);
  ASSERT_TRUE(writer->execute("INSERT INTO t (v) VALUES (2)"));
  EXPECT_EQ(scalar(*reader, "SELECT count(*) FROM t"), 1);  // WAL: the reader sees the last commit
  ASSERT_TRUE(tx->commit());
  EXPECT_EQ(scalar(*reader, "SELECT count(*) FROM t"), 2);
}

TEST(database_test, a_file_that_is_not_a_database_is_refused) {
  scratch dir;
  write_text(dir.path("x.db"), std::string(4096, 'x'));
  auto db = store::open_sqlite(dir.path("x.db"));
  ASSERT_FALSE(db);
  EXPECT_NE(db.error().message.find("not a database"), std::string::npos) << db.error().message;
}

TEST(database_test, sha1_gives_the_published_digests) {
  EXPECT_EQ(store::detail::sha1_hex("abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
  EXPECT_EQ(store::detail::sha1_hex(""), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  store::detail::sha1 h;
  for (int i = 0; i < 1000; ++i) h.add(std::string(1000, 'a'));
  EXPECT_EQ(h.hex(), "34aa973cd4c4daa4f61eeb2bdbad27316534016f");  // one million 'a' (FIPS 180-1)
}

TEST(database_test, segment_text_keeps_empty_elements_components_and_repetitions) {
  std::vector<model::raw_segment> in = {
      {"CLM", {"A*B", "100", "", "", "11\x1F"
                                      "B\x1F"
                                      "1"}},
      {"HI", {"ABK\x1FJ209", "ABF\x1FR05\x1E"
                             "ABF\x1FR06"}},
      {"SE", {}},
      {"NTE", {"", ""}},
  };
  std::string text;
  store::detail::append_segments(in, text);
  std::vector<model::raw_segment> out;
  store::detail::parse_segments(text, out);
  EXPECT_EQ(out, in);
}

}  // namespace
}  // namespace claimloop::testing
