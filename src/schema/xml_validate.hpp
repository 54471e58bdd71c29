#pragma once
// Validates XML text against an XSD with Xerces-C, collecting every problem with its line and
// column. Used to check what xml_writer produces against schemas/x12-document.xsd.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace claimloop::schema {

struct xml_problem {
  std::uint64_t line = 0;
  std::uint64_t column = 0;
  std::string message;  // Xerces' words
};

// The outcome of validating one document: no problems means valid.
struct xml_validation {
  std::vector<xml_problem> problems;
  bool valid() const noexcept { return problems.empty(); }
};

// Validates `xml_text` against the XSD at `xsd` (any xsi:schemaLocation in the text is ignored).
// Returns an error only when the XSD cannot be read or compiled; invalid XML is a value.
core::result<xml_validation> validate_xml(const std::filesystem::path& xsd, std::string_view xml_text);

}  // namespace claimloop::schema
