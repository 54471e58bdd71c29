#pragma once
// The error every code-table loader returns for a bad line: file and line, and what is wrong.
#include <cstddef>
#include <string>

#include "core/error.hpp"

namespace claimloop::codes::detail {

inline core::error load_error(const std::string& file, std::size_t line, std::string message) {
  core::error e;
  e.code = core::errc::invalid_value;
  e.file = file;
  e.where.line = line;
  e.message = std::move(message);
  return e;
}

}  // namespace claimloop::codes::detail
