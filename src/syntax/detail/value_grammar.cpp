// Element value grammars (X12 data types Nn, R, DT, TM and the RD8 period). Every rule has a
// name, and after the first byte every step is an expectation, so a failure says what was
// wanted where ("expected 2-digit day at byte 6"). Boost 1.81's X3 throws on expectation
// failure; run() catches it here, so nothing X3 leaves this file.
#include <boost/fusion/include/adapt_struct.hpp>
#include <boost/fusion/include/std_pair.hpp>
#include <boost/spirit/home/x3.hpp>

#include "syntax/detail/value_grammar.hpp"

BOOST_FUSION_ADAPT_STRUCT(claimloop::syntax::detail::date_parts, year, month, day)

namespace claimloop::syntax::detail {
namespace {

namespace x3 = boost::spirit::x3;
using iterator = const char*;

struct number_tag;
struct time_tag;

template <class Tag, class Ctx>
auto& target(Ctx& ctx) {
  return x3::get<Tag>(ctx).get();
}

std::string_view view_of(auto const& range) { return {range.begin(), range.end()}; }

// --- semantic actions ----------------------------------------------------------------------
auto const set_negative = [](auto& ctx) { target<number_tag>(ctx).negative = true; };
auto const set_integer = [](auto& ctx) { target<number_tag>(ctx).integer_digits = view_of(x3::_attr(ctx)); };
auto const set_fraction = [](auto& ctx) { target<number_tag>(ctx).fraction_digits = view_of(x3::_attr(ctx)); };
auto const set_hour = [](auto& ctx) { target<time_tag>(ctx).hour = x3::_attr(ctx); };
auto const set_minute = [](auto& ctx) { target<time_tag>(ctx).minute = x3::_attr(ctx); };
auto const set_second = [](auto& ctx) {
  target<time_tag>(ctx).second = x3::_attr(ctx);
  target<time_tag>(ctx).has_seconds = true;
};
auto const set_time_fraction = [](auto& ctx) { target<time_tag>(ctx).fraction = view_of(x3::_attr(ctx)); };

x3::uint_parser<int, 10, 4, 4> const four_digits{};
x3::uint_parser<int, 10, 2, 2> const two_digits{};

// --- rule IDs and rules --------------------------------------------------------------------
x3::rule<struct end_id> const end_of_value = "end of value";
x3::rule<struct minus_id> const minus = "minus sign";
x3::rule<struct integer_id> const integer_digits = "digits";
x3::rule<struct fraction_id> const fraction_digits = "digits after the decimal point";
x3::rule<struct real_body_id> const real_body = "digits or a decimal point";
x3::rule<struct numeric_id> const numeric = "Nn number";
x3::rule<struct real_id> const real = "R number";

x3::rule<struct year4_id, int> const year4 = "4-digit year";
x3::rule<struct year2_id, int> const year2 = "2-digit year";
x3::rule<struct month_id, int> const month = "2-digit month";
x3::rule<struct day_id, int> const day = "2-digit day";
x3::rule<struct date8_id, date_parts> const date8 = "CCYYMMDD date";
x3::rule<struct date6_id, date_parts> const date6 = "YYMMDD date";
x3::rule<struct date8_value_id, date_parts> const date8_value = "CCYYMMDD date";
x3::rule<struct date6_value_id, date_parts> const date6_value = "YYMMDD date";
x3::rule<struct range_sep_id> const range_separator = "'-' between the two dates";
x3::rule<struct range_id, std::pair<date_parts, date_parts>> const date_range = "CCYYMMDD-CCYYMMDD period";

x3::rule<struct hour_id> const hour = "2-digit hour";
x3::rule<struct minute_id> const minute = "2-digit minute";
x3::rule<struct second_id> const second = "2-digit second";
x3::rule<struct time_fraction_id> const time_fraction = "1 or 2 digits of decimal seconds";
x3::rule<struct time_id> const time = "HHMM[SS[D[D]]] time";

// --- grammar -------------------------------------------------------------------------------
auto const end_of_value_def = x3::eoi;
auto const minus_def = x3::lit('-')[set_negative];
auto const integer_digits_def = x3::raw[+x3::digit][set_integer];
auto const fraction_digits_def = x3::raw[+x3::digit][set_fraction];
// A '.' must be followed by digits: "12." and "." are refused, ".5" is taken.
auto const real_body_def = (integer_digits >> -('.' > fraction_digits)) | ('.' > fraction_digits);
auto const numeric_def = x3::eps > -minus > integer_digits > end_of_value;
auto const real_def = x3::eps > -minus > real_body > end_of_value;

auto const year4_def = four_digits;
auto const year2_def = two_digits;
auto const month_def = two_digits;
auto const day_def = two_digits;
auto const date8_def = x3::eps > year4 > month > day;
auto const date6_def = x3::eps > year2 > month > day;
auto const date8_value_def = date8 > end_of_value;
auto const date6_value_def = date6 > end_of_value;
auto const range_separator_def = x3::lit('-');
auto const date_range_def = date8 > range_separator > date8 > end_of_value;

auto const hour_def = two_digits[set_hour];
auto const minute_def = two_digits[set_minute];
auto const second_def = two_digits[set_second];
auto const time_fraction_def = x3::raw[x3::repeat(1, 2)[x3::digit]][set_time_fraction];
auto const time_def = x3::eps > hour > minute > -(second >> -time_fraction) > end_of_value;

BOOST_SPIRIT_DEFINE(end_of_value, minus, integer_digits, fraction_digits, real_body, numeric, real)
BOOST_SPIRIT_DEFINE(year4, year2, month, day, date8, date6, date8_value, date6_value, range_separator, date_range)
BOOST_SPIRIT_DEFINE(hour, minute, second, time_fraction, time)

// Runs a grammar over the whole text and turns X3's exception into a status.
template <class Parser, class Attribute>
scan_status run(std::string_view text, Parser const& parser, Attribute& attribute) {
  iterator first = text.data();
  iterator const last = text.data() + text.size();
  try {
    if (x3::parse(first, last, parser, attribute)) return {};
    // Every grammar starts with eps > ..., so a plain failure means nothing at all matched.
    return {false, static_cast<std::size_t>(first - text.data()), "a value"};
  } catch (const x3::expectation_failure<iterator>& e) {
    return {false, static_cast<std::size_t>(e.where() - text.data()), e.which()};
  }
}

}  // namespace

scan_status scan_numeric(std::string_view text, number_parts& out) {
  out = {};
  return run(text, x3::with<number_tag>(std::ref(out))[numeric], x3::unused);
}

scan_status scan_real(std::string_view text, number_parts& out) {
  out = {};
  return run(text, x3::with<number_tag>(std::ref(out))[real], x3::unused);
}

scan_status scan_date8(std::string_view text, date_parts& out) { return run(text, date8_value, out); }

scan_status scan_date6(std::string_view text, date_parts& out) { return run(text, date6_value, out); }

scan_status scan_date_range(std::string_view text, date_parts& from, date_parts& to) {
  std::pair<date_parts, date_parts> both;
  auto status = run(text, date_range, both);
  from = both.first;
  to = both.second;
  return status;
}

scan_status scan_time(std::string_view text, time_parts& out) {
  out = {};
  return run(text, x3::with<time_tag>(std::ref(out))[time], x3::unused);
}

}  // namespace claimloop::syntax::detail
