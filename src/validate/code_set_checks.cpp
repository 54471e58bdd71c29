// Level 5 checks. A value the guide already restricts (codes="..." or an enumerated list) and
// refuses was reported at level 1, so it is not reported again here; the tables add dates and
// the external lists the guide cannot enumerate.
#include "validate/code_set_checks.hpp"

#include <array>

#include <fmt/format.h>

#include "codes/shapes.hpp"
#include "syntax/values.hpp"
#include "tree/fields.hpp"

namespace claimloop::validate {
namespace {

constexpr core::snip_level SNIP = 5;

bool is_one_of(std::string_view v, std::initializer_list<std::string_view> set) {
  for (auto s : set) if (v == s) return true;
  return false;
}

// Claim and line loops of the 837s (2300/2400) and the 835 (2100/2110).
bool is_claim_loop(std::string_view id) { return id == "2300" || id == "2100"; }
bool is_line_loop(std::string_view id) { return id == "2400" || id == "2110"; }

// The first day of a D8 / RD8 value, when it parses.
std::optional<core::date> first_day(std::string_view format, std::string_view value) {
  if (format == "D8") {
    auto d = syntax::parse_date_ccyymmdd(value);
    if (d) return *d;
  } else if (format == "RD8") {
    auto r = syntax::parse_date_range(value);
    if (r) return r->from;
  }
  return std::nullopt;
}

// A date on which care was given: DTP*472/434 (837) and DTM*472/150/232 (835).
std::optional<core::date> date_of_service(const syntax::segment_view& s) {
  if (s.is("DTP") && is_one_of(s.element(1), {"472", "434"})) return first_day(s.element(2), s.element(3));
  if (s.is("DTM") && is_one_of(s.element(1), {"472", "150", "232"})) return first_day("D8", s.element(2));
  return std::nullopt;
}

// Earliest date of service in a loop instance and the loops under it.
void earliest_service(const tree::loop_tree& tree, std::uint32_t node, std::optional<core::date>& out) {
  for (std::uint32_t i = tree.loops()[node].first_item; i != tree::NONE; i = tree.items()[i].next) {
    const auto& item = tree.items()[i];
    if (item.is_loop) {
      earliest_service(tree, item.index, out);
      continue;
    }
    const auto d = date_of_service(tree.segments()[item.index]);
    if (d && (!out || *d < *out)) out = d;
  }
}

// True when level 1 owns this value: the guide restricts the position and refuses the value.
bool refused_by_guide(const schema::segment_use* use, std::uint8_t element, std::uint8_t component, std::string_view v) {
  if (use == nullptr) return false;
  const schema::element_use* e = use->element(element);
  if (e == nullptr) return true;  // Not Used: level 1 reports it
  const schema::value_use* vu = e;
  if (component != 0) {
    vu = e->component(component);
    if (vu == nullptr) return true;
  }
  return vu->restricts_codes() && !vu->allows(v);
}

}  // namespace

code_set_checker::code_set_checker(const codes::code_tables& tables, reporter& out, std::optional<core::date> file_date)
    : tables_(tables), out_(out), file_date_(file_date), claim_node_(tree::NONE), line_node_(tree::NONE) {}

void code_set_checker::begin_loop(const tree::loop_tree& tree, std::uint32_t node) {
  const std::string_view id = tree.loop_id(node);
  if (is_claim_loop(id)) {
    claim_node_ = node;
    claim_date_.reset();
    earliest_service(tree, node, claim_date_);
  } else if (is_line_loop(id)) {
    line_node_ = node;
    line_date_.reset();
    earliest_service(tree, node, line_date_);
  }
}

void code_set_checker::end_loop(const tree::loop_tree&, std::uint32_t node) {
  if (node == line_node_) {
    line_node_ = tree::NONE;
    line_date_.reset();
  } else if (node == claim_node_) {
    claim_node_ = tree::NONE;
    claim_date_.reset();
  }
}

void code_set_checker::report(const spot& p, std::string_view ik403, std::string_view value, std::string message) {
  out_.element_error(*p.at, SNIP, ik403, p.element, p.component, 0, value, std::move(message));
}

// One value against one table on the date of service.
void code_set_checker::check_code(const spot& p, std::string_view value, const codes::code_table* table,
                                  std::string_view what, const std::optional<core::date>& on) {
  if (value.empty() || table == nullptr || refused_by_guide(p.use, p.element, p.component, value)) return;
  const codes::code_status status = table->check(value, on);
  if (status == codes::code_status::valid) return;
  // Worded only for a finding: nearly every code is valid.
  const std::string label = element_label(p.at->s->tag(), p.element, p.component);
  const codes::code_entry* e = table->find(value);
  switch (status) {
    case codes::code_status::valid:
      return;
    case codes::code_status::unknown:
      return report(p, "7", value, fmt::format("{} \"{}\" is not a known {}", label, value, what));
    case codes::code_status::not_billable:
      return report(p, "7", value, fmt::format("{} \"{}\" is a {} category header, not a billable code", label, value, what));
    case codes::code_status::retired:
      return report(p, "7", value, fmt::format("{} {} \"{}\" was retired on {}, before the date of service {}", label, what,
                                               value, codes::iso(*e->stop), codes::iso(*on)));
    case codes::code_status::not_yet_valid:
      return report(p, "7", value, fmt::format("{} {} \"{}\" is used on {}, before it took effect on {}", label, what, value,
                                               codes::iso(*on), codes::iso(*e->start)));
  }
}

// SV101 / SV202 / SV301 / SVC01 (and SVC06): qualifier, procedure code, modifiers 3-6.
void code_set_checker::check_procedure(const spot& p, const syntax::segment_view& s) {
  const std::string_view qualifier = tree::component_of(s, p.element, 1), code = tree::component_of(s, p.element, 2);
  auto label = [&] { return element_label(s.tag(), p.element, 2); };
  const spot at_code{p.at, p.use, p.element, 2};
  if (qualifier == "HC" && !code.empty()) {
    if (codes::is_hcpcs_level2_shape(code)) {
      check_code(at_code, code, tables_.hcpcs.get(), "HCPCS Level II code", line_date_ ? line_date_ : claim_date_);
    } else if (!codes::is_cpt_shape(code)) {
      report(at_code, "7", code, fmt::format("{} \"{}\" is not shaped like a CPT (5 digits, or 4 digits + F/T/U) or HCPCS "
                                             "Level II code (letter + 4 digits)", label(), code));
    }
  } else if (qualifier == "AD" && !code.empty() && !codes::is_cdt_shape(code)) {
    report(at_code, "7", code, fmt::format("{} \"{}\" is not shaped like a CDT code (D + 4 digits)", label(), code));
  }
  if (qualifier != "HC" && qualifier != "AD") return;
  for (std::uint8_t c = 3; c <= 6; ++c) {
    const std::string_view mod = tree::component_of(s, p.element, c);
    if (mod.empty()) continue;
    const spot at_mod{p.at, p.use, p.element, c};
    if (!codes::is_modifier_shape(mod)) {
      report(at_mod, "7", mod, fmt::format("{} modifier \"{}\" is not 2 letters or digits", element_label(s.tag(), p.element, c), mod));
    } else if (tables_.hcpcs_modifiers && !tables_.hcpcs_modifiers->empty()) {
      check_code(at_mod, mod, tables_.hcpcs_modifiers.get(), "HCPCS modifier", service_date());
    }
  }
}

// HI01..HI12: ICD-10-CM diagnoses (qualifiers ABK ABF ABJ ABN APR); ICD-9 and procedures skipped.
void code_set_checker::check_diagnoses(const segment_ref& at, const syntax::segment_view& s) {
  const schema::segment_use* use = nullptr;  // qualifiers are checked by level 1; codes are external
  for (std::uint8_t e = 1; e <= 12 && e <= s.element_count(); ++e) {
    if (!is_one_of(tree::component_of(s, e, 1), {"ABK", "ABF", "ABJ", "ABN", "APR"})) continue;
    const std::string_view code = tree::component_of(s, e, 2);
    if (code.empty()) continue;
    const spot p{&at, use, e, 2};
    if (!codes::is_icd10cm_shape(code)) {
      report(p, "7", code, fmt::format("{} \"{}\" is not shaped like an ICD-10-CM code (letter, digit, then 1-5 letters "
                                       "or digits, no dot)", element_label(s.tag(), e, 2), code));
    } else {
      check_code(p, code, tables_.icd10cm.get(), "ICD-10-CM code", claim_date_);
    }
  }
}

void code_set_checker::check_npi(const segment_ref& at, std::uint8_t element, std::string_view value) {
  if (value.empty() || codes::is_valid_npi(value)) return;
  report({&at, nullptr, element, 0}, "7", value,
         fmt::format("{} \"{}\" is not a valid NPI (10 digits with a Luhn check digit over 80840 + the first nine)",
                     element_label(at.s->tag(), element, 0), value));
}

void code_set_checker::check_not_after_file(const segment_ref& at, std::uint8_t element, std::string_view value,
                                            const core::date& d) {
  if (!file_date_ || !(*file_date_ < d)) return;
  report({&at, nullptr, element, 0}, "8", value,
         fmt::format("{} service date {} is after the file's creation date {}", element_label(at.s->tag(), element, 0),
                     codes::iso(d), codes::iso(*file_date_)));
}

// Service dates not after the file date; RD8 periods in order.
void code_set_checker::check_dates(const segment_ref& at, const syntax::segment_view& s) {
  if (s.is("DTP")) {
    const std::string_view format = s.element(2), value = s.element(3);
    if (format == "RD8") {
      auto r = syntax::parse_date_range(value);
      if (r && !r->is_ordered())
        report({&at, nullptr, 3, 0}, "8", value, fmt::format("DTP03 period \"{}\" ends ({}) before it starts ({})", value,
                                                              codes::iso(r->to), codes::iso(r->from)));
    }
    if (!is_one_of(s.element(1), {"472", "434", "435", "096", "431", "439"})) return;
    const auto d = first_day(format, value);
    if (d) check_not_after_file(at, 3, value, *d);
  } else if (s.is("DTM") && is_one_of(s.element(1), {"472", "150", "151", "232", "233"})) {
    const auto d = first_day("D8", s.element(2));
    if (d) check_not_after_file(at, 2, s.element(2), *d);
  }
}

void code_set_checker::segment(const tree::loop_tree& tree, std::uint32_t index, const syntax::segment_view& s,
                               const schema::segment_use* use) {
  if (use == nullptr) return;  // unexpected segments were reported at level 2
  const segment_ref at{&s, index, tree.loop_id(tree.placed()[index].loop)};
  const std::string_view tag = s.tag();
  auto spot_at = [&](std::uint8_t e, std::uint8_t c = 0) { return spot{&at, use, e, c}; };
  if (tag == "BHT" || (tag == "DTM" && s.element(1) == "405")) {
    // The set's own creation date is the tightest bound on its service dates.
    auto d = syntax::parse_date_ccyymmdd(tag == "BHT" ? s.element(4) : s.element(2));
    if (d) file_date_ = *d;
  } else if (tag == "CAS") {
    check_code(spot_at(1), s.element(1), tables_.adjustment_group.get(), "claim adjustment group code", service_date());
    for (std::uint8_t e : std::array<std::uint8_t, 6>{2, 5, 8, 11, 14, 17})
      check_code(spot_at(e), s.element(e), tables_.carc.get(), "claim adjustment reason code (CARC)", service_date());
  } else if (tag == "LQ" && s.element(1) == "HE") {
    check_code(spot_at(2), s.element(2), tables_.rarc.get(), "remittance advice remark code (RARC)", service_date());
  } else if (tag == "MOA" || tag == "MIA") {
    const auto remarks = tag == "MOA" ? std::array<std::uint8_t, 5>{3, 4, 5, 6, 7} : std::array<std::uint8_t, 5>{5, 20, 21, 22, 23};
    for (std::uint8_t e : remarks)
      check_code(spot_at(e), s.element(e), tables_.rarc.get(), "remittance advice remark code (RARC)", service_date());
  } else if (tag == "CLP") {
    check_code(spot_at(2), s.element(2), tables_.claim_status.get(), "claim status code", service_date());
    check_code(spot_at(9), s.element(9), tables_.claim_frequency.get(), "claim frequency code", service_date());
  } else if (tag == "CLM") {
    const std::string_view qualifier = tree::component_of(s, 5, 2);
    const codes::code_table* facility = qualifier == "B" ? tables_.place_of_service.get()
                                        : qualifier == "A" ? tables_.facility_type.get() : nullptr;
    check_code(spot_at(5, 1), tree::component_of(s, 5, 1), facility, qualifier == "B" ? "place of service code" : "facility type code",
               claim_date_);
    check_code(spot_at(5, 3), tree::component_of(s, 5, 3), tables_.claim_frequency.get(), "claim frequency code", claim_date_);
  } else if (tag == "SV1" || tag == "SV2" || tag == "SV3" || tag == "SVC") {
    check_procedure(spot_at(static_cast<std::uint8_t>(tag == "SV2" ? 2 : 1)), s);
    if (tag == "SVC" && !s.element(6).empty()) check_procedure(spot_at(6), s);
    if (tag == "SV1") check_code(spot_at(5), s.element(5), tables_.place_of_service.get(), "place of service code", line_date_);
  } else if (tag == "HI") {
    check_diagnoses(at, s);
  } else if (tag == "NM1") {
    check_code(spot_at(1), s.element(1), tables_.entity_identifier.get(), "entity identifier code", {});
    if (s.element(8) == "XX") check_npi(at, 9, s.element(9));
  } else if (tag == "N1") {
    check_code(spot_at(1), s.element(1), tables_.entity_identifier.get(), "entity identifier code", {});
    if (s.element(3) == "XX") check_npi(at, 4, s.element(4));
  } else if (tag == "REF") {
    check_code(spot_at(1), s.element(1), tables_.reference_qualifier.get(), "reference identification qualifier", {});
  }
  check_dates(at, s);
}

}  // namespace claimloop::validate
