#include "cli/json_segments.hpp"

namespace claimloop::cli {
namespace {

boost::json::value components_json(const syntax::segment_view& s, std::string_view value, std::size_t n) {
  if (syntax::is_binary_element(s.tag(), n) || s.tag() == "ISA" || value.find(s.delims().component) == std::string_view::npos)
    return boost::json::string(value);
  boost::json::array parts;
  for (auto c : syntax::split(value, s.delims().component)) parts.emplace_back(boost::json::string(c));
  return parts;
}

}  // namespace

boost::json::object position_json(const core::position& pos) {
  return {{"offset", pos.offset}, {"line", pos.line}, {"segment", pos.segment_number}, {"index", pos.set_index}};
}

boost::json::object segment_json(const syntax::segment_view& s) {
  boost::json::array elements;
  for (std::size_t n = 1; n <= s.element_count(); ++n) {
    auto reps = s.repetitions(n);
    if (reps.size() == 1) {
      elements.push_back(components_json(s, reps[0], n));
      continue;
    }
    boost::json::array list;
    for (auto r : reps) list.push_back(components_json(s, r, n));
    elements.push_back(boost::json::object{{"repetitions", std::move(list)}});
  }
  return {{"id", s.tag()}, {"position", position_json(s.pos())}, {"elements", std::move(elements)}};
}

boost::json::object finding_json(const core::finding& f) {
  auto optional_number = [](unsigned n) -> boost::json::value {
    if (n == 0) return nullptr;
    return n;
  };
  auto optional_text = [](const std::string& s) -> boost::json::value {
    if (s.empty()) return nullptr;
    return boost::json::string(s);
  };
  return {{"file", f.file},
          {"isa13", optional_text(f.isa13)},
          {"gs06", optional_text(f.gs06)},
          {"st02", optional_text(f.st02)},
          {"snip", f.snip},
          {"loop", optional_text(f.loop)},
          {"segment", optional_text(f.segment)},
          {"segment_position", optional_number(f.where.set_index)},
          {"element", optional_number(f.element)},
          {"component", optional_number(f.component)},
          {"repetition", optional_number(f.repetition)},
          {"ik304", optional_text(f.ik304)},
          {"ik403", optional_text(f.ik403)},
          {"code", optional_text(f.ack_code)},
          {"severity", core::to_string(f.level)},
          {"line", f.where.line},
          {"offset", f.where.offset},
          {"value", optional_text(f.value)},
          {"message", f.message}};
}

}  // namespace claimloop::cli
