// A 999 (or 997-shaped) segment stream -> group_response values. One small state machine: the
// open 999, the open AK2 loop, the open IK3 and the open IK4 decide where each segment goes.
#include "ack/ack_999_reader.hpp"

#include <charconv>

#include <fmt/format.h>

#include "syntax/segment_reader.hpp"

namespace claimloop::ack {

namespace {

std::string text(std::string_view s) { return std::string(s); }

std::string trim_right(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return std::string(s);
}

template <class T>
T to_number(std::string_view s, bool& ok) {
  T v{};
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  ok = ec == std::errc{} && end == s.data() + s.size();
  return ok ? v : T{};
}

class ack_builder {
 public:
  explicit ack_builder(ack_999_document& doc) : doc_(doc) {}

  void take(const syntax::segment_view& s);

 private:
  void problem(const syntax::segment_view& s, std::string_view what) {
    doc_.problems.push_back(fmt::format("segment {} ({}): {}", s.pos().segment_number, s.tag(), what));
  }
  template <class T>
  T number(const syntax::segment_view& s, std::string_view value, std::string_view name) {
    if (value.empty()) return T{};
    bool ok = false;
    T v = to_number<T>(value, ok);
    if (!ok) problem(s, fmt::format("{} '{}' is not a number", name, value));
    return v;
  }
  ack_context context(const syntax::segment_view& s);
  void on_st(const syntax::segment_view& s);
  void on_ak2(const syntax::segment_view& s);
  void on_ik3(const syntax::segment_view& s);
  void on_ik4(const syntax::segment_view& s);
  void on_ctx(const syntax::segment_view& s);
  void on_ik5(const syntax::segment_view& s);
  void on_ak9(const syntax::segment_view& s);

