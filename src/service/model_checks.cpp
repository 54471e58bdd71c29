#include "service/model_checks.hpp"

#include <fmt/format.h>

#include <span>
#include <string>

#include "balance/balance.hpp"
#include "rules/rules.hpp"
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
  core::finding f = context.finding(3);
  f.level = core::severity::warning;
  f.segment = "ST";
  f.where = tree.segments().front().pos();
  f.message = fmt::format("balancing and situational rules not checked: the set does not map to its model ({})",
                          why.to_string());
  return f;
}

// True when `message` names `label` as a whole word ("claim A37" in "claim A37: ..." but not in
// "claim A371: ...").
bool names(std::string_view message, std::string_view label) {
  for (auto at = message.find(label); at != std::string_view::npos; at = message.find(label, at + 1)) {
    const auto end = at + label.size();
    if (end == message.size() || std::string_view(" :,;)").find(message[end]) != std::string_view::npos) return true;
  }
  return false;
}

// Rules findings carry no position; their messages name the claim ("claim PCN1", the balance and
// rules modules' label) or the HL ("subscriber HL 2"). The finding is pointed at that claim's
// CLM / CLP or that HL segment, so it reads with a line number and reaches the right claims in
// a 277CA; one that names neither stays without a position (the whole set).
void place_by_label(core::finding& f, const tree::loop_tree& tree, std::span<const std::uint32_t> claims) {
  if (f.where.set_index != 0) return;
  for (auto trigger : claims) {
    const auto s = tree.segments()[trigger];
    if (!s.element(1).empty() && names(f.message, "claim " + std::string(s.element(1)))) {
      f.where = s.pos();
      return;
    }
  }
  const auto hl = f.message.find("HL ");
  if (hl == std::string::npos) return;
  const auto begin = hl + 3;
  const auto end = f.message.find_first_of(" :,;)", begin);
  const auto node = tree.find_hl(std::string_view(f.message).substr(begin, end == std::string::npos ? end : end - begin));
  if (node != tree::NONE) f.where = tree.segments()[tree.loops()[node].trigger].pos();
}

template <class Set>
void check_situational(const Set& set, const tree::loop_tree& tree, std::string_view claim_loop,
                       const tree::set_context& context, std::vector<core::finding>& out) {
  const auto claims = loop_triggers(tree, claim_loop);
  for (auto& f : rules::check_situational(set, context)) {
    place_by_label(f, tree, claims);
    out.push_back(std::move(f));
  }
}

// Everything that reads an 837 model: SNIP 3 balancing, then SNIP 4 situational rules.
void check_claim_set(const x837::claim_set& set, const tree::loop_tree& tree, const tree::set_context& context,
                     const model_levels& levels, std::vector<core::finding>& out) {
  if (levels.balancing) check_claims(set, tree, "2300", context, out);
  if (levels.situational) check_situational(set, tree, "2300", context, out);
}

// Everything that reads an 835 model, in the same order.
void check_remittance(const x835::remittance& set, const tree::loop_tree& tree, const tree::set_context& context,
                      const model_levels& levels, std::vector<core::finding>& out) {
  if (levels.balancing) {
    check_claims(set, tree, "2100", context, out);
    check_payment(set, tree, context, out);
  }
  if (levels.situational) check_situational(set, tree, "2100", context, out);
}

}  // namespace

bool has_model(std::string_view st01) noexcept { return st01 == "837" || st01 == "835"; }

std::vector<std::uint32_t> loop_triggers(const tree::loop_tree& tree, std::string_view loop) {
  trigger_collector c(loop);
  tree::walk(tree, c);
  return std::move(c.found);
}

void check_model(std::string_view st01, const tree::loop_tree& tree, const tree::set_context& context,
                 const model_levels& levels, std::vector<core::finding>& out, std::optional<x837::claim_set>* keep) {
  const bool checks = levels.balancing || levels.situational;
  if (st01 == "837" && (checks || keep != nullptr)) {
    auto set = x837::map_claim_set(tree, context.file);
    if (!set) {
      if (checks) out.push_back(not_checked(tree, context, set.error()));
      return;
    }
    check_claim_set(*set, tree, context, levels, out);
    if (keep != nullptr) *keep = std::move(*set);
  } else if (st01 == "835" && checks) {
    auto set = x835::map_remittance(tree, context.file);
    if (!set) return out.push_back(not_checked(tree, context, set.error()));
    check_remittance(*set, tree, context, levels, out);
  }
}

}  // namespace claimloop::service
