#include "reconcile/matcher.hpp"

#include <algorithm>

namespace claimloop::reconcile {
namespace {

// Keeps the candidates passing `keep`, when at least one does.
void narrow(std::vector<const billed_claim*>& c, const std::function<bool(const billed_claim&)>& keep) {
  std::vector<const billed_claim*> kept;
  for (const auto* b : c)
    if (keep(*b)) kept.push_back(b);
  if (!kept.empty()) c = std::move(kept);
}

core::money abs_money(const model::number& n) {
  if (!n) return {};
  auto m = n->to_money();
  if (!m) return {};
  return core::money{m->cents < 0 ? -m->cents : m->cents};
}

std::string first_date(const std::vector<model::date_value>& dates, std::initializer_list<std::string_view> qualifiers) {
  for (auto q : qualifiers)
    for (const auto& d : dates)
      if (d.qualifier == q && !d.period.empty()) return d.period;
  return {};
}

remit_procedure adjudicated(const x835::service_payment& s) {
  remit_procedure p{s.procedure_qualifier, s.procedure_code, {}, s.units.value_or(core::decimal(1)), s.revenue_code};
  for (const auto* m : {&s.modifier_1, &s.modifier_2, &s.modifier_3, &s.modifier_4})
    if (!m->empty()) p.modifiers.push_back(*m);
  // SVC07 (original units) is what was billed; SVC05 what was paid.
  if (s.original_units) p.units = *s.original_units;
  return p;
}

remit_procedure submitted(const x835::service_payment& s) {
  remit_procedure p{s.original_qualifier, s.original_code, {}, s.original_units.value_or(s.units.value_or(core::decimal(1))),
                    s.revenue_code};
  for (const auto* m : {&s.original_modifier_1, &s.original_modifier_2, &s.original_modifier_3, &s.original_modifier_4})
    if (!m->empty()) p.modifiers.push_back(*m);
  return p;
}

bool same_code(const remit_procedure& p, const billed_line& b) {
  // NU: the 835 names only the revenue code of an institutional line.
  if (p.qualifier == "NU") return p.code == b.revenue_code;
  if (p.code == b.code) return true;
  return b.code.empty() && !b.revenue_code.empty() && p.code == b.revenue_code;
}

bool same_modifiers(const remit_procedure& p, const billed_line& b) {
  if (p.modifiers.size() != b.modifiers.size()) return false;
  return std::equal(p.modifiers.begin(), p.modifiers.end(), b.modifiers.begin());
}

bool same_date(std::string_view date, const billed_line& b) {
  if (date.empty() || b.date_from.empty()) return true;  // nothing to compare
  const std::string_view from = date.substr(0, std::min<std::size_t>(8, date.size()));
  return from >= b.date_from && from <= (b.date_to.empty() ? b.date_from : b.date_to);
}

bool same_units(const remit_procedure& p, const billed_line& b) {
  const core::decimal billed_units = b.units == core::decimal{} ? core::decimal(1) : b.units;
  return p.units == billed_units;
}

// Tiers from strict to loose; each returns whether billed line `b` fits remit line `p`.
using tier = bool (*)(const remit_procedure&, std::string_view, const billed_line&);
constexpr tier TIERS[] = {
    [](const remit_procedure& p, std::string_view d, const billed_line& b) {
      return same_code(p, b) && same_modifiers(p, b) && same_date(d, b) && same_units(p, b);
    },
    [](const remit_procedure& p, std::string_view d, const billed_line& b) {
      return same_code(p, b) && same_date(d, b) && same_units(p, b);
    },
    [](const remit_procedure& p, std::string_view d, const billed_line& b) {
      return same_code(p, b) && same_modifiers(p, b) && same_date(d, b);
    },
    [](const remit_procedure& p, std::string_view d, const billed_line& b) { return same_code(p, b) && same_date(d, b); },
    [](const remit_procedure& p, std::string_view, const billed_line& b) { return same_code(p, b); },
};

int find_line(const remit_procedure& p, std::string_view date, const billed_claim& billed, const std::vector<bool>& paired) {
  for (bool allow_paired : {false, true})
    for (auto fits : TIERS)
      for (std::size_t i = 0; i < billed.lines.size(); ++i)
        if ((allow_paired || !paired[i]) && fits(p, date, billed.lines[i])) return static_cast<int>(i);
  return -1;
}

}  // namespace

std::string service_date(const x835::remit_line& line, const x835::remit_claim& claim) {
  auto d = first_date(line.dates, {"472", "150"});
  if (d.empty()) d = first_date(claim.dates, {"232"});
  return d;
}

remit_claim_facts facts_of(const x835::remit_claim& claim) {
  remit_claim_facts f;
  f.payer_claim_number = claim.clp.payer_claim_number;
  f.original_reference = std::string(model::find_reference(claim.references, "F8"));
  f.charge = abs_money(claim.clp.billed);
  f.statement_from = first_date(claim.dates, {"232"});
  f.lines.reserve(claim.lines.size());
  for (const auto& line : claim.lines) {
    remit_line_facts l;
    l.control_number = std::string(line.control_number());
    l.recoded = !line.svc.original_code.empty();
    l.procedure = l.recoded ? submitted(line.svc) : adjudicated(line.svc);
    l.service_date = service_date(line, claim);
    f.lines.push_back(std::move(l));
  }
  return f;
}

const billed_claim* choose_claim(std::span<const billed_claim> candidates, const remit_claim_facts& claim,
                                 const remit_parties& parties, const std::function<bool(const billed_claim&)>& preferred) {
  if (candidates.empty()) return nullptr;
  std::vector<const billed_claim*> c;
  for (const auto& b : candidates) c.push_back(&b);
  const std::string& clp07 = claim.payer_claim_number;
  const std::string& original = claim.original_reference;
  if (!clp07.empty())
    narrow(c, [&](const billed_claim& b) { return b.original_reference != clp07; });
  if (!original.empty()) narrow(c, [&](const billed_claim& b) { return b.original_reference == original; });
  narrow(c, [&](const billed_claim& b) {
    return std::find(parties.payer_ids.begin(), parties.payer_ids.end(), b.payer_id) != parties.payer_ids.end();
  });
  if (!parties.payee_id.empty()) narrow(c, [&](const billed_claim& b) { return b.billing_npi == parties.payee_id; });
  narrow(c, [&](const billed_claim& b) { return b.charge == claim.charge; });
  const std::string& from = claim.statement_from;
  if (!from.empty())
    narrow(c, [&](const billed_claim& b) { return b.date_from.empty() || (from >= b.date_from && from <= b.date_to); });
  if (preferred && c.size() > 1) narrow(c, preferred);
  return c.back();
}

std::vector<line_link> match_lines(const remit_claim_facts& claim, const billed_claim& billed) {
  std::vector<line_link> links(claim.lines.size());
  std::vector<bool> paired(billed.lines.size(), false);
  // REF*6R first, so procedure matching never takes a line another remittance line names.
  for (std::size_t i = 0; i < claim.lines.size(); ++i) {
    const std::string& control = claim.lines[i].control_number;
    if (control.empty()) continue;
    for (std::size_t j = 0; j < billed.lines.size(); ++j)
      if (billed.lines[j].control_number == control) {
        links[i] = {static_cast<int>(j), match_method::control_number};
        paired[j] = true;
        break;
      }
  }
  for (std::size_t i = 0; i < claim.lines.size(); ++i) {
    if (links[i].billed_index >= 0) continue;
    const auto& line = claim.lines[i];
    const int j = find_line(line.procedure, line.service_date, billed, paired);
    if (j < 0) continue;
    links[i] = {j, line.recoded ? match_method::original_procedure : match_method::procedure};
    paired[static_cast<std::size_t>(j)] = true;
  }
  return links;
}

}  // namespace claimloop::reconcile
