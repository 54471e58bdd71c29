#pragma once
// The checks that read a typed model rather than segments: the loop tree of an 837 or 835 set is
// mapped to x837::claim_set / x835::remittance, and SNIP 3 balancing (src/balance) and SNIP 4
// situational rules (src/rules) run on it.
#include <optional>
#include <string_view>
#include <vector>

#include "core/finding.hpp"
#include "tree/loop_tree.hpp"
#include "tree/set_context.hpp"
#include "x837/model.hpp"

namespace claimloop::service {

// True for the sets the model checks read (ST01 837 or 835).
bool has_model(std::string_view st01) noexcept;

// Which model checks to run.
struct model_levels {
  bool balancing = true;    // SNIP 3
  bool situational = true;  // SNIP 4
};

// Maps one set (`st01` 837 or 835) built into `tree` to its model and appends the model checks'
// findings, balancing first. The models keep no positions, so a finding points at the CLM / CLP
// segment of the claim its message names (the HL it names, BPR for the payment; none when it
// names neither). A tree the model cannot be mapped from gives one SNIP 3 warning instead.
// With `keep`, an 837 model is also handed out (mapped even when no level is checked).
void check_model(std::string_view st01, const tree::loop_tree& tree, const tree::set_context& context,
                 const model_levels& levels, std::vector<core::finding>& out,
                 std::optional<x837::claim_set>* keep = nullptr);

// Trigger segments (list indexes) of every loop instance with id `loop`, in tree order: the
// order in which the model mappers meet them.
std::vector<std::uint32_t> loop_triggers(const tree::loop_tree& tree, std::string_view loop);

}  // namespace claimloop::service
