#include "store/claim_store.hpp"

#include <fmt/format.h>

#include "store/detail/clock.hpp"
#include "store/files.hpp"
#include "syntax/values.hpp"

namespace claimloop::store {
namespace {

// Claims joined with their lines, one row per line (or one row for a claim without lines).
constexpr std::string_view CLAIM_COLUMNS =
    "SELECT c.id, f.path, c.submitter_id, c.billing_npi, c.payer_id, c.patient_control_number, c.frequency_code, "
    "c.original_reference, c.clearinghouse_trace, c.date_from, c.date_to, c.charge_cents, "
    "l.line_number, l.control_number, l.procedure_qualifier, l.procedure_code, l.modifiers, l.revenue_code, "
    "l.date_from, l.date_to, l.charge_cents, l.units "
    "FROM claims c JOIN files f ON f.id = c.file_id LEFT JOIN claim_lines l ON l.claim_id = c.id ";

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  for (std::size_t at = 0;;) {
    const auto next = text.find(separator, at);
    out.emplace_back(text.substr(at, next - at));
    if (next == std::string_view::npos) return out;
    at = next + 1;
  }
}

// Walks a CLAIM_COLUMNS result, handing out each claim once its last line is read.
core::result<void> read_claims(const database& db, statement& s,
                               const std::function<void(reconcile::billed_claim&&)>& visit) {
  reconcile::billed_claim current;
  for (;;) {
    auto row = s.step();
    if (!row) return std::move(row).error();
    if (!*row || s.integer(0) != current.id) {
      if (current.id != 0) visit(std::move(current));
      if (!*row) return {};
      current = {};
      current.id = s.integer(0);
      current.file.assign(s.text(1));
      current.submitter_id.assign(s.text(2));
      current.billing_npi.assign(s.text(3));
      current.payer_id.assign(s.text(4));
      current.patient_control_number.assign(s.text(5));
      current.frequency_code.assign(s.text(6));
      current.original_reference.assign(s.text(7));
      current.clearinghouse_trace.assign(s.text(8));
      current.date_from.assign(s.text(9));
      current.date_to.assign(s.text(10));
      current.charge.cents = s.integer(11);
    }
    if (s.is_null(12)) continue;  // a claim without lines
    auto& l = current.lines.emplace_back();
    l.number.assign(s.text(12));
    l.control_number.assign(s.text(13));
    l.qualifier.assign(s.text(14));
    l.code.assign(s.text(15));
    l.modifiers = split(s.text(16), ':');
    l.revenue_code.assign(s.text(17));
    l.date_from.assign(s.text(18));
    l.date_to.assign(s.text(19));
    l.charge.cents = s.integer(20);
    auto units = syntax::parse_real(s.text(21));
    if (!units)
      return database_error(db, fmt::format("claim {} line {}: stored units '{}' are not a number",
                                            current.patient_control_number, l.number, s.text(21)));
    l.units = *units;
  }
}

}  // namespace

core::result<std::span<const reconcile::billed_claim>> claim_store::find(std::string_view pcn) {
  found_.clear();
  static const std::string sql =
      std::string(CLAIM_COLUMNS) + "WHERE c.patient_control_number = $1 ORDER BY c.id, l.position";
  auto s = db_.prepared(sql);
  if (!s) return std::move(s).error();
  (*s)->bind(1, pcn);
  auto r = read_claims(db_, **s, [&](reconcile::billed_claim&& c) { found_.push_back(std::move(c)); });
  if (!r) return std::move(r).error();
  return std::span<const reconcile::billed_claim>(found_);
}

core::result<void> claim_store::each(const std::function<void(const reconcile::billed_claim&)>& visit) {
  // Its own statement, not the cached one: `visit` may call find() or the ledger meanwhile.
  auto s = db_.prepare(std::string(CLAIM_COLUMNS) + "ORDER BY c.patient_control_number, c.id, l.position");
  if (!s) return std::move(s).error();
  return read_claims(db_, **s, [&](reconcile::billed_claim&& c) { visit(c); });
}

