#pragma once
// What a 277CA (005010X214) answers about one received 837 set, as plain values: the parties it
// names and, per claim, the amounts, dates and the findings that reach it. The service builds it
// from the set's typed model and loop tree while the set is judged; the ack module never reads
// an 837 itself, as with the 999.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/decimal.hpp"
#include "core/finding.hpp"

namespace claimloop::ack {

// An NM1 as the 277CA repeats it.
struct ack_name {
  std::string entity_type;      // NM102: 1 person, 2 organization
  std::string last_or_org;      // NM103
  std::string first, middle;    // NM104, NM105
  std::string suffix;           // NM107
  std::string id_qualifier;     // NM108
  std::string id;               // NM109
};

// A finding that reaches a claim: in the claim itself, or in a loop above it (its subscriber,
// billing provider, the set's header). `entity` is the NM101 of the party loop it sits in
// ("85", "82", ...), for STC01-3; "" outside party loops.
struct claim_issue {
  core::finding finding;
  std::string entity;
};

// One 2300 claim.
struct received_claim {
  std::string patient_control_number;  // CLM01
  std::optional<core::decimal> charge; // CLM02
  std::string clearinghouse_trace;     // 2300 REF*D9
  std::string bill_type;               // 837I: CLM05-1 + CLM05-3 ("111"); "" otherwise
  std::string service_from, service_to;  // CCYYMMDD: claim DTP*472 / 837I DTP*434, else the lines' DTP*472
  std::uint32_t position = 0;          // CLM's position in the set (ST = 1), 0 when unknown
  std::vector<claim_issue> issues;     // errors only, in finding order
};

// The patient a 2000D answers: the subscriber (2010BA) or a dependent (2010CA), identified by
// the subscriber's member id.
struct received_patient {
  ack_name name;
  std::vector<received_claim> claims;
};

// A 2000A billing provider (2010AA) with its patients in file order.
struct received_provider {
  ack_name name;
  std::string tax_id;  // 2010AA REF*EI, for NM108 FI when the NPI is missing
  std::vector<received_patient> patients;
};

// One 837 set: who sent it to whom, its BHT03, and its claims by provider and patient.
struct claim_batch {
  std::string implementation;  // ST03: 005010X222A1 (837P), X223A2 (837I), X224A2 (837D)
  std::string reference;       // BHT03, echoed in 2200B TRN02
  ack_name submitter;          // 1000A
  ack_name receiver;           // 1000B: the 277CA's information source
  std::vector<received_provider> providers;

  std::size_t claim_count() const noexcept;
};

// "837P", "837I" or "837D" from an implementation reference; "837" when it names none of them.
std::string transaction_of(const std::string& implementation);

}  // namespace claimloop::ack
