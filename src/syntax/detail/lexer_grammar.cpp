// Segment syntax: tag, elements, components and repetitions are all "fields separated by a
// run-time separator"; one X3 grammar records where each field ends.
#include <boost/spirit/home/x3.hpp>

#include "syntax/detail/lexer.hpp"
#include "syntax/detail/x3_separator.hpp"

namespace claimloop::syntax::detail {
namespace {

struct fields_state {
  const char* base;
  std::vector<std::uint32_t>* ends;
};
struct fields_state_tag;

// Semantic action: note where the field just matched ends.
auto const mark_end = [](auto& ctx) {
  auto& state = x3::get<fields_state_tag>(ctx);
  state.ends->push_back(static_cast<std::uint32_t>(x3::_attr(ctx).end() - state.base));
};

// --- rules ---------------------------------------------------------------------------------
x3::rule<struct field_id> const field = "field";
x3::rule<struct fields_id> const fields = "fields";

// --- grammar -------------------------------------------------------------------------------
auto const field_def = x3::raw[*field_byte][mark_end];
auto const fields_def = field >> *(x3::omit[separator] >> field);

BOOST_SPIRIT_DEFINE(field, fields)

template <class Parser>
void run(std::string_view text, char sep, std::vector<std::uint32_t>& ends, Parser const& p) {
  const char* first = text.data();
  const char* last = text.data() + text.size();
  fields_state state{text.data(), &ends};
  auto const parser = x3::with<separator_tag>(sep)[x3::with<fields_state_tag>(state)[p]];
  x3::parse(first, last, parser);
}

}  // namespace

void lex_fields(std::string_view body, char separator_byte, std::vector<std::uint32_t>& ends) {
  run(body, separator_byte, ends, fields);
}

bool lex_fields_with_binary(std::string_view body, char separator_byte, std::size_t binary_index,
                            std::size_t binary_length, std::vector<std::uint32_t>& ends) {
  // Fields before the binary element follow the normal grammar; the binary element is taken
  // by length, and anything after it is lexed normally again.
  const std::size_t first_end = ends.size();
  std::size_t offset = 0;
  for (std::size_t field_no = 0; field_no < binary_index; ++field_no) {
    auto sep_at = body.find(separator_byte, offset);
    if (sep_at == std::string_view::npos) return false;
    ends.push_back(static_cast<std::uint32_t>(sep_at));
    offset = sep_at + 1;
  }
  if (body.size() - offset < binary_length) {
    ends.resize(first_end);
    return false;
  }
  offset += binary_length;
  ends.push_back(static_cast<std::uint32_t>(offset));
  if (offset < body.size()) {
    if (body[offset] != separator_byte) {
      ends.resize(first_end);
      return false;
    }
    std::vector<std::uint32_t> rest;
    run(body.substr(offset + 1), separator_byte, rest, fields);
    for (auto e : rest) ends.push_back(static_cast<std::uint32_t>(e + offset + 1));
  }
  return true;
}

}  // namespace claimloop::syntax::detail
