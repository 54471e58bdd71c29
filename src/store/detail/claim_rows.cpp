#include "store/detail/claim_rows.hpp"

#include <fmt/format.h>

#include "store/detail/segment_text.hpp"
#include "store/detail/sha1.hpp"

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

core::result<claim_segments> cut(std::span<const model::raw_segment> body) {
  // BHT, 1000A/B, then HL 20, HL 22, optionally HL 23, then CLM to the end.
  std::size_t at[5] = {0, 0, 0, 0, 0};  // first segment of billing, subscriber, patient, claim; end
  for (std::size_t i = 0; i < body.size(); ++i) {
    const auto& s = body[i];
    if (s.tag == "HL") {
      const auto level = s.element(3);
      if (level == "20" && at[0] == 0) at[0] = i;
      else if (level == "22" && at[1] == 0) at[1] = i;
      else if (level == "23" && at[2] == 0) at[2] = i;
    } else if (s.tag == "CLM" && at[3] == 0) {
      at[3] = i;
    }
  }
  if (body.empty() || body[0].tag != "BHT" || at[0] == 0 || at[1] <= at[0] || at[3] <= at[1] ||
      (at[2] != 0 && (at[2] <= at[1] || at[3] <= at[2])))
    return core::invalid_value("the claim's set is not BHT, 1000A/B, 2000A, 2000B, [2000C,] 2300");
  claim_segments out;
  out.bht = body.subspan(0, 1);
  out.parties = body.subspan(1, at[0] - 1);
  out.billing = body.subspan(at[0], at[1] - at[0]);
  const std::size_t subscriber_end = at[2] != 0 ? at[2] : at[3];
  out.subscriber = body.subspan(at[1], subscriber_end - at[1]);
  if (at[2] != 0) out.patient = body.subspan(at[2], at[3] - at[2]);
  out.claim = body.subspan(at[3]);
  return out;
}

core::result<std::int64_t> claim_rows::add(const x837::claim_record& record, const reconcile::billed_claim& billed,
                                           const claim_segments& parts, std::int64_t position) {
  auto id = claim_row(record, billed, position);
  if (!id) return id;
  if (auto r = x12_row(*id, parts); !r) return std::move(r).error();
  if (auto r = line_rows(*id, billed); !r) return std::move(r).error();
  if (auto r = diagnosis_rows(*id, record.claim); !r) return std::move(r).error();
  return id;
}

core::result<std::int64_t> claim_rows::claim_row(const x837::claim_record& r, const reconcile::billed_claim& b,
                                                 std::int64_t position) {
  auto s = db_.prepared(
      "INSERT INTO claims (file_id, position, interchange_control, group_control, set_control, implementation, "
      "submitter_id, billing_npi, payer_id, patient_control_number, frequency_code, original_reference, "
      "clearinghouse_trace, date_from, date_to, charge_cents) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id");
  if (!s) return std::move(s).error();
  return (*s)
      ->with(file_id_, position, r.isa13, r.gs06, r.st02, r.implementation, b.submitter_id, b.billing_npi, b.payer_id,
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

core::result<void> claim_rows::diagnosis_rows(std::int64_t claim_id, const x837::claim& c) {
  const auto codes = c.diagnoses();
  if (codes.empty()) return {};
  auto s = db_.prepared("INSERT INTO claim_diagnoses (claim_id, position, role, code) VALUES ($1, $2, $3, $4)");
  if (!s) return std::move(s).error();
  for (std::size_t i = 0; i < codes.size(); ++i) {
    (*s)->reset();
    if (auto r = (*s)->with(claim_id, i, x837::to_string(codes[i].first), codes[i].second).run(); !r) return r;
  }
  return {};
}

core::result<std::int64_t> claim_rows::block(std::string_view kind, std::span<const model::raw_segment> segments) {
  text_.clear();
  append_segments(segments, text_);
  const std::string hash = sha1_hex(text_);
  std::string key = std::string(kind) + ':' + hash;
  if (auto it = blocks_.find(key); it != blocks_.end()) return it->second;
  auto find = db_.prepared("SELECT id FROM x12_blocks WHERE kind = $1 AND hash = $2");
  if (!find) return std::move(find).error();
  auto row = (*find)->with(kind, hash).step();
  if (!row) return std::move(row).error();
  std::int64_t id = 0;
  if (*row) {
    id = (*find)->integer(0);
    (*find)->reset();
  } else {
    auto insert = db_.prepared("INSERT INTO x12_blocks (kind, hash, segments) VALUES ($1, $2, $3) RETURNING id");
    if (!insert) return std::move(insert).error();
    auto made = (*insert)->with(kind, hash, text_).single_integer();
    if (!made) return made;
    id = *made;
  }
  blocks_.emplace(std::move(key), id);
  return id;
}

core::result<void> claim_rows::x12_row(std::int64_t claim_id, const claim_segments& parts) {
  auto parties = block("parties", parts.parties);
  if (!parties) return std::move(parties).error();
  auto billing = block("billing", parts.billing);
  if (!billing) return std::move(billing).error();
  auto subscriber = block("subscriber", parts.subscriber);
  if (!subscriber) return std::move(subscriber).error();
  std::int64_t patient = 0;
  if (!parts.patient.empty()) {
    auto p = block("patient", parts.patient);
    if (!p) return std::move(p).error();
    patient = *p;
  }
  std::string bht, claim;
  append_segments(parts.bht, bht);
  append_segments(parts.claim, claim);
  auto s = db_.prepared(
      "INSERT INTO claim_x12 (claim_id, bht, parties_block, billing_block, subscriber_block, patient_block, segments) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7)");
  if (!s) return std::move(s).error();
  (*s)->with(claim_id, bht, *parties, *billing, *subscriber);
  (*s)->bind_id(6, patient);
  (*s)->bind(7, claim);
  return (*s)->run();
}

}  // namespace claimloop::store::detail
