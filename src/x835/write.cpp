#include "x835/write.hpp"

#include "x835/detail/tables.hpp"
#include "x837/emit.hpp"
#include "x837/mapping.hpp"

namespace claimloop::x835 {
namespace {

using model::loop_writer;

class remit_writer {
 public:
  explicit remit_writer(std::vector<raw_segment>& out) : out_(out) {}

  void set(const remittance& r) {
    loop_writer w(out_, r.extra);
    w.put(r.bpr, "BPR", detail::bpr_fields());
    w.put(r.trn, "TRN", detail::trn_fields());
    for (const auto& x : r.references) w.put(x, "REF", model::reference_fields());
    for (const auto& d : r.dates) w.put(d, "DTM", model::date_fields("DTM"));
    for (const auto& p : r.parties) child(w, [&] { model::write_party(p, out_); });
    for (const auto& g : r.groups) child(w, [&] { group(g); });
    for (const auto& p : r.provider_adjustments) w.put(detail::write_plb(p));
  }

 private:
  template <class F>
  void child(loop_writer& w, F&& f) {
    w.begin_child();
    f();
    w.end_child();
  }

  void group(const claim_group& g) {
    loop_writer w(out_, g.extra);
    if (!g.lx_base.tag.empty() || !g.number.empty()) {
      raw_segment lx = g.lx_base.tag.empty() ? raw_segment{"LX", {}} : g.lx_base;
      lx.set_component(1, 0, g.number);
      w.put(std::move(lx));
    }
    for (const auto& c : g.claims) child(w, [&] { claim_of(c); });
  }

  void claim_of(const remit_claim& c) {
    loop_writer w(out_, c.extra);
    w.put(c.clp, "CLP", detail::clp_fields());
    for (const auto& a : c.adjustments) w.put(model::write_adjustment(a));
    for (const auto& n : c.names) w.put(n, "NM1", model::name_fields("NM1"));
    if (c.inpatient) w.put(*c.inpatient, "MIA", detail::mia_fields());
    if (c.outpatient) w.put(*c.outpatient, "MOA", detail::moa_fields());
    for (const auto& r : c.references) w.put(r, "REF", model::reference_fields());
    for (const auto& d : c.dates) w.put(d, "DTM", model::date_fields("DTM"));
    for (const auto& a : c.amounts) w.put(a, "AMT", model::amount_fields());
    for (const auto& q : c.quantities) w.put(q, "QTY", model::amount_fields());
    for (const auto& l : c.lines) child(w, [&] { line(l); });
  }

  void line(const remit_line& l) {
    loop_writer w(out_, l.extra);
    w.put(l.svc, "SVC", detail::svc_fields());
    for (const auto& d : l.dates) w.put(d, "DTM", model::date_fields("DTM"));
    for (const auto& a : l.adjustments) w.put(model::write_adjustment(a));
    for (const auto& r : l.references) w.put(r, "REF", model::reference_fields());
    for (const auto& a : l.amounts) w.put(a, "AMT", model::amount_fields());
    for (const auto& q : l.quantities) w.put(q, "QTY", model::amount_fields());
    for (const auto& r : l.remarks) w.put(r, "LQ", detail::lq_fields());
  }

  std::vector<raw_segment>& out_;
};

}  // namespace

std::vector<raw_segment> write_segments(const remittance& r) {
  std::vector<raw_segment> out;
  remit_writer(out).set(r);
  return out;
}

core::result<void> write_set(const remittance& r, envelope::interchange_builder& out) {
  const auto body = write_segments(r);
  return model::emit_set(out, {"835", r.implementation}, body);
}

}  // namespace claimloop::x835
