#pragma once
// 835 model -> segments, over the segments each typed struct was read from (see x837/write.hpp).
#include <vector>

#include "core/result.hpp"
#include "envelope/interchange_builder.hpp"
#include "x835/model.hpp"

namespace claimloop::x835 {

// The body of the set (BPR .. PLB).
std::vector<raw_segment> write_segments(const remittance& r);
// Writes the set as one ST..SE through `out` (ST03 = r.implementation).
core::result<void> write_set(const remittance& r, envelope::interchange_builder& out);

}  // namespace claimloop::x835
