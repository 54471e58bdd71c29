#pragma once
// One 835 file reconciled against the store as one transaction: the file is recorded, its
// payments taken in, its claims posted and its results kept, or, when anything fails, none of
// it (a file is never half-posted).
#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "reconcile/reconciler.hpp"
#include "schema/registry.hpp"
#include "store/database.hpp"
#include "store/result_recorder.hpp"

namespace claimloop::store {

// Runs `run.add_file(path)` in a transaction on `db`; `run` must use a claim_store on `db` and
// report to `recorder` (among other sinks). Returns the number of 835 sets read.
core::result<std::size_t> reconcile_file(database& db, reconcile::reconciler& run, result_recorder& recorder,
                                         const std::string& path, const schema::guide_registry& guides,
                                         std::string_view actor);

}  // namespace claimloop::store
