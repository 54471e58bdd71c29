#include "store/sqlite_database.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

#include <charconv>
#include <vector>

namespace claimloop::store {
namespace {

// The start of a statement's SQL, for messages.
std::string excerpt(std::string_view sql) {
  while (!sql.empty() && (sql.front() == ' ' || sql.front() == '\n')) sql.remove_prefix(1);
  return sql.size() <= 60 ? std::string(sql) : std::string(sql.substr(0, 60)) + "...";
}

class sqlite_statement : public statement {
 public:
  sqlite_statement(sqlite3_stmt* stmt, sqlite3* db, const database& owner) : stmt_(stmt), db_(db), owner_(owner) {
    // $n names map to SQLite's own slots (numbered by first appearance in the SQL).
    const int count = sqlite3_bind_parameter_count(stmt_);
    for (int i = 1; i <= count; ++i) {
      const char* name = sqlite3_bind_parameter_name(stmt_, i);
      int n = i;
      if (name != nullptr && name[0] != '\0') {
        std::string_view s(name + 1);
        std::from_chars(s.data(), s.data() + s.size(), n);
      }
      if (n >= static_cast<int>(slots_.size())) slots_.resize(static_cast<std::size_t>(n) + 1, 0);
      slots_[static_cast<std::size_t>(n)] = i;
    }
  }
  ~sqlite_statement() override { sqlite3_finalize(stmt_); }
  sqlite_statement(const sqlite_statement&) = delete;
  sqlite_statement& operator=(const sqlite_statement&) = delete;

  void bind(int n, std::int64_t value) override {
    if (int i = slot(n)) check(sqlite3_bind_int64(stmt_, i, value), n);
  }
  void bind(int n, std::string_view value) override {
    if (int i = slot(n)) check(sqlite3_bind_text64(stmt_, i, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8), n);
  }
  void bind_null(int n) override {
    if (int i = slot(n)) check(sqlite3_bind_null(stmt_, i), n);
  }

  core::result<bool> step() override {
    if (!bind_error_.empty()) return database_error(owner_, bind_error_);
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    auto e = database_error(owner_, fmt::format("{} (in \"{}\")", sqlite3_errmsg(db_), excerpt(sqlite3_sql(stmt_))));
    sqlite3_reset(stmt_);
    return e;
  }

  std::int64_t integer(int column) const override { return sqlite3_column_int64(stmt_, column); }
  std::string_view text(int column) const override {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    if (p == nullptr) return {};
    return {p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))};
  }
  bool is_null(int column) const override { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

  void reset() override {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    bind_error_.clear();
  }

 private:
  int slot(int n) {
    if (n > 0 && static_cast<std::size_t>(n) < slots_.size() && slots_[static_cast<std::size_t>(n)] != 0)
      return slots_[static_cast<std::size_t>(n)];
    if (bind_error_.empty())
      bind_error_ = fmt::format("no parameter ${} in \"{}\"", n, excerpt(sqlite3_sql(stmt_)));
    return 0;
  }
  void check(int rc, int n) {
    if (rc != SQLITE_OK && bind_error_.empty())
      bind_error_ = fmt::format("cannot bind ${}: {}", n, sqlite3_errstr(rc));
  }

  sqlite3_stmt* stmt_;
  sqlite3* db_;
  const database& owner_;
  std::vector<int> slots_;  // slots_[n] = SQLite index of $n
  std::string bind_error_;
};

class sqlite_database : public database {
 public:
  sqlite_database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  ~sqlite_database() override {
    (void)rollback();
    drop_statements();
    sqlite3_close_v2(db_);
  }
  sqlite_database(const sqlite_database&) = delete;
  sqlite_database& operator=(const sqlite_database&) = delete;

  dialect kind() const noexcept override { return dialect::sqlite; }
  const std::string& name() const noexcept override { return path_; }

  core::result<std::unique_ptr<statement>> prepare(std::string_view sql) override {
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                                      nullptr);
    if (rc != SQLITE_OK) return database_error(*this, fmt::format("{} (in \"{}\")", sqlite3_errmsg(db_), excerpt(sql)));
    return std::unique_ptr<statement>(std::make_unique<sqlite_statement>(stmt, db_, *this));
  }

  core::result<void> execute(std::string_view sql) override {
    const std::string text(sql);
    char* message = nullptr;
    if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message) == SQLITE_OK) return {};
    auto e = database_error(*this, fmt::format("{} (in \"{}\")", message ? message : sqlite3_errmsg(db_), excerpt(sql)));
    sqlite3_free(message);
    return e;
  }

  core::result<bool> has_table(std::string_view table) override {
    auto s = prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $1");
    if (!s) return std::move(s).error();
    auto n = (*s)->with(table).single_integer();
    if (!n) return std::move(n).error();
    return *n > 0;
  }

  core::result<bool> is_empty() override {
    auto s = prepare("SELECT count(*) FROM sqlite_master");
    if (!s) return std::move(s).error();
    auto n = (*s)->single_integer();
    if (!n) return std::move(n).error();
    return *n == 0;
  }

  // One text value of a PRAGMA ("wal", "1").
  core::result<std::string> pragma(std::string_view sql) {
    auto s = prepare(sql);
    if (!s) return std::move(s).error();
    auto row = (*s)->step();
    if (!row) return std::move(row).error();
    return *row ? std::string((*s)->text(0)) : std::string{};
  }

 protected:
  core::result<void> begin_engine() override { return execute("BEGIN IMMEDIATE"); }
  core::result<void> commit_engine() override { return execute("COMMIT"); }
  core::result<void> rollback_engine() override { return execute("ROLLBACK"); }

 private:
  sqlite3* db_;
  std::string path_;
};

core::result<void> configure(sqlite_database& db, sqlite3* handle, const sqlite_options& options) {
  sqlite3_extended_result_codes(handle, 1);
  sqlite3_busy_timeout(handle, options.busy_timeout_ms);
  // The first statement reads the file header: a file that is not a database fails here.
  if (auto r = db.execute("PRAGMA foreign_keys = ON"); !r) return r;
  auto fk = db.pragma("PRAGMA foreign_keys");
  if (!fk) return std::move(fk).error();
  if (*fk != "1") return database_error(db, "this SQLite cannot enforce foreign keys");
  if (auto r = db.execute(fmt::format("PRAGMA cache_size = -{}", options.cache_mib * 1024)); !r) return r;
  if (!options.wal) return {};
  auto mode = db.pragma("PRAGMA journal_mode = WAL");
  if (!mode) return std::move(mode).error();
  if (*mode != "wal" && *mode != "memory")
    return database_error(db, fmt::format("cannot use WAL mode (journal mode stays '{}'): is the folder on a "
                                          "network file system?", *mode));
  return {};
}

}  // namespace

core::result<std::unique_ptr<database>> open_sqlite(const std::string& path, const sqlite_options& options) {
  sqlite3* handle = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    core::error e;
    e.code = core::errc::io_error;
    e.file = path;
    e.message = fmt::format("cannot open the database: {}", handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc));
    sqlite3_close_v2(handle);
    return e;
  }
  auto db = std::make_unique<sqlite_database>(handle, path);
  if (auto r = configure(*db, handle, options); !r) return std::move(r).error();
  return std::unique_ptr<database>(std::move(db));
}

}  // namespace claimloop::store
