#pragma once
// The acknowledgments `claimloop validate --ack ...` writes for one validated file: TA1s, 999s
// and 277CAs, with control numbers running on across files.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "ack/ack_277ca_status.hpp"
#include "core/result.hpp"
#include "schema/registry.hpp"
#include "service/validation_run.hpp"

namespace claimloop::cli {

struct ack_request {
  bool ack_999 = false, ta1 = false, ca_277 = false;
  std::string out;         // a file for all acknowledgments, or a folder for files per input
  std::string date, time;  // CCYYMMDD, HHMM of the acknowledgment envelopes
  std::shared_ptr<const ack::claim_status_table> statuses;  // for the 277CA

  bool any() const noexcept { return ack_999 || ta1 || ca_277; }
  bool to_folder() const;
};

// Reads the --ack values (999, ta1, 277ca; any case); an error names the one it does not know.
core::result<void> add_acks(const std::vector<std::string>& values, ack_request& req);

// "CCYYMMDDHHMM" -> req.date / req.time; an error unless 12 digits of a real date and time.
core::result<void> set_ack_time(const std::string& text, ack_request& req);

// One file's acknowledgments as X12 text: `acks` holds its TA1s then 999s, `claims` its 277CA
// ("" when no set is answered). `control` is the next ISA13 and moves past the ones used.
struct ack_texts {
  std::string acks, claims;
};
core::result<ack_texts> acknowledgments(const service::file_validation& v, const ack_request& req,
                                        const schema::guide_registry& guides, std::uint32_t& control);

}  // namespace claimloop::cli
