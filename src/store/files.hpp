#pragma once
// The files the store has taken in (837s ingested, 835s reconciled), each known by its sender,
// interchange control number (ISA13) and content hash: the same 837 interchange sent again is
// recognised and not taken in twice (an 835 is recorded at each receipt; its payments are what
// the ledger keeps from being posted twice).
#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "store/database.hpp"

namespace claimloop::store {

// What identifies a file, read from its first ISA and GS and from all its bytes.
struct file_identity {
  std::string path;
  std::string sender_qualifier, sender_id, receiver_qualifier, receiver_id;  // ISA05-08, unpadded
  std::string control_number, date, usage;                                   // ISA13, ISA09, ISA15
  std::string app_sender, app_receiver;                                      // GS02, GS03
  std::string content_hash;                                                  // SHA-1, hex
  std::uint64_t size = 0;
};

// Reads `path` whole (hashing it) and its first interchange and group headers. Fails on an
// unreadable file or one that does not start an X12 interchange; "-" is refused (a file taken
// in must be read twice: once to know it, once to store it).
core::result<file_identity> identify_file(const std::string& path);

// A file row of the store.
struct stored_file {
  std::int64_t id = 0;  // 0: not stored
  std::string path, ingested_at;
};

// The stored file of this kind with the same sender, ISA13 and hash, or id 0.
core::result<stored_file> find_file(database& db, const file_identity& file, std::string_view kind);
// Records the file ("837" or "835") and returns its id.
core::result<std::int64_t> insert_file(database& db, const file_identity& file, std::string_view kind,
                                       std::string_view actor);
// The most recently recorded file of this kind taken in under `path`, or an error naming it.
core::result<std::int64_t> file_id_by_path(database& db, std::string_view kind, std::string_view path);

// file_id_by_path for the 835 being reconciled, asked for once per claim: remembered for the
// rest of the transaction it was read in.
class remit_file_ids {
 public:
  core::result<std::int64_t> get(database& db, const std::string& path);

 private:
  std::string path_;
  std::uint64_t transaction_ = 0;
  std::int64_t id_ = 0;
};

// One audit_log row: who did what to which row.
core::result<void> audit(database& db, std::string_view actor, std::string_view action, std::string_view subject,
                         std::int64_t subject_id, std::string_view what);

}  // namespace claimloop::store
