// The 837 writer: claims from the model laid out in the guide's loops (1000A/B, 2000A/B/C,
// 2300, 2310, 2400), about claims_per_set claims per transaction set.
#include <fmt/format.h>

#include "generate/generate.hpp"

namespace claimloop::generate {

namespace {

class writer_837 {
 public:
  writer_837(const claim_model& m, envelope::interchange_builder& b) : m_(m), b_(b), partners_(m.partners()) {}

  core::result<void> begin_set(std::uint64_t set_number);
  core::result<void> add_claim(const claim& c);

 private:
  core::result<void> put() { return b_.add(s_); }
  core::result<void> billing_provider(const provider_block& block);
  core::result<void> subscriber(const claim& c);
  core::result<void> claim_info(const claim& c);
  core::result<void> service_line(const struct service_line& l, std::size_t n);
  core::result<void> person_name(std::string_view code, const person& p, bool with_id);
  core::result<void> address_of(const address& a);

  const claim_model& m_;
  envelope::interchange_builder& b_;
  trading_partners partners_;
  syntax::segment_builder s_;
  provider_block block_;
  std::int64_t hl_ = 0, billing_hl_ = 0;
  bool have_block_ = false;
};

core::result<void> writer_837::begin_set(std::uint64_t set_number) {
  CLAIMLOOP_TRY(b_.begin_set({"837", implementation_reference(m_.kind())}));
  hl_ = 0;
  have_block_ = false;
  s_.reset("BHT").element("0019").element("00").element(fmt::format("B{:09}", set_number))
      .element(date_string(m_.creation_day())).element("1200").element("CH");
  CLAIMLOOP_TRY(put());
  // 1000A submitter, 1000B receiver.
  s_.reset("NM1").element("41").element("2").element(partners_.submitter_name).skip(4).element("46")
      .element(partners_.submitter_id);
  CLAIMLOOP_TRY(put());
  s_.reset("PER").element("IC").element(partners_.contact_name).element("TE").element(partners_.contact_phone);
  CLAIMLOOP_TRY(put());
  s_.reset("NM1").element("40").element("2").element(partners_.receiver_name).skip(4).element("46")
      .element(partners_.receiver_id);
  return put();
}

core::result<void> writer_837::address_of(const address& a) {
  s_.reset("N3").element(a.line);
  CLAIMLOOP_TRY(put());
  s_.reset("N4").element(a.city).element(a.state).element(a.zip);
  return put();
}

core::result<void> writer_837::person_name(std::string_view code, const person& p, bool with_id) {
  s_.reset("NM1").element(code).element("1").element(p.last).element(p.first);
  if (with_id) s_.skip(3).element("MI").element(p.member_id);
  return put();
}

// 2000A and 2010AA: a new billing provider HL whenever the provider block changes.
core::result<void> writer_837::billing_provider(const provider_block& block) {
  billing_hl_ = ++hl_;
  s_.reset("HL").element(billing_hl_).element("").element("20").element("1");
  CLAIMLOOP_TRY(put());
  s_.reset("PRV").element("BI").element("PXC").element(block.billing.taxonomy);
  CLAIMLOOP_TRY(put());
  s_.reset("NM1").element("85").element("2").element(block.billing.name).skip(4).element("XX").element(block.billing.npi);
  CLAIMLOOP_TRY(put());
  CLAIMLOOP_TRY(address_of(block.billing.addr));
  s_.reset("REF").element("EI").element(block.billing.tax_id);
  return put();
}

// 2000B (SBR, 2010BA subscriber, 2010BB payer) and, when the patient differs, 2000C.
core::result<void> writer_837::subscriber(const claim& c) {
  const std::int64_t subscriber_hl = ++hl_;
  s_.reset("HL").element(subscriber_hl).element(billing_hl_).element("22").element(c.patient ? "1" : "0");
  CLAIMLOOP_TRY(put());
  s_.reset("SBR").element("P").element(c.patient ? "" : "18").element(c.group_number).skip(5).element("CI");
  CLAIMLOOP_TRY(put());
  CLAIMLOOP_TRY(person_name("IL", c.subscriber, true));
  CLAIMLOOP_TRY(address_of(c.subscriber.addr));
  s_.reset("DMG").element("D8").element(c.subscriber.birth_date).element(std::string_view(&c.subscriber.gender, 1));
  CLAIMLOOP_TRY(put());
  s_.reset("NM1").element("PR").element("2").element(block_.plan.name).skip(4).element("PI").element(block_.plan.id);
  CLAIMLOOP_TRY(put());
  if (!c.patient) return {};
  s_.reset("HL").element(++hl_).element(subscriber_hl).element("23").element("0");
  CLAIMLOOP_TRY(put());
  s_.reset("PAT").element(c.relationship);
  CLAIMLOOP_TRY(put());
  CLAIMLOOP_TRY(person_name("QC", *c.patient, false));
  CLAIMLOOP_TRY(address_of(c.patient->addr));
  s_.reset("DMG").element("D8").element(c.patient->birth_date).element(std::string_view(&c.patient->gender, 1));
  return put();
}

// 2300 claim information and 2310 rendering (P, D) or attending (I) provider.
core::result<void> writer_837::claim_info(const claim& c) {
  const bool institutional = m_.kind() == claim_kind::institutional;
  s_.reset("CLM").element(c.patient_control_number).element(money(c.total_cents)).skip(2)
      .element(c.facility_code).component(std::string_view(&c.facility_qualifier, 1)).component("1")
      .element("Y").element("A").element("Y").element("Y");
  CLAIMLOOP_TRY(put());
  if (institutional) {
    s_.reset("DTP").element("434").element("RD8").element(c.statement_from + "-" + c.statement_to);
    CLAIMLOOP_TRY(put());
    if (c.inpatient) {
      s_.reset("DTP").element("435").element("DT").element(c.admission + "0800");
      CLAIMLOOP_TRY(put());
      s_.reset("CL1").element("1").element("7").element("01");
      CLAIMLOOP_TRY(put());
    }
  }
  if (!c.diagnoses.empty()) {
    // 837I carries the principal diagnosis alone in its own HI; 837P lists all in one.
    s_.reset("HI");
    for (std::size_t i = 0; i < c.diagnoses.size(); ++i) {
      if (institutional && i == 1) {
        CLAIMLOOP_TRY(put());
        s_.reset("HI");
      }
      s_.element(i == 0 ? "ABK" : "ABF").component(c.diagnoses[i]);
    }
    CLAIMLOOP_TRY(put());
  }
  s_.reset("NM1").element(institutional ? "71" : "82").element("1").element(c.rendering.name)
      .element(c.rendering.first).skip(3).element("XX").element(c.rendering.npi);
  CLAIMLOOP_TRY(put());
  if (institutional) return {};
  s_.reset("PRV").element("PE").element("PXC").element(c.rendering.taxonomy);
  return put();
}

core::result<void> writer_837::service_line(const struct service_line& l, std::size_t n) {
  s_.reset("LX").element(static_cast<std::int64_t>(n));
  CLAIMLOOP_TRY(put());
  switch (m_.kind()) {
    case claim_kind::professional:
      s_.reset("SV1").element(l.qualifier).component(l.procedure);
      for (const auto& mod : l.modifiers) s_.component(mod);
      s_.element(money(l.charge_cents)).element("UN").element(l.units).skip(2);  // SV105, SV106
      for (std::size_t i = 0; i < l.diagnosis_pointers.size(); ++i) {  // SV107 composite
        if (i == 0) s_.element(l.diagnosis_pointers[i]);
        else s_.component(std::to_string(l.diagnosis_pointers[i]));
      }
      break;
    case claim_kind::institutional:
      s_.reset("SV2").element(l.revenue_code).element(l.qualifier).component(l.procedure);
      for (const auto& mod : l.modifiers) s_.component(mod);
      s_.element(money(l.charge_cents)).element("UN").element(l.units);
      break;
    case claim_kind::dental:
      s_.reset("SV3").element(l.qualifier).component(l.procedure).element(money(l.charge_cents)).skip(3).element(l.units);
      break;
  }
  CLAIMLOOP_TRY(put());
  if (!l.tooth.empty()) {
    s_.reset("TOO").element("JP").element(l.tooth);
    CLAIMLOOP_TRY(put());
  }
  s_.reset("DTP").element("472").element("D8").element(l.date);
  CLAIMLOOP_TRY(put());
  s_.reset("REF").element("6R").element(l.control_number);
  return put();
}

core::result<void> writer_837::add_claim(const claim& c) {
  const auto block_number = claim_model::block_of(c.index);
  if (!have_block_ || block_.number != block_number) {
    block_ = m_.block(block_number);
    have_block_ = true;
    CLAIMLOOP_TRY(billing_provider(block_));
  }
  CLAIMLOOP_TRY(subscriber(c));
  CLAIMLOOP_TRY(claim_info(c));
  for (std::size_t i = 0; i < c.lines.size(); ++i) CLAIMLOOP_TRY(service_line(c.lines[i], i + 1));
  return {};
}

}  // namespace

core::result<generate_stats> write_837(const generate_options& o, claim_kind kind, envelope::output& out) {
  const claim_model model(o.seed, kind);
  auto w = syntax::writer::create(o.delims);
  if (!w) return core::error(w.error());
  envelope::interchange_builder b(std::move(*w), detail::isa_for(model, false), out, {1, 1});
  writer_837 w837(model, b);
  CLAIMLOOP_TRY(b.begin_group(detail::gs_for(model, false, implementation_reference(kind))));
  generate_stats stats;
  const std::uint64_t per_set = o.claims_per_set == 0 ? 1000 : o.claims_per_set;
  while (detail::want_more(o, stats.claims, b.bytes_written())) {
    if (stats.claims % per_set == 0) {
      if (stats.claims > 0) CLAIMLOOP_TRY(b.end_set());
      CLAIMLOOP_TRY(w837.begin_set(++stats.sets));
    }
    CLAIMLOOP_TRY(w837.add_claim(model.draw(stats.claims)));
    ++stats.claims;
  }
  CLAIMLOOP_TRY(b.finish());
  stats.bytes = b.bytes_written();
  return stats;
}

}  // namespace claimloop::generate
