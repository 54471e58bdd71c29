// 835 situational rules of the payment (BPR) and its trace (TRN): how the handling code,
// amount and method agree, which bank data a method needs, and the payer identifiers.
#include <fmt/format.h>

#include <array>

#include "rules/detail/scope.hpp"

namespace claimloop::rules::detail {

namespace {

using bank_field = std::pair<std::uint8_t, std::string x835::payment::*>;

// BPR05-BPR09 and BPR12-BPR15: the payment format and both banks' routing and account data.
constexpr std::array<bank_field, 9> BANK_DATA{{{5, &x835::payment::format},
                                               {6, &x835::payment::sender_dfi_qualifier},
                                               {7, &x835::payment::sender_dfi_id},
                                               {8, &x835::payment::sender_account_qualifier},
                                               {9, &x835::payment::sender_account},
                                               {12, &x835::payment::receiver_dfi_qualifier},
                                               {13, &x835::payment::receiver_dfi_id},
                                               {14, &x835::payment::receiver_account_qualifier},
                                               {15, &x835::payment::receiver_account}}};

bool is_zero(const model::number& n) { return n && *n == core::decimal{}; }
std::string amount_text(const model::number& n) { return n ? n->to_string() : std::string(); }
bool moves_money_electronically(std::string_view method) {
  return method == "ACH" || method == "BOP" || method == "FWT";
}

// BPR01 = H (code note quoted in X12 RFI 2228): notification only is used when the payment is zero.
void check_notification_pays_zero(const x835::payment& p, finding_sink& sink) {
  if (p.handling != "H" || !p.amount || is_zero(p.amount)) return;
  sink.error({"", "BPR", 2}, amount_text(p.amount),
             fmt::format("BPR01 = H (notification only, no funds move) but BPR02 pays {}; it must be 0",
                         amount_text(p.amount)));
}

// BPR02 = 0 (X12 RFI 2228): a zero payment is either a notification (H) or a prenotification
// of future transfers (P); any other handling code says money moves.
void check_zero_payment_handling(const x835::payment& p, finding_sink& sink) {
  if (!is_zero(p.amount) || p.handling == "H" || p.handling == "P") return;
  sink.error({"", "BPR", 1}, p.handling,
             fmt::format("BPR02 pays 0 but BPR01 is '{}'; a zero payment uses H (notification only), or P for a "
                         "prenotification",
                         p.handling));
}

// BPR04 = NON (code note, X12 RFIs 352, 2228): non-payment data goes with BPR01 = H only.
void check_non_payment_method(const x835::payment& p, finding_sink& sink) {
  if (p.method != "NON" || p.handling == "H") return;
  sink.error({"", "BPR", 4}, p.method,
             fmt::format("BPR04 = NON (no payment) but BPR01 is '{}'; NON is used only with BPR01 = H", p.handling));
}

// BPR05-BPR09, BPR12-BPR15: required when BPR04 is ACH, BOP or FWT (BPR05, the ACH format,
// for ACH only), so the banks can move the funds.
void check_bank_data_required(const x835::payment& p, finding_sink& sink) {
  if (!moves_money_electronically(p.method)) return;
  for (const auto& [element, field] : BANK_DATA) {
    if (!(p.*field).empty() || (element == 5 && p.method != "ACH")) continue;
    sink.error({"", "BPR", element}, {},
               fmt::format("BPR04 = {} moves funds electronically but BPR{:02} ({}) is empty", p.method, element,
                           element == 5   ? "payment format"
                           : element < 12 ? "payer's bank data"
                                          : "payee's bank data"));
  }
}

// BPR05-BPR09, BPR12-BPR15: "if not required, do not send" for a check (CHK) or no payment
// (NON): X12 RFI 473 notes 5010 forbids bank account data with a check.
void check_bank_data_absent(const x835::payment& p, finding_sink& sink) {
  if (p.method != "CHK" && p.method != "NON") return;
  for (const auto& [element, field] : BANK_DATA) {
    if ((p.*field).empty()) continue;
    sink.error({"", "BPR", element}, p.*field,
               fmt::format("BPR04 = {} but BPR{:02} carries '{}'; bank data is sent only for ACH, BOP or FWT", p.method,
                           element, p.*field));
  }
}

// TRN03 and BPR10 both identify the company initiating the funds transfer (X12 RFI 2041), so
// when both are sent they name the same company: a warning, the guide ties them by definition.
void check_originating_company(const x835::payment& p, const x835::trace& t, finding_sink& sink) {
  if (p.originating_company_id.empty() || t.originator.empty() || p.originating_company_id == t.originator) return;
  sink.warning({"", "TRN", 3}, t.originator,
               fmt::format("TRN03 {} and BPR10 {} should both identify the payer initiating the funds transfer",
                           t.originator, p.originating_company_id));
}

// TRN04 (TR3 note quoted in X12 RFI 2041): when both TRN04 and BPR11 are used they are identical.
void check_originating_supplement(const x835::payment& p, const x835::trace& t, finding_sink& sink) {
  if (p.originating_company_code.empty() || t.supplemental.empty() || p.originating_company_code == t.supplemental)
    return;
  sink.error({"", "TRN", 4}, t.supplemental,
             fmt::format("TRN04 {} differs from BPR11 {}; when both are used they must be identical", t.supplemental,
                         p.originating_company_code));
}

}  // namespace

void check_payment(const x835::remittance& set, finding_sink& sink) {
  check_notification_pays_zero(set.bpr, sink);
  check_zero_payment_handling(set.bpr, sink);
  check_non_payment_method(set.bpr, sink);
  check_bank_data_required(set.bpr, sink);
  check_bank_data_absent(set.bpr, sink);
  check_originating_company(set.bpr, set.trn, sink);
  check_originating_supplement(set.bpr, set.trn, sink);
}

}  // namespace claimloop::rules::detail
