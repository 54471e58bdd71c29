#pragma once
// A stored claim written back as X12: the one-claim 837 set it was stored as (its submitter,
// receiver, billing provider, subscriber, patient and claim segments as read, HL numbers fresh,
// BHT03 = CLM01), in a new interchange addressed like the file it came in. This is what the
// denial queue sends again after a correction.
#include <cstdint>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "envelope/interchange_builder.hpp"
#include "store/database.hpp"
#include "syntax/delimiters.hpp"
#include "x837/model.hpp"

namespace claimloop::store {

// The body of the claim's one-claim set (BHT .. the claim's last segment), equal to
// x837::write_segments(x837::make_set(record)) of the record it was ingested from.
core::result<std::vector<model::raw_segment>> claim_body(database& db, std::int64_t claim_id);

struct regenerate_options {
  std::uint32_t control_number = 1;  // ISA13, and GS06 / ST02 start at 1
  std::string date, time;            // CCYYMMDD and HHMM of ISA/GS; "" = the BHT's of the claim
  syntax::delimiters delims = syntax::hipaa_delimiters();
};

// Writes the claim as a whole 837 interchange (ISA/GS/ST .. SE/GE/IEA) holding only it: ISA05-08,
// ISA15 and GS02-03 from the file it was ingested from, GS08 and ST03 its implementation.
core::result<void> write_claim(database& db, std::int64_t claim_id, const regenerate_options& options,
                               envelope::output& out);

}  // namespace claimloop::store
