#pragma once
// SNIP level 2 as a tree visitor: segment max use, loop repeat, required segments and loops,
// Not Used segments and loops, and the HL hierarchy; each segment's elements are handed to
// check_elements (level 1) on the way.
#include <cstdint>
#include <vector>

#include "schema/guide.hpp"
#include "tree/walk.hpp"
#include "validate/detail/fast_values.hpp"
#include "validate/element_plan.hpp"
#include "validate/reporter.hpp"

namespace claimloop::validate {

class usage_checker : public tree::tree_visitor {
 public:
  // `plan` is the guide's plan; it must outlive the checker.
  usage_checker(const schema::guide& guide, const guide_plan& plan, reporter& out);

  void begin_loop(const tree::loop_tree& tree, std::uint32_t node) override;
  void segment(const tree::loop_tree& tree, std::uint32_t index, const syntax::segment_view& s,
               const schema::segment_use* use) override;
  void end_loop(const tree::loop_tree& tree, std::uint32_t node) override;

 private:
  // An open loop instance and where its child-loop counters start in child_counts_.
  struct frame {
    std::uint32_t node;
    std::uint32_t counts_at;
  };
  segment_ref trigger_ref(const tree::loop_tree& tree, std::uint32_t node, const syntax::segment_view& s) const;
  void check_hl(const tree::loop_tree& tree, const segment_ref& at);
  void check_missing(const tree::loop_tree& tree, const frame& f);

  // Uses of `u` in the open instance of its loop.
  std::uint32_t count_of(const schema::segment_use& u) const noexcept {
    return use_epoch_[u.index] == loop_epoch_[u.parent->index] ? use_counts_[u.index] : 0;
  }

  reporter& out_;
  const guide_plan& plan_;
  detail::value_classes classes_;  // for the separators of the segments being checked
  // A loop instance's counters are "reset" by bumping its loop's epoch: a counter whose epoch
  // is older reads as 0. Opening an instance then costs nothing per segment use of its loop.
  std::vector<std::uint32_t> use_counts_;    // segment_use::index -> uses in the open instance
  std::vector<std::uint32_t> use_epoch_;     // segment_use::index -> loop epoch of its count
  std::vector<std::uint32_t> loop_epoch_;    // loop::index -> instances opened so far
  std::vector<std::uint32_t> child_counts_;  // per open frame, one counter per guide child loop
  std::vector<frame> frames_;
};

}  // namespace claimloop::validate
