#include "ack/ta1.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "syntax/writer.hpp"

namespace claimloop::ack {

namespace {

std::string trimmed(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  return std::string(s);
}

bool counts_for_ta1(const envelope::finding& f) {
  return f.is_error() && f.level == envelope::level::interchange && !f.ta1_note.empty();
}

}  // namespace

bool is_rejecting_note(std::string_view note) noexcept {
  // Standard/version unsupported, unusable terminator or separators, an unusable or duplicate
  // control number, broken structure, premature end, content that cannot be read.
  static constexpr std::string_view REJECTING[] = {"002", "003", "004", "016", "017", "018",
                                                   "022", "023", "024", "025", "026", "027"};
  return std::find(std::begin(REJECTING), std::end(REJECTING), note) != std::end(REJECTING);
}

ta1_decision decide(std::span<const envelope::finding> findings) {
  const envelope::finding* first_error = nullptr;
  for (const auto& f : findings) {
    if (!counts_for_ta1(f)) continue;
    if (is_rejecting_note(f.ta1_note)) return {ta1_status::rejected, f.ta1_note};
    if (first_error == nullptr) first_error = &f;
  }
  if (first_error != nullptr) return {ta1_status::accepted_with_errors, first_error->ta1_note};
  return {};
}

void ta1_collector::add(const envelope::unit& u) {
  if (u.kind == envelope::unit_kind::interchange_header && !u.segments.empty()) {
    interchange_record r;
    const auto isa = u.segments.front();
    for (std::size_t n = 1; n < r.isa.size(); ++n) r.isa[n] = std::string(isa.element(n));
    records_.push_back(std::move(r));
  }
  if (records_.empty()) return;  // nothing before the first ISA can be acknowledged
  for (const auto& f : u.findings)
    if (f.level == envelope::level::interchange) records_.back().findings.push_back(f);
}

std::string ta1_segment_text(const interchange_record& r, const ta1_decision& d, char element_separator) {
  const char s = element_separator;
  return fmt::format("TA1{}{}{}{}{}{}{}{}{}{}", s, r.isa[13], s, r.isa[9], s, r.isa[10], s, static_cast<char>(d.status), s,
                     d.note);
}

core::result<std::string> write_ta1(const interchange_record& r, const ta1_envelope& env) {
  auto w = syntax::writer::create(env.delims);
  if (!w) return std::move(w).error();
  syntax::isa_fields isa;
  isa[1] = "00";  // the sender's authorization and security values are not echoed back
  isa[3] = "00";
  isa[5] = trimmed(r.isa[7]);  // we answer as the receiver, to the sender
  isa[6] = trimmed(r.isa[8]);
  isa[7] = trimmed(r.isa[5]);
  isa[8] = trimmed(r.isa[6]);
  isa[9] = env.date;
  isa[10] = env.time;
  isa[12] = r.isa[12].empty() ? std::string("00501") : r.isa[12];
  isa[13] = fmt::format("{:09}", env.control_number);
  isa[14] = "0";
  isa[15] = std::string(1, env.usage != 0 ? env.usage : (r.isa[15].empty() ? 'P' : r.isa[15][0]));

  std::string out;
  if (auto ok = w->write_isa(isa, out); !ok) return std::move(ok).error();
  const ta1_decision d = decide(r.findings);
  syntax::segment_builder b("TA1");
  b.element(r.isa[13]).element(r.isa[9]).element(r.isa[10]).element(std::string(1, static_cast<char>(d.status))).element(d.note);
  if (auto ok = w->write(b, out); !ok) return std::move(ok).error();
  b.reset("IEA").element("0").element(isa[13]);  // IEA01 counts groups: a TA1 interchange has none
  if (auto ok = w->write(b, out); !ok) return std::move(ok).error();
  return out;
}

core::result<std::string> write_ta1s(std::span<const interchange_record> records, ta1_envelope env) {
  std::string out;
  for (const auto& r : records) {
    auto one = write_ta1(r, env);
    if (!one) return std::move(one).error();
    out += *one;
    ++env.control_number;
  }
  return out;
}

}  // namespace claimloop::ack
