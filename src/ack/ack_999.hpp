#pragma once
// Builds 999 005010X231A1 implementation acknowledgments from findings. The caller describes
// what arrived (interchange, groups, sets: the control numbers a 999 echoes) and hands over the
// findings per set; this module decides each set's and group's verdict (evaluate_group) and
// writes one 999 per received group in a whole interchange (write_999).
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ack/ack_999_model.hpp"
#include "core/finding.hpp"
#include "core/result.hpp"
#include "envelope/interchange_builder.hpp"
#include "syntax/delimiters.hpp"

namespace claimloop::syntax {
struct isa_header;
}

namespace claimloop::ack {

struct claim_batch;

// A business unit of a set (a claim): errors between first and last position (ST = 1) get a
// business-unit CTX naming it, e.g. element "CLM01", value "PATIENT-ACCT-17".
struct business_unit {
  std::uint32_t first_position = 0;
  std::uint32_t last_position = 0;
  std::string element;  // CTX01-1: CLM01, TRN02, BGN02, BHT03
  std::string value;    // CTX01-2
};

// The segment (and element) whose value made the erroneous segment or element situational: the
// error at (at_position, at_element) gets a CTX*SITUATIONAL TRIGGER naming it. at_element = 0
// puts the context on the IK3, otherwise on the IK4 of that element.
struct situational_trigger {
  std::uint32_t at_position = 0;
  std::uint8_t at_element = 0;
  std::string segment;
  std::uint32_t position = 0;
  std::string loop;
  std::uint8_t element = 0;
  std::uint8_t component = 0;
  std::string reference;  // data element reference number of the trigger element ("" = unknown)
};

// One transaction set as received (ST01..ST03) with what the judging stages found in it.
// Findings with ik304/ik403 and a set position become IK3/IK4; findings with only ack_code
// (ST/SE control number mismatch "3", segment count "4", ...) become IK502..IK506 codes.
struct received_set {
  std::string id;                        // ST01
  std::string control_number;            // ST02
  std::string implementation_reference;  // ST03
  std::vector<core::finding> findings;
  std::vector<business_unit> business_units;
  std::vector<situational_trigger> triggers;
  // An 837's claims as the 277CA answers them (ack_277ca_model.hpp); null when not kept.
  std::shared_ptr<const claim_batch> claims = nullptr;
};

// One functional group as received. Group findings carry an AK905 code in ack_code ("4" GS06 /
// GE02 mismatch, ...). declared_sets is GE01 (-1 when the trailer was missing or unreadable).
struct received_group {
  std::string functional_id;   // GS01
  std::string app_sender;      // GS02
  std::string app_receiver;    // GS03
  std::string control_number;  // GS06
  std::string version;         // GS08
  std::int64_t declared_sets = -1;
  std::vector<core::finding> findings;
  std::vector<received_set> sets;
};

// The interchange as received: its ISA parties (the 999 goes back with them swapped).
struct received_interchange {
  std::string sender_qualifier, sender_id;      // ISA05, ISA06 (padding trimmed)
  std::string receiver_qualifier, receiver_id;  // ISA07, ISA08
  std::string control_number;                   // ISA13
  char usage = 'P';                             // ISA15
  std::vector<received_group> groups;
};

// Drops the business units of `set` that no finding falls in: only a unit holding a finding
// becomes a CTX, and a large clean set would otherwise keep one per claim until its 999 is made.
// Call it when no finding will be added to the set any more.
void keep_units_with_findings(received_set& set);

// The ISA parties, control number and usage of a header as read.
received_interchange from_isa(const syntax::isa_header& isa);

// Puts each finding in the group (gs06) and set (st02) it names: a finding with a gs06 but no
// st02 is a group finding. Findings whose group or set is not in `in` are returned.
std::vector<core::finding> route_findings(received_interchange& in, std::span<const core::finding> findings);

// What rejects a set. Errors at SNIP levels 1..reject_through_snip reject it (default 1-2:
// integrity and requirements); errors above accept it with errors (E). Envelope errors (SNIP 0)
// always reject. accept_with_errors turns every rejection from findings into E. Warnings are never
// errors; they are reported only with report_warnings. Findings at SNIP 3+ without an IK304,
// IK403 or acknowledgment code (balancing) are left to the 277CA: no 999 code expresses them.
struct ack_policy {
  core::snip_level reject_through_snip = 2;
  bool accept_with_errors = false;
  bool report_warnings = false;
};

// The data element reference number (IK402, CTX06) of segment element/component, "" if unknown.
// Usually backed by the schema dictionary; ack does not depend on it.
using element_reference_fn = std::function<std::string(std::string_view segment, int element, int component)>;

// Decides the 999 content for one received group. Pure: the same input gives the same response.
group_response evaluate_group(const received_group& group, const ack_policy& policy = {},
                              const element_reference_fn& reference = {});

// Everything write_999 needs beyond the received interchange. Dates are inputs (never the
// clock), so output is deterministic.
struct ack_999_options {
  std::uint32_t interchange_control_number = 1;  // ISA13 of the 999 interchange
  std::uint32_t first_group_control_number = 1;  // GS06 of the first FA group
  std::uint32_t first_set_control_number = 1;    // ST02 of the first 999
  std::string date;                              // CCYYMMDD (ISA09 takes YYMMDD)
  std::string time;                              // HHMM
  syntax::delimiters delimiters = syntax::hipaa_delimiters();
  ack_policy policy;
  element_reference_fn reference;
};

// Writes the whole 999 interchange: ISA/IEA with sender and receiver swapped, one FA group per
// run of received groups sharing GS02/GS03 (swapped), one 999 per received group.
core::result<void> write_999(const received_interchange& in, const ack_999_options& options, envelope::output& out);
// The same, into a new string.
core::result<std::string> build_999(const received_interchange& in, const ack_999_options& options);

// Writes one 999 set body (AK1 .. AK9, no ST/SE) into an open set of `builder`.
core::result<void> write_999_body(const group_response& response, envelope::interchange_builder& builder);

}  // namespace claimloop::ack
