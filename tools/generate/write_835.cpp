// The 835 writer: one transaction set per provider block (one payer paying one payee), with the
// payments of remit_model for the very claims the 837 of the same seed holds.
#include <fmt/format.h>

#include "generate/generate.hpp"
#include "generate/remit_model.hpp"

namespace claimloop::generate {

namespace {

struct paid_claim {
  claim c;
  claim_payment pay;
};

class writer_835 {
 public:
  writer_835(const claim_model& m, const remit_model& r, envelope::interchange_builder& b, bool line_control)
      : m_(m), r_(r), b_(b), line_control_(line_control) {}
  // Writes one set for `claims` (all in block `block`).
  core::result<void> write_set(const provider_block& block, const std::vector<paid_claim>& claims);

 private:
  core::result<void> put() { return b_.add(s_); }
  core::result<void> header(const provider_block& block, std::int64_t total_cents, std::uint64_t first_claim);
  core::result<void> claim_payment_info(const paid_claim& p);
  core::result<void> adjustments(const std::vector<adjustment>& list);
  core::result<void> address_of(const address& a);

  const claim_model& m_;
  const remit_model& r_;
  envelope::interchange_builder& b_;
  bool line_control_;  // write REF*6R on each line
  syntax::segment_builder s_;
};

core::result<void> writer_835::address_of(const address& a) {
  s_.reset("N3").element(a.line);
  CLAIMLOOP_TRY(put());
  s_.reset("N4").element(a.city).element(a.state).element(a.zip);
  return put();
}

// BPR, TRN, DTM, 1000A payer and 1000B payee.
core::result<void> writer_835::header(const provider_block& block, std::int64_t total_cents, std::uint64_t first_claim) {
  const std::string paid_on = date_string(m_.creation_day());
  s_.reset("BPR").element(total_cents > 0 ? "I" : "H").element(money(total_cents)).element("C")
      .element(total_cents > 0 ? "CHK" : "NON").skip(11).element(paid_on);
  CLAIMLOOP_TRY(put());
  s_.reset("TRN").element("1").element(fmt::format("CHK{:010}", first_claim)).element("1" + block.plan.id + "0000");
  CLAIMLOOP_TRY(put());
  s_.reset("DTM").element("405").element(paid_on);
  CLAIMLOOP_TRY(put());
  s_.reset("N1").element("PR").element(block.plan.name);
  CLAIMLOOP_TRY(put());
  CLAIMLOOP_TRY(address_of(block.plan.addr));
  s_.reset("PER").element("BL").element("PROVIDER SERVICES").element("TE").element("8005550100");
  CLAIMLOOP_TRY(put());
  s_.reset("N1").element("PE").element(block.billing.name).element("XX").element(block.billing.npi);
  CLAIMLOOP_TRY(put());
  CLAIMLOOP_TRY(address_of(block.billing.addr));
  s_.reset("REF").element("TJ").element(block.billing.tax_id);
  return put();
}

// CAS segments, one per group code, up to six reasons each (three here at most).
core::result<void> writer_835::adjustments(const std::vector<adjustment>& list) {
  for (std::string_view group : {"CO", "PR", "OA"}) {
    bool open = false;
    for (const auto& a : list) {
      if (a.group != group) continue;
      if (!open) s_.reset("CAS").element(group);
      else s_.element("");  // the previous reason's quantity
      s_.element(a.reason).element(money(a.cents));
      open = true;
    }
    if (open) CLAIMLOOP_TRY(put());
  }
  return {};
}

// 2100 claim payment and its 2110 service lines.
core::result<void> writer_835::claim_payment_info(const paid_claim& p) {
  const claim& c = p.c;
  s_.reset("CLP").element(c.patient_control_number).element(std::string_view(&p.pay.status, 1))
      .element(money(p.pay.charge_cents)).element(money(p.pay.paid_cents)).element(money(p.pay.patient_cents))
      .element("12").element(p.pay.payer_claim_number).element(c.facility_code).element("1");
  CLAIMLOOP_TRY(put());
  const person& patient = c.patient ? *c.patient : c.subscriber;
  s_.reset("NM1").element("QC").element("1").element(patient.last).element(patient.first).skip(3).element("MI")
      .element(c.subscriber.member_id);
  CLAIMLOOP_TRY(put());
  s_.reset("DTM").element("232").element(c.statement_from);
  CLAIMLOOP_TRY(put());
  for (std::size_t i = 0; i < c.lines.size(); ++i) {
    const auto& l = c.lines[i];
    const auto& lp = p.pay.lines[i];
    s_.reset("SVC").element(l.qualifier).component(l.procedure);
    for (const auto& mod : l.modifiers) s_.component(mod);
    s_.element(money(l.charge_cents)).element(money(lp.paid_cents)).element(l.revenue_code).element(l.units);
    CLAIMLOOP_TRY(put());
    s_.reset("DTM").element("472").element(l.date);
    CLAIMLOOP_TRY(put());
    CLAIMLOOP_TRY(adjustments(lp.adjustments));
    if (line_control_) {
      s_.reset("REF").element("6R").element(l.control_number);
      CLAIMLOOP_TRY(put());
    }
    if (lp.allowed_cents > 0) {
      s_.reset("AMT").element("B6").element(money(lp.allowed_cents));
      CLAIMLOOP_TRY(put());
    }
  }
  return {};
}

core::result<void> writer_835::write_set(const provider_block& block, const std::vector<paid_claim>& claims) {
  std::int64_t paid = 0;
  for (const auto& p : claims) paid += p.pay.paid_cents;
  const auto plb = r_.provider_adjustments(block.number, paid);
  std::int64_t plb_total = 0;
  for (const auto& a : plb) plb_total += a.cents;

  CLAIMLOOP_TRY(b_.begin_set({"835", "005010X221A1"}));
  CLAIMLOOP_TRY(header(block, paid - plb_total, claims.front().c.index));
  s_.reset("LX").element("1");
  CLAIMLOOP_TRY(put());
  for (const auto& p : claims) CLAIMLOOP_TRY(claim_payment_info(p));
  if (!plb.empty()) {
    const std::string year_end = date_string(m_.creation_day()).substr(0, 4) + "1231";
    s_.reset("PLB").element(block.billing.npi).element(year_end);
    for (const auto& a : plb) {
      s_.element(a.reason);
      if (!a.reference.empty()) s_.component(a.reference);
      s_.element(money(a.cents));
    }
    CLAIMLOOP_TRY(put());
  }
  return b_.end_set();
}

}  // namespace

core::result<generate_stats> write_835(const generate_options& o, envelope::output& out) {
  const claim_model model(o.seed, o.remit_for);
  const remit_model remit(o.seed);
  auto w = syntax::writer::create(o.delims);
  if (!w) return core::error(w.error());
  envelope::interchange_builder b(std::move(*w), detail::isa_for(model, true), out, {1, 1});
  CLAIMLOOP_TRY(b.begin_group(detail::gs_for(model, true, "005010X221A1")));
  writer_835 w835(model, remit, b, o.line_control_numbers);
  generate_stats stats;
  std::vector<paid_claim> claims;  // one block at a time: BPR needs the block's total first
  while (detail::want_more(o, stats.claims, b.bytes_written())) {
    const auto block_number = claim_model::block_of(stats.claims);
    claims.clear();
    do {
      paid_claim p{model.draw(stats.claims), {}};
      p.pay = remit.adjudicate(p.c);
      claims.push_back(std::move(p));
      ++stats.claims;
    } while (claim_model::block_of(stats.claims) == block_number && (o.claims == 0 || stats.claims < o.claims));
    CLAIMLOOP_TRY(w835.write_set(model.block(block_number), claims));
    ++stats.sets;
  }
  CLAIMLOOP_TRY(b.finish());
  stats.bytes = b.bytes_written();
  return stats;
}

}  // namespace claimloop::generate
