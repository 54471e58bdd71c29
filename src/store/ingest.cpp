#include "store/ingest.hpp"

#include <fmt/format.h>

#include <optional>

#include "reconcile/billed_claim.hpp"
#include "store/detail/claim_rows.hpp"
#include "store/files.hpp"
#include "x837/claim_reader.hpp"
#include "x837/write.hpp"

namespace claimloop::store {
namespace {

// Says which claim an error is about when the error itself does not know the file.
core::error about_claim(core::error e, const x837::claim_record& r) {
  const std::string where = fmt::format("claim {} (set {} of interchange {})", r.claim.info.patient_control_number,
                                        r.st02, r.isa13);
  e.message = where + ": " + e.message;
  if (e.file.empty() || e.code != core::errc::io_error) e.file = r.file;
  if (e.segment.empty()) e.segment = "CLM";
  return e;
}

// Another stored 837 with this sender and ISA13 (but, as the caller knows, other content).
core::result<std::string> same_control_number(database& db, const file_identity& id) {
  auto s = db.prepared(
      "SELECT path FROM files WHERE kind = '837' AND sender_id = $1 AND interchange_control = $2 ORDER BY id LIMIT 1");
  if (!s) return std::move(s).error();
  auto row = (*s)->with(id.sender_id, id.control_number).step();
  if (!row) return std::move(row).error();
  std::string path = *row ? std::string((*s)->text(0)) : std::string{};
  (*s)->reset();
  return path;
}

// Every claim of the file into `rows`.
core::result<void> store_claims(const std::string& path, const schema::guide_registry& guides,
                                detail::claim_rows& rows, ingest_outcome& out) {
  auto reader = x837::claim_reader::open(path, guides);
  if (!reader) return std::move(reader).error();
  for (;;) {
    auto record = reader->next();
    if (!record) return std::move(record).error();
    if (!*record) break;
    const auto& r = **record;
    // The claim as it would be sent again alone: the facts and the stored X12 come from the same
    // one-claim set, so what is regenerated is what was summarized.
    const auto set = x837::make_set(r);
    std::optional<reconcile::billed_claim> billed;
    auto summed = reconcile::summarize(set, path, [&](reconcile::billed_claim&& b) { billed = std::move(b); });
    if (!summed) return about_claim(std::move(summed).error(), r);
    if (!billed) return about_claim(core::invalid_value("the claim could not be summarized"), r);
    const auto body = x837::write_segments(set);
    auto parts = detail::cut(body);
    if (!parts) return about_claim(std::move(parts).error(), r);
    auto id = rows.add(r, *billed, *parts, static_cast<std::int64_t>(out.claims));
    if (!id) return about_claim(std::move(id).error(), r);
    ++out.claims;
  }
  out.sets = reader->sets_read();
  if (out.sets == 0) {
    core::error e;
    e.code = core::errc::invalid_argument;
    e.file = path;
    e.message = "the file holds no 837 transaction set this claimloop has a guide for";
    return e;
  }
  out.lines = rows.lines();
  return {};
}

}  // namespace

core::result<ingest_outcome> ingest_file(database& db, const std::string& path, const schema::guide_registry& guides,
                                         const ingest_options& options) {
  auto id = identify_file(path);
  if (!id) return std::move(id).error();
  auto tx = transaction::begin(db);
  if (!tx) return std::move(tx).error();
  ingest_outcome out;
  auto earlier = find_file(db, *id, "837");
  if (!earlier) return std::move(earlier).error();
  if (earlier->id != 0) {
    out.file_id = earlier->id;
    out.already_ingested = true;
    out.first_path = earlier->path;
    out.first_ingested_at = earlier->ingested_at;
    return out;  // the transaction rolls back: nothing was written
  }
  auto reused = same_control_number(db, *id);
  if (!reused) return std::move(reused).error();
  out.reused_control_number_of = *reused;
  auto file_id = insert_file(db, *id, "837", options.actor);
  if (!file_id) return std::move(file_id).error();
  out.file_id = *file_id;
  detail::claim_rows rows(db, *file_id);
  if (auto r = store_claims(path, guides, rows, out); !r) return std::move(r).error();
  const auto what = fmt::format("{} claims, {} lines from {} (sender {}, ISA13 {}, SHA-1 {})", out.claims, out.lines,
                                path, id->sender_id, id->control_number, id->content_hash);
  if (auto r = audit(db, options.actor, "ingest", "files", *file_id, what); !r) return std::move(r).error();
  if (auto r = tx->commit(); !r) return std::move(r).error();
  return out;
}

}  // namespace claimloop::store
