#include "rules/detail/finding_builder.hpp"

namespace claimloop::rules::detail {

void finding_sink::add(core::severity level, place at, std::string value, std::string message) {
  core::finding f = context_.finding(4);
  f.level = level;
  f.loop = at.loop;
  f.segment = at.segment;
  f.element = at.element;
  f.component = at.component;
  f.value = std::move(value);
  f.message = std::move(message);
  out_.push_back(std::move(f));
}

}  // namespace claimloop::rules::detail
