#include "validate/validate.hpp"

#include <algorithm>

#include "validate/code_set_checks.hpp"
#include "validate/usage_checker.hpp"

namespace claimloop::validate {

std::size_t validation::error_count() const noexcept {
  return static_cast<std::size_t>(std::count_if(findings.begin(), findings.end(), [](const core::finding& f) { return f.is_error(); }));
}

tree::loop_tree set_validator::validate(const syntax::segment_list& segments, const tree::set_context& context,
                                        std::vector<core::finding>& sink, const codes::code_tables* tables) {
  tree::loop_tree t = builder_.build(segments, context, sink);
  reporter out(context, sink);
  usage_checker checker(guide_, plan_, out);
  tree::walk(t, checker);
  if (tables != nullptr) {
    code_set_checker codes(*tables, out);
    tree::walk(t, codes);
  }
  return t;
}

validation validate_set(const syntax::segment_list& segments, const schema::guide& guide, const tree::set_context& context,
                        const codes::code_tables* tables) {
  validation v;
  set_validator validator(guide);
  v.tree = validator.validate(segments, context, v.findings, tables);
  return v;
}

}  // namespace claimloop::validate
