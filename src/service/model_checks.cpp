#include "service/model_checks.hpp"

#include <fmt/format.h>

#include "balance/balance.hpp"
#include "tree/walk.hpp"
#include "x835/map.hpp"
#include "x837/map.hpp"

namespace claimloop::service {
namespace {

class trigger_collector : public tree::tree_visitor {
 public:
  explicit trigger_collector(std::string_view loop) : loop_(loop) {}
  void begin_loop(const tree::loop_tree& t, std::uint32_t node) override {
    if (node != 0 && t.loop_id(node) == loop_) found.push_back(t.loops()[node].trigger);
  }
  void segment(const tree::loop_tree&, std::uint32_t, const syntax::segment_view&, const schema::segment_use*) override {}
  void end_loop(const tree::loop_tree&, std::uint32_t) override {}

  std::vector<std::uint32_t> found;

 private:
  std::string_view loop_;
};

// The model's claims in mapping order, as pointers.
std::vector<const x837::claim*> claims_of(const x837::claim_set& set) {
  std::vector<const x837::claim*> out;
  for (const auto& b : set.providers)
    for (const auto& s : b.subscribers) {
      for (const auto& c : s.claims) out.push_back(&c);
      for (const auto& p : s.patients)
        for (const auto& c : p.claims) out.push_back(&c);
    }
  return out;
}
std::vector<const x835::remit_claim*> claims_of(const x835::remittance& set) {
  std::vector<const x835::remit_claim*> out;
  for (const auto& g : set.groups)
    for (const auto& c : g.claims) out.push_back(&c);
  return out;
}
std::string_view claim_id(const x837::claim& c) { return c.info.patient_control_number; }
std::string_view claim_id(const x835::remit_claim& c) { return c.clp.patient_control_number; }

// Each claim's findings, pointed at its CLM / CLP segment when the tree's claim loops line up
// with the model's claims (same count, same CLM01 / CLP01); otherwise left without a position.
template <class Set>
void check_claims(const Set& set, const tree::loop_tree& tree, std::string_view claim_loop,
                  const tree::set_context& context, std::vector<core::finding>& out) {
  const auto claims = claims_of(set);
  const auto triggers = loop_triggers(tree, claim_loop);
  bool aligned = claims.size() == triggers.size();
  for (std::size_t i = 0; aligned && i < claims.size(); ++i)
    aligned = tree.segments()[triggers[i]].element(1) == claim_id(*claims[i]);
  for (std::size_t i = 0; i < claims.size(); ++i) {
    auto found = balance::check_balancing(*claims[i], context);
    for (auto& f : found) {
      if (aligned) f.where = tree.segments()[triggers[i]].pos();
      out.push_back(std::move(f));
    }
  }
}

// BPR02 against the claims and PLB: the balance module offers it only with the whole set, so
// the set's claim findings (already reported per claim) are dropped here.
void check_payment(const x835::remittance& set, const tree::loop_tree& tree, const tree::set_context& context,
                   std::vector<core::finding>& out) {
  for (auto& f : balance::check_balancing(set, context)) {
    if (f.segment != "BPR") continue;
    for (const auto& s : tree.segments())
      if (s.is("BPR")) {
        f.where = s.pos();
        break;
      }
    out.push_back(std::move(f));
  }
}

core::finding not_checked(const tree::loop_tree& tree, const tree::set_context& context, const core::error& why) {
  core::finding f;
  f.file = context.file;
  f.isa13 = context.isa13;
  f.gs06 = context.gs06;
  f.st02 = context.st02;
  f.snip = 3;
  f.level = core::severity::warning;
  f.segment = "ST";
  f.where = tree.segments().front().pos();
  f.message = fmt::format("balancing not checked: the set does not map to its model ({})", why.to_string());
  return f;
}

// The checks that read an 837 model. SNIP 4 hook: rules::check_situational(set, context) from
// src/rules (not in the tree yet) is appended here, after balancing.
void check_claim_set(const x837::claim_set& set, const tree::loop_tree& tree, const tree::set_context& context,
                     std::vector<core::finding>& out) {
  check_claims(set, tree, "2300", context, out);
}

// The checks that read an 835 model. SNIP 4 hook: rules::check_situational(set, context) is
// appended here too.
void check_remittance(const x835::remittance& set, const tree::loop_tree& tree, const tree::set_context& context,
                      std::vector<core::finding>& out) {
  check_claims(set, tree, "2100", context, out);
  check_payment(set, tree, context, out);
}

}  // namespace

bool has_model(std::string_view st01) noexcept { return st01 == "837" || st01 == "835"; }

std::vector<std::uint32_t> loop_triggers(const tree::loop_tree& tree, std::string_view loop) {
  trigger_collector c(loop);
  tree::walk(tree, c);
  return std::move(c.found);
}

void check_model(std::string_view st01, const tree::loop_tree& tree, const tree::set_context& context,
                 std::vector<core::finding>& out) {
  if (st01 == "837") {
    auto set = x837::map_claim_set(tree, context.file);
    if (!set) return out.push_back(not_checked(tree, context, set.error()));
    check_claim_set(*set, tree, context, out);
  } else if (st01 == "835") {
    auto set = x835::map_remittance(tree, context.file);
    if (!set) return out.push_back(not_checked(tree, context, set.error()));
    check_remittance(*set, tree, context, out);
  }
}

}  // namespace claimloop::service
