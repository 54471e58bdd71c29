#include "generate/remit_model.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

namespace claimloop::generate {

namespace {

constexpr std::uint64_t REMIT_STREAM = 0x835;
constexpr std::uint64_t PLB_STREAM = 0x9B1;
// Denial reasons (CARC): not covered, not medically necessary, frequency, not payable, site.
constexpr std::array<std::string_view, 6> DENIAL_CARCS = {"96", "50", "151", "204", "B7", "97"};
constexpr std::array<std::string_view, 3> CLAIM_DENIAL_CARCS = {"29", "27", "31"};

void add(std::vector<adjustment>& out, std::string_view group, std::string_view reason, std::int64_t cents) {
  if (cents != 0) out.push_back({std::string(group), std::string(reason), cents});
}

}  // namespace

line_payment remit_model::pay_line(rng& r, const service_line& l) const {
  line_payment p;
  if (r.percent(7)) {
    add(p.adjustments, "CO", r.pick(DENIAL_CARCS), l.charge_cents);
    return p;
  }
  p.allowed_cents = l.charge_cents * r.between(55, 95) / 100;
  add(p.adjustments, "CO", "45", l.charge_cents - p.allowed_cents);
  std::int64_t patient = 0;
  if (r.percent(40)) {
    patient = p.allowed_cents * r.between(5, 40) / 100;
    // Split patient responsibility among deductible (1), coinsurance (2) and copay (3).
    switch (r.below(4)) {
      case 0: add(p.adjustments, "PR", "1", patient); break;
      case 1: add(p.adjustments, "PR", "2", patient); break;
      case 2: add(p.adjustments, "PR", "3", patient); break;
      default: {
        const std::int64_t deductible = patient / 2, copay = std::min<std::int64_t>(patient - deductible, 2000);
        add(p.adjustments, "PR", "1", deductible);
        add(p.adjustments, "PR", "2", patient - deductible - copay);
        add(p.adjustments, "PR", "3", copay);
      }
    }
  }
  p.paid_cents = p.allowed_cents - patient;
  return p;
}

claim_payment remit_model::adjudicate(const claim& c) const {
  rng r(mix(mix(seed_, REMIT_STREAM), c.index));
  claim_payment p;
  p.charge_cents = c.total_cents;
  p.payer_claim_number = fmt::format("{}{:09}", make_digits(r, 4), c.index);
  const bool denied = r.percent(4);
  p.status = denied ? '4' : '1';
  const std::string_view claim_denial = r.pick(CLAIM_DENIAL_CARCS);
  for (const auto& l : c.lines) {
    line_payment lp;
    if (denied) add(lp.adjustments, "CO", claim_denial, l.charge_cents);
    else lp = pay_line(r, l);
    p.paid_cents += lp.paid_cents;
    for (const auto& a : lp.adjustments) if (a.group == "PR") p.patient_cents += a.cents;
    p.lines.push_back(std::move(lp));
  }
  return p;
}

std::vector<provider_adjustment> remit_model::provider_adjustments(std::uint64_t block, std::int64_t paid_cents) const {
  rng r(mix(mix(seed_, PLB_STREAM), block));
  std::vector<provider_adjustment> out;
  if (paid_cents >= 20 && r.percent(25)) {
    out.push_back({"WO", fmt::format("OVP{}", make_digits(r, 8)), std::min<std::int64_t>(paid_cents / 20, 500000)});
  }
  if (r.percent(15)) out.push_back({"L6", "", -r.between(1, 5000)});
  return out;
}

}  // namespace claimloop::generate
