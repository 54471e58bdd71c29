#pragma once
// A validated XML file as a small element tree. Xerces-C does the parsing and XSD validation in
// xml_document.cpp; this header stays free of Xerces so the model builders never see it.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.hpp"

namespace claimloop::schema::detail {

// One element: name, attributes (XSD defaults included), child elements, and where its start
// tag ends (Xerces reports the position after the tag's '>').
struct xml_node {
  std::string name;
  std::vector<std::pair<std::string, std::string>> attributes;
  std::vector<xml_node> children;
  std::uint32_t line = 0;
  std::uint32_t column = 0;

  // The attribute's value, or "" when absent.
  std::string_view attr(std::string_view key) const noexcept;
  bool has_attr(std::string_view key) const noexcept;
};

// Reads `file`, validates it against the XSD at `xsd` (ignoring any xsi:schemaLocation hint in
// the file) and returns its root element. Errors carry the file, line and column.
core::result<xml_node> parse_validated(const std::filesystem::path& file, const std::filesystem::path& xsd);

// The name of the root element, read cheaply from the text (no validation), or "" if none.
std::string root_element_name(std::string_view text);

// A bad_guide error at a node: "line L column C: message", where.line = L.
core::error node_error(const std::filesystem::path& file, const xml_node& node, std::string message);

}  // namespace claimloop::schema::detail
