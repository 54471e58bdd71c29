#include "x837/write.hpp"

#include "x837/detail/tables.hpp"
#include "x837/emit.hpp"
#include "x837/mapping.hpp"

namespace claimloop::x837 {
namespace {

using model::loop_writer;

// Numbers HLs that have no id (models made in code) and keeps those that have one.
class hl_numbers {
 public:
  raw_segment write(const model::hierarchy& hl, std::string_view parent, std::string_view level, bool has_children,
                    std::string& assigned) {
    model::hierarchy h = hl;
    if (h.id.empty()) h.id = std::to_string(++last_);
    if (h.base.tag.empty()) {  // made in code: fill what the structure says
      if (h.parent_id.empty()) h.parent_id.assign(parent);
      if (h.level.empty()) h.level.assign(level);
      if (h.child_code.empty()) h.child_code = has_children ? "1" : "0";
    }
    assigned = h.id;
    return model::write_fields(h, "HL", model::hierarchy_fields());
  }
 private:
  std::uint64_t last_ = 0;
};

class set_writer {
 public:
  explicit set_writer(std::vector<raw_segment>& out) : out_(out) {}

  void set(const claim_set& s) {
    loop_writer w(out_, s.extra);
    w.put(s.bht, "BHT", detail::bht_fields());
    for (const auto& p : s.parties) w.child([&] { model::write_party(p, out_); });
    for (const auto& b : s.providers) w.child([&] { billing(b); });
  }

 private:
  void billing(const billing_provider& b) {
    loop_writer w(out_, b.extra);
    std::string id;
    w.put(hl_.write(b.hl, "", "20", !b.subscribers.empty(), id));
    if (b.provider_specialty) w.put(*b.provider_specialty, "PRV", model::specialty_fields());
    for (const auto& p : b.parties) w.child([&] { model::write_party(p, out_); });
    for (const auto& s : b.subscribers) w.child([&] { insured(s, id); });
  }

  void insured(const subscriber& s, const std::string& parent) {
    loop_writer w(out_, s.extra);
    std::string id;
    w.put(hl_.write(s.hl, parent, "22", !s.patients.empty(), id));
    w.put(s.sbr, "SBR", detail::sbr_fields());
    if (s.pat) w.put(*s.pat, "PAT", detail::pat_fields());
    for (const auto& p : s.parties) w.child([&] { model::write_party(p, out_); });
    for (const auto& c : s.claims) w.child([&] { claim_of(c); });
    for (const auto& p : s.patients) w.child([&] { dependent(p, id); });
  }

  void dependent(const patient& p, const std::string& parent) {
    loop_writer w(out_, p.extra);
    std::string id;
    w.put(hl_.write(p.hl, parent, "23", false, id));
    if (p.pat) w.put(*p.pat, "PAT", detail::pat_fields());
    for (const auto& party : p.parties) w.child([&] { model::write_party(party, out_); });
    for (const auto& c : p.claims) w.child([&] { claim_of(c); });
  }

  void claim_of(const claim& c) {
    loop_writer w(out_, c.extra);
    w.put(c.info, "CLM", detail::clm_fields());
    for (const auto& d : c.dates) w.put(d, "DTP", model::date_fields("DTP"));
    if (c.admission) w.put(*c.admission, "CL1", detail::cl1_fields());
    for (const auto& a : c.amounts) w.put(a, "AMT", model::amount_fields());
    for (const auto& r : c.references) w.put(r, "REF", model::reference_fields());
    for (const auto& h : c.codes) w.put(detail::write_health_codes(h));
    for (const auto& p : c.providers) w.child([&] { model::write_party(p, out_); });
    for (const auto& o : c.other_payers) w.child([&] { other_payer(o); });
    for (const auto& l : c.lines) w.child([&] { line(l); });
  }

  void other_payer(const other_subscriber& o) {
    loop_writer w(out_, o.extra);
    w.put(o.sbr, "SBR", detail::sbr_fields());
    for (const auto& a : o.adjustments) w.put(model::write_adjustment(a));
    for (const auto& a : o.amounts) w.put(a, "AMT", model::amount_fields());
    for (const auto& p : o.parties) w.child([&] { model::write_party(p, out_); });
  }

