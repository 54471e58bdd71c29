#include "store/files.hpp"

#include <fmt/format.h>

#include <fstream>
#include <vector>

#include "store/detail/clock.hpp"
#include "store/detail/sha1.hpp"
#include "syntax/byte_source.hpp"
#include "syntax/segment_reader.hpp"

namespace claimloop::store {
namespace {

core::error file_error(const std::string& path, core::errc code, std::string message) {
  core::error e;
  e.code = code;
  e.file = path;
  e.message = std::move(message);
  return e;
}

std::string unpadded(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return std::string(s);
}

// ISA and GS fields from the first bytes of the file (the segment reader copes with wrapped
// lines, byte-order marks and any delimiters).
core::result<void> read_headers(std::string_view head, file_identity& id) {
  syntax::segment_reader reader(syntax::memory_source(head), id.path);
  auto isa = reader.next();
  if (!isa) return std::move(isa).error();
  if (!*isa || !(*isa)->is("ISA")) return file_error(id.path, core::errc::not_x12, "the file does not start with an ISA");
  const auto& f = reader.isa().fields;
  id.sender_qualifier = unpadded(f[5]);
  id.sender_id = unpadded(f[6]);
  id.receiver_qualifier = unpadded(f[7]);
  id.receiver_id = unpadded(f[8]);
  id.date = f[9];
  id.control_number = f[13];
  id.usage = f[15];
  auto gs = reader.next();
  if (gs && *gs && (*gs)->is("GS")) {
    id.app_sender.assign((*gs)->element(2));
    id.app_receiver.assign((*gs)->element(3));
  }
  return {};
}

}  // namespace

core::result<file_identity> identify_file(const std::string& path) {
  if (path == "-") return file_error(path, core::errc::invalid_argument, "standard input cannot be stored: name a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return file_error(path, core::errc::io_error, "cannot open the file");
  file_identity id;
  id.path = path;
  detail::sha1 hash;
  std::vector<char> buffer(std::size_t{1} << 20);
  bool first = true;
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const auto n = static_cast<std::size_t>(in.gcount());
    if (n == 0) break;
    const std::string_view chunk(buffer.data(), n);
    if (first) {
      if (auto r = read_headers(chunk, id); !r) return std::move(r).error();
      first = false;
    }
    hash.add(chunk);
    id.size += n;
  }
  if (in.bad()) return file_error(path, core::errc::io_error, "read error");
  if (first) return file_error(path, core::errc::not_x12, "the file is empty");
  id.content_hash = hash.hex();
  return id;
}

core::result<stored_file> find_file(database& db, const file_identity& file, std::string_view kind) {
  auto s = db.prepared(
      "SELECT id, path, ingested_at FROM files "
      "WHERE sender_id = $1 AND interchange_control = $2 AND content_hash = $3 AND kind = $4");
  if (!s) return std::move(s).error();
  auto row = (*s)->with(file.sender_id, file.control_number, file.content_hash, kind).step();
  if (!row) return std::move(row).error();
  stored_file out;
  if (*row) out = {(*s)->integer(0), std::string((*s)->text(1)), std::string((*s)->text(2))};
  (*s)->reset();
  return out;
}

core::result<std::int64_t> insert_file(database& db, const file_identity& f, std::string_view kind,
                                       std::string_view actor) {
  auto s = db.prepared(
      "INSERT INTO files (kind, path, sender_qualifier, sender_id, receiver_qualifier, receiver_id, "
      "interchange_control, interchange_date, usage_indicator, app_sender, app_receiver, content_hash, size_bytes, "
      "ingested_at, ingested_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) "
      "RETURNING id");
  if (!s) return std::move(s).error();
  return (*s)
      ->with(kind, f.path, f.sender_qualifier, f.sender_id, f.receiver_qualifier, f.receiver_id, f.control_number,
             f.date, f.usage, f.app_sender, f.app_receiver, f.content_hash, static_cast<std::int64_t>(f.size),
             detail::utc_now(), actor)
      .single_integer();
}

core::result<std::int64_t> file_id_by_path(database& db, std::string_view kind, std::string_view path) {
  auto s = db.prepared("SELECT id FROM files WHERE kind = $1 AND path = $2 ORDER BY id DESC LIMIT 1");
  if (!s) return std::move(s).error();
  auto row = (*s)->with(kind, path).step();
  if (!row) return std::move(row).error();
  if (!*row) return database_error(db, fmt::format("no {} file '{}' has been recorded in the store", kind, path));
  const auto id = (*s)->integer(0);
  (*s)->reset();
  return id;
}

core::result<std::int64_t> remit_file_ids::get(database& db, const std::string& path) {
  if (id_ != 0 && db.in_transaction() && transaction_ == db.transactions_begun() && path == path_) return id_;
  auto id = file_id_by_path(db, "835", path);
  if (!id) return id;
  path_ = path;
  transaction_ = db.in_transaction() ? db.transactions_begun() : 0;
  id_ = transaction_ != 0 ? *id : 0;
  return id;
}

core::result<void> audit(database& db, std::string_view actor, std::string_view action, std::string_view subject,
                         std::int64_t subject_id, std::string_view what) {
  auto s = db.prepared(
      "INSERT INTO audit_log (at, actor, action, subject, subject_id, detail) VALUES ($1, $2, $3, $4, $5, $6)");
  if (!s) return std::move(s).error();
  return (*s)->with(detail::utc_now(), actor, action, subject, subject_id, what).run();
}

}  // namespace claimloop::store
