#include "store/remittances.hpp"

#include <fmt/format.h>

#include "store/files.hpp"

namespace claimloop::store {

core::result<std::size_t> reconcile_file(database& db, reconcile::reconciler& run, result_recorder& recorder,
                                         const std::string& path, const schema::guide_registry& guides,
                                         std::string_view actor) {
  auto id = identify_file(path);
  if (!id) return std::move(id).error();
  auto tx = transaction::begin(db);
  if (!tx) return std::move(tx).error();
  // Every receipt of an 835 is recorded; a payment it repeats is found in payments, not posted.
  auto file_id = insert_file(db, *id, "835", actor);
  if (!file_id) return std::move(file_id).error();
  recorder.clear_status();
  auto sets = run.add_file(path, guides);
  if (!sets) return sets;
  if (!recorder.status()) return recorder.status().error();
  const auto what = fmt::format("{} remittances from {} (sender {}, ISA13 {}, SHA-1 {})", *sets, path, id->sender_id,
                                id->control_number, id->content_hash);
  if (auto r = audit(db, actor, "reconcile", "files", *file_id, what); !r) return std::move(r).error();
  if (auto r = tx->commit(); !r) return std::move(r).error();
  return sets;
}

}  // namespace claimloop::store
