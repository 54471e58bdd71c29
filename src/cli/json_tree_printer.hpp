#pragma once
// Streams a file's segments as JSON nested by envelope: interchanges -> groups -> sets ->
// segments, one segment at a time, so a 1 GB file never becomes one JSON value in memory.
#include <ostream>
#include <string>
#include <vector>

#include "syntax/segment_reader.hpp"

namespace claimloop::cli {

class json_tree_printer {
 public:
  explicit json_tree_printer(std::ostream& out) : out_(out) {}
  // {"file": name, "interchanges": [
  void begin_file(const std::string& name);
  // Places the segment by its tag: ISA opens an interchange, GS a group, ST a set; SE, GE and
  // IEA close them. A segment outside any set still appears, in a set marked "stray": true.
  void add(const syntax::segment_view& s);
  // ], "notices": [...], "error": ...}
  void end_file(const std::vector<syntax::reader_notice>& notices, const std::string& error);

 private:
  enum level { file_level, interchange_level, group_level, set_level };
  void open_interchange(const syntax::segment_view* isa);
  void open_group(const syntax::segment_view* gs);
  void open_set(bool stray);
  void close_to(level target, const syntax::segment_view* trailer);
  void segment(const syntax::segment_view& s);
  void separator();

  std::ostream& out_;
  level depth_ = file_level;
  std::vector<bool> first_;  // per open JSON array: no element written yet
};

}  // namespace claimloop::cli
