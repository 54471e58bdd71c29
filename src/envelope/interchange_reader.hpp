#pragma once
// The envelope stage: groups the segment stream into units (ISA, GS, a whole ST..SE set, GE,
// IEA, stray segments) in file order, and checks the control structure as it goes. Memory
// follows the largest transaction set, not the file. Findings are values attached to units;
// wrong counts or control numbers never stop the data that follows from being handed out.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "envelope/finding.hpp"
#include "syntax/byte_source.hpp"
#include "syntax/segment_list.hpp"
#include "syntax/segment_reader.hpp"

namespace claimloop::envelope {

enum class unit_kind : std::uint8_t {
  interchange_header,   // ISA
  group_header,         // GS
  transaction_set,      // ST .. SE (SE absent when truncated)
  group_trailer,        // GE (no segment when truncated: the GE was missing)
  interchange_trailer,  // IEA (no segment when truncated: the IEA was missing)
  stray_segment,        // a segment outside any set where it cannot be: kept, not dropped
  interchange_segment,  // TA1, ISB or ISE directly inside an interchange (outside any group)
  end_of_input,         // always the last unit; carries findings raised at the end of input
};
std::string_view to_string(unit_kind k) noexcept;

// The envelopes a unit sits in: what later stages quote in their findings.
struct unit_context {
  std::string isa13;             // ISA13 of the interchange ("" before any ISA)
  std::string gs01, gs06, gs08;  // of the open group ("" outside a group)
  std::string st01, st02, st03;  // of the set (transaction_set units only)
};

struct unit {
  unit_kind kind = unit_kind::end_of_input;
  // ISA/GS/GE/IEA/stray: that one segment; set: ST..SE. Owned, with the interchange's
  // delimiters set on it. Empty for a missing trailer and for end_of_input.
  syntax::segment_list segments;
  unit_context context;
  // The trailer that should close this unit never came (set without SE; a missing GE/IEA is
  // handed out as an empty, truncated trailer unit).
  bool truncated = false;
  // Findings raised while reading this unit, in file order (also those about the envelopes it
  // closes, and reader notices such as skipped garbage before an ISA).
  std::vector<finding> findings;
};

struct interchange_reader_options {
  syntax::reader_options reader{};
};

// Reads units from a segment_reader. Not copyable; movable.
class interchange_reader {
 public:
  interchange_reader(std::unique_ptr<syntax::byte_source> source, std::string file_name,
                     interchange_reader_options options = {});
  explicit interchange_reader(syntax::segment_reader reader);
  ~interchange_reader();
  interchange_reader(interchange_reader&&) noexcept;
  interchange_reader& operator=(interchange_reader&&) noexcept;

  // The next unit, std::nullopt after the end_of_input unit, or an error when the bytes are not
  // X12, an ISA header is malformed, or the source fails (the reader cannot go on after one).
  core::result<std::optional<unit>> next();

  const std::string& file_name() const noexcept;
  // The segment reader underneath (delimiters and ISA of the current interchange).
  const syntax::segment_reader& segments() const noexcept;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

// Reads to the end and returns every finding in file order (units are dropped as they come).
core::result<std::vector<finding>> collect_findings(interchange_reader& reader);

}  // namespace claimloop::envelope
