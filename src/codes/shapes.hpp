#pragma once
// Shape checks for code sets claimloop cannot ship (CPT is licensed; ICD-10-CM and HCPCS are
// large and yearly): what a well-formed code looks like, and the NPI check digit.
#include <string_view>

namespace claimloop::codes {

// ICD-10-CM as X12 writes it: 3-7 characters, no dot; a letter, a digit, then letters or digits.
bool is_icd10cm_shape(std::string_view code) noexcept;
// CPT: 5 digits (Category I), or 4 digits then F (Category II), T (Category III) or U (PLA).
bool is_cpt_shape(std::string_view code) noexcept;
// HCPCS Level II: a letter A-V (not D, which is CDT dental) then 4 digits.
bool is_hcpcs_level2_shape(std::string_view code) noexcept;
// CDT dental procedure: D then 4 digits.
bool is_cdt_shape(std::string_view code) noexcept;
// A procedure modifier: exactly 2 characters A-Z or 0-9.
bool is_modifier_shape(std::string_view code) noexcept;
// NPI: 10 digits whose last is the Luhn check digit of "80840" + the first nine.
bool is_valid_npi(std::string_view npi) noexcept;

}  // namespace claimloop::codes
