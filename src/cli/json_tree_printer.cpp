#include "cli/json_tree_printer.hpp"

#include <boost/json.hpp>

#include "cli/json_segments.hpp"

namespace claimloop::cli {

void json_tree_printer::separator() {
  if (!first_.back()) out_ << ',';
  first_.back() = false;
}

void json_tree_printer::segment(const syntax::segment_view& s) { out_ << boost::json::serialize(segment_json(s)); }

void json_tree_printer::begin_file(const std::string& name) {
  out_ << "{\"file\":" << boost::json::serialize(boost::json::string(name)) << ",\"interchanges\":[";
  depth_ = file_level;
  first_.assign(1, true);
}

void json_tree_printer::open_interchange(const syntax::segment_view* isa) {
  separator();
  out_ << "{\"header\":";
  if (isa) segment(*isa); else out_ << "null";
  out_ << ",\"groups\":[";
  first_.push_back(true);
  depth_ = interchange_level;
}

void json_tree_printer::open_group(const syntax::segment_view* gs) {
  separator();
  out_ << "{\"header\":";
  if (gs) segment(*gs); else out_ << "null";
  out_ << ",\"sets\":[";
  first_.push_back(true);
  depth_ = group_level;
}

void json_tree_printer::open_set(bool stray) {
  separator();
  out_ << "{\"stray\":" << (stray ? "true" : "false") << ",\"segments\":[";
  first_.push_back(true);
  depth_ = set_level;
}

// Closes open containers down to `target`; the trailer (GE or IEA) closes the last one.
void json_tree_printer::close_to(level target, const syntax::segment_view* trailer) {
  while (depth_ > target) {
    first_.pop_back();
    if (depth_ == set_level) {
      out_ << "]}";
    } else {
      out_ << "],\"trailer\":";
      const bool this_trailer = trailer && depth_ == target + 1;
      if (this_trailer) segment(*trailer); else out_ << "null";
      out_ << '}';
    }
    depth_ = static_cast<level>(depth_ - 1);
  }
}

void json_tree_printer::add(const syntax::segment_view& s) {
  const auto tag = s.tag();
  if (tag == "ISA") {
    close_to(file_level, nullptr);
    open_interchange(&s);
  } else if (tag == "GS") {
    close_to(interchange_level, nullptr);
    if (depth_ < interchange_level) open_interchange(nullptr);
    open_group(&s);
  } else if (tag == "IEA") {
    close_to(interchange_level, nullptr);
    if (depth_ < interchange_level) open_interchange(nullptr);
    close_to(file_level, &s);
  } else if (tag == "GE") {
    close_to(group_level, nullptr);
    if (depth_ < interchange_level) open_interchange(nullptr);
    if (depth_ < group_level) open_group(nullptr);
    close_to(interchange_level, &s);
  } else {
    if (tag == "ST") close_to(group_level, nullptr);
    if (depth_ < interchange_level) open_interchange(nullptr);
    if (depth_ < group_level) open_group(nullptr);
    if (depth_ < set_level) open_set(tag != "ST");
    separator();
    segment(s);
    if (tag == "SE") close_to(group_level, nullptr);
  }
}

void json_tree_printer::end_file(const std::vector<syntax::reader_notice>& notices, const std::string& error) {
  close_to(file_level, nullptr);
  out_ << "],\"notices\":[";
  bool first = true;
  for (const auto& n : notices) {
    if (!first) out_ << ',';
    first = false;
    boost::json::object o{{"message", n.message}, {"position", position_json(n.where)}};
    out_ << boost::json::serialize(o);
  }
  out_ << "],\"error\":";
  if (error.empty()) out_ << "null"; else out_ << boost::json::serialize(boost::json::string(error));
  out_ << '}';
}

}  // namespace claimloop::cli
