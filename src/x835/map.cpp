#include "x835/map.hpp"

#include "x835/detail/tables.hpp"
#include "x837/mapping.hpp"

namespace claimloop::x835 {
namespace {

using model::loop_item;

class remit_mapper : model::mapper_base {
 public:
  remit_mapper(const tree::loop_tree& tree, const std::string& file) : mapper_base(tree, file) {}

  core::result<remittance> run() {
    remittance r;
    read_st(r.control_number, r.implementation);
    walk(0, r.extra,
         [&](model::tag_view t, std::uint32_t i) {
           if (t == "BPR" && r.bpr.base.tag.empty()) read(i, r.bpr, detail::bpr_fields());
           else if (t == "TRN" && r.trn.base.tag.empty()) read(i, r.trn, detail::trn_fields());
           else if (t == "REF") read(i, r.references.emplace_back(), model::reference_fields());
           else if (t == "DTM") dtm(i, r.dates.emplace_back());
           else if (t == "PLB") read_plb(i, r.provider_adjustments.emplace_back());
           else return false;
           return true;
         },
         [&](model::tag_view id, std::uint32_t n) {
           if (id == "1000A" || id == "1000B") read_party(n, r.parties.emplace_back());
           else if (id == "2000") group(n, r.groups.emplace_back());
           else return false;
           return true;
         });
    if (error()) return *error();
    return r;
  }

 private:
  void dtm(std::uint32_t i, date_value& d) {
    d.tag = "DTM";
    read(i, d, model::date_fields("DTM"));
  }
  void read_plb(std::uint32_t i, provider_adjustment& p) {
    if (auto e = detail::read_plb(raw(i), p)) fail(i, *e);
  }
  void qty(std::uint32_t i, amount& a) {
    a.tag = "QTY";
    read(i, a, model::amount_fields());
  }

  // Each loop is mapped into its place in the parent's vector (reserved from the tree), because
  // moving these structs of many strings into place cost more than filling them.
  void group(std::uint32_t node, claim_group& g) {
    g.claims.reserve(count_loops(node, "2100"));
    walk(node, g.extra,
         [&](model::tag_view t, std::uint32_t i) {
           if (t != "LX" || !g.lx_base.tag.empty()) return false;
           g.lx_base = raw(i);
           g.number.assign(g.lx_base.element(1));
           return true;
         },
         [&](model::tag_view id, std::uint32_t n) {
           if (id != "2100") return false;
           claim_of(n, g.claims.emplace_back());
           return true;
         });
  }

  void claim_of(std::uint32_t node, remit_claim& c) {
    c.lines.reserve(count_loops(node, "2110"));
    walk(node, c.extra,
         [&](model::tag_view t, std::uint32_t i) {
           if (t == "CLP" && c.clp.base.tag.empty()) read(i, c.clp, detail::clp_fields());
           else if (t == "CAS") read_cas(i, c.adjustments.emplace_back());
           else if (t == "NM1") read(i, c.names.emplace_back(), model::name_fields("NM1"));
           else if (t == "MIA" && !c.inpatient) read(i, c.inpatient.emplace(), detail::mia_fields());
           else if (t == "MOA" && !c.outpatient) read(i, c.outpatient.emplace(), detail::moa_fields());
           else if (t == "REF") read(i, c.references.emplace_back(), model::reference_fields());
           else if (t == "DTM") dtm(i, c.dates.emplace_back());
           else if (t == "AMT") read(i, c.amounts.emplace_back(), model::amount_fields());
           else if (t == "QTY") qty(i, c.quantities.emplace_back());
           else return false;
           return true;
         },
         [&](model::tag_view id, std::uint32_t n) {
           if (id != "2110") return false;
           line(n, c.lines.emplace_back());
           return true;
         });
  }

  void line(std::uint32_t node, remit_line& l) {
    walk(node, l.extra,
         [&](model::tag_view t, std::uint32_t i) {
           if (t == "SVC" && l.svc.base.tag.empty()) read(i, l.svc, detail::svc_fields());
           else if (t == "DTM") dtm(i, l.dates.emplace_back());
           else if (t == "CAS") read_cas(i, l.adjustments.emplace_back());
           else if (t == "REF") read(i, l.references.emplace_back(), model::reference_fields());
           else if (t == "AMT") read(i, l.amounts.emplace_back(), model::amount_fields());
           else if (t == "QTY") qty(i, l.quantities.emplace_back());
           else if (t == "LQ") read(i, l.remarks.emplace_back(), detail::lq_fields());
           else return false;
           return true;
         },
         no_child_loops);
  }
};

}  // namespace

core::result<remittance> map_remittance(const tree::loop_tree& tree, const std::string& file) {
  return model::map_tree<remit_mapper>(tree, file);
}

}  // namespace claimloop::x835
