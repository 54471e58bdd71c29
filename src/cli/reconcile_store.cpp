#include "cli/reconcile_store.hpp"

#include <spdlog/spdlog.h>

#include <variant>

#include "cli/command.hpp"
#include "store/claim_store.hpp"
#include "store/migrations.hpp"
#include "store/remittances.hpp"

namespace claimloop::cli {
namespace {

// Writes results to the store as they come and holds them for the reports until the file's
// transaction commits, so the reports never show what the store rolled back.
class held_results : public reconcile::report_sink {
 public:
  held_results(reconcile::report_sink& store, reconcile::report_sink& reports) : store_(store), reports_(reports) {}

  void on_claim(const reconcile::claim_result& c) override {
    store_.on_claim(c);
    held_.emplace_back(c);
  }
  void on_deposit(const reconcile::deposit_result& d) override {
    store_.on_deposit(d);
    held_.emplace_back(d);
  }
  void on_unpaid(const reconcile::billed_claim& c) override { reports_.on_unpaid(c); }
  void on_end() override { reports_.on_end(); }

  // The file committed: its results go to the reports, in the order they came.
  void release() {
    for (const auto& r : held_) {
      if (const auto* c = std::get_if<reconcile::claim_result>(&r)) reports_.on_claim(*c);
      else reports_.on_deposit(std::get<reconcile::deposit_result>(r));
    }
    held_.clear();
  }
  void drop() { held_.clear(); }

 private:
  reconcile::report_sink& store_;
  reconcile::report_sink& reports_;
  std::vector<std::variant<reconcile::claim_result, reconcile::deposit_result>> held_;
};

}  // namespace

std::optional<int> reconcile_with_store(const std::string& db_path, const std::vector<std::string>& remits,
                                        const schema::guide_registry& guides, reconcile::report_sink& reports,
                                        unsigned jobs) {
  auto db = store::open_store(db_path);
  if (!db) {
    spdlog::error("{}", db.error().to_string());
    return std::nullopt;
  }
  if (auto s = (*db)->prepare("SELECT count(*) FROM claims"); s) {
    if (auto n = (*s)->single_integer(); n && *n == 0)
      spdlog::warn("{}: the store holds no claims yet (claimloop ingest --db {} FILE.837...)", db_path, db_path);
  }
  store::claim_store claims(**db);
  store::result_recorder recorder(**db);
  held_results held(recorder, reports);
  reconcile::reconciler run(claims, claims, held);
  run.set_workers(jobs);
  const std::string actor = store_actor();
  int status = EXIT_CLEAN;
  for (const auto& path : remits) {
    auto sets = store::reconcile_file(**db, run, recorder, path, guides, actor);
    if (!sets) {
      held.drop();
      spdlog::error("{}: not posted, nothing of it kept: {}", path, sets.error().to_string());
      status = EXIT_UNREADABLE;
      continue;
    }
    held.release();
    spdlog::info("{}: {} remittances", path, *sets);
  }
  if (auto done = run.finish(); !done) {
    spdlog::error("{}", done.error().to_string());
    return std::nullopt;
  }
  return status;
}

}  // namespace claimloop::cli
