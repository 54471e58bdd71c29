// Findings -> 999 verdicts. Everything here is a pure decision on values; writing segments is in
// ack_999_write.cpp, so the decisions can be tested without parsing X12 back.
#include <algorithm>

#include "ack/ack_999.hpp"
#include "ack/ack_999_codes.hpp"
#include "syntax/isa_header.hpp"

namespace claimloop::ack {

namespace {

constexpr std::size_t MAX_CODES = 5;              // IK502..IK506, AK905..AK909
constexpr std::size_t MAX_SEGMENT_CONTEXTS = 9;   // segment-context CTX per IK3
constexpr std::size_t MAX_ELEMENT_CONTEXTS = 10;  // element-context CTX per IK4
constexpr std::string_view SITUATIONAL_TRIGGER = "SITUATIONAL TRIGGER";

void add_code(std::vector<std::string>& codes, std::string_view code) {
  if (code.empty() || codes.size() >= MAX_CODES) return;
  if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.emplace_back(code);
}

std::string trim_right(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return std::string(s);
}

bool reportable(const core::finding& f, const ack_policy& policy) {
  // A claim-level finding no 999 code can express (SNIP 3 balancing, later SNIP 4 rules without
  // an IK code) is the 277CA's to report: counted here it would give IK5*E with no IK502.
  if (f.snip >= 3 && f.ik304.empty() && f.ik403.empty() && f.ack_code.empty()) return false;
  return f.is_error() || (policy.report_warnings && f.level == core::severity::warning);
}

bool rejects(const core::finding& f, const ack_policy& policy) {
  if (!f.is_error()) return false;
  if (f.snip == 0) return true;  // envelope damage: the set cannot be trusted whatever the policy
  return !policy.accept_with_errors && f.snip <= policy.reject_through_snip;
}

bool is_element_finding(const core::finding& f) { return !f.ik403.empty() && f.element > 0; }
bool is_located(const core::finding& f) {
  return (!f.ik304.empty() || !f.ik403.empty()) && f.where.set_index > 0 && !f.segment.empty();
}

ack_context trigger_context(const situational_trigger& t) {
  ack_context c;
  c.name = std::string(SITUATIONAL_TRIGGER);
  c.segment = t.segment;
  c.position = t.position;
  c.loop = t.loop;
  c.element = t.element;
  c.component = t.component;
  c.reference = t.reference;
  return c;
}

// The IK3 a finding belongs to: element findings share the segment's "8" note, segment findings
// get one note per distinct IK304.
segment_note& note_for(std::vector<segment_note>& notes, const core::finding& f) {
  const std::string code = is_element_finding(f) ? "8" : f.ik304;
  for (auto& n : notes) {
    if (n.position == f.where.set_index && n.segment == f.segment && n.code == code) return n;
  }
  segment_note n;
  n.segment = f.segment;
  n.position = f.where.set_index;
  n.loop = f.loop;
  n.code = code;
  notes.push_back(std::move(n));
  return notes.back();
}

void add_element_note(segment_note& note, const core::finding& f, const element_reference_fn& reference) {
  for (const auto& e : note.elements) {
    if (e.element == f.element && e.component == f.component && e.repetition == f.repetition && e.code == f.ik403) return;
  }
  element_note e;
  e.element = f.element;
  e.component = f.component;
  e.repetition = f.repetition;
  if (reference) e.reference = reference(f.segment, f.element, f.component);
  e.code = f.ik403;
  e.bad_value = f.value;
  note.elements.push_back(std::move(e));
}

// CTX segments: situational triggers first, then the business unit (the TR3's order).
void add_contexts(segment_note& note, const received_set& set) {
  for (const auto& t : set.triggers) {
    if (t.at_position != note.position) continue;
    if (t.at_element == 0) {
      if (note.contexts.size() < MAX_SEGMENT_CONTEXTS) note.contexts.push_back(trigger_context(t));
      continue;
    }
    for (auto& e : note.elements) {
      if (e.element == t.at_element && e.contexts.size() < MAX_ELEMENT_CONTEXTS) e.contexts.push_back(trigger_context(t));
    }
  }
  for (const auto& unit : set.business_units) {
    if (note.position >= unit.first_position && note.position <= unit.last_position) {
      ack_context c;
      c.name = unit.element;
      c.value = unit.value;
      note.contexts.push_back(std::move(c));
      break;
    }
  }
}

set_response evaluate_set(const received_set& set, const ack_policy& policy, const element_reference_fn& reference) {
  set_response r{set.id, set.control_number, set.implementation_reference, {}, "A", {}};
  bool rejected = false, errors = false, standard_segments = false, implementation_segments = false;
  std::vector<std::string> envelope_codes;
  for (const auto& f : set.findings) {
    if (!reportable(f, policy)) continue;
    rejected = rejected || rejects(f, policy);
    errors = errors || f.is_error();
    if (f.ik304.empty() && f.ik403.empty()) {
      add_code(envelope_codes, f.ack_code);
      continue;
    }
    const bool implementation = is_element_finding(f) ? is_implementation_code(f.ik403) : is_implementation_code(f.ik304);
    (implementation ? implementation_segments : standard_segments) = true;
    if (!is_located(f)) continue;  // no set position: counted in IK502, no IK3 possible
    auto& note = note_for(r.segments, f);
    if (is_element_finding(f)) add_element_note(note, f, reference);
  }
  std::stable_sort(r.segments.begin(), r.segments.end(), [](const segment_note& a, const segment_note& b) {
    if (a.position != b.position) return a.position < b.position;
    return a.code != "8" && b.code == "8";  // the segment's own problem before its element errors
  });
  for (auto& note : r.segments) add_contexts(note, set);
  r.status = rejected ? "R" : errors ? "E" : "A";
  if (r.status != "A") {
    for (const auto& c : envelope_codes) add_code(r.codes, c);
    if (standard_segments) add_code(r.codes, "5");
    if (implementation_segments) add_code(r.codes, "I5");
  }
  return r;
}

}  // namespace

void keep_units_with_findings(received_set& set) {
  std::vector<std::uint32_t> positions;
  for (const auto& f : set.findings)
    if (f.where.set_index != 0) positions.push_back(f.where.set_index);
  std::sort(positions.begin(), positions.end());
  std::erase_if(set.business_units, [&](const business_unit& u) {
    const auto it = std::lower_bound(positions.begin(), positions.end(), u.first_position);
    return it == positions.end() || *it > u.last_position;
  });
  set.business_units.shrink_to_fit();  // gives the memory back
}

group_response evaluate_group(const received_group& group, const ack_policy& policy, const element_reference_fn& reference) {
  group_response g;
  g.functional_id = group.functional_id;
  g.control_number = group.control_number;
  g.version = group.version;
  for (const auto& set : group.sets) {
    g.sets.push_back(evaluate_set(set, policy, reference));
    if (g.sets.back().status == "A" || g.sets.back().status == "E") ++g.accepted;
  }
  g.received = static_cast<std::uint32_t>(group.sets.size());
  g.included = group.declared_sets >= 0 ? static_cast<std::uint32_t>(group.declared_sets) : g.received;
  for (const auto& f : group.findings) {
    if (f.is_error()) add_code(g.codes, f.ack_code);
  }
  if (group.declared_sets >= 0 && g.included != g.received) add_code(g.codes, "5");
  const bool any_e = std::any_of(g.sets.begin(), g.sets.end(), [](const set_response& s) { return s.status == "E"; });
  if (!g.codes.empty() || (g.received > 0 && g.accepted == 0)) {
    g.status = "R";
  } else if (g.accepted < g.received) {
    g.status = "P";
  } else {
    g.status = any_e ? "E" : "A";
  }
  return g;
}

received_interchange from_isa(const syntax::isa_header& isa) {
  received_interchange in;
  in.sender_qualifier = trim_right(isa.fields[5]);
  in.sender_id = trim_right(isa.fields[6]);
  in.receiver_qualifier = trim_right(isa.fields[7]);
  in.receiver_id = trim_right(isa.fields[8]);
  in.control_number = trim_right(isa.fields[13]);
  in.usage = isa.fields[15].empty() ? 'P' : isa.fields[15].front();
  return in;
}

std::vector<core::finding> route_findings(received_interchange& in, std::span<const core::finding> findings) {
  std::vector<core::finding> unplaced;
  for (const auto& f : findings) {
    auto group = std::find_if(in.groups.begin(), in.groups.end(),
                              [&](const received_group& g) { return g.control_number == f.gs06; });
    if (f.gs06.empty() || group == in.groups.end()) {
      unplaced.push_back(f);
      continue;
    }
    if (f.st02.empty()) {
      group->findings.push_back(f);
      continue;
    }
    auto set = std::find_if(group->sets.begin(), group->sets.end(),
                            [&](const received_set& s) { return s.control_number == f.st02; });
    if (set == group->sets.end()) {
      unplaced.push_back(f);
    } else {
      set->findings.push_back(f);
    }
  }
  return unplaced;
}

}  // namespace claimloop::ack
