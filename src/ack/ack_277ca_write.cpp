// 277CA content -> X12 segments, inside an interchange built by envelope::interchange_builder
// (which numbers the envelopes and counts SE01).
#include <fmt/format.h>

#include "ack/ack_277ca.hpp"
#include "ack/detail/reply_envelope.hpp"

namespace claimloop::ack {
namespace {

constexpr std::string_view CA_VERSION = "005010X214";

// X12 R values carry no insignificant zeros: 150.00 -> 150, 12.50 -> 12.5.
std::string amount_text(const core::decimal& d) {
  std::string s = d.to_string();
  if (s.find('.') == std::string::npos) return s;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

core::error overflow(const std::string& what) {
  core::error e;
  e.code = core::errc::invalid_value;
  e.segment = "AMT";
  e.message = "the " + what + " total overflows";
  return e;
}

// Accepted and rejected claims and charges of some claims.
struct totals {
  std::uint64_t accepted = 0, rejected = 0;
  core::decimal accepted_amount{}, rejected_amount{}, all_amount{};

  core::result<void> add(const received_claim& c, bool ok) {
    (ok ? accepted : rejected) += 1;
    if (!c.charge) return {};
    auto& slot = ok ? accepted_amount : rejected_amount;
    auto sum = slot.plus(*c.charge);
    auto all = all_amount.plus(*c.charge);
    if (!sum || !all) return overflow("claim charge");
    slot = *sum;
    all_amount = *all;
    return {};
  }
};

// Writes one 277 set body; `hl_` numbers the HL segments.
class set_writer {
 public:
  // `provider_trace`: the 837's BHT03, 2200C TRN02 (the TR3 lets the information source assign
  // it; BHT03 ties it back to the 837).
  set_writer(envelope::interchange_builder& b, const ack_277ca_options& o, std::string transaction,
             std::string provider_trace)
      : b_(b), o_(o), transaction_(std::move(transaction)), provider_trace_(std::move(provider_trace)) {}

  core::result<void> write(const claim_batch& batch, const std::string& trace) {
    auto ok = put(s_.reset("BHT").element("0085").element("08").element(trace).element(o_.date).element(o_.time).element("TH"));
    if (!ok) return ok;
    totals all;
    std::vector<std::vector<claim_verdict>> verdicts;  // per provider, claims in order
    for (const auto& p : batch.providers) {
      auto& v = verdicts.emplace_back();
      for (const auto& patient : p.patients)
        for (const auto& c : patient.claims) {
          v.push_back(judge_claim(c, transaction_, *o_.statuses));
          if (auto added = all.add(c, v.back().accepted); !added) return added;
        }
    }
    if (auto r = source(batch, trace); !r) return r;
    if (auto r = receiver(batch, all); !r) return r;
    for (std::size_t i = 0; i < batch.providers.size(); ++i)
      if (auto r = provider(batch.providers[i], verdicts[i]); !r) return r;
    return {};
  }

 private:
  core::result<void> put(const syntax::segment_builder& s) { return b_.add(s); }

  core::result<void> hl(std::uint32_t parent, std::string_view level, std::string_view child) {
    s_.reset("HL").element(fmt::format("{}", ++hl_)).element(parent ? fmt::format("{}", parent) : std::string());
    s_.element(level);
    if (!child.empty()) s_.element(child);
    return put(s_);
  }

  core::result<void> name(std::string_view entity, const ack_name& n, std::string_view qualifier, std::string_view id) {
    s_.reset("NM1").element(entity).element(n.entity_type.empty() ? "2" : n.entity_type).element(n.last_or_org);
    s_.element(n.first).element(n.middle).element().element(n.suffix).element(qualifier).element(id);
    return put(s_);
  }

  core::result<void> quantity_and_amounts(const totals& t, std::string_view accepted_qty, std::string_view rejected_qty) {
    if (t.accepted > 0)
      if (auto r = put(s_.reset("QTY").element(accepted_qty).element(static_cast<std::int64_t>(t.accepted))); !r) return r;
    if (t.rejected > 0)
      if (auto r = put(s_.reset("QTY").element(rejected_qty).element(static_cast<std::int64_t>(t.rejected))); !r) return r;
    if (t.accepted > 0)
      if (auto r = put(s_.reset("AMT").element("YU").element(amount_text(t.accepted_amount))); !r) return r;
    if (t.rejected > 0)
      if (auto r = put(s_.reset("AMT").element("YY").element(amount_text(t.rejected_amount))); !r) return r;
    return {};
  }

  // 2000A / 2100A / 2200A: the 837's receiver answers, with its receipt and process dates.
  core::result<void> source(const claim_batch& batch, const std::string& trace) {
    if (auto r = hl(0, "20", "1"); !r) return r;
    ack_name payer = batch.receiver;
    payer.entity_type = "2";
    if (auto r = name("PR", payer, batch.receiver.id_qualifier.empty() ? "46" : batch.receiver.id_qualifier, batch.receiver.id); !r)
      return r;
    if (auto r = put(s_.reset("TRN").element("1").element(trace)); !r) return r;
    if (auto r = put(s_.reset("DTP").element("050").element("D8").element(o_.date)); !r) return r;
    return put(s_.reset("DTP").element("009").element("D8").element(o_.date));
  }

  // 2000B / 2100B / 2200B: the submitter, the set's BHT03, receipt status and totals.
  core::result<void> receiver(const claim_batch& batch, const totals& all) {
    if (auto r = hl(1, "21", batch.providers.empty() ? "0" : "1"); !r) return r;
    if (auto r = name("41", batch.submitter, "46", batch.submitter.id); !r) return r;
    if (auto r = put(s_.reset("TRN").element("2").element(batch.reference)); !r) return r;
    s_.reset("STC").composite({"A1", "19", "PR"}).element(o_.date).element("WQ").element(amount_text(all.all_amount));
    if (auto r = put(s_); !r) return r;
    return quantity_and_amounts(all, "90", "AA");
  }

  // 2000C / 2100C / 2200C, then a 2000D per patient.
  core::result<void> provider(const received_provider& p, const std::vector<claim_verdict>& verdicts) {
    const std::uint32_t provider_hl = hl_ + 1;
    if (auto r = hl(2, "19", p.patients.empty() ? "0" : "1"); !r) return r;
    const bool npi = p.name.id_qualifier == "XX" || p.name.id_qualifier == "FI" || p.name.id_qualifier == "SV";
    if (auto r = name("85", p.name, npi ? p.name.id_qualifier : "FI", npi ? p.name.id : p.tax_id); !r) return r;
    totals t;
    std::size_t k = 0;
    for (const auto& patient : p.patients)
      for (const auto& c : patient.claims)
        if (auto added = t.add(c, verdicts[k++].accepted); !added) return added;
    if (auto r = put(s_.reset("TRN").element("1").element(provider_trace_)); !r) return r;
    if (auto r = quantity_and_amounts(t, "QA", "QC"); !r) return r;
    k = 0;
    for (const auto& patient : p.patients) {
      if (auto r = hl(provider_hl, "PT", ""); !r) return r;
      if (auto r = name("QC", patient.name, patient.name.id_qualifier == "II" ? "II" : "MI", patient.name.id); !r) return r;
      for (const auto& c : patient.claims)
        if (auto r = claim(c, verdicts[k++]); !r) return r;
    }
    return {};
  }

  // 2200D: TRN, one STC per status, REF*1K / D9 / BLT, DTP*472.
  core::result<void> claim(const received_claim& c, const claim_verdict& v) {
    if (auto r = put(s_.reset("TRN").element("2").element(c.patient_control_number)); !r) return r;
    const std::string charge = c.charge ? amount_text(*c.charge) : std::string();
    if (v.accepted) {
      s_.reset("STC").composite({"A1", "20"}).element(o_.date).element("WQ").element(charge);
      if (auto r = put(s_); !r) return r;
    }
    for (std::size_t i = 0; i < v.statuses.size(); ++i) {
      const auto& st = v.statuses[i];
      s_.reset("STC").element(st.category).component(st.status);
      if (!st.entity.empty()) s_.component(st.entity);
      s_.element(o_.date);
      if (i == 0) s_.element("U").element(charge);  // the action and amount once, on the first
      if (auto r = put(s_); !r) return r;
    }
    if (o_.payer_claim_number)
      if (auto number = o_.payer_claim_number(c); !number.empty())
        if (auto r = put(s_.reset("REF").element("1K").element(number)); !r) return r;
    if (!c.clearinghouse_trace.empty())
      if (auto r = put(s_.reset("REF").element("D9").element(c.clearinghouse_trace)); !r) return r;
    if (!c.bill_type.empty())
      if (auto r = put(s_.reset("REF").element("BLT").element(c.bill_type)); !r) return r;
    if (c.service_from.empty()) return {};
    const bool one_day = c.service_to.empty() || c.service_to == c.service_from;
    s_.reset("DTP").element("472").element(one_day ? "D8" : "RD8");
    s_.element(one_day ? c.service_from : c.service_from + "-" + c.service_to);
    return put(s_);
  }

  envelope::interchange_builder& b_;
  const ack_277ca_options& o_;
  std::string transaction_;
  std::string provider_trace_;
  syntax::segment_builder s_;
  std::uint32_t hl_ = 0;
};

bool answered(const received_set& set, const set_response& verdict) {
  return set.id == "837" && set.claims && set.claims->claim_count() > 0 &&
         (verdict.status == "A" || verdict.status == "E");
}

// The sets of `g` a 277CA answers (none when the 999 rejects the group).
std::vector<const received_set*> answered_sets(const received_group& g, const ack_277ca_options& o) {
  std::vector<const received_set*> out;
  const auto verdict = evaluate_group(g, o.policy, o.reference);
  if (verdict.status == "R") return out;
  for (std::size_t i = 0; i < g.sets.size() && i < verdict.sets.size(); ++i)
    if (answered(g.sets[i], verdict.sets[i])) out.push_back(&g.sets[i]);
  return out;
}

core::error no_table() {
  core::error e;
  e.code = core::errc::invalid_argument;
  e.message = "a 277CA needs the claim status table (grammars/codes/claim_status_reason.tsv)";
  return e;
}

}  // namespace

bool has_277ca(const received_interchange& in, const ack_277ca_options& options) {
  for (const auto& g : in.groups)
    if (!answered_sets(g, options).empty()) return true;
  return false;
}

core::result<void> write_277ca(const received_interchange& in, const ack_277ca_options& options, envelope::output& out) {
  if (!options.statuses) return no_table();
  if (!has_277ca(in, options)) return {};
  auto w = syntax::writer::create(options.delimiters);
  if (!w) return std::move(w).error();
  const auto isa = detail::reply_isa(in, options.interchange_control_number, options.date, options.time);
  envelope::interchange_builder builder(std::move(*w), isa, out,
                                        {options.first_group_control_number, options.first_set_control_number});
  const received_group* open = nullptr;
  for (const auto& g : in.groups) {
    const auto sets = answered_sets(g, options);
    if (sets.empty()) continue;
    // Groups from the same application sender/receiver pair share one HN group.
    if (open == nullptr || open->app_sender != g.app_sender || open->app_receiver != g.app_receiver) {
      const auto gs = detail::reply_gs(g, "HN", std::string(CA_VERSION), options.date, options.time);
      if (auto ok = builder.begin_group(gs); !ok) return ok;
      open = &g;
    }
    for (const auto* set : sets) {
      if (auto ok = builder.begin_set({"277", std::string(CA_VERSION)}); !ok) return ok;
      set_writer body(builder, options, transaction_of(set->claims->implementation), set->claims->reference);
      // 2200A TRN02 and BHT03: the received interchange and set, so a reply names its 837.
      const auto trace = fmt::format("{}-{}", in.control_number, set->control_number);
      if (auto ok = body.write(*set->claims, trace); !ok) return ok;
      if (auto ok = builder.end_set(); !ok) return ok;
    }
  }
  return builder.finish();
}

core::result<std::string> build_277ca(const received_interchange& in, const ack_277ca_options& options) {
  std::string bytes;
  envelope::output out(bytes);
  if (auto ok = write_277ca(in, options, out); !ok) return ok.error();
  return bytes;
}

}  // namespace claimloop::ack
