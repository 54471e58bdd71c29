#pragma once
// 837 model -> segments. Typed segments are written over the segments they were read from, so
// unnamed elements and extras come back as read; a model made in code writes what it names.
// HL ids left empty are numbered in writing order (a regenerated claim needs no bookkeeping).
#include <vector>

#include "core/result.hpp"
#include "envelope/interchange_builder.hpp"
#include "x837/model.hpp"

namespace claimloop::x837 {

// The body of the set (BHT .. the last segment before SE).
std::vector<raw_segment> write_segments(const claim_set& set);

// Writes the set as one ST..SE through `out` (ST03 = set.implementation).
core::result<void> write_set(const claim_set& set, envelope::interchange_builder& out);

// A one-claim set holding `record` (its submitter, receiver, billing provider, subscriber and
// patient), with fresh HL numbers and the record's BHT (BHT03 = CLM01): how a stored claim is
// sent again.
claim_set make_set(const claim_record& record);

// The replacement of a claim a payer knows as `payer_claim_number` (835 CLP07): CLM05-3 = 7
// and REF*F8 set to that number (replacing any earlier REF*F8).
claim make_replacement(claim c, std::string_view payer_claim_number);

}  // namespace claimloop::x837
