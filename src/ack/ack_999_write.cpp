// 999 content -> X12 segments, inside an interchange built by envelope::interchange_builder.
#include <fmt/format.h>

#include "ack/ack_999.hpp"
#include "ack/detail/reply_envelope.hpp"

namespace claimloop::ack {

namespace {

constexpr std::string_view ACK_VERSION = "005010X231A1";
constexpr std::size_t MAX_BAD_DATA = 99;  // IK404 is AN 1/99

std::string number(std::uint64_t n) { return fmt::format("{}", n); }

// IK303 and CTX04 are data element 447, AN 1/4: a guide loop id such as "2010AA" does not fit,
// so its loop number ("2010") is sent, the part the element can carry.
constexpr std::size_t MAX_LOOP_ID = 4;
std::string_view loop_code(std::string_view loop) { return loop.substr(0, std::min(loop.size(), MAX_LOOP_ID)); }

// IK404 quotes the sender's bytes; a copy that holds one of our delimiters cannot be written
// (X12 has no escape), so it is left out rather than failing the whole acknowledgment.
std::string_view bad_data_copy(std::string_view value, const syntax::delimiters& d) {
  if (value.size() > MAX_BAD_DATA) value = value.substr(0, MAX_BAD_DATA);
  for (char c : value) {
    if (d.is_delimiter(c) || c == '\r' || c == '\n') return {};
  }
  return value;
}

// C030 position in segment: element[:component[:repetition]].
void position_composite(syntax::segment_builder& s, std::uint8_t element, std::uint8_t component,
                        std::uint16_t repetition) {
  s.element(number(element));
  if (component > 0 || repetition > 0) s.component(component > 0 ? number(component) : std::string());
  if (repetition > 0) s.component(number(repetition));
}

void context_segment(syntax::segment_builder& s, const ack_context& c) {
  s.reset("CTX").element(c.name);
  if (c.is_business_unit()) {
    s.component(c.value);
    return;
  }
  s.element(c.segment).element(c.position > 0 ? number(c.position) : std::string()).element(loop_code(c.loop));
  if (c.element > 0) {
    position_composite(s, c.element, c.component, 0);
  } else {
    s.element();
  }
  s.element(c.reference);
}

core::result<void> write_element_note(const element_note& e, envelope::interchange_builder& b,
                                      syntax::segment_builder& s) {
  s.reset("IK4");
  position_composite(s, e.element, e.component, e.repetition);
  s.element(e.reference).element(e.code).element(bad_data_copy(e.bad_value, b.writer().delims()));
  if (auto ok = b.add(s); !ok) return ok;
  for (const auto& c : e.contexts) {
    context_segment(s, c);
    if (auto ok = b.add(s); !ok) return ok;
  }
  return {};
}

core::result<void> write_segment_note(const segment_note& n, envelope::interchange_builder& b,
                                      syntax::segment_builder& s) {
  s.reset("IK3").element(n.segment).element(number(n.position)).element(loop_code(n.loop)).element(n.code);
  if (auto ok = b.add(s); !ok) return ok;
  for (const auto& c : n.contexts) {
    context_segment(s, c);
    if (auto ok = b.add(s); !ok) return ok;
  }
  for (const auto& e : n.elements) {
    if (auto ok = write_element_note(e, b, s); !ok) return ok;
  }
  return {};
}

core::result<void> write_set_response(const set_response& r, envelope::interchange_builder& b,
                                      syntax::segment_builder& s) {
  s.reset("AK2").element(r.id).element(r.control_number).element(r.implementation_reference);
  if (auto ok = b.add(s); !ok) return ok;
  for (const auto& n : r.segments) {
    if (auto ok = write_segment_note(n, b, s); !ok) return ok;
  }
  s.reset("IK5").element(r.status);
  for (const auto& c : r.codes) s.element(c);
  return b.add(s);
}

core::error no_groups() {
  core::error e;
  e.code = core::errc::invalid_argument;
  e.segment = "GS";
  e.message = "the received interchange has no functional group to acknowledge";
  return e;
}

}  // namespace

core::result<void> write_999_body(const group_response& response, envelope::interchange_builder& builder) {
  syntax::segment_builder s;
  s.reset("AK1").element(response.functional_id).element(response.control_number).element(response.version);
  if (auto ok = builder.add(s); !ok) return ok;
  for (const auto& r : response.sets) {
    if (auto ok = write_set_response(r, builder, s); !ok) return ok;
  }
  s.reset("AK9").element(response.status).element(number(response.included)).element(number(response.received));
  s.element(number(response.accepted));
  for (const auto& c : response.codes) s.element(c);
  return builder.add(s);
}

core::result<void> write_999(const received_interchange& in, const ack_999_options& options, envelope::output& out) {
  if (in.groups.empty()) return no_groups();
  auto w = syntax::writer::create(options.delimiters);
  if (!w) return std::move(w).error();
  const auto isa = detail::reply_isa(in, options.interchange_control_number, options.date, options.time);
  envelope::interchange_builder builder(std::move(*w), isa, out,
                                        {options.first_group_control_number, options.first_set_control_number});
  const received_group* previous = nullptr;
  for (const auto& g : in.groups) {
    // Groups from the same application sender/receiver pair share one FA group.
    if (previous == nullptr || previous->app_sender != g.app_sender || previous->app_receiver != g.app_receiver) {
      const auto gs = detail::reply_gs(g, "FA", std::string(ACK_VERSION), options.date, options.time);
      if (auto ok = builder.begin_group(gs); !ok) return ok;
    }
    previous = &g;
    if (auto ok = builder.begin_set({"999", std::string(ACK_VERSION)}); !ok) return ok;
    if (auto ok = write_999_body(evaluate_group(g, options.policy, options.reference), builder); !ok) return ok;
    if (auto ok = builder.end_set(); !ok) return ok;
  }
  return builder.finish();
}

core::result<std::string> build_999(const received_interchange& in, const ack_999_options& options) {
  std::string bytes;
  envelope::output out(bytes);
  if (auto ok = write_999(in, options, out); !ok) return ok.error();
  return bytes;
}

}  // namespace claimloop::ack
