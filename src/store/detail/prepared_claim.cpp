#include "store/detail/prepared_claim.hpp"

#include <fmt/format.h>

#include <optional>

#include "store/detail/segment_text.hpp"
#include "store/detail/sha1.hpp"
#include "x837/claim_records.hpp"
#include "x837/map.hpp"
#include "x837/write.hpp"

namespace claimloop::store::detail {
namespace {

// Says which claim an error is about.
core::error about_claim(core::error e, const x837::claim_record& r) {
  e.message = fmt::format("claim {} (set {} of interchange {}): {}", r.claim.info.patient_control_number, r.st02,
                          r.isa13, e.message);
  if (e.file.empty()) e.file = r.file;
  if (e.segment.empty()) e.segment = "CLM";
  return e;
}

x12_block block_of(std::span<const model::raw_segment> segments) {
  x12_block b;
  if (segments.empty()) return b;
  append_segments(segments, b.text);
  b.hash = sha1_hex(b.text);
  return b;
}

}  // namespace

core::result<claim_segments> cut(std::span<const model::raw_segment> body) {
  // First segment of: billing (HL 20), subscriber (HL 22), patient (HL 23), claim (CLM).
  std::size_t billing = 0, subscriber = 0, patient = 0, claim = 0;
  for (std::size_t i = 0; i < body.size(); ++i) {
    const auto& s = body[i];
    if (s.tag == "HL") {
      const auto level = s.element(3);
      if (level == "20" && billing == 0) billing = i;
      else if (level == "22" && subscriber == 0) subscriber = i;
      else if (level == "23" && patient == 0) patient = i;
    } else if (s.tag == "CLM" && claim == 0) {
      claim = i;
    }
  }
  if (body.empty() || body[0].tag != "BHT" || billing == 0 || subscriber <= billing || claim <= subscriber ||
      (patient != 0 && (patient <= subscriber || claim <= patient)))
    return core::invalid_value("the claim's set is not BHT, 1000A/B, 2000A, 2000B, [2000C,] 2300");
  claim_segments out;
  out.bht = body.subspan(0, 1);
  out.parties = body.subspan(1, billing - 1);
  out.billing = body.subspan(billing, subscriber - billing);
  const std::size_t subscriber_end = patient != 0 ? patient : claim;
  out.subscriber = body.subspan(subscriber, subscriber_end - subscriber);
  if (patient != 0) out.patient = body.subspan(patient, claim - patient);
  out.claim = body.subspan(claim);
  return out;
}

core::result<prepared_claim> prepare_claim(const x837::claim_record& r) {
  // The claim as it would be sent again alone: the facts and the stored X12 come from the same
  // one-claim set, so what is regenerated is what was summarized.
  const auto set = x837::make_set(r);
  std::optional<reconcile::billed_claim> billed;
  auto summed = reconcile::summarize(set, r.file, [&](reconcile::billed_claim&& b) { billed = std::move(b); });
  if (!summed) return about_claim(std::move(summed).error(), r);
  if (!billed) return about_claim(core::invalid_value("the claim could not be summarized"), r);
  const auto body = x837::write_segments(set);
  auto parts = cut(body);
  if (!parts) return about_claim(std::move(parts).error(), r);

  prepared_claim p;
  p.billed = std::move(*billed);
  for (auto& [role, code] : r.claim.diagnoses()) p.diagnoses.emplace_back(x837::to_string(role), std::move(code));
  p.isa13 = r.isa13;
  p.gs06 = r.gs06;
  p.st02 = r.st02;
  p.implementation = r.implementation;
  append_segments(parts->bht, p.bht);
  append_segments(parts->claim, p.claim);
  p.parties = block_of(parts->parties);
  p.billing = block_of(parts->billing);
  p.subscriber = block_of(parts->subscriber);
  p.patient = block_of(parts->patient);
  return p;
}

core::result<std::vector<prepared_claim>> prepare_set(const model::parsed_set& parsed, const std::string& file) {
  auto set = x837::map_claim_set(parsed.tree, file);
  if (!set) return std::move(set).error();
  std::vector<prepared_claim> out;
  out.reserve(set->claim_count());
  x837::claim_record base;
  base.file = file;
  base.isa13 = parsed.unit.context.isa13;
  base.gs06 = parsed.unit.context.gs06;
  base.st02 = parsed.unit.context.st02;
  auto done = x837::take_claim_records(*set, std::move(base), [&](x837::claim_record&& r) -> core::result<void> {
    auto p = prepare_claim(r);
    if (!p) return std::move(p).error();
    out.push_back(std::move(*p));
    return {};
  });
  if (!done) return std::move(done).error();
  return out;
}

}  // namespace claimloop::store::detail
