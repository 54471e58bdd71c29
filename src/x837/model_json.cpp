#include "x837/model_json.hpp"

#include "x837/detail/json_parts.hpp"
#include "x837/detail/tables.hpp"

namespace claimloop::x837 {
namespace {

namespace json = boost::json;
using model::detail::array_of;
using model::detail::fields_json;
using model::detail::put_array;
namespace mj = model::detail;

json::object hl_json(const model::hierarchy& h) { return fields_json(h, model::hierarchy_fields()); }

json::object codes_json(const health_codes& hi) {
  json::array codes;
  for (const auto& c : hi.codes) {
    json::object o;
    o["qualifier"] = c.qualifier;
    o["code"] = c.code;
    if (auto r = role_of(c.qualifier); r != diagnosis_role::none) o["role"] = to_string(r);
    if (!c.date_format.empty()) o["date_format"] = c.date_format;
    if (!c.date.empty()) o["date"] = c.date;
    if (c.value) o["amount"] = c.value->to_string();
    if (c.quantity) o["quantity"] = c.quantity->to_string();
    if (!c.present_on_admission.empty()) o["present_on_admission"] = c.present_on_admission;
    codes.push_back(std::move(o));
  }
  json::object o;
  o["codes"] = std::move(codes);
  return o;
}

json::object line_json(const service_line& l) {
  json::object o;
  o["number"] = l.number;
  auto svc = fields_json(l.svc, detail::service_fields(l.svc.tag));
  svc["segment"] = l.svc.tag;
  o["service"] = std::move(svc);
  put_array(o, "teeth", array_of(l.teeth, [](const tooth& t) { return fields_json(t, detail::too_fields()); }));
  put_array(o, "dates", array_of(l.dates, mj::date_json));
  put_array(o, "references", array_of(l.references, mj::reference_json));
  put_array(o, "amounts", array_of(l.amounts, mj::amount_json));
  if (l.drug_data) {
    const auto& d = *l.drug_data;
    json::object dj;
    dj["product_qualifier"] = d.product_qualifier;
    dj["product_id"] = d.product_id;
    if (d.quantity) dj["quantity"] = d.quantity->to_string();
    if (!d.unit.empty()) dj["unit"] = d.unit;
    put_array(dj, "references", array_of(d.references, mj::reference_json));
    put_array(dj, "extra", mj::extras_json(d.extra));
    o["drug"] = std::move(dj);
  }
  put_array(o, "providers", array_of(l.providers, mj::party_json));
  put_array(o, "adjudications", array_of(l.adjudications, [](const line_adjudication& a) {
              json::object aj;
              aj["payment"] = fields_json(a.payment, detail::svd_fields());
              put_array(aj, "adjustments", array_of(a.adjustments, mj::adjustment_json));
              put_array(aj, "dates", array_of(a.dates, mj::date_json));
              put_array(aj, "amounts", array_of(a.amounts, mj::amount_json));
              put_array(aj, "extra", mj::extras_json(a.extra));
              return aj;
            }));
  put_array(o, "extra", mj::extras_json(l.extra));
  return o;
}

json::object claim_json(const claim& c) {
  json::object o;
  o["claim"] = fields_json(c.info, detail::clm_fields());
  if (auto tob = c.type_of_bill(); !tob.empty()) o["type_of_bill"] = tob;
  put_array(o, "dates", array_of(c.dates, mj::date_json));
  if (c.admission) o["admission"] = fields_json(*c.admission, detail::cl1_fields());
  put_array(o, "amounts", array_of(c.amounts, mj::amount_json));
  put_array(o, "references", array_of(c.references, mj::reference_json));
  put_array(o, "health_codes", array_of(c.codes, codes_json));
  put_array(o, "providers", array_of(c.providers, mj::party_json));
  put_array(o, "other_payers", array_of(c.other_payers, [](const other_subscriber& s) {
              json::object so;
              so["subscriber"] = fields_json(s.sbr, detail::sbr_fields());
              put_array(so, "adjustments", array_of(s.adjustments, mj::adjustment_json));
              put_array(so, "amounts", array_of(s.amounts, mj::amount_json));
              put_array(so, "parties", array_of(s.parties, mj::party_json));
              put_array(so, "extra", mj::extras_json(s.extra));
              return so;
            }));
  put_array(o, "lines", array_of(c.lines, line_json));
  put_array(o, "extra", mj::extras_json(c.extra));
  return o;
}

json::object patient_json(const patient& p) {
  json::object o;
  o["hl"] = hl_json(p.hl);
  if (p.pat) o["patient"] = fields_json(*p.pat, detail::pat_fields());
  put_array(o, "parties", array_of(p.parties, mj::party_json));
  put_array(o, "claims", array_of(p.claims, claim_json));
  put_array(o, "extra", mj::extras_json(p.extra));
  return o;
}

json::object subscriber_json(const subscriber& s) {
  json::object o;
  o["hl"] = hl_json(s.hl);
  o["subscriber"] = fields_json(s.sbr, detail::sbr_fields());
  if (s.pat) o["patient"] = fields_json(*s.pat, detail::pat_fields());
  put_array(o, "parties", array_of(s.parties, mj::party_json));
  put_array(o, "claims", array_of(s.claims, claim_json));
  put_array(o, "patients", array_of(s.patients, patient_json));
  put_array(o, "extra", mj::extras_json(s.extra));
  return o;
}

json::object billing_json(const billing_provider& b) {
  json::object o;
  o["hl"] = hl_json(b.hl);
  if (b.provider_specialty) o["specialty"] = fields_json(*b.provider_specialty, model::specialty_fields());
  put_array(o, "parties", array_of(b.parties, mj::party_json));
  put_array(o, "subscribers", array_of(b.subscribers, subscriber_json));
  put_array(o, "extra", mj::extras_json(b.extra));
  return o;
}

json::object set_json(const claim_set& s) {
  json::object o;
  o["transaction"] = "837";
  o["implementation"] = s.implementation;
  o["control_number"] = s.control_number;
  o["beginning"] = fields_json(s.bht, detail::bht_fields());
  put_array(o, "parties", array_of(s.parties, mj::party_json));
  put_array(o, "billing_providers", array_of(s.providers, billing_json));
  put_array(o, "extra", mj::extras_json(s.extra));
  return o;
}

}  // namespace

std::string to_json(const claim_set& set) { return mj::pretty(set_json(set)); }

std::string to_json(const std::vector<claim_set>& sets) { return mj::pretty(array_of(sets, set_json)); }

std::string to_json(const claim_record& r) {
  json::object o = mj::record_origin_json(r);
  o["beginning"] = fields_json(r.bht, detail::bht_fields());
  o["submitter"] = mj::party_json(r.submitter);
  o["receiver"] = mj::party_json(r.receiver);
  o["billing_provider"] = billing_json(r.billing);
  o["subscriber"] = subscriber_json(r.insured);
  if (r.dependent) o["patient"] = patient_json(*r.dependent);
  o["claim"] = claim_json(r.claim);
  return mj::pretty(o);
}

}  // namespace claimloop::x837
