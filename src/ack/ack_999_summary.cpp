// group_response values -> verdicts in words, for people reading a partner's 999.
#include <fmt/format.h>

#include "ack/ack_999_codes.hpp"
#include "ack/ack_999_reader.hpp"

namespace claimloop::ack {

namespace {

std::string element_name(std::string_view segment, std::uint8_t element, std::uint8_t component) {
  std::string out = fmt::format("{}{:02}", segment, element);
  if (component > 0) out += fmt::format("-{}", component);
  return out;
}

// " (claim CLM01 PATIENT-1); triggered by CLM05-3 at position 43 in loop 2300"
std::string describe_contexts(const std::vector<ack_context>& contexts) {
  std::string out;
  for (const auto& c : contexts) {
    if (c.is_business_unit()) {
      out += fmt::format(" (business unit {} {})", c.name, c.value);
      continue;
    }
    out += "; triggered by ";
    out += c.element > 0 ? element_name(c.segment, c.element, c.component) : c.segment;
    if (c.position > 0) out += fmt::format(" at position {}", c.position);
    if (!c.loop.empty()) out += " in loop " + c.loop;
  }
  return out;
}

bool is_accepting(std::string_view status) { return status == "A" || status == "E"; }

set_summary summarize_set(const std::string& group, const set_response& r) {
  set_summary s{group, r.id, r.control_number, r.status, is_accepting(r.status), {}};
  for (const auto& code : r.codes) s.reasons.push_back(fmt::format("{}: {}", code, describe_set_error(code)));
  for (const auto& n : r.segments) {
    s.reasons.push_back(describe(n));
    for (const auto& e : n.elements) s.reasons.push_back("  " + describe(e, n.segment));
  }
  return s;
}

}  // namespace

std::string describe(const segment_note& n) {
  std::string out = fmt::format("{} at position {}", n.segment, n.position);
  if (!n.loop.empty()) out += " in loop " + n.loop;
  out += fmt::format(": {} ({})", describe_segment_error(n.code), n.code);
  return out + describe_contexts(n.contexts);
}

std::string describe(const element_note& e, std::string_view segment) {
  std::string out = element_name(segment, e.element, e.component);
  if (e.repetition > 0) out += fmt::format(" repetition {}", e.repetition);
  if (!e.reference.empty()) out += fmt::format(" (data element {})", e.reference);
  out += fmt::format(": {} ({})", describe_element_error(e.code), e.code);
  if (!e.bad_value.empty()) out += fmt::format(", value '{}'", e.bad_value);
  return out + describe_contexts(e.contexts);
}

std::vector<group_summary> summarize(const ack_999_document& doc) {
  std::vector<group_summary> out;
  for (const auto& ack : doc.acks) {
    const auto& g = ack.response;
    group_summary s;
    s.functional_id = g.functional_id;
    s.control_number = g.control_number;
    s.version = g.version;
    s.status = g.status;
    s.accepted = is_accepting(g.status) || g.status == "P";
    s.included = g.included;
    s.received = g.received;
    s.accepted_sets = g.accepted;
    for (const auto& code : g.codes) s.reasons.push_back(fmt::format("{}: {}", code, describe_group_error(code)));
    for (const auto& r : g.sets) s.sets.push_back(summarize_set(g.control_number, r));
    out.push_back(std::move(s));
  }
  return out;
}

std::string to_text(const group_summary& g) {
  std::string out = fmt::format("group {} ({} {}): {}; {} included, {} received, {} accepted\n", g.control_number,
                                g.functional_id, g.version, describe_ack_status(g.status), g.included, g.received,
                                g.accepted_sets);
  for (const auto& r : g.reasons) out += "  " + r + "\n";
  for (const auto& s : g.sets) {
    out += fmt::format("  set {} ({}): {}\n", s.set_control_number, s.set_id, describe_ack_status(s.status));
    for (const auto& r : s.reasons) out += "    " + r + "\n";
  }
  return out;
}

}  // namespace claimloop::ack
