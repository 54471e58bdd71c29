#pragma once
// Builds 277CA 005010X214 claim acknowledgments. For every 837 set the 999 accepts (IK5 A or E,
// in a group it does not reject) and whose claims the service kept (received_set::claims), one
// 277 set: 2000A the information source (the 837's receiver), 2000B the information receiver
// (the submitter) with the set's totals, 2000C per billing provider, 2000D per patient and one
// 2200D per claim. A claim with no error is acknowledged (A1:20, WQ); one with errors is rejected
// (STC U) with a status per distinct reason, from claim_status_table.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "ack/ack_277ca_model.hpp"
#include "ack/ack_277ca_status.hpp"
#include "ack/ack_999.hpp"
#include "core/result.hpp"
#include "envelope/interchange_builder.hpp"

namespace claimloop::ack {

// A claim's verdict: accepted, or rejected with one status per distinct reason (finding order).
struct claim_verdict {
  bool accepted = true;
  std::vector<claim_status> statuses;
};

// Decides one claim of a `transaction` ("837P") set.
claim_verdict judge_claim(const received_claim& claim, std::string_view transaction, const claim_status_table& table);

// Everything write_277ca needs beyond the received interchange. Dates are inputs, never the
// clock, so the output is deterministic.
struct ack_277ca_options {
  std::uint32_t interchange_control_number = 1;  // ISA13 of the 277CA interchange
  std::uint32_t first_group_control_number = 1;  // GS06 of the first HN group
  std::uint32_t first_set_control_number = 1;    // ST02 of the first 277
  std::string date;                              // CCYYMMDD: ISA09/GS04/BHT04, receipt and process dates
  std::string time;                              // HHMM
  syntax::delimiters delimiters = syntax::hipaa_delimiters();
  ack_policy policy;                             // which sets the 999 accepts (as for the 999)
  element_reference_fn reference;
  std::shared_ptr<const claim_status_table> statuses;  // required
  // The payer's claim control number for REF*1K, when the caller assigns one ("" = no REF*1K).
  std::function<std::string(const received_claim&)> payer_claim_number;
};

// True when `in` holds a set a 277CA answers (a 999-accepted 837 set with kept claims).
bool has_277ca(const received_interchange& in, const ack_277ca_options& options);

// Writes the 277CA interchange: ISA/IEA with sender and receiver swapped, one HN group per run
// of answered groups sharing GS02/GS03 (swapped), one 277 per answered set. Writes nothing when
// has_277ca() is false. invalid_argument without a status table.
core::result<void> write_277ca(const received_interchange& in, const ack_277ca_options& options, envelope::output& out);
// The same, into a new string ("" when no set is answered).
core::result<std::string> build_277ca(const received_interchange& in, const ack_277ca_options& options);

}  // namespace claimloop::ack
