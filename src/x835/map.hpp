#pragma once
// Loop tree -> 835 model. Only segments placed in guide order are typed; the rest, and every
// loop the model does not name, are kept as extras where they were read.
#include <string>

#include "core/result.hpp"
#include "tree/loop_tree.hpp"
#include "x835/model.hpp"

namespace claimloop::x835 {

// Maps one 835 set's tree. invalid_value, naming file, segment, loop and element, when an
// amount or quantity is not a number.
core::result<remittance> map_remittance(const tree::loop_tree& tree, const std::string& file);

}  // namespace claimloop::x835
