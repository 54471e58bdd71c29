#include "cli/set_trees.hpp"

namespace claimloop::cli {

std::optional<tree::loop_tree> set_trees::build(const envelope::unit& set, const std::string& file) {
  if (!guides_ || set.segments.empty()) return std::nullopt;
  const auto& c = set.context;
  auto facts = schema::collect_content_facts(set.segments);
  auto chosen = guides_->select({c.gs01, c.gs08, c.st01, c.st03}, &facts);
  if (!chosen || chosen->kind != schema::selection::kind_t::guide) return std::nullopt;
  const schema::guide& g = *chosen->chosen;
  auto& builder = builders_[&g];
  if (!builder) builder = std::make_unique<tree::tree_builder>(g);
  std::vector<core::finding> placement_findings;  // parse shows structure; validate reports these
  return builder->build(set.segments, {file, c.isa13, c.gs06, c.st02}, placement_findings);
}

}  // namespace claimloop::cli
