#pragma once
// What the store tests share: a fresh database file per test, generated 837/835 files, the
// shipped guides, and row counts.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "generate/generate.hpp"
#include "schema/registry.hpp"
#include "store/database.hpp"
#include "store/migrations.hpp"
#include "support/shipped.hpp"
#include "support/test_support.hpp"

namespace claimloop::testing {

namespace fs = std::filesystem;

inline const schema::guide_registry& store_guides() { return shipped_guides(); }

// A path in a folder of its own for this test (removed when the test ends).
class scratch {
 public:
  scratch() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() / (std::string("claimloop_store_") + info->test_suite_name() + "_" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  ~scratch() { fs::remove_all(dir_); }
  scratch(const scratch&) = delete;
  scratch& operator=(const scratch&) = delete;

  std::string path(const std::string& name) const { return (dir_ / name).string(); }

 private:
  fs::path dir_;
};

inline void write_text(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

// Generated X12 as bytes.
inline std::string generated(const generate::generate_options& o) {
  std::string bytes;
  envelope::output out(bytes);
  auto stats = generate::generate(o, out);
  if (!stats) throw std::runtime_error(stats.error().to_string());
  return bytes;
}

inline generate::generate_options claims_837p(std::uint64_t claims, std::uint64_t seed,
                                              std::uint64_t per_set = 1000) {
  generate::generate_options o;
  o.type = generate::file_type::x837p;
  o.claims = claims;
  o.seed = seed;
  o.claims_per_set = per_set;
  return o;
}

// The store at `path`, migrated; fails the test when it cannot be opened.
inline std::unique_ptr<store::database> open_test_store(const std::string& path) {
  auto db = store::open_store(path);
  if (!db) throw std::runtime_error(db.error().to_string());
  return std::move(*db);
}

inline std::int64_t scalar(store::database& db, const std::string& sql) {
  auto s = db.prepare(sql);
  if (!s) throw std::runtime_error(s.error().to_string());
  auto v = (*s)->single_integer();
  if (!v) throw std::runtime_error(v.error().to_string());
  return *v;
}

// Rows of every table the store writes.
inline std::map<std::string, std::int64_t> table_counts(store::database& db) {
  std::map<std::string, std::int64_t> out;
  for (const char* t : {"files", "claims", "claim_lines", "claim_diagnoses", "claim_x12", "x12_blocks", "audit_log",
                        "payments", "deposits", "postings", "remit_claims", "remit_lines", "remit_adjustments",
                        "remit_remarks"})
    out[t] = scalar(db, std::string("SELECT count(*) FROM ") + t);
  return out;
}

}  // namespace claimloop::testing
