#include "x837/model.hpp"

namespace claimloop::x837 {

diagnosis_role role_of(std::string_view q) noexcept {
  if (q == "ABK" || q == "BK") return diagnosis_role::principal;
  if (q == "ABJ" || q == "BJ") return diagnosis_role::admitting;
  if (q == "ABF" || q == "BF") return diagnosis_role::other;
  if (q == "APR" || q == "PR") return diagnosis_role::reason_for_visit;
  if (q == "ABN" || q == "BN") return diagnosis_role::external_cause;
  return diagnosis_role::none;
}

std::string_view to_string(diagnosis_role r) noexcept {
  switch (r) {
    case diagnosis_role::principal: return "principal";
    case diagnosis_role::admitting: return "admitting";
    case diagnosis_role::other: return "other";
    case diagnosis_role::reason_for_visit: return "reason_for_visit";
    case diagnosis_role::external_cause: return "external_cause";
    case diagnosis_role::none: return "none";
  }
  return "none";
}

std::vector<std::string> service::pointers() const {
  std::vector<std::string> out;
  for (const auto* p : {&pointer_1, &pointer_2, &pointer_3, &pointer_4})
    if (!p->empty()) out.push_back(*p);
  return out;
}

std::vector<std::string> service::modifiers() const {
  std::vector<std::string> out;
  for (const auto* m : {&modifier_1, &modifier_2, &modifier_3, &modifier_4})
    if (!m->empty()) out.push_back(*m);
  return out;
}

std::string claim::type_of_bill() const {
  if (info.facility_qualifier != "A") return {};
  return info.facility_code + info.frequency_code;
}

std::vector<std::pair<diagnosis_role, std::string>> claim::diagnoses() const {
  std::vector<std::pair<diagnosis_role, std::string>> out;
  for (const auto& hi : codes)
    for (const auto& c : hi.codes)
      if (auto r = role_of(c.qualifier); r != diagnosis_role::none) out.emplace_back(r, c.code);
  return out;
}

core::money claim::line_charge_total() const {
  core::money total;
  for (const auto& l : lines) {
    if (!l.svc.charge) continue;
    if (auto m = l.svc.charge->to_money(); m) {
      if (auto t = total.plus(*m); t) total = *t;
    }
  }
  return total;
}

std::size_t claim_set::claim_count() const noexcept {
  std::size_t n = 0;
  for (const auto& b : providers)
    for (const auto& s : b.subscribers) {
      n += s.claims.size();
      for (const auto& p : s.patients) n += p.claims.size();
    }
  return n;
}

std::string_view claim_record::billing_npi() const noexcept {
  const auto* p = model::find_party(billing.parties, "2010AA");
  return p ? std::string_view(p->who.id) : std::string_view{};
}

std::string_view claim_record::payer_id() const noexcept {
  const auto* p = model::find_party(insured.parties, "2010BB");
  return p ? std::string_view(p->who.id) : std::string_view{};
}

const party* claim_record::patient_party() const noexcept {
  if (dependent) return model::find_party(dependent->parties, "2010CA");
  return model::find_party(insured.parties, "2010BA");
}

}  // namespace claimloop::x837