  ack_999_document& doc_;
  received_ack* ack_ = nullptr;
  set_response* set_ = nullptr;
  segment_note* segment_ = nullptr;
  element_note* element_ = nullptr;
};

void ack_builder::take(const syntax::segment_view& s) {
  const auto tag = s.tag();
  if (tag == "ISA" || tag == "GS" || tag == "GE" || tag == "IEA" || tag == "TA1") return;
  if (tag == "ST") return on_st(s);
  if (ack_ == nullptr) return problem(s, "segment outside a 999 transaction set");
  if (tag == "SE") {
    ack_ = nullptr;
    set_ = nullptr;
    segment_ = nullptr;
    element_ = nullptr;
  } else if (tag == "AK1") {
    ack_->response.functional_id = trim_right(s.element(1));
    ack_->response.control_number = text(s.element(2));
    ack_->response.version = text(s.element(3));
  } else if (tag == "AK2") {
    on_ak2(s);
  } else if (tag == "IK3" || tag == "AK3") {
    on_ik3(s);
  } else if (tag == "IK4" || tag == "AK4") {
    on_ik4(s);
  } else if (tag == "CTX") {
    on_ctx(s);
  } else if (tag == "IK5" || tag == "AK5") {
    on_ik5(s);
  } else if (tag == "AK9") {
    on_ak9(s);
  } else {
    problem(s, "segment not in the 999");
  }
}

void ack_builder::on_st(const syntax::segment_view& s) {
  if (s.element(1) != "999") problem(s, fmt::format("ST01 is '{}', not 999", s.element(1)));
  doc_.acks.push_back({text(s.element(2)), text(s.element(3)), {}});
  ack_ = &doc_.acks.back();
  set_ = nullptr;
  segment_ = nullptr;
  element_ = nullptr;
}

void ack_builder::on_ak2(const syntax::segment_view& s) {
  if (s.element_count() > 3) problem(s, "AK2 has more than 3 elements");
  ack_->response.sets.push_back({text(s.element(1)), text(s.element(2)), text(s.element(3)), {}, {}, {}});
  set_ = &ack_->response.sets.back();
  segment_ = nullptr;
  element_ = nullptr;
}

void ack_builder::on_ik3(const syntax::segment_view& s) {
  if (set_ == nullptr) return problem(s, "IK3 outside an AK2 loop");
  segment_note n;
  n.segment = text(s.element(1));
  n.position = number<std::uint32_t>(s, s.element(2), "IK302");
  n.loop = text(s.element(3));
  n.code = text(s.element(4));
  set_->segments.push_back(std::move(n));
  segment_ = &set_->segments.back();
  element_ = nullptr;
}

void ack_builder::on_ik4(const syntax::segment_view& s) {
  if (segment_ == nullptr) return problem(s, "IK4 outside an IK3 loop");
  element_note e;
  e.element = number<std::uint8_t>(s, s.component(1, 1), "IK401-1");
  e.component = number<std::uint8_t>(s, s.component(1, 2), "IK401-2");
  e.repetition = number<std::uint16_t>(s, s.component(1, 3), "IK401-3");
  e.reference = text(s.element(2));
  e.code = text(s.element(3));
  e.bad_value = text(s.element(4));
  segment_->elements.push_back(std::move(e));
  element_ = &segment_->elements.back();
}

ack_context ack_builder::context(const syntax::segment_view& s) {
  ack_context c;
  c.name = text(s.component(1, 1));
  c.value = text(s.component(1, 2));
  c.segment = text(s.element(2));
  c.position = number<std::uint32_t>(s, s.element(3), "CTX03");
  c.loop = text(s.element(4));
  c.element = number<std::uint8_t>(s, s.component(5, 1), "CTX05-1");
  c.component = number<std::uint8_t>(s, s.component(5, 2), "CTX05-2");
  c.reference = text(s.component(6, 1));
  return c;
}

void ack_builder::on_ctx(const syntax::segment_view& s) {
  auto c = context(s);
  // A business-unit CTX belongs to the IK3 even when it follows an IK4 in a sloppy 999.
  if (element_ != nullptr && !c.is_business_unit()) {
    element_->contexts.push_back(std::move(c));
  } else if (segment_ != nullptr) {
    segment_->contexts.push_back(std::move(c));
  } else {
    problem(s, "CTX outside an IK3 loop");
  }
}

void ack_builder::on_ik5(const syntax::segment_view& s) {
  if (set_ == nullptr) return problem(s, "IK5 outside an AK2 loop");
  if (!set_->status.empty()) return problem(s, "second IK5 in one AK2 loop");
  set_->status = text(s.element(1));
  for (std::size_t i = 2; i <= s.element_count(); ++i) {
    if (!s.element(i).empty()) set_->codes.push_back(text(s.element(i)));
  }
  segment_ = nullptr;
  element_ = nullptr;
}

void ack_builder::on_ak9(const syntax::segment_view& s) {
  auto& g = ack_->response;
  g.status = text(s.element(1));
  g.included = number<std::uint32_t>(s, s.element(2), "AK902");
  g.received = number<std::uint32_t>(s, s.element(3), "AK903");
  g.accepted = number<std::uint32_t>(s, s.element(4), "AK904");
  for (std::size_t i = 5; i <= s.element_count(); ++i) {
    if (!s.element(i).empty()) g.codes.push_back(text(s.element(i)));
  }
  set_ = nullptr;
  segment_ = nullptr;
  element_ = nullptr;
}

}  // namespace

core::result<ack_999_document> read_999(syntax::segment_reader& reader) {
  ack_999_document doc;
  ack_builder builder(doc);
  bool first_isa = true;
  for (;;) {
    auto next = reader.next();
    if (!next) return std::move(next).error();
    if (!*next) break;
    const auto& s = **next;
    if (s.is("ISA") && first_isa) {
      first_isa = false;
      doc.sender_id = trim_right(reader.isa().fields[6]);
      doc.receiver_id = trim_right(reader.isa().fields[8]);
      doc.interchange_control_number = text(reader.isa().fields[13]);
    }
    builder.take(s);
  }
  return doc;
}

core::result<ack_999_document> read_999(std::string_view bytes, std::string file_name) {
  syntax::segment_reader reader(syntax::memory_source(bytes), std::move(file_name));
  return read_999(reader);
}

}  // namespace claimloop::ack
