#pragma once
// The 277CA inputs of one 837 set (ack::claim_batch): its parties and claims from the typed
// model, and for each claim the error findings that reach it, found through the loop tree (a
// finding in a claim reaches that claim; one in a loop above claims, every claim under it; one
// without a position, every claim of the set).
#include <memory>
#include <vector>

#include "ack/ack_277ca_model.hpp"
#include "core/finding.hpp"
#include "tree/loop_tree.hpp"
#include "x837/model.hpp"

namespace claimloop::service {

// `set` was mapped from `tree`; `findings` are the set's findings (errors are kept).
std::shared_ptr<const ack::claim_batch> claim_batch_of(const x837::claim_set& set, const tree::loop_tree& tree,
                                                       const std::vector<core::finding>& findings);

}  // namespace claimloop::service
