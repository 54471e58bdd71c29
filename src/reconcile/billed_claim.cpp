#include "reconcile/billed_claim.hpp"

#include <fmt/format.h>

namespace claimloop::reconcile {
namespace {

// A DTP period (D8 "20240105" or RD8 "20240105-20240107") as from and to dates.
void read_period(const model::date_value& d, std::string& from, std::string& to) {
  const auto dash = d.period.find('-');
  if (dash == std::string::npos) {
    from = to = d.period;
  } else {
    from = d.period.substr(0, dash);
    to = d.period.substr(dash + 1);
  }
}

// The first DTP with one of `qualifiers`, read into from/to; false when there is none.
bool dates_of(const std::vector<model::date_value>& dates, std::initializer_list<std::string_view> qualifiers,
              std::string& from, std::string& to) {
  for (const auto& q : qualifiers)
    for (const auto& d : dates)
      if (d.qualifier == q && !d.period.empty()) {
        read_period(d, from, to);
        return true;
      }
  return false;
}

core::result<core::money> money_of(const model::number& n, std::string_view clm01, std::string_view what) {
  if (!n) return core::money{};
  auto m = n->to_money();
  if (!m) return core::invalid_value(fmt::format("claim {}: {} {} is out of range", clm01, what, n->to_string()));
  return *m;
}

class summarizer {
 public:
  summarizer(const x837::claim_set& set, const std::string& file) : set_(set), file_(file) {
    if (const auto* s = model::find_party(set.parties, "1000A")) submitter_ = s->who.id;
  }

  core::result<void> run(const std::function<void(billed_claim&&)>& sink) {
    for (const auto& provider : set_.providers) {
      const auto* billing = model::find_party(provider.parties, "2010AA");
      const std::string npi = billing ? billing->who.id : std::string{};
      for (const auto& subscriber : provider.subscribers) {
        const auto* payer = model::find_party(subscriber.parties, "2010BB");
        const std::string payer_id = payer ? payer->who.id : std::string{};
        auto add = [&](const x837::claim& c) -> core::result<void> {
          auto b = summarize_claim(c, npi, payer_id);
          if (!b) return std::move(b).error();
          sink(std::move(*b));
          return {};
        };
        for (const auto& c : subscriber.claims)
          if (auto r = add(c); !r) return r;
        for (const auto& p : subscriber.patients)
          for (const auto& c : p.claims)
            if (auto r = add(c); !r) return r;
      }
    }
    return {};
  }

 private:
  core::result<billed_claim> summarize_claim(const x837::claim& c, const std::string& npi, const std::string& payer_id) {
    billed_claim b;
    b.file = file_;
    b.submitter_id = submitter_;
    b.billing_npi = npi;
    b.payer_id = payer_id;
    b.patient_control_number = c.info.patient_control_number;
    b.frequency_code = c.info.frequency_code;
    b.original_reference = std::string(c.original_reference());
    b.clearinghouse_trace = std::string(c.clearinghouse_trace());
    auto charge = money_of(c.info.total_charge, b.patient_control_number, "CLM02");
    if (!charge) return std::move(charge).error();
    b.charge = *charge;
    std::string claim_from, claim_to;
    dates_of(c.dates, {"472", "434"}, claim_from, claim_to);
    b.lines.reserve(c.lines.size());
    for (const auto& l : c.lines) {
      billed_line line;
      line.number = l.number;
      line.control_number = std::string(l.control_number());
      line.qualifier = l.svc.procedure_qualifier;
      line.code = l.svc.procedure_code;
      line.modifiers = l.svc.modifiers();
      line.revenue_code = l.svc.revenue_code;
      if (!dates_of(l.dates, {"472"}, line.date_from, line.date_to)) {
        line.date_from = claim_from;
        line.date_to = claim_to;
      }
      auto line_charge = money_of(l.svc.charge, b.patient_control_number, fmt::format("line {} charge", l.number));
      if (!line_charge) return std::move(line_charge).error();
      line.charge = *line_charge;
      line.units = l.svc.units.value_or(core::decimal{});
      widen(b.date_from, b.date_to, line.date_from, line.date_to);
      b.lines.push_back(std::move(line));
    }
    if (b.lines.empty()) widen(b.date_from, b.date_to, claim_from, claim_to);
    return b;
  }

  // CCYYMMDD text orders like the date, so the claim's span is the min and max of its lines'.
  static void widen(std::string& from, std::string& to, const std::string& line_from, const std::string& line_to) {
    if (!line_from.empty() && (from.empty() || line_from < from)) from = line_from;
    if (!line_to.empty() && (to.empty() || line_to > to)) to = line_to;
  }

  const x837::claim_set& set_;
  const std::string& file_;
  std::string submitter_;
};

}  // namespace

core::result<void> summarize(const x837::claim_set& set, const std::string& file,
                             const std::function<void(billed_claim&&)>& sink) {
  return summarizer(set, file).run(sink);
}

}  // namespace claimloop::reconcile
