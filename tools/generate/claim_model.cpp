#include "generate/claim_model.hpp"

#include <array>

#include <fmt/format.h>

namespace claimloop::generate {

namespace {

// Stream salts: each kind of draw has its own stream so adding one never shifts another.
constexpr std::uint64_t BLOCK_STREAM = 0xB10C;
constexpr std::uint64_t CLAIM_STREAM = 0xC1A1;
constexpr std::uint64_t PARTNER_STREAM = 0x7A27;

person draw_person(rng& r, std::int64_t oldest, std::int64_t youngest) {
  person p;
  p.last = make_last_name(r);
  p.first = make_first_name(r);
  p.member_id = make_member_id(r);
  p.birth_date = date_string(-r.between(youngest * 365, oldest * 365));
  p.gender = r.percent(50) ? 'F' : 'M';
  p.addr = make_address(r);
  return p;
}

}  // namespace

std::int64_t claim_model::creation_day() const noexcept { return 366 + static_cast<std::int64_t>(seed_ % 28); }

provider claim_model::draw_provider(rng& r, bool organisation) const {
  provider p;
  p.name = organisation ? make_org_name(r, kind_ == claim_kind::institutional ? "HOSPITAL" : "CLINIC")
                        : make_last_name(r);
  if (!organisation) p.first = make_first_name(r);
  p.npi = make_npi(r);
  p.tax_id = make_digits(r, 9);
  p.taxonomy = make_taxonomy(r, kind_ == claim_kind::dental);
  p.addr = make_address(r);
  return p;
}

trading_partners claim_model::partners() const {
  rng r(mix(seed_, PARTNER_STREAM));
  trading_partners t;
  t.submitter_name = make_org_name(r, "BILLING SERVICE");
  t.submitter_id = "S" + make_digits(r, 8);
  t.contact_name = make_first_name(r) + " " + make_last_name(r);
  t.contact_phone = "555" + make_digits(r, 7);
  t.receiver_name = make_org_name(r, "CLEARINGHOUSE");
  t.receiver_id = "R" + make_digits(r, 8);
  return t;
}

provider_block claim_model::block(std::uint64_t number) const {
  rng r(mix(mix(seed_, BLOCK_STREAM + static_cast<std::uint64_t>(kind_)), number));
  provider_block b;
  b.number = number;
  b.billing = draw_provider(r, true);
  b.plan.name = make_org_name(r, "HEALTH PLAN");
  b.plan.id = make_digits(r, 5);
  b.plan.addr = make_address(r);
  return b;
}

claim claim_model::draw(std::uint64_t index) const {
  rng r(mix(mix(seed_, CLAIM_STREAM + static_cast<std::uint64_t>(kind_)), index));
  claim c;
  c.index = index;
  c.patient_control_number = fmt::format("PCN{}{:07}", make_digits(r, 3), index);
  c.subscriber = draw_person(r, 80, 19);
  if (r.percent(30)) {
    const bool child = r.percent(70);
    c.patient = child ? draw_person(r, 17, 1) : draw_person(r, 80, 19);
    c.patient->last = c.subscriber.last;
    c.patient->addr = c.subscriber.addr;
    c.relationship = child ? "19" : "01";
  }
  c.group_number = "GRP" + make_digits(r, 6);
  c.rendering = draw_provider(r, false);

  const std::int64_t first_day = r.between(0, 330);
  std::int64_t last_day = first_day;
  switch (kind_) {
    case claim_kind::professional:
      c.facility_code = r.percent(80) ? "11" : std::string(r.pick(std::array<std::string_view, 3>{"22", "23", "02"}));
      break;
    case claim_kind::dental:
      c.facility_code = "11";
      break;
    case claim_kind::institutional:
      c.inpatient = r.percent(25);
      c.facility_code = c.inpatient ? "11" : "13";
      c.facility_qualifier = 'A';
      if (c.inpatient) last_day = first_day + r.between(1, 6);
      break;
  }
  c.statement_from = date_string(first_day);
  c.statement_to = date_string(last_day);
  if (c.inpatient) c.admission = c.statement_from;

  if (kind_ != claim_kind::dental) {
    const auto n = r.between(1, 4);
    for (std::int64_t i = 0; i < n; ++i) c.diagnoses.push_back(make_icd10(r));
  }
  draw_lines(r, c);
  for (const auto& l : c.lines) c.total_cents += l.charge_cents;
  return c;
}

void claim_model::draw_lines(rng& r, claim& c) const {
  const auto n = r.percent(60) ? r.between(1, 2) : r.between(3, 8);
  for (std::int64_t i = 0; i < n; ++i) {
    service_line l;
    l.qualifier = kind_ == claim_kind::dental ? "AD" : "HC";
    l.procedure = kind_ == claim_kind::dental ? make_cdt(r) : make_cpt(r);
    if (kind_ != claim_kind::dental && r.percent(25)) {
      l.modifiers.push_back(make_modifier(r));
      if (r.percent(20)) l.modifiers.push_back(make_modifier(r));
    }
    if (kind_ == claim_kind::institutional) l.revenue_code = make_revenue_code(r);
    if (kind_ == claim_kind::dental && r.percent(60)) l.tooth = make_tooth(r);
    l.unit_cents = r.between(15, 2500) * 100 + (r.percent(50) ? r.between(0, 99) : 0);
    l.units = r.percent(80) ? 1 : static_cast<int>(r.between(2, 4));
    l.charge_cents = l.unit_cents * l.units;
    // Inpatient lines spread over the stay; everything else on the first day.
    l.date = c.inpatient && r.percent(50) ? c.statement_to : c.statement_from;
    l.control_number = fmt::format("L{:08}{:02}", c.index, i + 1);
    if (!c.diagnoses.empty()) {
      l.diagnosis_pointers.push_back(1);
      if (c.diagnoses.size() > 1 && r.percent(40)) l.diagnosis_pointers.push_back(static_cast<int>(r.between(2, static_cast<std::int64_t>(c.diagnoses.size()))));
    }
    c.lines.push_back(std::move(l));
  }
}

}  // namespace claimloop::generate
