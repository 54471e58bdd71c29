#pragma once
// Helpers shared by the writer's translation units (messages and errors).
#include <cstddef>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace claimloop::syntax::detail {

// A byte for a message: '*', '\n', 0x1D.
std::string show_char(char c);
// A value for a message, quoted, with unprintable bytes as \xNN.
std::string show_value(std::string_view value);
// An error naming segment tag and element (0 = the tag itself), with a position when known.
core::error field_error(core::errc code, std::string_view tag, std::size_t element, std::string message,
                        const core::position* where);

}  // namespace claimloop::syntax::detail
