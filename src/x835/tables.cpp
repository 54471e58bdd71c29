#include "x835/detail/tables.hpp"

namespace claimloop::x835::detail {
namespace {

using model::field;
using P = payment;
using I = inpatient_adjudication;
using O = outpatient_adjudication;
using S = service_payment;

const field<P> BPR[] = {
    {"handling", 1, 0, &P::handling}, {"amount", 2, 0, nullptr, &P::amount},
    {"credit_debit", 3, 0, &P::credit_debit}, {"method", 4, 0, &P::method}, {"format", 5, 0, &P::format},
    {"sender_dfi_qualifier", 6, 0, &P::sender_dfi_qualifier}, {"sender_dfi_id", 7, 0, &P::sender_dfi_id},
    {"sender_account_qualifier", 8, 0, &P::sender_account_qualifier}, {"sender_account", 9, 0, &P::sender_account},
    {"originating_company_id", 10, 0, &P::originating_company_id},
    {"originating_company_code", 11, 0, &P::originating_company_code},
    {"receiver_dfi_qualifier", 12, 0, &P::receiver_dfi_qualifier}, {"receiver_dfi_id", 13, 0, &P::receiver_dfi_id},
    {"receiver_account_qualifier", 14, 0, &P::receiver_account_qualifier},
    {"receiver_account", 15, 0, &P::receiver_account}, {"date", 16, 0, &P::date}};
const field<trace> TRN[] = {
    {"type", 1, 0, &trace::type}, {"number", 2, 0, &trace::number},
    {"originator", 3, 0, &trace::originator}, {"supplemental", 4, 0, &trace::supplemental}};
const field<claim_payment> CLP[] = {
    {"patient_control_number", 1, 0, &claim_payment::patient_control_number},
    {"status", 2, 0, &claim_payment::status},
    {"billed", 3, 0, nullptr, &claim_payment::billed},
    {"paid", 4, 0, nullptr, &claim_payment::paid},
    {"patient_responsibility", 5, 0, nullptr, &claim_payment::patient_responsibility},
    {"filing_indicator", 6, 0, &claim_payment::filing_indicator},
    {"payer_claim_number", 7, 0, &claim_payment::payer_claim_number},
    {"facility_code", 8, 0, &claim_payment::facility_code},
    {"frequency_code", 9, 0, &claim_payment::frequency_code},
    {"drg_code", 11, 0, &claim_payment::drg_code},
    {"drg_weight", 12, 0, nullptr, &claim_payment::drg_weight},
    {"discharge_fraction", 13, 0, nullptr, &claim_payment::discharge_fraction}};
const field<I> MIA[] = {
    {"covered_days", 1, 0, nullptr, &I::covered_days},
    {"pps_operating_outlier", 2, 0, nullptr, &I::pps_operating_outlier},
    {"lifetime_psychiatric_days", 3, 0, nullptr, &I::lifetime_psychiatric_days},
    {"drg_amount", 4, 0, nullptr, &I::drg_amount},
    {"remark_1", 5, 0, &I::remark_1},
    {"disproportionate_share", 6, 0, nullptr, &I::disproportionate_share},
    {"msp_pass_through", 7, 0, nullptr, &I::msp_pass_through},
    {"pps_capital", 8, 0, nullptr, &I::pps_capital},
    {"pps_capital_fsp_drg", 9, 0, nullptr, &I::pps_capital_fsp_drg},
    {"pps_capital_hsp_drg", 10, 0, nullptr, &I::pps_capital_hsp_drg},
    {"pps_capital_dsh_drg", 11, 0, nullptr, &I::pps_capital_dsh_drg},
    {"old_capital", 12, 0, nullptr, &I::old_capital},
    {"pps_capital_ime", 13, 0, nullptr, &I::pps_capital_ime},
    {"pps_operating_hospital_specific_drg", 14, 0, nullptr, &I::pps_operating_hospital_specific_drg},
    {"cost_report_day_count", 15, 0, nullptr, &I::cost_report_day_count},
    {"nonpayable_professional_component", 16, 0, nullptr, &I::nonpayable_professional_component},
    {"pps_operating_outlier_2", 17, 0, nullptr, &I::pps_operating_outlier_2},
    {"pps_capital_outlier", 18, 0, nullptr, &I::pps_capital_outlier},
    {"indirect_teaching", 19, 0, nullptr, &I::indirect_teaching},
    {"remark_2", 20, 0, &I::remark_2}, {"remark_3", 21, 0, &I::remark_3},
    {"remark_4", 22, 0, &I::remark_4}, {"remark_5", 23, 0, &I::remark_5}};
const field<O> MOA[] = {
    {"reimbursement_rate", 1, 0, nullptr, &O::reimbursement_rate},
    {"hcpcs_payable", 2, 0, nullptr, &O::hcpcs_payable},
    {"remark_1", 3, 0, &O::remark_1}, {"remark_2", 4, 0, &O::remark_2}, {"remark_3", 5, 0, &O::remark_3},
    {"remark_4", 6, 0, &O::remark_4}, {"remark_5", 7, 0, &O::remark_5},
    {"esrd_payment", 8, 0, nullptr, &O::esrd_payment},
    {"nonpayable_professional_component", 9, 0, nullptr, &O::nonpayable_professional_component}};
const field<S> SVC[] = {
    {"procedure_qualifier", 1, 1, &S::procedure_qualifier}, {"procedure_code", 1, 2, &S::procedure_code},
    {"modifier_1", 1, 3, &S::modifier_1}, {"modifier_2", 1, 4, &S::modifier_2},
    {"modifier_3", 1, 5, &S::modifier_3}, {"modifier_4", 1, 6, &S::modifier_4},
    {"description", 1, 7, &S::description},
    {"billed", 2, 0, nullptr, &S::billed}, {"paid", 3, 0, nullptr, &S::paid},
    {"revenue_code", 4, 0, &S::revenue_code}, {"units", 5, 0, nullptr, &S::units},
    {"original_qualifier", 6, 1, &S::original_qualifier}, {"original_code", 6, 2, &S::original_code},
    {"original_modifier_1", 6, 3, &S::original_modifier_1}, {"original_modifier_2", 6, 4, &S::original_modifier_2},
    {"original_modifier_3", 6, 5, &S::original_modifier_3}, {"original_modifier_4", 6, 6, &S::original_modifier_4},
    {"original_description", 6, 7, &S::original_description},
    {"original_units", 7, 0, nullptr, &S::original_units}};
const field<remark> LQ[] = {{"qualifier", 1, 0, &remark::qualifier}, {"code", 2, 0, &remark::code}};

constexpr std::size_t PLB_ITEMS = 6;

}  // namespace

table<payment> bpr_fields() { return BPR; }
table<trace> trn_fields() { return TRN; }
table<claim_payment> clp_fields() { return CLP; }
table<inpatient_adjudication> mia_fields() { return MIA; }
table<outpatient_adjudication> moa_fields() { return MOA; }
table<service_payment> svc_fields() { return SVC; }
table<remark> lq_fields() { return LQ; }

std::optional<model::value_error> read_plb(raw_segment source, provider_adjustment& out) {
  out.base = std::move(source);
  const raw_segment& seg = out.base;
  out.provider_id.assign(seg.element(1));
  out.fiscal_period_date.assign(seg.element(2));
  out.items.clear();
  for (std::size_t i = 0; i < PLB_ITEMS; ++i) {
    const std::size_t e = 3 + 2 * i;
    if (seg.element(e).empty() && seg.element(e + 1).empty()) break;
    plb_item item;
    item.reason.assign(seg.component(e, 1));
    item.reference.assign(seg.component(e, 2));
    auto v = model::read_number(seg.element(e + 1));
    if (!v) return model::value_error{static_cast<std::uint8_t>(e + 1), 0, v.error().message};
    item.value = *v;
    out.items.push_back(std::move(item));
  }
  return std::nullopt;
}

raw_segment write_plb(const provider_adjustment& in) {
  raw_segment seg = in.base.tag.empty() ? raw_segment{"PLB", {}} : in.base;
  if (seg.elements.size() > 2 + 2 * in.items.size()) seg.elements.resize(2 + 2 * in.items.size());
  seg.set_component(1, 0, in.provider_id);
  seg.set_component(2, 0, in.fiscal_period_date);
  for (std::size_t i = 0; i < in.items.size() && i < PLB_ITEMS; ++i) {
    const std::size_t e = 3 + 2 * i;
    seg.set_component(e, 1, in.items[i].reason);
    seg.set_component(e, 2, in.items[i].reference);
    seg.set_component(e + 1, 0, model::number_text(in.items[i].value, in.base.element(e + 1)));
  }
  return seg;
}

}  // namespace claimloop::x835::detail
