#pragma once
// The checks that read a typed model rather than segments: the loop tree of an 837 or 835 set is
// mapped to x837::claim_set / x835::remittance and SNIP 3 balancing runs on it (and SNIP 4
// situational rules, once src/rules exists: see model_checks.cpp).
#include <string_view>
#include <vector>

#include "core/finding.hpp"
#include "tree/loop_tree.hpp"
#include "tree/set_context.hpp"

namespace claimloop::service {

// True for the sets the model checks read (ST01 837 or 835).
bool has_model(std::string_view st01) noexcept;

// Maps one set (`st01` 837 or 835) built into `tree` to its model and appends the model checks'
// findings (SNIP 3 balancing). The models keep no positions, so a finding points at the CLM /
// CLP segment of its claim (BPR for the payment) and its message names the line. A tree the
// model cannot be mapped from gives one warning saying balancing was not checked.
void check_model(std::string_view st01, const tree::loop_tree& tree, const tree::set_context& context,
                 std::vector<core::finding>& out);

// Trigger segments (list indexes) of every loop instance with id `loop`, in tree order: the
// order in which the model mappers meet them.
std::vector<std::uint32_t> loop_triggers(const tree::loop_tree& tree, std::string_view loop);

}  // namespace claimloop::service
