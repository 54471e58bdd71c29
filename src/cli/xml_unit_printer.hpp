#pragma once
// Renders a file as the XML document of schemas/x12-document.xsd (Xerces-C DOM, through
// schema::xml_writer): interchanges, groups, sets, loops with their guide ids and names, segments.
// The DOM holds the whole file: meant for files of claims, not for gigabyte batches.
#include <optional>
#include <string>

#include "core/result.hpp"
#include "envelope/interchange_reader.hpp"
#include "schema/xml_writer.hpp"
#include "tree/loop_tree.hpp"

namespace claimloop::cli {

class xml_unit_printer {
 public:
  static core::result<xml_unit_printer> create(const std::string& file_name);
  core::result<void> add(const envelope::unit& u, const std::optional<tree::loop_tree>& tree);
  // Closes what is open and serializes the document.
  core::result<std::string> finish();

 private:
  explicit xml_unit_printer(schema::xml_writer w) : writer_(std::move(w)) {}
  core::result<void> close_group();
  core::result<void> close_interchange();
  core::result<void> add_set(const envelope::unit& u, const std::optional<tree::loop_tree>& tree);

  schema::xml_writer writer_;
  bool in_interchange_ = false, in_group_ = false;
};

}  // namespace claimloop::cli
