#include "core/error.hpp"

#include <fmt/format.h>

namespace claimloop::core {

std::string_view describe(errc code) noexcept {
  switch (code) {
    case errc::none: return "no error";
    case errc::io_error: return "the file could not be opened or read";
    case errc::not_x12: return "not an X12 interchange (no ISA header)";
    case errc::bad_isa: return "malformed ISA interchange header";
    case errc::truncated: return "the input ends inside a segment";
    case errc::delimiter_in_data: return "an element value contains a delimiter";
    case errc::invalid_value: return "a value does not match its data type";
    case errc::invalid_argument: return "invalid argument";
    case errc::bad_guide: return "the implementation guide is invalid";
    case errc::unknown_guide: return "no implementation guide for this transaction set version";
  }
  return "unknown error";
}

std::string error::to_string() const {
  std::string out = file.empty() ? std::string("<input>") : file;
  out += fmt::format(":{}:", where.line);
  if (where.segment_number != 0) out += fmt::format(" segment {}", where.segment_number);
  out += fmt::format(" (offset {})", where.offset);
  if (!segment.empty()) {
    out += ' ';
    out += segment;
    if (element > 0) out += fmt::format("{:02}", element);
  }
  out += ": ";
  out += message.empty() ? std::string(describe(code)) : message;
  return out;
}

}  // namespace claimloop::core
