#include "x835/model_json.hpp"

#include "x835/detail/tables.hpp"
#include "x837/detail/json_parts.hpp"

namespace claimloop::x835 {
namespace {

namespace json = boost::json;
namespace mj = model::detail;
using mj::array_of;
using mj::fields_json;
using mj::put_array;

json::object quantity_json(const amount& q) { return fields_json(q, model::amount_fields()); }

json::object line_json(const remit_line& l) {
  json::object o;
  o["service"] = fields_json(l.svc, detail::svc_fields());
  put_array(o, "dates", array_of(l.dates, mj::date_json));
  put_array(o, "adjustments", array_of(l.adjustments, mj::adjustment_json));
  put_array(o, "references", array_of(l.references, mj::reference_json));
  put_array(o, "amounts", array_of(l.amounts, mj::amount_json));
  put_array(o, "quantities", array_of(l.quantities, quantity_json));
  put_array(o, "remarks", array_of(l.remarks, [](const remark& r) { return fields_json(r, detail::lq_fields()); }));
  put_array(o, "extra", mj::extras_json(l.extra));
  return o;
}

json::object claim_json(const remit_claim& c) {
  json::object o;
  o["claim"] = fields_json(c.clp, detail::clp_fields());
  put_array(o, "adjustments", array_of(c.adjustments, mj::adjustment_json));
  put_array(o, "names", array_of(c.names, [](const model::name& n) { return fields_json(n, model::name_fields("NM1")); }));
  if (c.inpatient) o["inpatient"] = fields_json(*c.inpatient, detail::mia_fields());
  if (c.outpatient) o["outpatient"] = fields_json(*c.outpatient, detail::moa_fields());
  put_array(o, "references", array_of(c.references, mj::reference_json));
  put_array(o, "dates", array_of(c.dates, mj::date_json));
  put_array(o, "amounts", array_of(c.amounts, mj::amount_json));
  put_array(o, "quantities", array_of(c.quantities, quantity_json));
  put_array(o, "lines", array_of(c.lines, line_json));
  put_array(o, "extra", mj::extras_json(c.extra));
  return o;
}

json::object plb_json(const provider_adjustment& p) {
  json::object o;
  o["provider_id"] = p.provider_id;
  o["fiscal_period_date"] = p.fiscal_period_date;
  json::array items;
  for (const auto& i : p.items) {
    json::object io;
    io["reason"] = i.reason;
    if (!i.reference.empty()) io["reference"] = i.reference;
    if (i.value) io["amount"] = i.value->to_string();
    items.push_back(std::move(io));
  }
  o["adjustments"] = std::move(items);
  return o;
}

json::object set_json(const remittance& r) {
  json::object o;
  o["transaction"] = "835";
  o["implementation"] = r.implementation;
  o["control_number"] = r.control_number;
  o["payment"] = fields_json(r.bpr, detail::bpr_fields());
  o["trace"] = fields_json(r.trn, detail::trn_fields());
  put_array(o, "references", array_of(r.references, mj::reference_json));
  put_array(o, "dates", array_of(r.dates, mj::date_json));
  put_array(o, "parties", array_of(r.parties, mj::party_json));
  put_array(o, "claim_groups", array_of(r.groups, [](const claim_group& g) {
              json::object go;
              go["number"] = g.number;
              put_array(go, "claims", array_of(g.claims, claim_json));
              put_array(go, "extra", mj::extras_json(g.extra));
              return go;
            }));
  put_array(o, "provider_adjustments", array_of(r.provider_adjustments, plb_json));
  put_array(o, "extra", mj::extras_json(r.extra));
  return o;
}

}  // namespace

std::string to_json(const remittance& r) { return mj::pretty(set_json(r)); }

std::string to_json(const std::vector<remittance>& sets) { return mj::pretty(array_of(sets, set_json)); }

std::string to_json(const remit_record& r) {
  json::object o = mj::record_origin_json(r);
  o["payment"] = fields_json(r.bpr, detail::bpr_fields());
  o["trace"] = fields_json(r.trn, detail::trn_fields());
  o["payer"] = mj::party_json(r.payer);
  o["payee"] = mj::party_json(r.payee);
  o["claim"] = claim_json(r.claim);
  return mj::pretty(o);
}

}  // namespace claimloop::x835
