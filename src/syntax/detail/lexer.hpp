#pragma once
// X3-free facade over the segment grammars in lexer_grammar.cpp (Spirit X3 never leaks out).
#include <cstdint>
#include <string_view>
#include <vector>

namespace claimloop::syntax::detail {

// Appends to `ends` the end offset of the tag and of every element of a segment body
// ("CLM*A*1:2" -> 3, 5, 9). Always succeeds: every byte sequence is a sequence of fields.
void lex_fields(std::string_view body, char separator, std::vector<std::uint32_t>& ends);

// Same, but the element at `binary_index` (1-based) spans exactly `binary_length` bytes
// whatever they hold (BIN02, BDS03). Returns false when the body is shorter than announced.
bool lex_fields_with_binary(std::string_view body, char separator, std::size_t binary_index,
                            std::size_t binary_length, std::vector<std::uint32_t>& ends);

}  // namespace claimloop::syntax::detail
