#pragma once
// Loop tree -> 837 model. Only segments placed in guide order are typed; the rest, and every
// loop the model does not name, are kept as extras where they were read.
#include <string>

#include "core/result.hpp"
#include "tree/loop_tree.hpp"
#include "x837/model.hpp"

namespace claimloop::x837 {

// Maps one 837 set's tree (built with an 837P, 837I or 837D guide). invalid_value, naming file,
// segment, loop and element, when an amount or quantity is not a number.
core::result<claim_set> map_claim_set(const tree::loop_tree& tree, const std::string& file);

}  // namespace claimloop::x837
