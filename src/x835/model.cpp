#include "x835/model.hpp"

namespace claimloop::x835 {

number remit_line::allowed() const {
  for (const auto& a : amounts)
    if (a.qualifier == "B6") return a.value;
  return {};
}

const model::name* remit_claim::name_of(std::string_view entity_code) const noexcept {
  for (const auto& n : names)
    if (n.entity_code == entity_code) return &n;
  return nullptr;
}

std::size_t remittance::claim_count() const noexcept {
  std::size_t n = 0;
  for (const auto& g : groups) n += g.claims.size();
  return n;
}

}  // namespace claimloop::x835
