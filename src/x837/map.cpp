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
        if (id == "1000A" || id == "1000B") set.parties.push_back(read_party(it.index));
        else if (id == "2000A") set.providers.push_back(billing(it.index));
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
  billing_provider billing(std::uint32_t node) {
    billing_provider b;
    walk(node, b.extra,
         [&](std::string_view t, std::uint32_t i) {
           if (t == "HL" && b.hl.base.tag.empty()) read(i, b.hl, model::hierarchy_fields());
           else if (t == "PRV" && !b.provider_specialty) read(i, b.provider_specialty.emplace(), model::specialty_fields());
           else return false;
           return true;
         },
         [&](std::string_view id, std::uint32_t n) {
           if (id.starts_with("2010A")) b.parties.push_back(read_party(n));
           else if (id == "2000B") b.subscribers.push_back(insured(n));
           else return false;
           return true;
         });
    return b;
  }

  subscriber insured(std::uint32_t node) {
    subscriber s;
    walk(node, s.extra,
         [&](std::string_view t, std::uint32_t i) {
           if (t == "HL" && s.hl.base.tag.empty()) read(i, s.hl, model::hierarchy_fields());
           else if (t == "SBR" && s.sbr.base.tag.empty()) read(i, s.sbr, detail::sbr_fields());
           else if (t == "PAT" && !s.pat) read(i, s.pat.emplace(), detail::pat_fields());
           else return false;
           return true;
         },
         [&](std::string_view id, std::uint32_t n) {
           if (id.starts_with("2010B")) s.parties.push_back(read_party(n));
           else if (id == "2300") s.claims.push_back(claim_of(n));
           else if (id == "2000C") s.patients.push_back(dependent(n));
           else return false;
           return true;
         });
    return s;
  }

  patient dependent(std::uint32_t node) {
    patient p;
    walk(node, p.extra,
         [&](std::string_view t, std::uint32_t i) {
           if (t == "HL" && p.hl.base.tag.empty()) read(i, p.hl, model::hierarchy_fields());
           else if (t == "PAT" && !p.pat) read(i, p.pat.emplace(), detail::pat_fields());
           else return false;
           return true;
         },
         [&](std::string_view id, std::uint32_t n) {
           if (id == "2010CA") p.parties.push_back(read_party(n));
           else if (id == "2300") p.claims.push_back(claim_of(n));
           else return false;
           return true;
         });
    return p;
  }

  claim claim_of(std::uint32_t node) {
    claim c;
    walk(node, c.extra,
         [&](std::string_view t, std::uint32_t i) {
           if (t == "CLM" && c.info.base.tag.empty()) read(i, c.info, detail::clm_fields());
           else if (t == "DTP") read(i, c.dates.emplace_back(), model::date_fields("DTP"));
           else if (t == "CL1" && !c.admission) read(i, c.admission.emplace(), detail::cl1_fields());
           else if (t == "AMT") read(i, c.amounts.emplace_back(), model::amount_fields());
           else if (t == "REF") read(i, c.references.emplace_back(), model::reference_fields());
           else if (t == "HI") read_hi(i, c.codes.emplace_back());
           else return false;
           return true;
         },
         [&](std::string_view id, std::uint32_t n) {
           if (id.starts_with("2310")) c.providers.push_back(read_party(n));
           else if (id == "2320") c.other_payers.push_back(other_payer(n));
           else if (id == "2400") c.lines.push_back(line(n));
           else return false;
           return true;
         });
    return c;
  }

  void read_hi(std::uint32_t i, health_codes& out) {
    if (auto e = detail::read_health_codes(raw(i), out)) fail(i, *e);
  }

  other_subscriber other_payer(std::uint32_t node) {
    other_subscriber o;
    walk(node, o.extra,
         [&](std::string_view t, std::uint32_t i) {
           if (t == "SBR" && o.sbr.base.tag.empty()) read(i, o.sbr, detail::sbr_fields());
           else if (t == "CAS") read_cas(i, o.adjustments.emplace_back());
           else if (t == "AMT") read(i, o.amounts.emplace_back(), model::amount_fields());
           else return false;
           return true;
         },
         [&](std::string_view id, std::uint32_t n) {
           if (!id.starts_with("2330")) return false;
           o.parties.push_back(read_party(n));
           return true;
         });
    return o;
  }

  service_line line(std::uint32_t node) {
    service_line l;
    walk(node, l.extra,
         [&](std::string_view t, std::uint32_t i) {
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
         [&](std::string_view id, std::uint32_t n) {
           if (id == "2410" && !l.drug_data) l.drug_data = drug_of(n);
           else if (id.starts_with("2420")) l.providers.push_back(read_party(n));
           else if (id == "2430") l.adjudications.push_back(adjudication(n));
           else return false;
           return true;
         });
    return l;
  }

  drug drug_of(std::uint32_t node) {
    drug d;
    walk(node, d.extra,
         [&](std::string_view t, std::uint32_t i) {
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
    return d;
  }

  line_adjudication adjudication(std::uint32_t node) {
    line_adjudication a;
    walk(node, a.extra,
         [&](std::string_view t, std::uint32_t i) {
           if (t == "SVD" && a.payment.base.tag.empty()) read(i, a.payment, detail::svd_fields());
           else if (t == "CAS") read_cas(i, a.adjustments.emplace_back());
           else if (t == "DTP") read(i, a.dates.emplace_back(), model::date_fields("DTP"));
           else if (t == "AMT") read(i, a.amounts.emplace_back(), model::amount_fields());
           else return false;
           return true;
         },
         no_child_loops);
    return a;
  }
};

}  // namespace

core::result<claim_set> map_claim_set(const tree::loop_tree& tree, const std::string& file) {
  return model::map_tree<claim_mapper>(tree, file);
}

}  // namespace claimloop::x837
