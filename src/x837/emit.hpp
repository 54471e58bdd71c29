#pragma once
// Sends model segments to an interchange builder (shared by the 837 and 835 writers).
#include <span>

#include "core/result.hpp"
#include "envelope/interchange_builder.hpp"
#include "x837/raw.hpp"

namespace claimloop::model {

// begin_set, every body segment, end_set.
core::result<void> emit_set(envelope::interchange_builder& out, const envelope::st_params& st,
                            std::span<const raw_segment> body);

}  // namespace claimloop::model
