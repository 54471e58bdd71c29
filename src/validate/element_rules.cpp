// Element checks. Values are read through tree/fields.hpp so no check allocates for a valid
// segment; only findings allocate.
#include "validate/element_rules.hpp"

#include <algorithm>
#include <span>

#include <fmt/format.h>

#include "syntax/values.hpp"
#include "tree/fields.hpp"
#include "validate/detail/fast_values.hpp"

namespace claimloop::validate {
namespace {

using schema::data_type;

// Where the value being checked sits, for findings.
struct value_at {
  const segment_ref* seg;
  std::uint8_t element;
  std::uint8_t component;
  std::uint16_t repetition;
  std::string_view previous;  // the element before it (DTP02 qualifies DTP03's format)
  const schema::guide* guide;
};

std::string label(const value_at& at) { return element_label(at.seg->s->tag(), at.element, at.component); }

void element_error(reporter& out, const value_at& at, std::string_view ik403, std::string_view value,
                   std::string message) {
  out.element_error(*at.seg, 1, ik403, at.element, at.component, at.repetition, value, std::move(message));
}

// Element n (1-based) of a segment, or "" past the end: segment_view::element, inline here
// because it runs for every position of every segment.
class element_reader {
 public:
  explicit element_reader(const syntax::segment_view& s) noexcept : bytes_(s.bytes()), ends_(s.element_ends()) {}
  std::string_view operator[](std::size_t n) const noexcept {
    if (n == 0 || n >= ends_.size()) return {};
    const std::size_t begin = ends_[n - 1] + 1;
    return bytes_.substr(begin, ends_[n] - begin);
  }

 private:
  std::string_view bytes_;
  std::span<const std::uint32_t> ends_;
};

// The parts of a value split on a separator, one after another (tree::nth_part for n = 1, 2, ...
// without rescanning from the start each time). Past the last part it yields "".
class part_walker {
 public:
  part_walker(std::string_view text, char sep) noexcept : text_(text), sep_(sep) {}
  std::string_view next() noexcept {
    if (done_) return {};
    const std::size_t end = tree::find_byte(text_, sep_, begin_);
    if (end == std::string_view::npos) {
      done_ = true;
      return text_.substr(begin_);
    }
    const std::string_view part = text_.substr(begin_, end - begin_);
    begin_ = end + 1;
    return part;
  }

