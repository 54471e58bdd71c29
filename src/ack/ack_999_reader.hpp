#pragma once
// Reads 999 acknowledgments a trading partner sent back and says, in words, which of our sets
// (by GS06 / ST02) were accepted or rejected and why. Tolerant: a 999 that breaks its own TR3
// (an IK5 before any AK2, a CTX with no IK3) is still read; the breaks are listed as problems.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ack/ack_999_model.hpp"
#include "core/result.hpp"

namespace claimloop::syntax {
class segment_reader;
}

namespace claimloop::ack {

// One 999 transaction set as read: its own ST02 and the group response it carries.
struct received_ack {
  std::string control_number;  // ST02 of the 999
  std::string implementation;  // ST03 of the 999 (005010X231A1, or 005010X231 before the errata)
  group_response response;
};

// Everything read from one input: the interchanges' parties and every 999 in them.
struct ack_999_document {
  std::string sender_id;                   // ISA06 of the first interchange, padding trimmed
  std::string receiver_id;                 // ISA08
  std::string interchange_control_number;  // ISA13
  std::vector<received_ack> acks;
  std::vector<std::string> problems;       // "segment 4: IK5 outside an AK2 loop", ...
};

// Reads every segment; errors only when the input is not X12 or cannot be read.
core::result<ack_999_document> read_999(syntax::segment_reader& reader);
core::result<ack_999_document> read_999(std::string_view bytes, std::string file_name = "-");

// One of our transaction sets as the partner judged it.
struct set_summary {
  std::string group_control_number;  // AK102: our GS06
  std::string set_id;                // AK201: our ST01
  std::string set_control_number;    // AK202: our ST02
  std::string status;                // IK501 code
  bool accepted = false;             // IK501 A or E
  std::vector<std::string> reasons;  // IK5 codes, then one line per IK3 and IK4, in words
};

// One of our functional groups as the partner judged it.
struct group_summary {
  std::string functional_id;         // AK101
  std::string control_number;        // AK102: our GS06
  std::string version;               // AK103
  std::string status;                // AK901 code
  bool accepted = false;             // AK901 A, E or P (some sets go on)
  std::uint32_t included = 0, received = 0, accepted_sets = 0;
  std::vector<std::string> reasons;  // AK905.. codes in words
  std::vector<set_summary> sets;
};

// The verdicts of a document, one entry per 999 set read.
std::vector<group_summary> summarize(const ack_999_document& doc);
// "group 17456 (HC 005010X222): partially accepted; 3 included, 3 received, 1 accepted" and an
// indented line per set with its reasons.
std::string to_text(const group_summary& g);

// Words for one IK3 and one IK4, as used in set_summary::reasons.
std::string describe(const segment_note& n);
std::string describe(const element_note& e, std::string_view segment);

}  // namespace claimloop::ack
