#pragma once
// Field checks on single envelope segments (ISA, GS, ST). Each appends findings with the code,
// segment, element, position, expected and found filled in; the reader adds the file and the
// control numbers in effect.
#include <string_view>
#include <vector>

#include "envelope/finding.hpp"
#include "syntax/segment_view.hpp"

namespace claimloop::envelope::detail {

// A finding about element `element` of segment `s`.
finding at(code c, const syntax::segment_view& s, std::uint8_t element, std::string_view expected,
           std::string_view found);

// ISA01..ISA16 values and the separators the header declares.
void check_isa(const syntax::segment_view& isa, std::vector<finding>& out);
// GS04 date, GS05 time, GS06 control number.
void check_gs(const syntax::segment_view& gs, std::vector<finding>& out);
// ST02 shape, ST01 against GS01, ST03 against GS08 (when ST03 is present).
void check_st(const syntax::segment_view& st, std::string_view gs01, std::string_view gs08, std::vector<finding>& out);

// True for digits only (and at least one).
bool all_digits(std::string_view s) noexcept;
// The transaction sets a GS01 functional identifier admits ("" when we do not know the group).
std::string_view sets_for_group(std::string_view gs01) noexcept;

}  // namespace claimloop::envelope::detail
