#pragma once
// TA1 interchange acknowledgments built from interchange-level envelope findings:
// ISA (sender and receiver swapped) TA1*ISA13*ISA09*ISA10*A|E|R*note~ IEA, no GS.
//
// Policy (see docs/reader.md):
//   A, note 000  no interchange-level error (warnings and group/set findings do not count;
//                those go to the 999).
//   R            the interchange cannot be trusted as a unit: broken control structure (022),
//                premature end (023), unusable control number (018), unsupported standard or
//                version (002, 003, 016, 017), unusable terminator or separators (004, 026, 027),
//                unreadable content (024), duplicate ISA13 (025: processing it twice would pay
//                claims twice).
//   E            anything else at interchange level: the data can be processed but the header
//                or trailer is wrong (001, 021, 014, 015, 005-008, 010, 012, 019, 020).
// The note is that of the first finding, in file order, of the worst class.
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "envelope/finding.hpp"
#include "envelope/interchange_reader.hpp"
#include "syntax/delimiters.hpp"

namespace claimloop::ack {

enum class ta1_status : char { accepted = 'A', accepted_with_errors = 'E', rejected = 'R' };

// TA104 and TA105 for one interchange.
struct ta1_decision {
  ta1_status status = ta1_status::accepted;
  std::string note = "000";
};

// Applies the policy above to one interchange's findings (others than interchange level and
// warnings are ignored).
ta1_decision decide(std::span<const envelope::finding> findings);
// True when the TA105 note code makes the policy reject the interchange.
bool is_rejecting_note(std::string_view note) noexcept;

// One interchange as read: its ISA fields (ISA01..ISA16, as written, padding kept) and the
// findings that belong to it.
struct interchange_record {
  std::array<std::string, 17> isa;  // isa[13] = ISA13 ...; isa[0] unused
  std::vector<envelope::finding> findings;
};

// Gathers interchange_records from the units of an interchange_reader, in file order.
class ta1_collector {
 public:
  // Call with every unit, in order.
  void add(const envelope::unit& u);
  const std::vector<interchange_record>& records() const noexcept { return records_; }

 private:
  std::vector<interchange_record> records_;
};

// Everything in the outgoing TA1 interchange that is not taken from the input: given by the
// caller so that output is deterministic.
struct ta1_envelope {
  std::string date;                  // ISA09 YYMMDD of the TA1 interchange
  std::string time;                  // ISA10 HHMM
  std::uint32_t control_number = 1;  // ISA13 / IEA02 of the TA1 interchange
  char usage = 0;                    // ISA15; 0 = copy the input's ISA15
  syntax::delimiters delims = syntax::hipaa_delimiters();
};

// The TA1 segment alone, without terminator layout: "TA1*000000905*230101*1253*A*000".
std::string ta1_segment_text(const interchange_record& r, const ta1_decision& d, char element_separator = '*');

// Writes ISA, TA1 and IEA for one interchange: ISA05/06 <- input ISA07/08 and ISA07/08 <-
// input ISA05/06, ISA12 copied, ISA14 = 0. invalid_argument when a field cannot be written.
core::result<std::string> write_ta1(const interchange_record& r, const ta1_envelope& env);

// One TA1 interchange per record, control numbers counting up from env.control_number.
core::result<std::string> write_ta1s(std::span<const interchange_record> records, ta1_envelope env);

}  // namespace claimloop::ack
