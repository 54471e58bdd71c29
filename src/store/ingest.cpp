#include "store/ingest.hpp"

#include <fmt/format.h>

#include "store/detail/claim_rows.hpp"
#include "store/files.hpp"
#include "x837/set_pipeline.hpp"

namespace claimloop::store {
namespace {

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

// Every claim of the file into `rows`: sets are read here, mapped and prepared on `workers`
// threads, and written here in file order.
core::result<void> store_claims(const std::string& path, const schema::guide_registry& guides, unsigned workers,
                                detail::claim_rows& rows, ingest_outcome& out) {
  auto sets = model::set_stream::open(path, guides, "837");
  if (!sets) return std::move(sets).error();
  auto consumed = model::map_sets(
      *sets, [&](const model::parsed_set& set) { return detail::prepare_set(set, path); },
      [&](std::vector<detail::prepared_claim>&& claims) -> core::result<void> {
        for (const auto& c : claims) {
          auto id = rows.add(c, static_cast<std::int64_t>(out.claims));
          if (!id) {
            auto e = std::move(id).error();
            e.message = fmt::format("claim {} (set {}): {}", c.billed.patient_control_number, c.st02, e.message);
            return e;
          }
          ++out.claims;
        }
        return {};
      },
      workers);
  if (!consumed) return std::move(consumed).error();
  out.sets = *consumed;
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
  if (auto r = store_claims(path, guides, options.workers, rows, out); !r) return std::move(r).error();
  const auto what = fmt::format("{} claims, {} lines from {} (sender {}, ISA13 {}, SHA-1 {})", out.claims, out.lines,
                                path, id->sender_id, id->control_number, id->content_hash);
  if (auto r = audit(db, options.actor, "ingest", "files", *file_id, what); !r) return std::move(r).error();
  if (auto r = tx->commit(); !r) return std::move(r).error();
  return out;
}

}  // namespace claimloop::store
