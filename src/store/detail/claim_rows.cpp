#include "store/detail/claim_rows.hpp"

namespace claimloop::store::detail {
namespace {

std::string joined(const std::vector<std::string>& values, char separator) {
  std::string out;
  for (const auto& v : values) {
    if (!out.empty()) out += separator;
    out += v;
  }
  return out;
}

}  // namespace

core::result<std::int64_t> claim_rows::add(const prepared_claim& claim, std::int64_t position) {
  auto id = claim_row(claim, position);
  if (!id) return id;
  if (auto r = x12_row(*id, claim); !r) return std::move(r).error();
  if (auto r = line_rows(*id, claim.billed); !r) return std::move(r).error();
  if (auto r = diagnosis_rows(*id, claim); !r) return std::move(r).error();
  return id;
}

core::result<std::int64_t> claim_rows::claim_row(const prepared_claim& c, std::int64_t position) {
  auto s = db_.prepared(
      "INSERT INTO claims (file_id, position, interchange_control, group_control, set_control, implementation, "
      "submitter_id, billing_npi, payer_id, patient_control_number, frequency_code, original_reference, "
      "clearinghouse_trace, date_from, date_to, charge_cents) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id");
  if (!s) return std::move(s).error();
  const auto& b = c.billed;
  return (*s)
      ->with(file_id_, position, c.isa13, c.gs06, c.st02, c.implementation, b.submitter_id, b.billing_npi, b.payer_id,
             b.patient_control_number, b.frequency_code, b.original_reference, b.clearinghouse_trace, b.date_from,
             b.date_to, b.charge)
      .single_integer();
}

core::result<void> claim_rows::line_rows(std::int64_t claim_id, const reconcile::billed_claim& b) {
  auto s = db_.prepared(
      "INSERT INTO claim_lines (claim_id, position, line_number, control_number, procedure_qualifier, "
      "procedure_code, modifiers, revenue_code, date_from, date_to, charge_cents, units) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)");
  if (!s) return std::move(s).error();
  for (std::size_t i = 0; i < b.lines.size(); ++i) {
    const auto& l = b.lines[i];
    (*s)->reset();
    auto r = (*s)->with(claim_id, i, l.number, l.control_number, l.qualifier, l.code, joined(l.modifiers, ':'),
                        l.revenue_code, l.date_from, l.date_to, l.charge, l.units.to_string())
                 .run();
    if (!r) return r;
    ++lines_;
  }
  return {};
}

core::result<void> claim_rows::diagnosis_rows(std::int64_t claim_id, const prepared_claim& c) {
  if (c.diagnoses.empty()) return {};
  auto s = db_.prepared("INSERT INTO claim_diagnoses (claim_id, position, role, code) VALUES ($1, $2, $3, $4)");
  if (!s) return std::move(s).error();
  for (std::size_t i = 0; i < c.diagnoses.size(); ++i) {
    (*s)->reset();
    if (auto r = (*s)->with(claim_id, i, c.diagnoses[i].first, c.diagnoses[i].second).run(); !r) return r;
  }
  return {};
}

core::result<std::int64_t> claim_rows::block(std::string_view kind, const x12_block& b) {
  std::string key = std::string(kind) + ':' + b.hash;
  if (auto it = blocks_.find(key); it != blocks_.end()) return it->second;
  // Most subscriber blocks are new: try the insert first, look the block up only when it exists.
  auto insert = db_.prepared(
      "INSERT INTO x12_blocks (kind, hash, segments) VALUES ($1, $2, $3) ON CONFLICT (kind, hash) DO NOTHING "
      "RETURNING id");
  if (!insert) return std::move(insert).error();
  auto row = (*insert)->with(kind, b.hash, b.text).step();
  if (!row) return std::move(row).error();
  std::int64_t id = 0;
  if (*row) {
    id = (*insert)->integer(0);
    if (auto done = (*insert)->run(); !done) return std::move(done).error();
  } else {
    auto find = db_.prepared("SELECT id FROM x12_blocks WHERE kind = $1 AND hash = $2");
    if (!find) return std::move(find).error();
    auto found = (*find)->with(kind, b.hash).single_integer();
    if (!found) return found;
    id = *found;
  }
  blocks_.emplace(std::move(key), id);
  return id;
}

core::result<void> claim_rows::x12_row(std::int64_t claim_id, const prepared_claim& c) {
  auto parties = block("parties", c.parties);
  if (!parties) return std::move(parties).error();
  auto billing = block("billing", c.billing);
  if (!billing) return std::move(billing).error();
  auto subscriber = block("subscriber", c.subscriber);
  if (!subscriber) return std::move(subscriber).error();
  std::int64_t patient = 0;
  if (!c.patient.text.empty()) {
    auto p = block("patient", c.patient);
    if (!p) return std::move(p).error();
    patient = *p;
  }
  auto s = db_.prepared(
      "INSERT INTO claim_x12 (claim_id, bht, parties_block, billing_block, subscriber_block, patient_block, segments) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7)");
  if (!s) return std::move(s).error();
  (*s)->with(claim_id, c.bht, *parties, *billing, *subscriber);
  (*s)->bind_id(6, patient);
  (*s)->bind(7, c.claim);
  return (*s)->run();
}

}  // namespace claimloop::store::detail
