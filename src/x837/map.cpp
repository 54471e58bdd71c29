#include "x837/map.hpp"

#include "x837/detail/tables.hpp"
#include "x837/mapping.hpp"

namespace claimloop::x837 {
namespace {

using model::loop_item;

class claim_mapper : model::mapper_base {
 public:
  claim_mapper(const tree::loop_tree& tree, const std::string& file) : mapper_base(tree, file) {}

  core::result<claim_set> run() {
    claim_set set;
    read_st(set.control_number, set.implementation);
    std::uint32_t typed = 0;
    for_items(0, [&](loop_item it) {
      if (it.is_loop) {
        const auto id = loop_id(it.index);
        if (id == "1000A" || id == "1000B") read_party(it.index, set.parties.emplace_back());
        else if (id == "2000A") billing(it.index, set.providers.emplace_back());
        else return keep_loop(set.extra, typed, it.index);
        ++typed;
        return;
      }
      const auto t = tag(it.index);
      if (t == "ST" || t == "SE") return;  // the envelope of the set: the writer makes its own
      if (typed_here(it.index) && t == "BHT" && set.bht.base.tag.empty()) {
        read(it.index, set.bht, detail::bht_fields());
        ++typed;
        return;
      }
      keep_segment(set.extra, typed, it.index, "");
    });
    if (error()) return *error();
    return set;
  }

 private:
  // Each loop is mapped into its place in the parent's vector (reserved from the tree), because
  // moving these structs of many strings into place cost more than filling them.
  void billing(std::uint32_t node, billing_provider& b) {
    b.parties.reserve(count_loops(node, "2010A"));
    b.subscribers.reserve(count_loops(node, "2000B"));
    walk(node, b.extra,
         [&](model::tag_view t, std::uint32_t i) {
           if (t == "HL" && b.hl.base.tag.empty()) read(i, b.hl, model::hierarchy_fields());
           else if (t == "PRV" && !b.provider_specialty) read(i, b.provider_specialty.emplace(), model::specialty_fields());
           else return false;
           return true;
         },
         [&](model::tag_view id, std::uint32_t n) {
           if (id.starts_with("2010A")) read_party(n, b.parties.emplace_back());
           else if (id == "2000B") insured(n, b.subscribers.emplace_back());
           else return false;
           return true;
         });
  }

  void insured(std::uint32_t node, subscriber& s) {
    s.parties.reserve(count_loops(node, "2010B"));
    s.claims.reserve(count_loops(node, "2300"));
    walk(node, s.extra,
         [&](model::tag_view t, std::uint32_t i) {
           if (t == "HL" && s.hl.base.tag.empty()) read(i, s.hl, model::hierarchy_fields());
           else if (t == "SBR" && s.sbr.base.tag.empty()) read(i, s.sbr, detail::sbr_fields());
           else if (t == "PAT" && !s.pat) read(i, s.pat.emplace(), detail::pat_fields());
           else return false;
           return true;
         },
         [&](model::tag_view id, std::uint32_t n) {
           if (id.starts_with("2010B")) read_party(n, s.parties.emplace_back());
           else if (id == "2300") claim_of(n, s.claims.emplace_back());
           else if (id == "2000C") dependent(n, s.patients.emplace_back());
           else return false;
           return true;
         });
  }

  void dependent(std::uint32_t node, patient& p) {
    p.claims.reserve(count_loops(node, "2300"));
    walk(node, p.extra,
         [&](model::tag_view t, std::uint32_t i) {
           if (t == "HL" && p.hl.base.tag.empty()) read(i, p.hl, model::hierarchy_fields());
           else if (t == "PAT" && !p.pat) read(i, p.pat.emplace(), detail::pat_fields());
           else return false;
           return true;
         },
         [&](model::tag_view id, std::uint32_t n) {
           if (id == "2010CA") read_party(n, p.parties.emplace_back());
           else if (id == "2300") claim_of(n, p.claims.emplace_back());
           else return false;
           return true;
         });
  }

