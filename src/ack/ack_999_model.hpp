#pragma once
// The content of a 999 acknowledgment as plain values: what the builder decides from findings
// before it writes segments, and what the reader recovers from a 999 it receives. One model for
// both directions keeps "write, then read back" an equality test.
#include <cstdint>
#include <string>
#include <vector>

namespace claimloop::ack {

// A CTX segment. A situational-trigger context (name "SITUATIONAL TRIGGER") points at the
// segment and element whose value made the erroneous one required or forbidden; a business-unit
// context (name "CLM01", "TRN02", ...) carries the identifier of the claim the error sits in.
struct ack_context {
  std::string name;            // CTX01-1
  std::string value;           // CTX01-2: the business unit identifier ("" for a trigger)
  std::string segment;         // CTX02: trigger segment id
  std::uint32_t position = 0;  // CTX03: trigger segment position in the set (ST = 1)
  std::string loop;            // CTX04: trigger loop id
  std::uint8_t element = 0;    // CTX05-1 (0 = no element)
  std::uint8_t component = 0;  // CTX05-2 (0 = none)
  std::string reference;       // CTX06-1: data element reference number of the trigger

  bool is_business_unit() const noexcept { return name != "SITUATIONAL TRIGGER"; }
  friend bool operator==(const ack_context&, const ack_context&) = default;
};

// An IK4: one element in error (loop 2110).
struct element_note {
  std::uint8_t element = 0;       // IK401-1
  std::uint8_t component = 0;     // IK401-2 (0 = none)
  std::uint16_t repetition = 0;   // IK401-3 (0 = none)
  std::string reference;          // IK402 data element reference number ("" when unknown)
  std::string code;               // IK403
  std::string bad_value;          // IK404 copy of the bad data ("" when none)
  std::vector<ack_context> contexts;  // element-context CTX segments
  friend bool operator==(const element_note&, const element_note&) = default;
};

// An IK3: one segment in error (loop 2100).
struct segment_note {
  std::string segment;           // IK301
  std::uint32_t position = 0;    // IK302, ST = 1
  std::string loop;              // IK303 ("" when unknown)
  std::string code;              // IK304
  std::vector<ack_context> contexts;  // segment-context and business-unit CTX segments
  std::vector<element_note> elements;
  friend bool operator==(const segment_note&, const segment_note&) = default;
};

// An AK2 .. IK5: the verdict on one received transaction set (loop 2000).
struct set_response {
  std::string id;                        // AK201 = ST01 received
  std::string control_number;            // AK202 = ST02 received
  std::string implementation_reference;  // AK203 = ST03 received
  std::vector<segment_note> segments;
  std::string status;                    // IK501: A accepted, E accepted with errors, R rejected, ...
  std::vector<std::string> codes;        // IK502..IK506
  friend bool operator==(const set_response&, const set_response&) = default;
};

// AK1 .. AK9: the verdict on one received functional group (one 999 transaction set).
struct group_response {
  std::string functional_id;   // AK101 = GS01 received
  std::string control_number;  // AK102 = GS06 received
  std::string version;         // AK103 = GS08 received
  std::vector<set_response> sets;
  std::string status;          // AK901: A, E, P partially accepted, R rejected, ...
  std::uint32_t included = 0;  // AK902: sets the group said it holds (GE01)
  std::uint32_t received = 0;  // AK903
  std::uint32_t accepted = 0;  // AK904: sets with IK501 A or E
  std::vector<std::string> codes;  // AK905..AK909
  friend bool operator==(const group_response&, const group_response&) = default;
};

}  // namespace claimloop::ack
