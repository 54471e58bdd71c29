#pragma once
// `claimloop ingest`: every claim of an 837 file recorded in the store with what identifies it
// and its X12, the whole file in one transaction, so a file is either all in or not at all.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/result.hpp"
#include "schema/registry.hpp"
#include "store/database.hpp"

namespace claimloop::store {

struct ingest_options {
  std::string actor = "claimloop";  // recorded as files.ingested_by and in the audit log
  unsigned workers = 0;             // threads preparing claims (0: the caller's); rows are the same
};

struct ingest_outcome {
  std::int64_t file_id = 0;
  std::size_t sets = 0, claims = 0, lines = 0;
  // The same interchange (sender, ISA13, content) was ingested before: nothing was changed.
  bool already_ingested = false;
  std::string first_path, first_ingested_at;  // of that earlier file
  // Another file from this sender with this ISA13 but other content is in the store: both are
  // kept, and the caller should say so (a sender must not reuse control numbers).
  std::string reused_control_number_of;
};

// Ingests one 837 file. On any failure (unreadable file, a claim that does not map, an amount
// that is not a number, a database error) nothing of the file is stored and the error names the
// file, the segment and why.
core::result<ingest_outcome> ingest_file(database& db, const std::string& path, const schema::guide_registry& guides,
                                         const ingest_options& options = {});

}  // namespace claimloop::store
