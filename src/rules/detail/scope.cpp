#include "rules/detail/scope.hpp"

#include <cctype>

namespace claimloop::rules::detail {

namespace {

// True when `a` and `b` are equal in upper case with runs of spaces folded and outer spaces
// dropped, so "100 Main St" and "100  MAIN ST" compare equal. Compared in place: this runs for
// several parties of every claim, and folding copies allocated for each longer line.
bool same_folded(std::string_view a, std::string_view b) {
  auto is_space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  auto upper = [](char c) { return static_cast<char>(std::toupper(static_cast<unsigned char>(c))); };
  std::size_t i = 0, j = 0;
  for (;;) {
    // a run of spaces counts as one space, and only between two other characters
    const std::size_t i0 = i, j0 = j;
    while (i < a.size() && is_space(a[i])) ++i;
    while (j < b.size() && is_space(b[j])) ++j;
    const bool end_a = i == a.size(), end_b = j == b.size();
    if (end_a || end_b) return end_a && end_b;
    const bool gap_a = i != i0 && i0 != 0, gap_b = j != j0 && j0 != 0;
    if (gap_a != gap_b || upper(a[i]) != upper(b[j])) return false;
    ++i;
    ++j;
  }
}

// ZIP+4 and ZIP name the same place when their first five digits agree.
bool same_postal_code(std::string_view a, std::string_view b) {
  if (a.size() >= 5 && b.size() >= 5) return a.substr(0, 5) == b.substr(0, 5);
  return a == b;
}

}  // namespace

claim_kind kind_of(const x837::claim_set& set) noexcept {
  const std::string_view st03 = set.implementation;
  if (st03.find("X223") != std::string_view::npos) return claim_kind::institutional;
  if (st03.find("X224") != std::string_view::npos) return claim_kind::dental;
  if (st03.find("X222") != std::string_view::npos) return claim_kind::professional;
  for (const auto& b : set.providers)
    for (const auto& s : b.subscribers) {
      const x837::claim* c = !s.claims.empty() ? &s.claims.front()
                             : !s.patients.empty() && !s.patients.front().claims.empty()
                                 ? &s.patients.front().claims.front()
                                 : nullptr;
      if (c == nullptr || c->lines.empty()) continue;
      const auto& tag = c->lines.front().svc.tag;
      if (tag == "SV2") return claim_kind::institutional;
      if (tag == "SV3") return claim_kind::dental;
      return claim_kind::professional;
    }
  return claim_kind::professional;
}

std::string claim_label(const x837::claim& c) { return "claim " + c.info.patient_control_number; }

std::string line_label(const x837::claim& c, const x837::service_line& l) {
  return claim_label(c) + " line " + l.number;
}

const model::party* party_with(std::span<const model::party> parties, std::string_view entity_code) noexcept {
  for (const auto& p : parties)
    if (p.who.entity_code == entity_code) return &p;
  return nullptr;
}

bool same_id(const model::name& a, const model::name& b) noexcept {
  return !a.id.empty() && a.id == b.id && a.id_qualifier == b.id_qualifier;
}

bool same_address(const model::party& a, const model::party& b) {
  if (!a.address || !b.address || !a.city || !b.city) return false;
  return same_folded(a.address->line_1, b.address->line_1) && same_folded(a.address->line_2, b.address->line_2) &&
         same_folded(a.city->city, b.city->city) && same_folded(a.city->state, b.city->state) &&
         same_postal_code(a.city->postal_code, b.city->postal_code);
}

std::string id_text(const model::name& n) { return n.id_qualifier.empty() ? n.id : n.id_qualifier + " " + n.id; }

}  // namespace claimloop::rules::detail
