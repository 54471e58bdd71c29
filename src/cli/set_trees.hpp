#pragma once
// Loop trees for the sets of a file, for printing: the guide is chosen per set (GS08/ST03 and
// content), one tree builder kept per guide. Sets with no guide (004010, unknown) get no tree.
#include <map>
#include <memory>
#include <optional>

#include "envelope/interchange_reader.hpp"
#include "schema/registry.hpp"
#include "tree/builder.hpp"
#include "tree/loop_tree.hpp"

namespace claimloop::cli {

class set_trees {
 public:
  // `guides` may be null: then no set gets a tree.
  explicit set_trees(const schema::guide_registry* guides) : guides_(guides) {}
  // The tree of a transaction-set unit (which must outlive it), or nothing.
  std::optional<tree::loop_tree> build(const envelope::unit& set, const std::string& file);

 private:
  const schema::guide_registry* guides_;
  std::map<const schema::guide*, std::unique_ptr<tree::tree_builder>> builders_;
};

}  // namespace claimloop::cli
