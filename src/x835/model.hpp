#pragma once
// The typed 835 remittance model (005010X221A1), one struct per loop. Modelled explicitly: BPR,
// TRN, REF, DTM, the 1000A/1000B party loops (N1 N3 N4 REF PER), LX, CLP, CAS, NM1, MIA, MOA,
// AMT, QTY, SVC, LQ and PLB. Everything else (CUR, TS3, TS2, PER in 2100, RDM, ...) is kept as
// extras in its loop so the model writes back the same segments. Amounts are exact decimals.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "x837/parts.hpp"

namespace claimloop::x835 {

using model::adjustment;
using model::amount;
using model::date_value;
using model::extras;
using model::number;
using model::party;
using model::raw_segment;
using model::reference;

// BPR: the payment: handling code (I remittance and payment, H notification only), amount,
// credit/debit, method (ACH, CHK, NON, FWT, BOP), format, both banks and the payment date.
struct payment {
  raw_segment base;
  std::string handling;
  number amount;
  std::string credit_debit, method, format;
  std::string sender_dfi_qualifier, sender_dfi_id, sender_account_qualifier, sender_account;
  std::string originating_company_id, originating_company_code;
  std::string receiver_dfi_qualifier, receiver_dfi_id, receiver_account_qualifier, receiver_account;
  std::string date;  // BPR16
};

// TRN: trace type, check or EFT trace number, payer id, supplemental id.
struct trace {
  raw_segment base;
  std::string type, number, originator, supplemental;
};

// CLP: the claim as the payer adjudicated it.
struct claim_payment {
  raw_segment base;
  std::string patient_control_number;  // CLP01 = 837 CLM01
  std::string status;                  // CLP02: 1 primary, 2 secondary, 3 tertiary, 4 denied, 22 reversal
  number billed, paid, patient_responsibility;  // CLP03, CLP04, CLP05
  std::string filing_indicator;         // CLP06
  std::string payer_claim_number;       // CLP07: the payer's claim control number (837 REF*F8 of a replacement)
  std::string facility_code, frequency_code;  // CLP08, CLP09
  std::string drg_code;                 // CLP11
  number drg_weight, discharge_fraction;  // CLP12, CLP13
};

// MIA (inpatient) and MOA (outpatient) adjudication: amounts, quantities and remark codes.
struct inpatient_adjudication {
  raw_segment base;
  number covered_days, pps_operating_outlier, lifetime_psychiatric_days, drg_amount;
  std::string remark_1;
  number disproportionate_share, msp_pass_through, pps_capital, pps_capital_fsp_drg, pps_capital_hsp_drg,
      pps_capital_dsh_drg, old_capital, pps_capital_ime, pps_operating_hospital_specific_drg, cost_report_day_count,
      nonpayable_professional_component, pps_operating_outlier_2, pps_capital_outlier, indirect_teaching;
  std::string remark_2, remark_3, remark_4, remark_5;
};
struct outpatient_adjudication {
  raw_segment base;
  number reimbursement_rate, hcpcs_payable;
  std::string remark_1, remark_2, remark_3, remark_4, remark_5;
  number esrd_payment, nonpayable_professional_component;
};

// SVC: adjudicated procedure (SVC01), billed, paid, revenue code, units paid, and the procedure
// as submitted (SVC06) when the payer changed it.
struct service_payment {
  raw_segment base;
  std::string procedure_qualifier, procedure_code, modifier_1, modifier_2, modifier_3, modifier_4, description;
  number billed, paid;
  std::string revenue_code;
  number units;
  std::string original_qualifier, original_code, original_modifier_1, original_modifier_2, original_modifier_3,
      original_modifier_4, original_description;
  number original_units;
};

// LQ: a remark code (HE RARC, RX NCPDP reject reason).
struct remark {
  raw_segment base;
  std::string qualifier, code;
};

// 2110: one paid service line.
struct remit_line {
  service_payment svc;
  std::vector<date_value> dates;         // DTM 472, 150, 151
  std::vector<adjustment> adjustments;   // CAS
  std::vector<reference> references;     // REF 6R line item control number, LU, 0K ...
  std::vector<amount> amounts;           // AMT B6 allowed, KH, T, ...
  std::vector<amount> quantities;        // QTY
  std::vector<remark> remarks;           // LQ
  extras extra;

  std::string_view control_number() const noexcept { return model::find_reference(references, "6R"); }
  // AMT*B6, when present.
  number allowed() const;
};

// 2100: one adjudicated claim.
struct remit_claim {
  claim_payment clp;
  std::vector<adjustment> adjustments;   // claim-level CAS
  std::vector<model::name> names;        // NM1: QC patient, IL insured, 74 corrected, 82 rendering, TT, PR, GB
  std::optional<inpatient_adjudication> inpatient;   // MIA
  std::optional<outpatient_adjudication> outpatient; // MOA
  std::vector<reference> references;     // REF: 1L group, EA medical record, F8 original reference ...
  std::vector<date_value> dates;         // DTM 232, 233 statement, 050 received, 036/037 coverage
  std::vector<amount> amounts;           // AMT AU, D8, DY, F5, I, ...
  std::vector<amount> quantities;        // QTY
  std::vector<remit_line> lines;
  extras extra;

  // The NM1 with this entity code ("QC" patient, "IL" insured, "74" corrected name), or nullptr.
  const model::name* name_of(std::string_view entity_code) const noexcept;
};

// 2000: a header number (LX) grouping claims, with TS3/TS2 kept as extras.
struct claim_group {
  raw_segment lx_base;
  std::string number;
  std::vector<remit_claim> claims;
  extras extra;
};

// One PLB adjustment: reason (WO, L6, 72, FB ...), reference, amount (positive reduces the payment).
struct plb_item {
  std::string reason, reference;
  number value;
};
// PLB: provider id, fiscal period date and up to six adjustments.
struct provider_adjustment {
  raw_segment base;
  std::string provider_id, fiscal_period_date;
  std::vector<plb_item> items;
};

// One 835 transaction set.
struct remittance {
  std::string implementation;  // ST03
  std::string control_number;  // ST02 as read
  payment bpr;
  trace trn;
  std::vector<reference> references;  // REF EV receiver, F2 version
  std::vector<date_value> dates;      // DTM 405 production date
  std::vector<party> parties;         // 1000A payer (N1*PR), 1000B payee (N1*PE)
  std::vector<claim_group> groups;
  std::vector<provider_adjustment> provider_adjustments;
  extras extra;

  std::size_t claim_count() const noexcept;
  const party* payer() const noexcept { return model::find_party(parties, "1000A"); }
  const party* payee() const noexcept { return model::find_party(parties, "1000B"); }
};

// A remittance claim with its payment, trace, payer and payee, as the remit reader hands it out.
struct remit_record {
  std::string file, isa13, gs06, st02, implementation;
  payment bpr;
  trace trn;
  party payer, payee;
  remit_claim claim;
};

}  // namespace claimloop::x835
