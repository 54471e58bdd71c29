#pragma once
// Versioned schema: the store's tables are created and changed only by numbered migrations,
// recorded in schema_version. Opening an older database applies the missing ones, each in its
// own transaction; a database from a newer claimloop is refused, never guessed at.
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "store/database.hpp"
#include "store/sqlite_database.hpp"

namespace claimloop::store {

// One step of the schema. `sql` is written for both engines; "{id}" stands for an
// auto-numbered 64-bit primary key, which each engine spells its own way.
struct migration {
  int version;
  std::string_view name;
  std::string_view sql;
};

// The store's migrations, oldest first (schema.cpp).
std::span<const migration> migrations();
// The newest version this claimloop knows.
int latest_version();

// The version recorded in `db`: 0 for a new, empty database. Fails on a database that holds
// tables but no schema_version (not a claimloop store).
core::result<int> schema_version(database& db);

// Applies every step of `steps` newer than the database's version, each in one transaction
// (BEGIN IMMEDIATE: two processes opening one old file migrate it once). Returns the version
// reached. A database newer than the last step is refused with the two versions named.
core::result<int> migrate(database& db, std::span<const migration> steps);

// `sql` with "{id}" written for `engine`.
std::string ddl_for(dialect engine, std::string_view sql);

// Opens the SQLite store at `path` and brings its schema up to date.
core::result<std::unique_ptr<database>> open_store(const std::string& path, const sqlite_options& options = {});

}  // namespace claimloop::store