 private:
  std::string_view text_;
  char sep_;
  std::size_t begin_ = 0;
  bool done_ = false;
};

// X12 counts digits only for N and R (no sign, no decimal point).
std::size_t x12_length(std::string_view v, data_type t) noexcept {
  if (t != data_type::numeric && t != data_type::decimal) return v.size();
  std::size_t n = 0;
  for (char c : v) n += (c >= '0' && c <= '9');
  return n;
}

std::string allowed_codes(const schema::value_use& vu) {
  if (vu.codes.empty()) return fmt::format("a code of list {}", vu.codelist ? vu.codelist->name : "?");
  std::string s = "one of";
  for (std::size_t i = 0; i < vu.codes.size() && i < 12; ++i) s += " " + vu.codes[i];
  if (vu.codes.size() > 12) s += " ...";
  return s;
}

// The common case of the type check, inline: true when `v` is certainly of its type.
// `extended_known`: every byte is already known to be in the extended set.
bool surely_typed(std::string_view v, const schema::data_element& de, bool extended_known) noexcept {
  switch (de.type) {
    case data_type::numeric: return de.implied_decimals <= 9 && detail::surely_numeric(v);
    case data_type::decimal: return detail::surely_real(v);
    case data_type::date: return detail::surely_date(v, syntax::YYMMDD_PIVOT);
    case data_type::time: return detail::surely_time(v);
    case data_type::binary: return true;
    default: return extended_known || detail::all_extended(v);
  }
}

// The type check; returns false when the value failed it (then codes are not checked).
bool check_type(reporter& out, const value_at& at, std::string_view v, const schema::data_element& de) {
  core::result<void> ok;
  const char* code = "6";
  switch (de.type) {
    case data_type::numeric: {
      if (de.implied_decimals <= 9 && detail::surely_numeric(v)) return true;
      auto r = syntax::parse_numeric(v, de.implied_decimals);
      if (!r) ok = r.error();
      break;
    }
    case data_type::decimal: {
      if (detail::surely_real(v)) return true;
      auto r = syntax::parse_real(v);
      if (!r) ok = r.error();
      break;
    }
    case data_type::date: {
      code = "8";
      if (detail::surely_date(v, syntax::YYMMDD_PIVOT)) return true;
      auto r = syntax::parse_date(v);
      if (!r) ok = r.error();
      break;
    }
    case data_type::time: {
      code = "9";
      if (detail::surely_time(v)) return true;
      auto r = syntax::parse_time(v);
      if (!r) ok = r.error();
      break;
    }
    case data_type::binary: return true;
    default:
      // Nearly every value passes: scan first, and build the error (with its message) only for one that fails.
      if (detail::all_extended(v)) return true;
      ok = syntax::check_characters(v, syntax::character_set::extended);
      break;
  }
  if (ok) return true;
  element_error(out, at, code, v, fmt::format("{}: {}", label(at), ok.error().message));
  return false;
}

// Date-time period (1251) in the format its qualifier (1250: D8, RD8) names.
void check_period(reporter& out, const value_at& at, std::string_view v) {
  core::error err;
  if (at.previous == "D8") {
    if (detail::surely_date8(v)) return;
    auto r = syntax::parse_date_ccyymmdd(v);
    if (r) return;
    err = r.error();
  } else if (at.previous == "RD8") {
    if (detail::surely_date_range(v)) return;
    auto r = syntax::parse_date_range(v);
    if (r) return;
    err = r.error();
  } else {
    return;
  }
  element_error(out, at, "8", v, fmt::format("invalid date \"{}\" in {} (format {}): {}", v, label(at), at.previous, err.message));
}

// Element 1251 (date-time period). Byte tests, not std::string == "1251": this runs per value.
bool is_period_element(const std::string& number) noexcept {
  return number.size() == 4 && number[0] == '1' && number[1] == '2' && number[2] == '5' && number[3] == '1';
}

// Length, type and code of one non-empty value.
void check_value(reporter& out, const value_at& at, std::string_view v, const schema::value_use& vu,
                 const schema::data_element* de, bool extended_known = false) {
  const data_type t = de ? de->type : data_type::alphanumeric;
  const std::size_t len = x12_length(v, t);
  bool length_ok = true;
  if (vu.min_length != 0 && len < vu.min_length) {
    element_error(out, at, "4", v, fmt::format("{} \"{}\" is too short: {} < minimum {}", label(at), v, len, vu.min_length));
    length_ok = false;
  } else if (vu.max_length != 0 && len > vu.max_length) {
    element_error(out, at, "5", v, fmt::format("{} \"{}\" is too long: {} > maximum {}", label(at), v, len, vu.max_length));
    length_ok = false;
  }
  // A date or time of the wrong length is already reported; its calendar check would repeat it.
  if (!length_ok && (t == data_type::date || t == data_type::time)) return;
  if (de && !surely_typed(v, *de, extended_known) && !check_type(out, at, v, *de)) return;
  if (de && is_period_element(de->number)) check_period(out, at, v);
  // ST03 names the guide; the guide's errata it also accepts are not invalid codes.
  const bool names_guide = at.element == 3 && at.seg->s->tag() == "ST" && at.guide && at.guide->accepts(v);
  if (vu.restricts_codes() && !vu.allows(v) && !names_guide) {
    element_error(out, at, "7", v, fmt::format("invalid code value \"{}\" in {}, expected {}", v, label(at), allowed_codes(vu)));
  }
}

// Presence of position p, for syntax rules: `present(p)`.
template <class Present>
void check_rules(reporter& out, const segment_ref& seg, const std::vector<schema::syntax_rule>& rules,
                 std::uint8_t element, Present present) {
  using kind = schema::syntax_rule::kind_t;
  for (const auto& rule : rules) {
    const auto& ps = rule.positions;
    std::size_t n = 0;
    for (auto p : ps) n += present(p) ? 1 : 0;
    auto at = [&](std::uint8_t p) { return element == 0 ? value_at{&seg, p, 0, 0, {}, nullptr} : value_at{&seg, element, p, 0, {}, nullptr}; };
    auto missing = [&](std::uint8_t p, std::string_view why) {
      element_error(out, at(p), "2", "", fmt::format("{} missing: syntax rule {} {}", label(at(p)), rule.text, why));
    };
    switch (rule.kind) {
      case kind::paired:
        if (n != 0 && n != ps.size())
          for (auto p : ps) if (!present(p)) missing(p, "requires all of its elements once one is present");
        break;
      case kind::required:
        if (n == 0) missing(ps.front(), "requires at least one of its elements");
        break;
      case kind::exclusion:
        if (n > 1) {
          std::size_t seen = 0;
          for (auto p : ps) {
            if (!present(p) || ++seen < 2) continue;
            element_error(out, at(p), "10", "", fmt::format("{} present: syntax rule {} allows only one of its elements", label(at(p)), rule.text));
          }
        }
        break;
      case kind::conditional:
        if (present(ps.front()))
          for (std::size_t i = 1; i < ps.size(); ++i) if (!present(ps[i])) missing(ps[i], "requires it when the first is present");
        break;
      case kind::list_conditional:
        if (present(ps.front()) && n == 1) missing(ps[1], "requires one of the others when the first is present");
        break;
    }
  }
}

bool is_required(const schema::value_use* vu, schema::requirement req) noexcept {
  return req == schema::requirement::mandatory || (vu && vu->use == schema::usage::required);
}

// One repetition of a composite element.
void check_composite(reporter& out, const value_at& at, std::string_view v, const schema::element_use& eu,
                     const schema::composite_def& comp) {
  const char sep = at.seg->s->delims().component;
  const std::size_t count = tree::part_count(v, sep);
  const std::size_t max = comp.components.empty() ? 0 : comp.components.back().pos;
  const bool indexed = eu.component_positions.size() == max;
  part_walker parts(v, sep);
  // Up to the last defined component too: a required one after the last separator is missing.
  for (std::size_t c = 1; c <= std::max(count, max); ++c) {
    const std::string_view cv = parts.next();
    value_at cat = at;
    cat.component = static_cast<std::uint8_t>(c);
    if (c > max) {
      if (!cv.empty()) element_error(out, cat, "13", cv, fmt::format("{}: too many components ({} > {})", label(at), count, max));
      continue;
    }
    const schema::component_slot* slot = indexed ? eu.component_positions[c - 1].slot : comp.component(c);
    const schema::component_use* cu = indexed ? eu.component_positions[c - 1].use : eu.component(c);
    if (cv.empty()) {
      if (slot && is_required(cu, slot->req)) element_error(out, cat, "1", cv, fmt::format("required component {} missing", label(cat)));
      continue;
    }
    if (!cu || cu->use == schema::usage::not_used) {
      element_error(out, cat, "I10", cv, fmt::format("{} \"{}\" is present but Not Used in this guide", label(cat), cv));
      continue;
    }
    check_value(out, cat, cv, *cu, cu->element ? cu->element : (slot ? slot->element : nullptr));
  }
  check_rules(out, *at.seg, comp.rules, at.element, [&](std::uint8_t p) { return !tree::nth_part(v, sep, p).empty(); });
}

// One element position with a value.
void check_present(reporter& out, const segment_ref& seg, std::uint8_t p, std::string_view v,
                   const schema::element_use& eu, const schema::element_slot& slot, const schema::guide* guide,
                   std::string_view previous, const detail::value_classes& classes) {
  using vc = detail::value_classes;
  const auto& d = seg.s->delims();
  const unsigned cls = classes.scan(v);
  // Only BIN and BDS carry binary elements: skip the tag compares for every other segment.
  const bool repeats = (cls & vc::REPETITION) != 0 &&
                       !(seg.s->tag().starts_with('B') && syntax::is_binary_element(seg.s->tag(), p));
  const std::size_t reps = repeats ? tree::part_count(v, d.repetition) : 1;
  part_walker repetitions(v, repeats ? d.repetition : '\0');
  for (std::size_t r = 1; r <= reps; ++r) {
    const std::string_view rv = repeats ? repetitions.next() : v;
    value_at at{&seg, p, 0, static_cast<std::uint16_t>(eu.repeat > 1 ? r : 0), previous, guide};
    if (r > eu.repeat) {
      at.repetition = static_cast<std::uint16_t>(r);
      element_error(out, at, "12", rv, fmt::format("{}: too many repetitions ({} > {})", label(at), reps, eu.repeat));
      break;
    }
    // One value: what the scan of the whole element found holds for it.
    const bool has_component =
        reps == 1 ? (cls & vc::COMPONENT) != 0 : tree::find_byte(rv, d.component) != std::string_view::npos;
    if (slot.composite) {
      check_composite(out, at, rv, eu, *slot.composite);
    } else if (has_component) {
      element_error(out, at, "13", rv, fmt::format("{} \"{}\" has components but is a simple element", label(at), rv));
    } else if (!rv.empty()) {
      check_value(out, at, rv, eu, eu.element ? eu.element : slot.element, (cls & vc::OUTSIDE_EXTENDED) == 0);
    }
  }
}

// --- quick test -----------------------------------------------------------------------------
// True only when a position certainly yields no finding; anything else goes through the full
// checks above, which decide and word the findings. Reports nothing.

// The type check for a type (the plan has already refused Nn with more than 9 decimals).
bool surely_of_type(std::string_view v, data_type t, bool extended_known) noexcept {
  switch (t) {
    case data_type::numeric: return detail::surely_numeric(v);
    case data_type::decimal: return detail::surely_real(v);
    case data_type::date: return detail::surely_date(v, syntax::YYMMDD_PIVOT);
    case data_type::time: return detail::surely_time(v);
    case data_type::binary: return true;
    default: return extended_known || detail::all_extended(v);
  }
}

// check_value finds nothing in `v`. Inlined: it runs for nearly every value.
[[gnu::always_inline]] inline bool clean_value(const value_plan& vp, std::string_view v, bool extended_known, std::string_view previous) noexcept {
  if (!vp.fast) return false;
  const std::size_t len = x12_length(v, vp.type);
  if (vp.min_length != 0 && len < vp.min_length) return false;
  if (vp.max_length != 0 && len > vp.max_length) return false;
  if (vp.typed && !surely_of_type(v, vp.type, extended_known)) return false;
  if (vp.period) {
    if (previous == "D8" && !detail::surely_date8(v)) return false;
    if (previous == "RD8" && !detail::surely_date_range(v)) return false;
  }
  return vp.codes == nullptr || vp.codes->contains(v);
}

// check_rules finds nothing.
template <class Present>
bool rules_hold(const std::vector<schema::syntax_rule>& rules, Present present) {
  using kind = schema::syntax_rule::kind_t;
  for (const auto& rule : rules) {
    const auto& ps = rule.positions;
    std::size_t n = 0;
    for (auto p : ps) n += present(p) ? 1 : 0;
    const bool first = !ps.empty() && present(ps.front());
    switch (rule.kind) {
      case kind::paired: if (n != 0 && n != ps.size()) return false; break;
      case kind::required: if (n == 0) return false; break;
      case kind::exclusion: if (n > 1) return false; break;
      case kind::conditional: if (first && n != ps.size()) return false; break;
      case kind::list_conditional: if (first && n == 1) return false; break;
    }
  }
  return true;
}

// check_composite finds nothing in one occurrence `v` of a composite (classes `cls`).
bool clean_composite(const position_plan& pp, const segment_plan& sp, std::string_view v, unsigned cls, char sep,
                     std::string_view previous) {
  const std::size_t count = (cls & detail::value_classes::COMPONENT) != 0 ? tree::part_count(v, sep) : 1;
  const std::size_t max = pp.component_count;
  const bool extended_known = (cls & detail::value_classes::OUTSIDE_EXTENDED) == 0;
  part_walker parts(v, sep);
  for (std::size_t c = 1; c <= std::max(count, max); ++c) {
    const std::string_view cv = parts.next();
    if (c > max) {
      if (!cv.empty()) return false;
      continue;
    }
    const position_plan& cp = sp.components[pp.first_component + c - 1];
    if (cv.empty()) {
      if (cp.required) return false;
      continue;
    }
    if (!cp.allowed || !clean_value(cp.value, cv, extended_known, previous)) return false;
  }
  return pp.rules->empty() || rules_hold(*pp.rules, [&](std::uint8_t p) { return !tree::nth_part(v, sep, p).empty(); });
}

// check_elements finds nothing at a position with value `v` (not empty; the one before it is
// `previous`).
// `plain`: the whole segment holds no byte of any class, so `v` needs no scan.
bool clean_present(const position_plan& pp, const segment_plan& sp, std::string_view v, std::string_view previous,
                   const detail::value_classes& classes, char component, bool plain) {
  using vc = detail::value_classes;
  if (!pp.allowed || !pp.repeat_ok) return false;
  const unsigned cls = plain ? 0 : classes.scan(v);
  if ((cls & vc::REPETITION) != 0) return false;
  switch (pp.shape) {
    case position_plan::shape_t::simple:
      return (cls & vc::COMPONENT) == 0 && clean_value(pp.value, v, (cls & vc::OUTSIDE_EXTENDED) == 0, previous);
    case position_plan::shape_t::composite: return clean_composite(pp, sp, v, cls, component, previous);
    case position_plan::shape_t::full_check: return false;
  }
  return false;
}

// check_elements finds nothing in the whole segment. A small loop of its own, apart from the
// full checks: nearly every segment is clean and leaves here.
bool clean_segment(const segment_plan& plan, const syntax::segment_view& s, const schema::segment_def& def,
                   const detail::value_classes& classes) {
  const std::size_t count = s.element_count();
  // Positions past the last one written are empty: clean when none of them is required.
  if (count > plan.positions.size() || plan.last_required > count) return false;
  const element_reader elements(s);
  const char component = s.delims().component;
  const bool plain = classes.surely_plain(s.bytes());
  for (std::size_t p = 1; p <= count; ++p) {
    const std::string_view v = elements[p];
    const position_plan& pp = plan.positions[p - 1];
    if (v.empty()) {
      if (pp.required) return false;
      continue;
    }
    if (!clean_present(pp, plan, v, elements[p - 1], classes, component, plain)) return false;
  }
  return def.rules.empty() || rules_hold(def.rules, [&](std::uint8_t p) { return !elements[p].empty(); });
}

}  // namespace

void check_elements(const segment_ref& seg, const schema::segment_use& use, const schema::guide* guide,
                    const detail::value_classes& classes, const segment_plan* plan, reporter& out) {
  const syntax::segment_view& s = *seg.s;
  const schema::segment_def* def = use.def;
  if (def == nullptr) return;
  const std::size_t max = def->max_position();
  if (plan != nullptr && plan->positions.size() == max && clean_segment(*plan, s, *def, classes)) return;
  // Something may be wrong: the full checks find and word it.
  const element_reader elements(s);
  const bool indexed = use.positions.size() == max;
  for (std::size_t p = 1; p <= s.element_count() || p <= max; ++p) {
    const std::string_view v = elements[p];
    const auto pos = static_cast<std::uint8_t>(p);
    value_at at{&seg, pos, 0, 0, {}, guide};
    if (p > max) {
      if (!v.empty()) element_error(out, at, "3", v, fmt::format("{}: too many data elements ({} has {})", label(at), s.tag(), max));
      continue;
    }
    const schema::element_slot* slot = indexed ? use.positions[p - 1].slot : def->element(p);
    const schema::element_use* eu = indexed ? use.positions[p - 1].use : use.element(p);
    if (v.empty()) {
      if (slot && is_required(eu, slot->req)) element_error(out, at, "1", v, fmt::format("required element {} missing", label(at)));
      continue;
    }
    if (!eu || eu->use == schema::usage::not_used || slot == nullptr) {
      element_error(out, at, "I10", v, fmt::format("{} \"{}\" is present but Not Used in this guide", label(at), v));
      continue;
    }
    check_present(out, seg, pos, v, *eu, *slot, guide, elements[p - 1], classes);
  }
  check_rules(out, seg, def->rules, 0, [&](std::uint8_t p) { return !elements[p].empty(); });
}

}  // namespace claimloop::validate