core::result<std::string> claim_store::take_payment(const reconcile::payment_key& key, const std::string& file) {
  const std::string text = key.text();
  auto seen = db_.prepared("SELECT f.path FROM payments p JOIN files f ON f.id = p.file_id WHERE p.payment_key = $1");
  if (!seen) return std::move(seen).error();
  auto row = (*seen)->with(text).step();
  if (!row) return std::move(row).error();
  if (*row) {
    std::string first((*seen)->text(0));
    (*seen)->reset();
    return first;
  }
  auto file_id = files_.get(db_, file);
  if (!file_id) return std::move(file_id).error();
  auto amount = syntax::parse_real(key.amount);
  if (!amount) return database_error(db_, fmt::format("payment {}: amount '{}' is not a number", text, key.amount));
  auto cents = amount->to_money();
  if (!cents) return std::move(cents).error();
  auto insert = db_.prepared(
      "INSERT INTO payments (payment_key, payer_id, trace_number, amount_cents, payment_date, file_id, taken_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7)");
  if (!insert) return std::move(insert).error();
  auto r = (*insert)->with(text, key.payer_id, key.trace_number, *cents, key.date, *file_id, detail::utc_now()).run();
  if (!r) return std::move(r).error();
  return std::string{};
}

core::result<std::vector<reconcile::posting>> claim_store::postings(std::int64_t claim_id) {
  auto s = db_.prepared(
      "SELECT p.payer_id, p.payer_claim_number, p.claim_status, p.level, f.path, p.trace_number, p.billed_cents, "
      "p.allowed_cents, p.paid_cents, p.contractual_cents, p.deductible_cents, p.coinsurance_cents, p.copay_cents, "
      "p.other_patient_cents, p.other_adjustments_cents, p.prior_payer_cents "
      "FROM postings p JOIN files f ON f.id = p.file_id WHERE p.claim_id = $1 ORDER BY p.id");
  if (!s) return std::move(s).error();
  (*s)->bind(1, claim_id);
  std::vector<reconcile::posting> out;
  for (;;) {
    auto row = (*s)->step();
    if (!row) return std::move(row).error();
    if (!*row) return out;
    const auto& q = **s;
    auto& p = out.emplace_back();
    p.payer_id.assign(q.text(0));
    p.payer_claim_number.assign(q.text(1));
    p.claim_status.assign(q.text(2));
    p.level = static_cast<int>(q.integer(3));
    p.remit_file.assign(q.text(4));
    p.trace_number.assign(q.text(5));
    auto& a = p.amounts;
    core::money* amounts[] = {&a.billed,      &a.allowed, &a.paid,          &a.contractual,       &a.deductible,
                              &a.coinsurance, &a.copay,   &a.other_patient, &a.other_adjustments, &a.prior_payer};
    for (int i = 0; i < 10; ++i) amounts[i]->cents = q.integer(6 + i);
  }
}

core::result<void> claim_store::post(std::int64_t claim_id, const reconcile::posting& p) {
  auto file_id = files_.get(db_, p.remit_file);
  if (!file_id) return std::move(file_id).error();
  auto s = db_.prepared(
      "INSERT INTO postings (claim_id, file_id, payer_id, payer_claim_number, claim_status, level, trace_number, "
      "billed_cents, allowed_cents, paid_cents, contractual_cents, deductible_cents, coinsurance_cents, copay_cents, "
      "other_patient_cents, other_adjustments_cents, prior_payer_cents, posted_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)");
  if (!s) return std::move(s).error();
  const auto& a = p.amounts;
  return (*s)
      ->with(claim_id, *file_id, p.payer_id, p.payer_claim_number, p.claim_status, p.level, p.trace_number, a.billed,
             a.allowed, a.paid, a.contractual, a.deductible, a.coinsurance, a.copay, a.other_patient,
             a.other_adjustments, a.prior_payer, detail::utc_now())
      .run();
}

core::result<bool> claim_store::has_postings(std::int64_t claim_id) {
  auto s = db_.prepared("SELECT count(*) FROM postings WHERE claim_id = $1");
  if (!s) return std::move(s).error();
  auto n = (*s)->with(claim_id).single_integer();
  if (!n) return std::move(n).error();
  return *n > 0;
}

}  // namespace claimloop::store
