#include "validate/element_plan.hpp"

namespace claimloop::validate {
namespace {

bool is_required(const schema::value_use* vu, schema::requirement req) noexcept {
  return req == schema::requirement::mandatory || (vu && vu->use == schema::usage::required);
}

// Element 1251 (date-time period), whose format DTP02-style qualifiers name.
bool is_period_element(const schema::data_element* de) noexcept { return de != nullptr && de->number == "1251"; }

// The restriction value_use::allows applies, as a code_set; false when only the sorted list
// can answer (a list built without its index), so the quick test must not be used.
bool restriction_of(const schema::value_use& vu, const schema::code_set*& out) {
  out = nullptr;
  if (!vu.codes.empty()) {
    if (vu.code_index.size() == 0) return false;
    out = &vu.code_index;
  } else if (vu.codelist != nullptr && !vu.codelist->external) {
    if (vu.codelist->index.size() == 0 && !vu.codelist->codes.empty()) return false;
    out = &vu.codelist->index;
  }
  return true;
}

value_plan plan_value(const schema::value_use& vu, const schema::data_element* de) {
  value_plan p;
  p.fast = restriction_of(vu, p.codes);
  p.min_length = vu.min_length;
  p.max_length = vu.max_length;
  p.typed = de != nullptr;
  p.type = de ? de->type : schema::data_type::alphanumeric;
  p.period = is_period_element(de);
  if (de && de->type == schema::data_type::numeric && de->implied_decimals > 9) p.fast = false;
  return p;
}

void plan_components(const schema::element_use& eu, segment_plan& sp, position_plan& pp) {
  const auto& comp = *eu.slot->composite;
  const std::size_t max = comp.components.empty() ? 0 : comp.components.back().pos;
  if (eu.component_positions.size() != max) {  // not indexed: the full check runs
    pp.shape = position_plan::shape_t::full_check;
    return;
  }
  pp.shape = position_plan::shape_t::composite;
  pp.first_component = static_cast<std::uint16_t>(sp.components.size());
  pp.component_count = static_cast<std::uint16_t>(max);
  pp.rules = &comp.rules;
  for (const auto& [slot, cu] : eu.component_positions) {
    position_plan cp;
    cp.required = slot && is_required(cu, slot->req);
    cp.allowed = cu != nullptr && cu->use != schema::usage::not_used;
    if (cp.allowed) cp.value = plan_value(*cu, cu->element ? cu->element : (slot ? slot->element : nullptr));
    sp.components.push_back(cp);
  }
}

segment_plan plan_segment(const schema::segment_use& u) {
  segment_plan sp;
  if (u.def == nullptr || u.positions.size() != u.def->max_position()) return sp;
  for (const auto& [slot, eu] : u.positions) {
    position_plan pp;
    pp.required = slot && is_required(eu, slot->req);
    pp.allowed = eu != nullptr && eu->use != schema::usage::not_used && slot != nullptr;
    if (pp.allowed) {
      pp.repeat_ok = eu->repeat >= 1;
      if (slot->composite) plan_components(*eu, sp, pp);
      else pp.value = plan_value(*eu, eu->element ? eu->element : slot->element);
    }
    sp.positions.push_back(pp);
    if (pp.required) sp.last_required = sp.positions.size();
  }
  return sp;
}

}  // namespace

guide_plan::guide_plan(const schema::guide& guide)
    : required_uses_(guide.loops.size()), required_loops_(guide.loops.size()) {
  segments_.reserve(guide.segment_uses.size());
  for (const auto& u : guide.segment_uses) segments_.push_back(plan_segment(u));
  for (const auto& l : guide.loops) {
    for (const schema::segment_use* u : l.segments) {
      if (u->use == schema::usage::required && !u->is_trigger()) required_uses_[l.index].push_back(u);
    }
    for (std::size_t i = 0; i < l.loops.size(); ++i) {
      if (l.loops[i]->use == schema::usage::required) required_loops_[l.index].push_back(static_cast<std::uint32_t>(i));
    }
  }
}

}  // namespace claimloop::validate