  void line(const service_line& l) {
    loop_writer w(out_, l.extra);
    w.put_numbered("LX", l.lx_base, l.number);
    w.put(l.svc, l.svc.tag, detail::service_fields(l.svc.tag));
    for (const auto& t : l.teeth) w.put(t, "TOO", detail::too_fields());
    for (const auto& d : l.dates) w.put(d, "DTP", model::date_fields("DTP"));
    for (const auto& r : l.references) w.put(r, "REF", model::reference_fields());
    for (const auto& a : l.amounts) w.put(a, "AMT", model::amount_fields());
    if (l.drug_data) w.child([&] { drug_of(*l.drug_data); });
    for (const auto& p : l.providers) w.child([&] { model::write_party(p, out_); });
    for (const auto& a : l.adjudications) w.child([&] { adjudication(a); });
  }

  void drug_of(const drug& d) {
    loop_writer w(out_, d.extra);
    if (!d.lin_base.tag.empty() || !d.product_id.empty()) {
      raw_segment lin = d.lin_base.tag.empty() ? raw_segment{"LIN", {}} : d.lin_base;
      lin.set_component(2, 0, d.product_qualifier);
      lin.set_component(3, 0, d.product_id);
      w.put(std::move(lin));
    }
    if (d.has_price) {
      raw_segment ctp = d.ctp_base.tag.empty() ? raw_segment{"CTP", {}} : d.ctp_base;
      ctp.set_component(4, 0, model::number_text(d.quantity, d.ctp_base.element(4)));
      ctp.set_component(5, 1, d.unit);
      w.put(std::move(ctp));
    }
    for (const auto& r : d.references) w.put(r, "REF", model::reference_fields());
  }

  void adjudication(const line_adjudication& a) {
    loop_writer w(out_, a.extra);
    w.put(a.payment, "SVD", detail::svd_fields());
    for (const auto& c : a.adjustments) w.put(model::write_adjustment(c));
    for (const auto& d : a.dates) w.put(d, "DTP", model::date_fields("DTP"));
    for (const auto& m : a.amounts) w.put(m, "AMT", model::amount_fields());
  }

  std::vector<raw_segment>& out_;
  hl_numbers hl_;
};

}  // namespace

std::vector<raw_segment> write_segments(const claim_set& set) { return model::write_body<set_writer>(set); }

core::result<void> write_set(const claim_set& set, envelope::interchange_builder& out) {
  return model::emit_set(out, {"837", set.implementation}, write_segments(set));
}

claim_set make_set(const claim_record& r) {
  claim_set s;
  s.implementation = r.implementation;
  s.bht = r.bht;  // the caller sets bht.date / bht.time to the day it sends the claim again
  s.bht.base = {};
  if (s.bht.structure.empty()) s.bht.structure = "0019";
  if (s.bht.purpose.empty()) s.bht.purpose = "00";
  if (s.bht.transaction_type.empty()) s.bht.transaction_type = "CH";
  s.bht.reference = r.claim.info.patient_control_number;
  s.parties = {r.submitter, r.receiver};
  billing_provider b = r.billing;
  b.hl = {};
  b.subscribers.clear();
  subscriber sub = r.insured;
  sub.hl = {};
  sub.claims.clear();
  sub.patients.clear();
  if (r.dependent) {
    patient p = *r.dependent;
    p.hl = {};
    p.claims = {r.claim};
    sub.patients.push_back(std::move(p));
  } else {
    sub.claims = {r.claim};
  }
  b.subscribers.push_back(std::move(sub));
  s.providers.push_back(std::move(b));
  return s;
}

claim make_replacement(claim c, std::string_view payer_claim_number) {
  c.info.frequency_code = "7";
  for (auto it = c.references.begin(); it != c.references.end();) {
    it = it->qualifier == "F8" ? c.references.erase(it) : it + 1;
  }
  reference f8;
  f8.qualifier = "F8";
  f8.value.assign(payer_claim_number);
  // REF*F8 comes after the REFs that precede it in the guide (4N, F5, EW, 9F, G1) and before the rest.
  auto at = c.references.begin();
  while (at != c.references.end() &&
         (at->qualifier == "4N" || at->qualifier == "F5" || at->qualifier == "EW" || at->qualifier == "9F" ||
          at->qualifier == "G1"))
    ++at;
  c.references.insert(at, std::move(f8));
  return c;
}

}  // namespace claimloop::x837
