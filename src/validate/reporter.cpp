#include "validate/reporter.hpp"

#include <fmt/format.h>

namespace claimloop::validate {

core::finding& reporter::base(const segment_ref& at, core::snip_level snip) {
  core::finding& f = out_.emplace_back(context_.finding(snip));
  f.loop = std::string(at.loop);
  f.segment = std::string(at.s->tag());
  f.where = at.s->pos();
  if (f.where.set_index == 0) f.where.set_index = at.index + 1;  // lists built by hand carry no set index
  return f;
}

core::finding& reporter::segment_error(const segment_ref& at, core::snip_level snip, std::string_view ik304,
                                       std::string message, std::string_view segment) {
  core::finding& f = base(at, snip);
  if (!segment.empty()) f.segment = std::string(segment);
  f.ik304 = std::string(ik304);
  f.value = f.segment;
  f.message = std::move(message);
  return f;
}

core::finding& reporter::element_error(const segment_ref& at, core::snip_level snip, std::string_view ik403,
                                       std::uint8_t element, std::uint8_t component, std::uint16_t repetition,
                                       std::string_view value, std::string message) {
  core::finding& f = base(at, snip);
  f.element = element;
  f.component = component;
  f.repetition = repetition;
  f.ik403 = std::string(ik403);
  f.value = std::string(value);
  f.message = std::move(message);
  return f;
}

std::string element_label(std::string_view segment, std::size_t element, std::size_t component) {
  if (component == 0) return fmt::format("{}{:02}", segment, element);
  return fmt::format("{}{:02}-{}", segment, element, component);
}

}  // namespace claimloop::validate
