#pragma once
// `claimloop reconcile --db DB`: the billed claims, the ledger and the results in the claim store.
#include <optional>
#include <string>
#include <vector>

#include "reconcile/reconciler.hpp"
#include "schema/registry.hpp"

namespace claimloop::cli {

// Reconciles `remits` against the store at `db_path`, each 835 in one transaction. `reports`
// gets a file's results only once its transaction has committed (a file that fails is set aside
// whole, in the store and in the reports), then the store's claims never paid and the end.
// Returns EXIT_CLEAN, or EXIT_UNREADABLE when a file was set aside; nothing when the store
// could not be used or the run could not finish (the reason is logged).
std::optional<int> reconcile_with_store(const std::string& db_path, const std::vector<std::string>& remits,
                                        const schema::guide_registry& guides, reconcile::report_sink& reports,
                                        unsigned jobs);

}  // namespace claimloop::cli
