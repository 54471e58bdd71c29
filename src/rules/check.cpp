// The two entry points: walk an 837 set claim by claim, or an 835 set, through every rule group.
#include "rules/detail/scope.hpp"
#include "rules/rules.hpp"

namespace claimloop::rules {

std::vector<core::finding> check_situational(const x837::claim_set& set, const tree::set_context& context) {
  std::vector<core::finding> out;
  detail::finding_sink sink(context, out);
  const auto kind = detail::kind_of(set);
  detail::check_hierarchy(set, sink);
  auto claims = [&](const x837::billing_provider& b, const x837::subscriber& s, const x837::patient* p,
                    const std::vector<x837::claim>& list) {
    for (const auto& c : list) {
      const detail::claim_scope scope{kind, b, s, p, c};
      detail::check_claim(scope, sink);
      detail::check_claim_providers(scope, sink);
      detail::check_lines(scope, sink);
      detail::check_other_payers(scope, sink);
    }
  };
  for (const auto& b : set.providers)
    for (const auto& s : b.subscribers) {
      claims(b, s, nullptr, s.claims);
      for (const auto& p : s.patients) claims(b, s, &p, p.claims);
    }
  return out;
}

std::vector<core::finding> check_situational(const x835::remittance& set, const tree::set_context& context) {
  std::vector<core::finding> out;
  detail::finding_sink sink(context, out);
  detail::check_payment(set, sink);
  detail::check_remit_claims(set, sink);
  return out;
}

}  // namespace claimloop::rules
