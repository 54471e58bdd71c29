#pragma once
// The embedded store: one SQLite file, opened in WAL mode (readers never wait for the writer,
// and a crash mid-write leaves the last committed state), with foreign keys enforced and a busy
// timeout so concurrent claimloop processes wait for each other's write lock instead of failing.
#include <memory>
#include <string>

#include "core/result.hpp"
#include "store/database.hpp"

namespace claimloop::store {

struct sqlite_options {
  // How long a writer waits for another process's write lock: an ingest of 100,000 claims holds
  // it about ten seconds.
  int busy_timeout_ms = 60000;
  bool wal = true;              // journal_mode = WAL (":memory:" databases stay in memory mode)
  int cache_mib = 64;           // page cache per connection
};

// Opens (creating when missing) the SQLite database at `path` (":memory:" for a private one).
// Fails when the file is not a database or cannot be written.
core::result<std::unique_ptr<database>> open_sqlite(const std::string& path, const sqlite_options& options = {});

}  // namespace claimloop::store
