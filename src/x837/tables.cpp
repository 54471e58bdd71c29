#include "x837/detail/tables.hpp"

namespace claimloop::x837::detail {
namespace {

using model::field;

const field<beginning> BHT[] = {
    {"structure", 1, 0, &beginning::structure}, {"purpose", 2, 0, &beginning::purpose},
    {"reference", 3, 0, &beginning::reference}, {"date", 4, 0, &beginning::date},
    {"time", 5, 0, &beginning::time},           {"transaction_type", 6, 0, &beginning::transaction_type}};
const field<subscriber_info> SBR[] = {
    {"responsibility", 1, 0, &subscriber_info::responsibility}, {"relationship", 2, 0, &subscriber_info::relationship},
    {"group_number", 3, 0, &subscriber_info::group_number},     {"group_name", 4, 0, &subscriber_info::group_name},
    {"insurance_type", 5, 0, &subscriber_info::insurance_type}, {"filing_indicator", 9, 0, &subscriber_info::filing_indicator}};
const field<patient_info> PAT[] = {
    {"relationship", 1, 0, &patient_info::relationship}, {"date_format", 5, 0, &patient_info::date_format},
    {"death_date", 6, 0, &patient_info::death_date},     {"weight_unit", 7, 0, &patient_info::weight_unit},
    {"weight", 8, 0, &patient_info::weight},             {"pregnancy", 9, 0, &patient_info::pregnancy}};
const field<claim_info> CLM[] = {
    {"patient_control_number", 1, 0, &claim_info::patient_control_number},
    {"total_charge", 2, 0, nullptr, &claim_info::total_charge},
    {"facility_code", 5, 1, &claim_info::facility_code},
    {"facility_qualifier", 5, 2, &claim_info::facility_qualifier},
    {"frequency_code", 5, 3, &claim_info::frequency_code},
    {"provider_signature", 6, 0, &claim_info::provider_signature},
    {"assignment", 7, 0, &claim_info::assignment},
    {"benefits_assignment", 8, 0, &claim_info::benefits_assignment},
    {"release_of_information", 9, 0, &claim_info::release_of_information},
    {"patient_signature_source", 10, 0, &claim_info::patient_signature_source},
    {"related_cause_1", 11, 1, &claim_info::related_cause_1},
    {"related_cause_2", 11, 2, &claim_info::related_cause_2},
    {"related_cause_3", 11, 3, &claim_info::related_cause_3},
    {"accident_state", 11, 4, &claim_info::accident_state},
    {"accident_country", 11, 5, &claim_info::accident_country},
    {"special_program", 12, 0, &claim_info::special_program},
    {"delay_reason", 20, 0, &claim_info::delay_reason}};
const field<admission_info> CL1[] = {
    {"admission_type", 1, 0, &admission_info::admission_type},
    {"admission_source", 2, 0, &admission_info::admission_source},
    {"patient_status", 3, 0, &admission_info::patient_status}};

// The C003 procedure composite at element `e`.
#define CLAIMLOOP_PROCEDURE(e)                                                                      \
  {"procedure_qualifier", e, 1, &service::procedure_qualifier}, {"procedure_code", e, 2, &service::procedure_code}, \
      {"modifier_1", e, 3, &service::modifier_1}, {"modifier_2", e, 4, &service::modifier_2},      \
      {"modifier_3", e, 5, &service::modifier_3}, {"modifier_4", e, 6, &service::modifier_4},      \
      {"description", e, 7, &service::description}
const field<service> SV1[] = {
    CLAIMLOOP_PROCEDURE(1),
    {"charge", 2, 0, nullptr, &service::charge},
    {"unit_basis", 3, 0, &service::unit_basis},
    {"units", 4, 0, nullptr, &service::units},
    {"place_of_service", 5, 0, &service::place_of_service},
    {"pointer_1", 7, 1, &service::pointer_1}, {"pointer_2", 7, 2, &service::pointer_2},
    {"pointer_3", 7, 3, &service::pointer_3}, {"pointer_4", 7, 4, &service::pointer_4},
    {"emergency", 9, 0, &service::emergency}, {"epsdt", 11, 0, &service::epsdt},
    {"family_planning", 12, 0, &service::family_planning}, {"copay_status", 15, 0, &service::copay_status}};
const field<service> SV2[] = {
    {"revenue_code", 1, 0, &service::revenue_code},
    CLAIMLOOP_PROCEDURE(2),
    {"charge", 3, 0, nullptr, &service::charge},
    {"unit_basis", 4, 0, &service::unit_basis},
    {"units", 5, 0, nullptr, &service::units},
    {"unit_rate", 6, 0, nullptr, &service::unit_rate},
    {"non_covered_charge", 7, 0, nullptr, &service::non_covered_charge}};
const field<service> SV3[] = {
    CLAIMLOOP_PROCEDURE(1),
    {"charge", 2, 0, nullptr, &service::charge},
    {"place_of_service", 3, 0, &service::place_of_service},
    {"oral_cavity_1", 4, 1, &service::oral_cavity_1}, {"oral_cavity_2", 4, 2, &service::oral_cavity_2},
    {"oral_cavity_3", 4, 3, &service::oral_cavity_3}, {"oral_cavity_4", 4, 4, &service::oral_cavity_4},
    {"oral_cavity_5", 4, 5, &service::oral_cavity_5},
    {"prosthesis", 5, 0, &service::prosthesis},
    {"units", 6, 0, nullptr, &service::units},
    {"pointer_1", 11, 1, &service::pointer_1}, {"pointer_2", 11, 2, &service::pointer_2},
    {"pointer_3", 11, 3, &service::pointer_3}, {"pointer_4", 11, 4, &service::pointer_4}};
#undef CLAIMLOOP_PROCEDURE
const field<tooth> TOO[] = {
    {"qualifier", 1, 0, &tooth::qualifier}, {"code", 2, 0, &tooth::code},
    {"surface_1", 3, 1, &tooth::surface_1}, {"surface_2", 3, 2, &tooth::surface_2},
    {"surface_3", 3, 3, &tooth::surface_3}, {"surface_4", 3, 4, &tooth::surface_4},
    {"surface_5", 3, 5, &tooth::surface_5}};
const field<line_payment> SVD[] = {
    {"payer_id", 1, 0, &line_payment::payer_id},
    {"paid", 2, 0, nullptr, &line_payment::paid},
    {"procedure_qualifier", 3, 1, &line_payment::procedure_qualifier},
    {"procedure_code", 3, 2, &line_payment::procedure_code},
    {"modifier_1", 3, 3, &line_payment::modifier_1}, {"modifier_2", 3, 4, &line_payment::modifier_2},
    {"modifier_3", 3, 5, &line_payment::modifier_3}, {"modifier_4", 3, 6, &line_payment::modifier_4},
    {"description", 3, 7, &line_payment::description},
    {"revenue_code", 4, 0, &line_payment::revenue_code},
    {"units", 5, 0, nullptr, &line_payment::units},
    {"bundled_line", 6, 0, &line_payment::bundled_line}};

constexpr std::size_t HI_CODES = 12;

}  // namespace

table<beginning> bht_fields() { return BHT; }
table<subscriber_info> sbr_fields() { return SBR; }
table<patient_info> pat_fields() { return PAT; }
table<claim_info> clm_fields() { return CLM; }
table<admission_info> cl1_fields() { return CL1; }
table<service> service_fields(std::string_view tag) {
  if (tag == "SV2") return SV2;
  if (tag == "SV3") return SV3;
  return SV1;
}
table<tooth> too_fields() { return TOO; }
table<line_payment> svd_fields() { return SVD; }

std::optional<model::value_error> read_health_codes(raw_segment source, health_codes& out) {
  out.base = std::move(source);
  const raw_segment& seg = out.base;
  out.codes.clear();
  for (std::size_t e = 1; e <= seg.elements.size() && e <= HI_CODES; ++e) {
    const model::component_split part(seg.element(e));
    health_code c;
    c.qualifier.assign(part[1]);
    c.code.assign(part[2]);
    c.date_format.assign(part[3]);
    c.date.assign(part[4]);
    auto v = model::read_number(part[5]);
    if (!v) return model::value_error{static_cast<std::uint8_t>(e), 5, v.error().message};
    auto q = model::read_number(part[6]);
    if (!q) return model::value_error{static_cast<std::uint8_t>(e), 6, q.error().message};
    c.value = *v;
    c.quantity = *q;
    c.present_on_admission.assign(part[9]);
    out.codes.push_back(std::move(c));
  }
  return std::nullopt;
}

raw_segment write_health_codes(const health_codes& in) {
  raw_segment seg = in.base.tag.empty() ? raw_segment{"HI", {}} : in.base;
  if (seg.elements.size() > in.codes.size()) seg.elements.resize(in.codes.size());
  for (std::size_t i = 0; i < in.codes.size(); ++i) {
    const auto e = i + 1;
    const auto& c = in.codes[i];
    const auto old_value = in.base.component(e, 5), old_quantity = in.base.component(e, 6);
    seg.set_component(e, 1, c.qualifier);
    seg.set_component(e, 2, c.code);
    seg.set_component(e, 3, c.date_format);
    seg.set_component(e, 4, c.date);
    seg.set_component(e, 5, model::number_text(c.value, old_value));
    seg.set_component(e, 6, model::number_text(c.quantity, old_quantity));
    seg.set_component(e, 9, c.present_on_admission);
  }
  return seg;
}

}  // namespace claimloop::x837::detail
