#include "reconcile/results.hpp"

namespace claimloop::reconcile {

std::string_view to_string(match_method m) noexcept {
  switch (m) {
    case match_method::control_number: return "6R";
    case match_method::procedure: return "procedure";
    case match_method::original_procedure: return "svc06";
    case match_method::claim: return "claim";
    case match_method::unmatched: return "unmatched";
  }
  return "unmatched";
}

core::money deposit_result::difference() const noexcept {
  return core::money{amount.cents - (claims_paid.cents - provider_adjustments.cents)};
}

bool deposit_result::balanced() const noexcept { return difference().cents == 0; }

}  // namespace claimloop::reconcile
