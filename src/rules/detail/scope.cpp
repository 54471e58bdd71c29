#include "rules/detail/scope.hpp"

#include <cctype>

namespace claimloop::rules::detail {

namespace {

// Upper case with runs of spaces folded, so "100 Main St" and "100  MAIN ST" compare equal.
std::string folded(std::string_view s) {
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isspace(u)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    out += static_cast<char>(std::toupper(u));
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
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
  return folded(a.address->line_1) == folded(b.address->line_1) &&
         folded(a.address->line_2) == folded(b.address->line_2) && folded(a.city->city) == folded(b.city->city) &&
         folded(a.city->state) == folded(b.city->state) && same_postal_code(a.city->postal_code, b.city->postal_code);
}

std::string id_text(const model::name& n) { return n.id_qualifier.empty() ? n.id : n.id_qualifier + " " + n.id; }

}  // namespace claimloop::rules::detail
