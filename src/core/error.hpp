#pragma once
// Errors for bad input or a broken environment: returned, never thrown across modules.
#include <string>
#include <string_view>

#include "core/position.hpp"

namespace claimloop::core {

// Documented error codes; describe() gives each its meaning.
enum class errc {
  none = 0,
  io_error,           // the file could not be opened or read
  not_x12,            // no ISA header where an interchange must start
  bad_isa,            // the ISA header is malformed (wrong field count, bad delimiters)
  truncated,          // the input ended inside a segment
  delimiter_in_data,  // writing: an element value contains one of the delimiters
  invalid_value,      // a typed value (number, date, time) does not parse
  invalid_argument,   // a caller passed something the function cannot use
  bad_guide,          // an implementation guide (grammars/*.xml) breaks its XSD or its references
  unknown_guide,      // no loaded guide for this transaction set and version
};

std::string_view describe(errc code) noexcept;

struct error {
  errc code = errc::none;
  std::string file;      // file name as given by the caller ("-" for standard input)
  position where{};      // where in the file, when known
  std::string segment;   // segment id when known ("ISA", "CLM")
  int element = 0;       // element position when known (1-based, 0 = whole segment)
  std::string message;   // what was expected and what was found

  // "file:line: segment 12 (offset 3456) ISA16: message"
  std::string to_string() const;
};

// An invalid_value error with only a message: for values checked away from any file position.
inline error invalid_value(std::string message) {
  error e;
  e.code = errc::invalid_value;
  e.message = std::move(message);
  return e;
}

}  // namespace claimloop::core
