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
    for (const auto& p : r.parties) w.child([&] { model::write_party(p, out_); });
    for (const auto& g : r.groups) w.child([&] { group(g); });
    for (const auto& p : r.provider_adjustments) w.put(detail::write_plb(p));
  }

 private:
  void group(const claim_group& g) {
    loop_writer w(out_, g.extra);
    w.put_numbered("LX", g.lx_base, g.number);
    for (const auto& c : g.claims) w.child([&] { claim_of(c); });
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
    for (const auto& l : c.lines) w.child([&] { line(l); });
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

std::vector<raw_segment> write_segments(const remittance& r) { return model::write_body<remit_writer>(r); }

core::result<void> write_set(const remittance& r, envelope::interchange_builder& out) {
  return model::emit_set(out, {"835", r.implementation}, write_segments(r));
}

}  // namespace claimloop::x835
