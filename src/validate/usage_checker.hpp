#pragma once
// SNIP level 2 as a tree visitor: segment max use, loop repeat, required segments and loops,
// Not Used segments and loops, and the HL hierarchy; each segment's elements are handed to
// check_elements (level 1) on the way.
#include <cstdint>
#include <vector>

#include "schema/guide.hpp"
#include "tree/walk.hpp"
#include "validate/reporter.hpp"

namespace claimloop::validate {

class usage_checker : public tree::tree_visitor {
 public:
  usage_checker(const schema::guide& guide, reporter& out);

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

  reporter& out_;
  std::vector<std::uint32_t> use_counts_;    // segment_use::index -> uses in the open instance
  std::vector<std::uint32_t> child_counts_;  // per open frame, one counter per guide child loop
  std::vector<frame> frames_;
};

}  // namespace claimloop::validate
