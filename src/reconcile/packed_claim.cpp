#include "reconcile/packed_claim.hpp"

#include <charconv>

#include "x837/field_table.hpp"

namespace claimloop::reconcile {
namespace {

constexpr char FIELD = '\x1F';
constexpr char LINE = '\x1E';
constexpr char MODIFIER = '\x1D';

void put(std::string& out, std::string_view v) {
  out += v;
  out += FIELD;
}

// Reads fields left to right.
class fields {
 public:
  explicit fields(std::string_view text) : text_(text) {}
  std::string_view next() {
    const auto end = text_.find(FIELD, at_);
    const auto v = text_.substr(at_, end == std::string_view::npos ? std::string_view::npos : end - at_);
    at_ = end == std::string_view::npos ? text_.size() : end + 1;
    return v;
  }

 private:
  std::string_view text_;
  std::size_t at_ = 0;
};

core::result<core::money> cents_of(std::string_view v) {
  core::money m;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), m.cents);
  if (ec != std::errc{} || p != v.data() + v.size()) return core::invalid_value("packed claim: bad amount");
  return m;
}

}  // namespace

std::string pack(const billed_claim& c) {
  std::string out;
  out.reserve(128 + 64 * c.lines.size());
  for (const std::string* f : {&c.patient_control_number, &c.file, &c.submitter_id, &c.billing_npi, &c.payer_id,
                               &c.frequency_code, &c.original_reference, &c.clearinghouse_trace, &c.date_from, &c.date_to})
    put(out, *f);
  put(out, std::to_string(c.charge.cents));
  for (const auto& l : c.lines) {
    out += LINE;
    for (const std::string* f : {&l.number, &l.control_number, &l.qualifier, &l.code, &l.revenue_code, &l.date_from, &l.date_to})
      put(out, *f);
    for (std::size_t i = 0; i < l.modifiers.size(); ++i) {
      if (i) out += MODIFIER;
      out += l.modifiers[i];
    }
    out += FIELD;
    put(out, std::to_string(l.charge.cents));
    put(out, l.units.to_string());
  }
  return out;
}

std::string_view packed_key(std::string_view packed) noexcept { return packed.substr(0, packed.find(FIELD)); }

core::result<billed_claim> unpack(std::string_view packed) {
  billed_claim c;
  const auto first_line = packed.find(LINE);
  fields head(packed.substr(0, first_line));
  for (std::string* f : {&c.patient_control_number, &c.file, &c.submitter_id, &c.billing_npi, &c.payer_id,
                         &c.frequency_code, &c.original_reference, &c.clearinghouse_trace, &c.date_from, &c.date_to})
    *f = head.next();
  auto charge = cents_of(head.next());
  if (!charge) return std::move(charge).error();
  c.charge = *charge;
  for (auto at = first_line; at != std::string_view::npos;) {
    const auto next = packed.find(LINE, at + 1);
    fields f(packed.substr(at + 1, next == std::string_view::npos ? std::string_view::npos : next - at - 1));
    billed_line& l = c.lines.emplace_back();
    for (std::string* v : {&l.number, &l.control_number, &l.qualifier, &l.code, &l.revenue_code, &l.date_from, &l.date_to})
      *v = f.next();
    for (auto mods = f.next(); !mods.empty();) {
      const auto end = mods.find(MODIFIER);
      l.modifiers.emplace_back(mods.substr(0, end));
      mods = end == std::string_view::npos ? std::string_view{} : mods.substr(end + 1);
    }
    auto line_charge = cents_of(f.next());
    if (!line_charge) return std::move(line_charge).error();
    l.charge = *line_charge;
    auto units = model::read_number(f.next());
    if (!units) return std::move(units).error();
    l.units = units->value_or(core::decimal{});
    at = next;
  }
  return c;
}

}  // namespace claimloop::reconcile
