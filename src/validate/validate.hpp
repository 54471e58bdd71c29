#pragma once
// SNIP level 1 (syntax: types, lengths, codes, element usage, syntax rules) and level 2 (guide:
// segment and loop usage, repeats, order, HL hierarchy) for one transaction set. Findings are
// values with their 999 IK304 / IK403 codes; nothing is printed or logged.
#include <vector>

#include "core/finding.hpp"
#include "schema/guide.hpp"
#include "syntax/segment_list.hpp"
#include "tree/builder.hpp"
#include "tree/loop_tree.hpp"
#include "tree/set_context.hpp"
#include "validate/element_plan.hpp"

namespace claimloop::codes {
struct code_tables;
}

namespace claimloop::validate {

// The tree of a set and everything found wrong with it, in segment order per stage.
struct validation {
  tree::loop_tree tree;
  std::vector<core::finding> findings;

  std::size_t error_count() const noexcept;
};

// Validates sets against one guide; reuses its tree builder. One per thread.
class set_validator {
 public:
  explicit set_validator(const schema::guide& guide) : guide_(guide), plan_(guide), builder_(guide) {}

  // Builds the tree of `segments` (which must outlive the result) and appends findings to `sink`;
  // with `tables` (may be null) also runs the SNIP level 5 code-set checks.
  tree::loop_tree validate(const syntax::segment_list& segments, const tree::set_context& context,
                           std::vector<core::finding>& sink, const codes::code_tables* tables = nullptr);

 private:
  const schema::guide& guide_;
  guide_plan plan_;  // per use and position, what the element checks need (built once)
  tree::tree_builder builder_;
};

// One-shot: the tree and the findings of one set.
validation validate_set(const syntax::segment_list& segments, const schema::guide& guide,
                        const tree::set_context& context, const codes::code_tables* tables = nullptr);

}  // namespace claimloop::validate
