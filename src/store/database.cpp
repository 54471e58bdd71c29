#include "store/database.hpp"

namespace claimloop::store {

core::result<void> statement::run() {
  for (;;) {
    auto row = step();
    if (!row) return std::move(row).error();
    if (!*row) return {};
  }
}

core::result<std::int64_t> statement::single_integer() {
  auto row = step();
  if (!row) return std::move(row).error();
  if (!*row) return core::invalid_value("the statement returned no row");
  const std::int64_t value = integer(0);
  if (auto rest = run(); !rest) return std::move(rest).error();
  return value;
}

core::result<statement*> database::prepared(std::string_view sql) {
  auto it = cache_.find(sql);
  if (it == cache_.end()) {
    auto s = prepare(sql);
    if (!s) return std::move(s).error();
    it = cache_.emplace(std::string(sql), std::move(*s)).first;
  } else {
    it->second->reset();
  }
  return it->second.get();
}

core::result<void> database::begin() {
  if (in_transaction_) return database_error(*this, "a transaction is already open on this connection");
  auto r = begin_engine();
  if (r) {
    in_transaction_ = true;
    ++transactions_;
  }
  return r;
}

core::result<void> database::commit() {
  if (!in_transaction_) return database_error(*this, "commit without a transaction");
  auto r = commit_engine();
  // A failed COMMIT leaves the transaction open in SQLite (SQLITE_BUSY); undo it so the
  // connection is usable and nothing half-done stays behind.
  if (!r) (void)rollback_engine();
  in_transaction_ = false;
  return r;
}

core::result<void> database::rollback() {
  if (!in_transaction_) return {};
  in_transaction_ = false;
  return rollback_engine();
}

core::result<transaction> transaction::begin(database& db) {
  if (auto r = db.begin(); !r) return std::move(r).error();
  return transaction(db);
}

transaction::~transaction() {
  if (db_ != nullptr) (void)db_->rollback();
}

core::result<void> transaction::commit() {
  if (db_ == nullptr) return core::invalid_value("the transaction is already closed");
  auto* db = std::exchange(db_, nullptr);
  return db->commit();
}

core::result<void> transaction::rollback() {
  if (db_ == nullptr) return {};
  auto* db = std::exchange(db_, nullptr);
  return db->rollback();
}

core::error database_error(const database& db, std::string message) {
  core::error e;
  e.code = core::errc::io_error;
  e.file = db.name();
  e.message = std::move(message);
  return e;
}

}  // namespace claimloop::store
