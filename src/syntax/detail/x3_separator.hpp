#pragma once
// Spirit X3 parsers for separators chosen at run time (ISA tells them): the separator byte is
// passed in the parse context with x3::with<separator_tag>, as STYLE.md recommends.
#include <boost/spirit/home/x3.hpp>

namespace claimloop::syntax::detail {

namespace x3 = boost::spirit::x3;

struct separator_tag;

// Matches one byte equal to the separator in the context (Equal = true) or different from it.
template <bool Equal>
struct separator_parser : x3::char_parser<separator_parser<Equal>> {
  using attribute_type = char;
  static bool const has_attribute = true;
  template <typename Char, typename Context>
  bool test(Char ch, Context const& ctx) const {
    return (static_cast<char>(ch) == x3::get<separator_tag>(ctx)) == Equal;
  }
};

inline constexpr separator_parser<true> separator{};
inline constexpr separator_parser<false> field_byte{};

}  // namespace claimloop::syntax::detail
