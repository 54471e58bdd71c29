#pragma once
// The store's view of a SQL database: a connection that prepares statements with bound
// parameters, and transactions. SQLite (sqlite_database.hpp) is the embedded implementation;
// a PostgreSQL one for shared use implements the same interface, so the store code above it
// (ingest, claim_store, result_recorder) does not change. SQL text uses $1..$n parameters,
// which both engines read, and no engine-specific syntax where a portable form exists.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/decimal.hpp"
#include "core/result.hpp"

namespace claimloop::store {

enum class dialect { sqlite, postgresql };

// A prepared statement. Parameters are numbered as in the SQL ($1 is 1). A bind that fails (no
// such parameter) is remembered and returned by the next step(), so call sites stay flat.
class statement {
 public:
  virtual ~statement() = default;

  virtual void bind(int n, std::int64_t value) = 0;
  virtual void bind(int n, std::string_view value) = 0;  // copied
  virtual void bind_null(int n) = 0;
  // Runs to the next row: true when a row is ready, false when the statement is done.
  virtual core::result<bool> step() = 0;
  // Columns of the current row, 0-based. text() stays valid until the next step() or reset().
  virtual std::int64_t integer(int column) const = 0;
  virtual std::string_view text(int column) const = 0;
  virtual bool is_null(int column) const = 0;
  // Rewinds so the statement can run again with new bindings.
  virtual void reset() = 0;

  // Binding helpers for the types the store keeps.
  void bind(int n, const std::string& value) { bind(n, std::string_view(value)); }
  void bind(int n, const char* value) { bind(n, std::string_view(value)); }
  void bind(int n, int value) { bind(n, static_cast<std::int64_t>(value)); }
  void bind(int n, std::size_t value) { bind(n, static_cast<std::int64_t>(value)); }
  void bind(int n, core::money value) { bind(n, value.cents); }
  void bind(int n, const std::optional<core::money>& value) { value ? bind(n, *value) : bind_null(n); }
  // An id of 0 ("none") binds as NULL, for optional foreign keys.
  void bind_id(int n, std::int64_t id) { id != 0 ? bind(n, id) : bind_null(n); }
  std::optional<std::int64_t> optional_integer(int column) const {
    return is_null(column) ? std::nullopt : std::optional<std::int64_t>(integer(column));
  }

  // Binds `values` to $1, $2, ... in order.
  template <class... Values>
  statement& with(const Values&... values) {
    int n = 0;
    (bind(++n, values), ...);
    return *this;
  }
  // Runs a statement that returns no rows (or whose rows are not needed).
  core::result<void> run();
  // Runs a statement that returns one integer (INSERT ... RETURNING id, SELECT count(*)).
  core::result<std::int64_t> single_integer();
};

// One connection. Not thread-safe: a thread (or a session) uses its own.
class database {
 public:
  virtual ~database() = default;

  virtual dialect kind() const noexcept = 0;
  // What the database is called in messages (the SQLite file path).
  virtual const std::string& name() const noexcept = 0;
  virtual core::result<std::unique_ptr<statement>> prepare(std::string_view sql) = 0;
  // Runs SQL without parameters, one or more statements (schema migrations).
  virtual core::result<void> execute(std::string_view sql) = 0;
  // Whether a table of this name exists.
  virtual core::result<bool> has_table(std::string_view table) = 0;
  // Whether the database holds no tables at all (a new file).
  virtual core::result<bool> is_empty() = 0;

  // A statement prepared once per connection and reused, reset and ready to bind. The same SQL
  // text must not be in use twice at once (a cursor still open when asked for again).
  core::result<statement*> prepared(std::string_view sql);

  // A write transaction. One at a time per connection: begin() while one is open is an error.
  core::result<void> begin();
  core::result<void> commit();
  core::result<void> rollback();
  bool in_transaction() const noexcept { return in_transaction_; }
  // How many transactions this connection has begun: what was read inside one stays true while
  // this number is the same (caches keyed on it).
  std::uint64_t transactions_begun() const noexcept { return transactions_; }

 protected:
  // The engine's statements: SQLite takes the write lock at BEGIN (IMMEDIATE), so two writers
  // wait for each other instead of failing halfway.
  virtual core::result<void> begin_engine() = 0;
  virtual core::result<void> commit_engine() = 0;
  virtual core::result<void> rollback_engine() = 0;
  // Finalizes the cached statements; the engine calls it before closing the connection.
  void drop_statements() noexcept { cache_.clear(); }

 private:
  std::map<std::string, std::unique_ptr<statement>, std::less<>> cache_;
  bool in_transaction_ = false;
  std::uint64_t transactions_ = 0;
};

// Rolls back on destruction unless committed: whatever returns early leaves nothing half-written.
class transaction {
 public:
  static core::result<transaction> begin(database& db);
  transaction(transaction&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }
  transaction& operator=(transaction&&) = delete;
  ~transaction();

  core::result<void> commit();
  core::result<void> rollback();

 private:
  explicit transaction(database& db) : db_(&db) {}
  database* db_;
};

// A database failure as an error naming the database and what was being done.
core::error database_error(const database& db, std::string message);

}  // namespace claimloop::store
