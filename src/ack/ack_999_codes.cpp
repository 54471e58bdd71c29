#include "ack/ack_999_codes.hpp"

#include <utility>

namespace claimloop::ack {

namespace {

using code_table = std::pair<std::string_view, std::string_view>;

// Data element 620, Implementation Segment Syntax Error Code.
constexpr code_table SEGMENT_ERRORS[] = {
    {"1", "unrecognized segment ID"},
    {"2", "unexpected segment"},
    {"3", "required segment missing"},
    {"4", "loop occurs over maximum times"},
    {"5", "segment exceeds maximum use"},
    {"6", "segment not in defined transaction set"},
    {"7", "segment not in proper sequence"},
    {"8", "segment has data element errors"},
    {"I4", "implementation \"not used\" segment present"},
    {"I6", "implementation dependent segment missing"},
    {"I7", "implementation loop occurs under minimum times"},
    {"I8", "implementation segment below minimum use"},
    {"I9", "implementation dependent \"not used\" segment present"},
};

// Data element 621, Implementation Data Element Syntax Error Code.
constexpr code_table ELEMENT_ERRORS[] = {
    {"1", "required data element missing"},
    {"2", "conditional required data element missing"},
    {"3", "too many data elements"},
    {"4", "data element too short"},
    {"5", "data element too long"},
    {"6", "invalid character in data element"},
    {"7", "invalid code value"},
    {"8", "invalid date"},
    {"9", "invalid time"},
    {"10", "exclusion condition violated"},
    {"12", "too many repetitions"},
    {"13", "too many components"},
    {"I6", "code value not used in implementation"},
    {"I9", "implementation dependent data element missing"},
    {"I10", "implementation \"not used\" data element present"},
    {"I11", "implementation too few repetitions"},
    {"I12", "implementation pattern match failure"},
    {"I13", "implementation dependent \"not used\" data element present"},
};

// Data elements 717 (IK501) and 715 (AK901); P exists only in 715.
constexpr code_table STATUSES[] = {
    {"A", "accepted"},
    {"E", "accepted with errors"},
    {"M", "rejected, message authentication code failed"},
    {"P", "partially accepted"},
    {"R", "rejected"},
    {"W", "rejected, assurance failed validity tests"},
    {"X", "rejected, content after decryption could not be analyzed"},
};

// Data element 618, Implementation Transaction Set Syntax Error Code.
constexpr code_table SET_ERRORS[] = {
    {"1", "transaction set not supported"},
    {"2", "transaction set trailer missing"},
    {"3", "transaction set control number in header and trailer do not match"},
    {"4", "number of included segments does not match actual count"},
    {"5", "one or more segments in error"},
    {"6", "missing or invalid transaction set identifier"},
    {"7", "missing or invalid transaction set control number"},
    {"8", "authentication key name unknown"},
    {"9", "encryption key name unknown"},
    {"10", "requested service (authentication or encryption) not available"},
    {"11", "unknown security recipient"},
    {"12", "incorrect message length (encryption only)"},
    {"13", "message authentication code failed"},
    {"15", "unknown security originator"},
    {"16", "syntax error in decrypted text"},
    {"17", "security not supported"},
    {"18", "transaction set not in functional group"},
    {"19", "invalid transaction set implementation convention reference"},
    {"23", "transaction set control number not unique within the functional group"},
    {"24", "S3E security end segment missing for S3S security start segment"},
    {"25", "S3S security start segment missing for S3E security end segment"},
    {"26", "S4E security end segment missing for S4S security start segment"},
    {"27", "S4S security start segment missing for S4E security end segment"},
    {"I5", "implementation one or more segments in error"},
    {"I6", "implementation convention not supported"},
};

// Data element 716, Functional Group Syntax Error Code (the values the 999 TR3 allows).
constexpr code_table GROUP_ERRORS[] = {
    {"1", "functional group not supported"},
    {"2", "functional group version not supported"},
    {"3", "functional group trailer missing"},
    {"4", "group control number in the functional group header and trailer do not agree"},
    {"5", "number of included transaction sets does not match actual count"},
    {"6", "group control number violates syntax"},
    {"17", "security not supported"},
    {"18", "message authentication code failed"},
    {"19", "functional group control number not unique within interchange"},
    {"23", "S3E security end segment missing for S3S security start segment"},
    {"24", "S3S security start segment missing for S3E security end segment"},
    {"25", "S4E security end segment missing for S4S security start segment"},
    {"26", "S4S security start segment missing for S4E security end segment"},
};

template <std::size_t N>
std::string look_up(const code_table (&table)[N], std::string_view code) {
  for (const auto& [key, words] : table) {
    if (key == code) return std::string(words);
  }
  return "unknown code " + std::string(code);
}

}  // namespace

std::string describe_segment_error(std::string_view code) { return look_up(SEGMENT_ERRORS, code); }
std::string describe_element_error(std::string_view code) { return look_up(ELEMENT_ERRORS, code); }
std::string describe_ack_status(std::string_view code) { return look_up(STATUSES, code); }
std::string describe_set_error(std::string_view code) { return look_up(SET_ERRORS, code); }
std::string describe_group_error(std::string_view code) { return look_up(GROUP_ERRORS, code); }

}  // namespace claimloop::ack
