#include "store/result_recorder.hpp"

#include "store/detail/clock.hpp"
#include "store/files.hpp"

namespace claimloop::store {
namespace {

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) {
    if (!out.empty()) out += ':';
    out += v;
  }
  return out;
}

}  // namespace

void result_recorder::keep(core::result<void> r) {
  if (!r && status_) status_ = std::move(r);
}

void result_recorder::on_claim(const reconcile::claim_result& claim) {
  if (status_) keep(record_claim(claim));
}

void result_recorder::on_deposit(const reconcile::deposit_result& deposit) {
  if (status_) keep(record_deposit(deposit));
}

core::result<void> result_recorder::record_claim(const reconcile::claim_result& c) {
  auto file_id = files_.get(db_, c.remit_file);
  if (!file_id) return std::move(file_id).error();
  auto s = db_.prepared(
      "INSERT INTO remit_claims (file_id, trace_number, payer_id, payer_name, patient_control_number, "
      "payer_claim_number, claim_status, crossover_payer, billed_cents, paid_cents, patient_responsibility_cents, "
      "claim_id, method, candidates, total_paid_cents, total_contractual_cents, total_other_adjustments_cents, "
      "total_patient_cents, balance_cents, posting_count, recorded_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21) "
      "RETURNING id");
  if (!s) return std::move(s).error();
  auto& q = **s;
  q.with(*file_id, c.trace_number, c.payer_id, c.payer_name, c.patient_control_number, c.payer_claim_number,
         c.claim_status, c.crossover_payer, c.billed, c.paid, c.patient_responsibility);
  q.bind_id(12, c.matched_claim_id);
  q.bind(13, reconcile::to_string(c.method));
  q.bind(14, c.candidates);
  if (c.totals) {
    const auto& t = *c.totals;
    q.bind(15, t.paid);
    q.bind(16, t.contractual);
    q.bind(17, t.other_adjustments);
    q.bind(18, t.patient);
    q.bind(19, t.balance);
    q.bind(20, t.postings);
  } else {
    for (int n = 15; n <= 20; ++n) q.bind_null(n);
  }
  q.bind(21, detail::utc_now());
  auto id = q.single_integer();
  if (!id) return std::move(id).error();
  if (auto r = record_codes(*id, 0, c.adjustments, c.remarks); !r) return r;
  for (std::size_t i = 0; i < c.lines.size(); ++i) {
    auto line_id = record_line(*id, i, c, c.lines[i]);
    if (!line_id) return std::move(line_id).error();
    if (auto r = record_codes(*id, *line_id, c.lines[i].adjustments, c.lines[i].remarks); !r) return r;
  }
  if (!c.totals) return {};
  // The ledger has just posted this remittance claim to the billed claim: tie the two.
  auto link = db_.prepared(
      "UPDATE postings SET remit_claim_id = $1 WHERE id = (SELECT max(id) FROM postings WHERE claim_id = $2)");
  if (!link) return std::move(link).error();
  return (*link)->with(*id, c.matched_claim_id).run();
}

core::result<std::int64_t> result_recorder::record_line(std::int64_t remit_claim_id, std::size_t position,
                                                        const reconcile::claim_result& c,
                                                        const reconcile::line_result& l) {
  // The coded line by its LX01 (the first, should a claim repeat one), NULL when not matched.
  auto s = db_.prepared(
      "INSERT INTO remit_lines (remit_claim_id, position, control_number, procedure, modifiers, service_date, "
      "billed_cents, paid_cents, allowed_cents, claim_line_id, matched_line, method) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, (SELECT id FROM claim_lines WHERE claim_id = $10 AND "
      "line_number = $11 ORDER BY position LIMIT 1), $11, $12) RETURNING id");
  if (!s) return std::move(s).error();
  auto& q = **s;
  q.with(remit_claim_id, position, l.control_number, l.procedure, joined(l.modifiers), l.service_date, l.billed, l.paid,
         l.allowed);
  q.bind_id(10, l.matched_line.empty() ? 0 : c.matched_claim_id);
  q.bind(11, l.matched_line);
  q.bind(12, reconcile::to_string(l.method));
  return q.single_integer();
}

core::result<void> result_recorder::record_codes(std::int64_t remit_claim_id, std::int64_t remit_line_id,
                                                 const std::vector<reconcile::adjustment_amount>& adjustments,
                                                 const std::vector<std::string>& remarks) {
  if (!adjustments.empty()) {
    auto s = db_.prepared(
        "INSERT INTO remit_adjustments (remit_claim_id, remit_line_id, position, group_code, reason_code, "
        "amount_cents) VALUES ($1, $2, $3, $4, $5, $6)");
    if (!s) return std::move(s).error();
    for (std::size_t i = 0; i < adjustments.size(); ++i) {
      auto& q = **s;
      q.reset();
      q.bind(1, remit_claim_id);
      q.bind_id(2, remit_line_id);
      q.bind(3, i);
      q.bind(4, adjustments[i].group);
      q.bind(5, adjustments[i].reason);
      q.bind(6, adjustments[i].amount);
      if (auto r = q.run(); !r) return r;
    }
  }
  if (remarks.empty()) return {};
  auto s = db_.prepared(
      "INSERT INTO remit_remarks (remit_claim_id, remit_line_id, position, code) VALUES ($1, $2, $3, $4)");
  if (!s) return std::move(s).error();
  for (std::size_t i = 0; i < remarks.size(); ++i) {
    auto& q = **s;
    q.reset();
    q.bind(1, remit_claim_id);
    q.bind_id(2, remit_line_id);
    q.bind(3, i);
    q.bind(4, remarks[i]);
    if (auto r = q.run(); !r) return r;
  }
  return {};
}

core::result<void> result_recorder::record_deposit(const reconcile::deposit_result& d) {
  auto file_id = files_.get(db_, d.remit_file);
  if (!file_id) return std::move(file_id).error();
  auto s = db_.prepared(
      "INSERT INTO deposits (file_id, trace_number, payer_id, payer_name, payee_id, method, payment_date, "
      "amount_cents, claims_paid_cents, provider_adjustments_cents, forward_balance_cents, claim_count, duplicate_of, "
      "balanced, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)");
  if (!s) return std::move(s).error();
  return (*s)
      ->with(*file_id, d.trace_number, d.payer_id, d.payer_name, d.payee_id, d.method, d.payment_date, d.amount,
             d.claims_paid, d.provider_adjustments, d.forward_balance, d.claims, d.duplicate_of, d.balanced() ? 1 : 0,
             detail::utc_now())
      .run();
}

}  // namespace claimloop::store
