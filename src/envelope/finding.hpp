#pragma once
// Envelope findings: problems in the ISA/GS/ST ... SE/GE/IEA control structure, as values.
// Each carries the acknowledgment code it maps to, so ack/ can build TA1s and 999s from them
// without knowing how they were found.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/finding.hpp"
#include "core/position.hpp"

namespace claimloop::envelope {

// What went wrong. describe() gives each a sentence; the comment names its acknowledgment code.
enum class code : std::uint8_t {
  // interchange level (TA105 note code)
  isa_iea_control_mismatch,      // IEA02 differs from ISA13                        TA1 001
  iea_group_count_mismatch,      // IEA01 differs from the number of groups          TA1 021
  missing_iea,                   // input ended, or a new ISA came, before IEA       TA1 023 / 022
  duplicate_isa13,               // ISA13 already used by an earlier interchange     TA1 025
  invalid_isa_date,              // ISA09 is not a real YYMMDD date                  TA1 014
  invalid_isa_time,              // ISA10 is not a valid HHMM time                   TA1 015
  invalid_isa13,                 // ISA13 is not nine digits                         TA1 018
  invalid_authorization_qualifier,  // ISA01 not an I01 code (00..06)              TA1 010
  invalid_security_qualifier,    // ISA03 not 00/01                                  TA1 012
  invalid_sender_qualifier,      // ISA05 not an I05 code                            TA1 005
  invalid_sender_id,             // ISA06 blank                                      TA1 006
  invalid_receiver_qualifier,    // ISA07 not an I05 code                            TA1 007
  invalid_receiver_id,           // ISA08 blank                                      TA1 008
  invalid_isa_version,           // ISA12 not a five-digit 00xxx version             TA1 017
  invalid_ack_requested,         // ISA14 not 0/1                                    TA1 019
  invalid_usage_indicator,       // ISA15 not P/T/I                                  TA1 020
  invalid_element_separator,     // element separator is a letter or digit           TA1 026
  invalid_component_separator,   // ISA16 is a letter/digit or clashes               TA1 027
  stray_segment,                 // a segment where none can be (outside ST..SE)      TA1 022
  set_outside_group,             // ST with no open GS                               TA1 022
  // group level (999 AK905)
  gs_ge_control_mismatch,        // GE02 differs from GS06                           AK905 4
  ge_set_count_mismatch,         // GE01 differs from the number of sets             AK905 5
  missing_ge,                    // a group not closed by GE                         AK905 3
  duplicate_gs06,                // GS06 repeated within the interchange             AK905 19
  invalid_gs06,                  // GS06 not 1..9 digits                             AK905 6
  invalid_gs_date,               // GS04 not a real CCYYMMDD date                    (none)
  invalid_gs_time,               // GS05 not HHMM[SS[D[D]]]                          (none)
  // set level (999 IK502)
  st_se_control_mismatch,        // SE02 differs from ST02                           IK502 3
  se_count_mismatch,             // SE01 differs from the segments ST..SE            IK502 4
  missing_se,                    // a set not closed by SE                           IK502 2
  duplicate_st02,                // ST02 repeated within the group                   IK502 23
  invalid_st02,                  // ST02 not 4..9 characters                          IK502 7
  st01_gs01_mismatch,            // ST01 does not belong in a GS01 group             IK502 6
  gs08_st03_mismatch,            // ST03 present and different from GS08            IK502 I6
  // reader notices (warnings, no acknowledgment code)
  garbage_skipped,               // bytes outside any interchange were skipped
  isa_not_padded,                // ISA fields not at their fixed widths
  missing_terminator,            // the last segment had no terminator
  line_break_in_segment,         // CR/LF removed inside segments (wrapped lines)
};

// A sentence saying what the code means ("SE01 does not match the number of segments").
std::string_view describe(code c) noexcept;
// The enumerator's name ("se_count_mismatch"): stable, used in expected-outcome files.
std::string_view name(code c) noexcept;

// Which envelope a finding is about; a TA1 reports interchange-level ones, a 999 the rest.
enum class level : std::uint8_t { interchange, group, set };
std::string_view to_string(level l) noexcept;

struct finding {
  envelope::code code{};
  core::severity severity = core::severity::error;
  envelope::level level = envelope::level::interchange;
  std::string file;               // file name as given to the reader
  core::position where{};         // the segment at fault (or where the missing one was due)
  std::string segment;            // segment id ("SE"), "" for bytes outside segments
  std::uint8_t element = 0;       // 1-based element position, 0 = the whole segment
  std::string expected;           // what should be there ("48", "000000905")
  std::string found;              // what is there ("25", "000000906", "" when missing)
  std::string isa13, gs06, st02;  // control numbers of the envelopes it belongs to
  std::string ta1_note;           // TA105 note code ("001"), "" when not interchange level
  std::string ak905;              // 999 AK905 group error code ("4"), "" when none
  std::string ik502;              // 999 IK502 set error code ("3"), "" when none
  std::string message;            // a sentence for a person

  bool is_error() const noexcept { return severity == core::severity::error; }
  // "file:line: segment 12 SE01 se_count_mismatch: expected 48, found 25 (ST02 0001)"
  std::string to_string() const;
  // The shared finding type (snip 0) that acknowledgments and reports take.
  core::finding to_core() const;
};

// A finding with its code's severity, level and acknowledgment codes filled in.
finding make_finding(code c);

}  // namespace claimloop::envelope
