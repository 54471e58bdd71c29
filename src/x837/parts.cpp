#include "x837/parts.hpp"

namespace claimloop::model {
namespace {

template <class T>
using table = std::span<const field<T>>;

const field<reference> REF_FIELDS[] = {
    {"qualifier", 1, 0, &reference::qualifier}, {"value", 2, 0, &reference::value},
    {"description", 3, 0, &reference::description}};
const field<date_value> DTP_FIELDS[] = {
    {"qualifier", 1, 0, &date_value::qualifier}, {"format", 2, 0, &date_value::format},
    {"period", 3, 0, &date_value::period}};
const field<date_value> DTM_FIELDS[] = {
    {"qualifier", 1, 0, &date_value::qualifier}, {"period", 2, 0, &date_value::period},
    {"time", 3, 0, &date_value::time}};
const field<amount> AMT_FIELDS[] = {{"qualifier", 1, 0, &amount::qualifier}, {"value", 2, 0, nullptr, &amount::value}};
const field<contact> PER_FIELDS[] = {
    {"function", 1, 0, &contact::function},       {"name", 2, 0, &contact::name},
    {"qualifier_1", 3, 0, &contact::qualifier_1}, {"number_1", 4, 0, &contact::number_1},
    {"qualifier_2", 5, 0, &contact::qualifier_2}, {"number_2", 6, 0, &contact::number_2},
    {"qualifier_3", 7, 0, &contact::qualifier_3}, {"number_3", 8, 0, &contact::number_3}};
const field<name> NM1_FIELDS[] = {
    {"entity_code", 1, 0, &name::entity_code},   {"entity_type", 2, 0, &name::entity_type},
    {"last_or_organization", 3, 0, &name::last_or_organization}, {"first", 4, 0, &name::first},
    {"middle", 5, 0, &name::middle},             {"suffix", 7, 0, &name::suffix},
    {"id_qualifier", 8, 0, &name::id_qualifier}, {"id", 9, 0, &name::id}};
const field<name> N1_FIELDS[] = {
    {"entity_code", 1, 0, &name::entity_code}, {"last_or_organization", 2, 0, &name::last_or_organization},
    {"id_qualifier", 3, 0, &name::id_qualifier}, {"id", 4, 0, &name::id}};
const field<street> N3_FIELDS[] = {{"line_1", 1, 0, &street::line_1}, {"line_2", 2, 0, &street::line_2}};
const field<city_line> N4_FIELDS[] = {
    {"city", 1, 0, &city_line::city}, {"state", 2, 0, &city_line::state},
    {"postal_code", 3, 0, &city_line::postal_code}, {"country", 4, 0, &city_line::country},
    {"country_subdivision", 7, 0, &city_line::country_subdivision}};
const field<demographics> DMG_FIELDS[] = {
    {"format", 1, 0, &demographics::format}, {"birth_date", 2, 0, &demographics::birth_date},
    {"gender", 3, 0, &demographics::gender}};
const field<specialty> PRV_FIELDS[] = {
    {"provider_code", 1, 0, &specialty::provider_code}, {"qualifier", 2, 0, &specialty::qualifier},
    {"taxonomy", 3, 0, &specialty::taxonomy}};
const field<hierarchy> HL_FIELDS[] = {
    {"id", 1, 0, &hierarchy::id}, {"parent_id", 2, 0, &hierarchy::parent_id},
    {"level", 3, 0, &hierarchy::level}, {"child_code", 4, 0, &hierarchy::child_code}};

// CAS02..CAS19: six triples of reason, amount, quantity.
constexpr std::size_t CAS_TRIPLES = 6;

}  // namespace

std::span<const field<reference>> reference_fields() { return REF_FIELDS; }
std::span<const field<date_value>> date_fields(std::string_view tag) {
  return tag == "DTM" ? table<date_value>(DTM_FIELDS) : table<date_value>(DTP_FIELDS);
}
std::span<const field<amount>> amount_fields() { return AMT_FIELDS; }
std::span<const field<contact>> contact_fields() { return PER_FIELDS; }
std::span<const field<name>> name_fields(std::string_view tag) {
  return tag == "N1" ? table<name>(N1_FIELDS) : table<name>(NM1_FIELDS);
}
std::span<const field<street>> street_fields() { return N3_FIELDS; }
std::span<const field<city_line>> city_fields() { return N4_FIELDS; }
std::span<const field<demographics>> demographic_fields() { return DMG_FIELDS; }
std::span<const field<specialty>> specialty_fields() { return PRV_FIELDS; }
std::span<const field<hierarchy>> hierarchy_fields() { return HL_FIELDS; }

std::string_view party::reference_value(std::string_view qualifier) const noexcept {
  return find_reference(references, qualifier);
}

const party* find_party(std::span<const party> parties, std::string_view loop) noexcept {
  for (const auto& p : parties)
    if (p.loop == loop) return &p;
  return nullptr;
}

std::string_view find_reference(std::span<const reference> refs, std::string_view qualifier) noexcept {
  for (const auto& r : refs)
    if (r.qualifier == qualifier) return r.value;
  return {};
}

std::optional<value_error> read_adjustment(raw_segment source, adjustment& out) {
  out.base = std::move(source);
  const raw_segment& seg = out.base;
  out.group.assign(seg.element(1));
  out.reasons.clear();
  for (std::size_t t = 0; t < CAS_TRIPLES; ++t) {
    const auto e = static_cast<std::uint8_t>(2 + 3 * t);
    if (seg.element(e).empty() && seg.element(e + 1).empty() && seg.element(e + 2).empty()) {
      if (seg.elements.size() <= e) break;
      continue;  // an empty triple between others: kept by the base, skipped here
    }
    adjustment_reason r;
    r.reason.assign(seg.element(e));
    auto v = read_number(seg.element(e + 1));
    if (!v) return value_error{static_cast<std::uint8_t>(e + 1), 0, v.error().message};
    auto q = read_number(seg.element(e + 2));
    if (!q) return value_error{static_cast<std::uint8_t>(e + 2), 0, q.error().message};
    r.value = *v;
    r.quantity = *q;
    out.reasons.push_back(std::move(r));
  }
  return std::nullopt;
}

raw_segment write_adjustment(const adjustment& in) {
  raw_segment seg{"CAS", {}};
  seg.set_component(1, 0, in.group);
  std::size_t t = 0;
  for (const auto& r : in.reasons) {
    // Skip the empty triples the source had between reasons, so positions stay as read.
    while (t < CAS_TRIPLES && !in.base.tag.empty() && in.base.element(2 + 3 * t) != r.reason &&
           in.base.element(2 + 3 * t).empty())
      ++t;
    if (t >= CAS_TRIPLES) break;
    const std::size_t e = 2 + 3 * t;
    seg.set_component(e, 0, r.reason);
    seg.set_component(e + 1, 0, number_text(r.value, in.base.element(e + 1)));
    seg.set_component(e + 2, 0, number_text(r.quantity, in.base.element(e + 2)));
    ++t;
  }
  return seg;
}

}  // namespace claimloop::model