  void claim_of(std::uint32_t node, claim& c) {
    c.providers.reserve(count_loops(node, "2310"));
    c.lines.reserve(count_loops(node, "2400"));
    walk(node, c.extra,
         [&](model::tag_view t, std::uint32_t i) {
           if (t == "CLM" && c.info.base.tag.empty()) read(i, c.info, detail::clm_fields());
           else if (t == "DTP") read(i, c.dates.emplace_back(), model::date_fields("DTP"));
           else if (t == "CL1" && !c.admission) read(i, c.admission.emplace(), detail::cl1_fields());
           else if (t == "AMT") read(i, c.amounts.emplace_back(), model::amount_fields());
           else if (t == "REF") read(i, c.references.emplace_back(), model::reference_fields());
           else if (t == "HI") read_hi(i, c.codes.emplace_back());
           else return false;
           return true;
         },
         [&](model::tag_view id, std::uint32_t n) {
           if (id.starts_with("2310")) read_party(n, c.providers.emplace_back());
           else if (id == "2320") other_payer(n, c.other_payers.emplace_back());
           else if (id == "2400") line(n, c.lines.emplace_back());
           else return false;
           return true;
         });
  }

  void read_hi(std::uint32_t i, health_codes& out) {
    if (auto e = detail::read_health_codes(raw(i), out)) fail(i, *e);
  }

  void other_payer(std::uint32_t node, other_subscriber& o) {
    o.parties.reserve(count_loops(node, "2330"));
    walk(node, o.extra,
         [&](model::tag_view t, std::uint32_t i) {
           if (t == "SBR" && o.sbr.base.tag.empty()) read(i, o.sbr, detail::sbr_fields());
           else if (t == "CAS") read_cas(i, o.adjustments.emplace_back());
           else if (t == "AMT") read(i, o.amounts.emplace_back(), model::amount_fields());
           else return false;
           return true;
         },
         [&](model::tag_view id, std::uint32_t n) {
           if (!id.starts_with("2330")) return false;
           read_party(n, o.parties.emplace_back());
           return true;
         });
  }

  void line(std::uint32_t node, service_line& l) {
    l.providers.reserve(count_loops(node, "2420"));
    walk(node, l.extra,
         [&](model::tag_view t, std::uint32_t i) {
           if (t == "LX" && l.lx_base.tag.empty()) {
             l.lx_base = raw(i);
             l.number.assign(l.lx_base.element(1));
           } else if ((t == "SV1" || t == "SV2" || t == "SV3") && l.svc.base.tag.empty()) {
             l.svc.tag.assign(t);
             read(i, l.svc, detail::service_fields(t));
           } else if (t == "TOO") read(i, l.teeth.emplace_back(), detail::too_fields());
           else if (t == "DTP") read(i, l.dates.emplace_back(), model::date_fields("DTP"));
           else if (t == "REF") read(i, l.references.emplace_back(), model::reference_fields());
           else if (t == "AMT") read(i, l.amounts.emplace_back(), model::amount_fields());
           else return false;
           return true;
         },
         [&](model::tag_view id, std::uint32_t n) {
           if (id == "2410" && !l.drug_data) drug_of(n, l.drug_data.emplace());
           else if (id.starts_with("2420")) read_party(n, l.providers.emplace_back());
           else if (id == "2430") adjudication(n, l.adjudications.emplace_back());
           else return false;
           return true;
         });
  }

  void drug_of(std::uint32_t node, drug& d) {
    walk(node, d.extra,
         [&](model::tag_view t, std::uint32_t i) {
           if (t == "LIN" && d.lin_base.tag.empty()) {
             d.lin_base = raw(i);
             d.product_qualifier.assign(d.lin_base.element(2));
             d.product_id.assign(d.lin_base.element(3));
           } else if (t == "CTP" && !d.has_price) {
             d.ctp_base = raw(i);
             d.has_price = true;
             auto q = model::read_number(d.ctp_base.element(4));
             if (!q) fail(i, {4, 0, q.error().message});
             else d.quantity = *q;
             d.unit.assign(d.ctp_base.component(5, 1));
           } else if (t == "REF") read(i, d.references.emplace_back(), model::reference_fields());
           else return false;
           return true;
         },
         no_child_loops);
  }

  void adjudication(std::uint32_t node, line_adjudication& a) {
    walk(node, a.extra,
         [&](model::tag_view t, std::uint32_t i) {
           if (t == "SVD" && a.payment.base.tag.empty()) read(i, a.payment, detail::svd_fields());
           else if (t == "CAS") read_cas(i, a.adjustments.emplace_back());
           else if (t == "DTP") read(i, a.dates.emplace_back(), model::date_fields("DTP"));
           else if (t == "AMT") read(i, a.amounts.emplace_back(), model::amount_fields());
           else return false;
           return true;
         },
         no_child_loops);
  }
};

}  // namespace

core::result<claim_set> map_claim_set(const tree::loop_tree& tree, const std::string& file) {
  return model::map_tree<claim_mapper>(tree, file);
}

}  // namespace claimloop::x837
