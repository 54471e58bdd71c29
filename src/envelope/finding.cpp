#include "envelope/finding.hpp"

#include <array>

#include <fmt/format.h>

namespace claimloop::envelope {

namespace {

// One row per code, in enum order: the single place that maps a code to its acknowledgment.
struct code_info {
  code c;
  std::string_view name;
  core::severity severity;
  envelope::level level;
  std::string_view ta1, ak905, ik502;
  std::string_view text;
};

using enum code;
constexpr auto E = core::severity::error;
constexpr auto W = core::severity::warning;
constexpr auto I = level::interchange;
constexpr auto G = level::group;
constexpr auto S = level::set;

constexpr std::array<code_info, 38> INFO = {{
    {isa_iea_control_mismatch, "isa_iea_control_mismatch", E, I, "001", "", "", "IEA02 does not match ISA13"},
    {iea_group_count_mismatch, "iea_group_count_mismatch", E, I, "021", "", "", "IEA01 does not match the number of functional groups"},
    {missing_iea, "missing_iea", E, I, "023", "", "", "the interchange is not closed by an IEA"},
    {duplicate_isa13, "duplicate_isa13", E, I, "025", "", "", "ISA13 repeats the control number of an earlier interchange"},
    {invalid_isa_date, "invalid_isa_date", E, I, "014", "", "", "ISA09 is not a valid YYMMDD date"},
    {invalid_isa_time, "invalid_isa_time", E, I, "015", "", "", "ISA10 is not a valid HHMM time"},
    {invalid_isa13, "invalid_isa13", E, I, "018", "", "", "ISA13 is not a nine-digit control number"},
    {invalid_authorization_qualifier, "invalid_authorization_qualifier", E, I, "010", "", "", "ISA01 is not an authorization information qualifier (00..06)"},
    {invalid_security_qualifier, "invalid_security_qualifier", E, I, "012", "", "", "ISA03 is not 00 or 01"},
    {invalid_sender_qualifier, "invalid_sender_qualifier", E, I, "005", "", "", "ISA05 is not an interchange ID qualifier"},
    {invalid_sender_id, "invalid_sender_id", E, I, "006", "", "", "ISA06 (sender ID) is blank"},
    {invalid_receiver_qualifier, "invalid_receiver_qualifier", E, I, "007", "", "", "ISA07 is not an interchange ID qualifier"},
    {invalid_receiver_id, "invalid_receiver_id", E, I, "008", "", "", "ISA08 (receiver ID) is blank"},
    {invalid_isa_version, "invalid_isa_version", E, I, "017", "", "", "ISA12 is not a five-digit control version"},
    {invalid_ack_requested, "invalid_ack_requested", E, I, "019", "", "", "ISA14 is not 0 or 1"},
    {invalid_usage_indicator, "invalid_usage_indicator", E, I, "020", "", "", "ISA15 is not P, T or I"},
    {invalid_element_separator, "invalid_element_separator", E, I, "026", "", "", "the element separator is a letter or digit"},
    {invalid_component_separator, "invalid_component_separator", E, I, "027", "", "", "ISA16 is not a usable component separator"},
    {stray_segment, "stray_segment", E, I, "022", "", "", "a segment appears where the control structure allows none"},
    {set_outside_group, "set_outside_group", E, I, "022", "", "", "a transaction set starts outside any functional group"},
    {gs_ge_control_mismatch, "gs_ge_control_mismatch", E, G, "", "4", "", "GE02 does not match GS06"},
    {ge_set_count_mismatch, "ge_set_count_mismatch", E, G, "", "5", "", "GE01 does not match the number of transaction sets"},
    {missing_ge, "missing_ge", E, G, "", "3", "", "the functional group is not closed by a GE"},
    {duplicate_gs06, "duplicate_gs06", E, G, "", "19", "", "GS06 repeats the control number of an earlier group in the interchange"},
    {invalid_gs06, "invalid_gs06", E, G, "", "6", "", "GS06 is not a control number of 1 to 9 digits"},
    {invalid_gs_date, "invalid_gs_date", E, G, "", "", "", "GS04 is not a valid CCYYMMDD date"},
    {invalid_gs_time, "invalid_gs_time", E, G, "", "", "", "GS05 is not a valid HHMM[SS[D[D]]] time"},
    {st_se_control_mismatch, "st_se_control_mismatch", E, S, "", "", "3", "SE02 does not match ST02"},
    {se_count_mismatch, "se_count_mismatch", E, S, "", "", "4", "SE01 does not match the number of segments from ST to SE"},
    {missing_se, "missing_se", E, S, "", "", "2", "the transaction set is not closed by an SE"},
    {duplicate_st02, "duplicate_st02", E, S, "", "", "23", "ST02 repeats the control number of an earlier set in the group"},
    {invalid_st02, "invalid_st02", E, S, "", "", "7", "ST02 is not a control number of 4 to 9 characters"},
    {st01_gs01_mismatch, "st01_gs01_mismatch", E, S, "", "", "6", "ST01 does not belong in a group with this GS01"},
    {gs08_st03_mismatch, "gs08_st03_mismatch", E, S, "", "", "I6", "ST03 does not match GS08"},
    {garbage_skipped, "garbage_skipped", W, I, "", "", "", "bytes outside any interchange were skipped"},
    {isa_not_padded, "isa_not_padded", W, I, "", "", "", "ISA fields are not padded to their fixed widths"},
    {missing_terminator, "missing_terminator", W, I, "", "", "", "the last segment has no segment terminator"},
    {line_break_in_segment, "line_break_in_segment", W, I, "", "", "", "line breaks inside segments were removed"},
}};

const code_info& info(code c) noexcept {
  static_assert(INFO.back().c == line_break_in_segment, "INFO must list every code in enum order");
  return INFO[static_cast<std::size_t>(c)];
}

}  // namespace

std::string_view describe(code c) noexcept { return info(c).text; }
std::string_view name(code c) noexcept { return info(c).name; }

std::string_view to_string(level l) noexcept {
  switch (l) {
    case level::interchange: return "interchange";
    case level::group: return "group";
    case level::set: return "set";
  }
  return "interchange";
}

finding make_finding(code c) {
  const auto& i = info(c);
  finding f;
  f.code = c;
  f.severity = i.severity;
  f.level = i.level;
  f.ta1_note = std::string(i.ta1);
  f.ak905 = std::string(i.ak905);
  f.ik502 = std::string(i.ik502);
  f.message = std::string(i.text);
  return f;
}

std::string finding::to_string() const {
  std::string out = fmt::format("{}:{}: segment {}", file.empty() ? "<input>" : file, where.line, where.segment_number);
  if (!segment.empty()) out += element > 0 ? fmt::format(" {}{:02}", segment, element) : " " + segment;
  out += fmt::format(" {}", name(code));
  if (severity != core::severity::error) out += fmt::format(" ({})", core::to_string(severity));
  out += ": " + message;
  if (!expected.empty() || !found.empty()) out += fmt::format(" (expected \"{}\", found \"{}\")", expected, found);
  if (!st02.empty()) out += " ST02 " + st02;
  else if (!gs06.empty()) out += " GS06 " + gs06;
  else if (!isa13.empty()) out += " ISA13 " + isa13;
  return out;
}

core::finding finding::to_core() const {
  core::finding f;
  f.file = file;
  f.isa13 = isa13;
  f.gs06 = gs06;
  f.st02 = st02;
  f.snip = 0;
  f.level = severity;
  f.segment = segment;
  f.where = where;
  f.element = element;
  f.ack_code = !ta1_note.empty() ? ta1_note : !ak905.empty() ? ak905 : ik502;
  f.value = found;
  f.message = fmt::format("{}: {}", name(code), message);
  return f;
}

}  // namespace claimloop::envelope
