#pragma once
// Streams a file as JSON nested by envelope and loop: interchanges -> groups -> sets -> loops
// (id and name from the guide) -> segments -> elements. One set is serialized at a time, so a
// 1 GB file never becomes one JSON value in memory.
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "envelope/interchange_reader.hpp"
#include "tree/loop_tree.hpp"

namespace claimloop::cli {

class json_unit_printer {
 public:
  explicit json_unit_printer(std::ostream& out) : out_(out) {}
  // {"file": name, "interchanges": [
  void begin_file(const std::string& name);
  // Places a unit: headers open, trailers close, a set goes into the open group with its loop
  // tree when it has one. Stray segments appear in a set marked "stray": true.
  void add(const envelope::unit& u, const std::optional<tree::loop_tree>& tree);
  // ], "findings": [envelope findings], "error": ...}
  void end_file(const std::vector<envelope::finding>& findings, const std::string& error);

 private:
  void open_interchange(const syntax::segment_view* isa);
  void open_group(const syntax::segment_view* gs);
  void close_group(const syntax::segment_view* ge);
  void close_interchange(const syntax::segment_view* iea);
  void item_separator();

  std::ostream& out_;
  bool in_interchange_ = false, in_group_ = false;
  std::vector<bool> first_;  // per open JSON array: nothing written yet
};

}  // namespace claimloop::cli
