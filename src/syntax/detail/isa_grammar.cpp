// The ISA interchange header: "ISA", the element separator, fifteen fields each followed by the
// separator, and ISA16 (one byte, the component separator). Widths are checked after parsing so
// that unpadded headers are accepted with a notice instead of rejected.
#include <boost/spirit/home/x3.hpp>
#include <fmt/format.h>

#include "syntax/detail/x3_separator.hpp"
#include "syntax/isa_header.hpp"

namespace claimloop::syntax {
namespace {

namespace x3 = boost::spirit::x3;
using detail::field_byte;
using detail::separator;
using detail::separator_tag;

struct isa_fields_tag;

auto const push_field = [](auto& ctx) {
  auto& out = x3::get<isa_fields_tag>(ctx).get();
  out.emplace_back(x3::_attr(ctx).begin(), x3::_attr(ctx).end());
};

// --- rules ---------------------------------------------------------------------------------
x3::rule<struct isa_tag_id> const isa_tag = "\"ISA\"";
x3::rule<struct isa_field_id> const isa_field = "ISA field followed by the element separator";
x3::rule<struct isa16_id> const isa16 = "ISA16 component separator";
x3::rule<struct isa_header_id> const isa_header_rule = "ISA header";

// --- grammar -------------------------------------------------------------------------------
auto const isa_tag_def = x3::lit("ISA");
auto const isa_field_def = x3::raw[*field_byte][push_field] >> x3::omit[separator];
auto const isa16_def = x3::raw[x3::omit[field_byte]][push_field];
auto const isa_header_rule_def = isa_tag > x3::omit[separator] > x3::repeat(15)[isa_field] > isa16;

BOOST_SPIRIT_DEFINE(isa_tag, isa_field, isa16, isa_header_rule)

core::error isa_error(std::size_t offset, std::string message) {
  core::error e;
  e.code = core::errc::bad_isa;
  e.where.offset = offset;
  e.segment = "ISA";
  e.message = std::move(message);
  return e;
}

bool is_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// The terminator is the byte after ISA16, or the whole UTF-8 sequence it starts.
std::string read_terminator(std::string_view rest) {
  if (rest.empty()) return {};
  auto lead = static_cast<unsigned char>(rest[0]);
  std::size_t n = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 1;
  if (lead >= 0xF5) n = 1;
  if (n > rest.size()) return std::string(rest.substr(0, 1));
  for (std::size_t i = 1; i < n; ++i) {
    auto c = static_cast<unsigned char>(rest[i]);
    if (c < 0x80 || c > 0xBF) return std::string(rest.substr(0, 1));
  }
  return std::string(rest.substr(0, n));
}

}  // namespace

core::result<isa_header> parse_isa(std::string_view bytes) {
  if (bytes.size() < 4 || bytes.substr(0, 3) != "ISA") return isa_error(0, "expected \"ISA\" at the start of an interchange");
  const char sep = bytes[3];
  if (is_alnum(sep) || sep == ' ' || sep == '\r' || sep == '\n')
    return isa_error(3, fmt::format("invalid element separator {:?} after \"ISA\"", std::string(1, sep)));

  std::vector<std::string> fields;
  auto first = bytes.begin();
  try {
    auto const parser = x3::with<separator_tag>(sep)[x3::with<isa_fields_tag>(std::ref(fields))[isa_header_rule]];
    if (!x3::parse(first, bytes.end(), parser)) return isa_error(0, "expected an ISA header");
  } catch (const x3::expectation_failure<std::string_view::const_iterator>& e) {
    return isa_error(static_cast<std::size_t>(e.where() - bytes.begin()),
                     fmt::format("expected {} at byte {} of the ISA header", e.which(), e.where() - bytes.begin()));
  }

  isa_header h;
  for (std::size_t i = 0; i < 16; ++i) h.fields[i + 1] = std::move(fields[i]);
  h.length = static_cast<std::size_t>(first - bytes.begin());
  for (std::size_t i = 1; i <= 16; ++i) h.padded = h.padded && h.fields[i].size() == ISA_FIELD_WIDTHS[i];

  h.delims.element = sep;
  h.delims.component = h.fields[16][0];
  const std::string& isa11 = h.fields[11];
  const bool repetition_allowed = h.version() >= std::string_view("00402");
  if (repetition_allowed && isa11.size() == 1 && !is_alnum(isa11[0]) && isa11[0] != ' ') h.delims.repetition = isa11[0];
  h.delims.segment = read_terminator(bytes.substr(h.length));
  if (h.delims.segment.empty()) return isa_error(h.length, "the input ends before the ISA segment terminator");
  const char term = h.delims.segment[0];
  if (is_alnum(term) || term == ' ' || term == sep || term == h.delims.component)
    return isa_error(h.length, fmt::format("invalid segment terminator {:?} after ISA16", std::string(1, term)));
  if (h.delims.component == sep || is_alnum(h.delims.component))
    return isa_error(h.length - 1, fmt::format("invalid component separator {:?} in ISA16", h.fields[16]));
  if (h.delims.repetition == sep || h.delims.repetition == h.delims.component || h.delims.repetition == term)
    h.delims.repetition = 0;
  return h;
}

}  // namespace claimloop::syntax
