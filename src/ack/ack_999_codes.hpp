#pragma once
// The 999 (005010X231A1) code lists turned into words, for summaries and messages. The lists are
// the X12 data elements 620 (IK304), 621 (IK403), 717/715 (IK501/AK901), 618 (IK502..IK506)
// and 716 (AK905..AK909). An unknown code reads "unknown code X", never an empty string.
#include <string>
#include <string_view>

namespace claimloop::ack {

// IK304: "8" -> "segment has data element errors".
std::string describe_segment_error(std::string_view code);
// IK403: "7" -> "invalid code value".
std::string describe_element_error(std::string_view code);
// IK501 and AK901: "A" -> "accepted", "E" -> "accepted with errors", "P" -> "partially accepted".
std::string describe_ack_status(std::string_view code);
// IK502..IK506: "4" -> "number of included segments does not match actual count".
std::string describe_set_error(std::string_view code);
// AK905..AK909: "5" -> "number of included transaction sets does not match actual count".
std::string describe_group_error(std::string_view code);

// True for IK304 / IK403 codes of the implementation guide ("I4", "I12"), as opposed to the
// X12 standard's own syntax codes ("1".."13").
inline bool is_implementation_code(std::string_view code) noexcept { return !code.empty() && code.front() == 'I'; }

}  // namespace claimloop::ack
