#include "envelope/interchange_builder.hpp"

#include <ostream>

#include <fmt/format.h>

namespace claimloop::envelope {

namespace {

core::error misuse(std::string message, std::string_view segment = {}) {
  core::error e;
  e.code = core::errc::invalid_argument;
  e.segment = std::string(segment);
  e.message = std::move(message);
  return e;
}

}  // namespace

core::result<void> output::flush(bool force) {
  if (stream_ == nullptr || pending_.empty() || (!force && pending_.size() < flush_at_)) return {};
  stream_->write(pending_.data(), static_cast<std::streamsize>(pending_.size()));
  flushed_ += pending_.size();
  pending_.clear();
  if (force) stream_->flush();
  if (!*stream_) {
    core::error e;
    e.code = core::errc::io_error;
    e.message = "writing the interchange to the output stream failed";
    return e;
  }
  return {};
}

std::uint64_t output::bytes() const noexcept {
  if (string_ != nullptr) return string_->size() - string_start_;
  return flushed_ + pending_.size();
}

interchange_builder::interchange_builder(syntax::writer w, isa_params isa, output& out, control_numbers numbers)
    : writer_(std::move(w)), isa_(std::move(isa)), out_(out), next_group_(numbers.first_group),
      next_set_(numbers.first_set) {}

std::string interchange_builder::control_string(std::uint32_t n, std::size_t width) const {
  return fmt::format("{:0{}}", n, width);
}

core::result<void> interchange_builder::emit(const syntax::segment_builder& s) {
  if (auto ok = writer_.write(s, out_.buffer()); !ok) return ok;
  return out_.flush();
}

core::result<void> interchange_builder::write_isa() {
  if (isa_.control_number == 0 || isa_.control_number > 999'999'999u) {
    return misuse(fmt::format("ISA13 control number {} is outside 1..999999999", isa_.control_number), "ISA");
  }
  isa13_ = control_string(isa_.control_number, 9);
  syntax::isa_fields f;
  f[1] = isa_.authorization_qualifier;
  f[2] = isa_.authorization_info;
  f[3] = isa_.security_qualifier;
  f[4] = isa_.security_info;
  f[5] = isa_.sender_qualifier;
  f[6] = isa_.sender_id;
  f[7] = isa_.receiver_qualifier;
  f[8] = isa_.receiver_id;
  f[9] = isa_.date;
  f[10] = isa_.time;
  f[11] = "U";  // replaced by the repetition separator from 00402 on
  f[12] = isa_.version;
  f[13] = isa13_;
  f[14] = isa_.ack_requested ? "1" : "0";
  f[15] = std::string(1, isa_.usage);
  if (auto ok = writer_.write_isa(f, out_.buffer()); !ok) return ok;
  isa_written_ = true;
  return out_.flush();
}

core::result<void> interchange_builder::begin_group(const gs_params& gs) {
  if (finished_) return misuse("the interchange is already finished", "GS");
  if (in_set_) return misuse("a group cannot start inside a transaction set", "GS");
  if (in_group_) {
    if (auto ok = end_group(); !ok) return ok;
  }
  if (!isa_written_) {
    if (auto ok = write_isa(); !ok) return ok;
  }
  group_number_ = next_group_++;
  scratch_.reset("GS")
      .element(gs.functional_id)
      .element(gs.app_sender)
      .element(gs.app_receiver)
      .element(gs.date)
      .element(gs.time)
      .element(static_cast<std::int64_t>(group_number_))
      .element(gs.agency)
      .element(gs.version);
  if (auto ok = emit(scratch_); !ok) return ok;
  in_group_ = true;
  sets_in_group_ = 0;
  ++groups_;
  return {};
}

core::result<void> interchange_builder::begin_set(const st_params& st) {
  if (!in_group_) return misuse("a transaction set must be inside a functional group (call begin_group)", "ST");
  if (in_set_) return misuse("the previous transaction set is still open (call end_set)", "ST");
  if (next_set_ == 0 || next_set_ > 999'999'999u) return misuse(fmt::format("ST02 control number {} is outside 1..999999999", next_set_), "ST");
  st02_ = control_string(next_set_++, 4);
  scratch_.reset("ST").element(st.id).element(st02_).element(st.implementation_reference);
  if (auto ok = emit(scratch_); !ok) return ok;
  in_set_ = true;
  segments_in_set_ = 1;
  return {};
}

core::result<void> interchange_builder::check_body_tag(std::string_view tag) const {
  if (!in_set_) return misuse(fmt::format("segment {} is outside a transaction set (call begin_set)", tag), tag);
  for (std::string_view env : {"ISA", "IEA", "GS", "GE", "ST", "SE"}) {
    if (tag == env) return misuse(fmt::format("envelope segment {} in a set body: the builder writes it", tag), tag);
  }
  return {};
}

core::result<void> interchange_builder::add(const syntax::segment_builder& s) {
  if (auto ok = check_body_tag(s.tag()); !ok) return ok;
  if (auto ok = emit(s); !ok) return ok;
  ++segments_in_set_;
  return {};
}

core::result<void> interchange_builder::add(const syntax::segment_view& s) {
  if (auto ok = check_body_tag(s.tag()); !ok) return ok;
  if (auto ok = writer_.write(s, out_.buffer()); !ok) return ok;
  ++segments_in_set_;
  return out_.flush();
}

core::result<void> interchange_builder::end_set() {
  if (!in_set_) return misuse("no transaction set is open", "SE");
  scratch_.reset("SE").element(static_cast<std::int64_t>(segments_in_set_ + 1)).element(st02_);
  if (auto ok = emit(scratch_); !ok) return ok;
  in_set_ = false;
  ++sets_in_group_;
  ++sets_total_;
  return {};
}

core::result<void> interchange_builder::end_group() {
  if (!in_group_) return misuse("no functional group is open", "GE");
  if (in_set_) {
    if (auto ok = end_set(); !ok) return ok;
  }
  scratch_.reset("GE").element(static_cast<std::int64_t>(sets_in_group_)).element(static_cast<std::int64_t>(group_number_));
  if (auto ok = emit(scratch_); !ok) return ok;
  in_group_ = false;
  return {};
}

core::result<void> interchange_builder::finish() {
  if (finished_) return {};
  if (in_group_) {
    if (auto ok = end_group(); !ok) return ok;
  }
  if (!isa_written_) {
    if (auto ok = write_isa(); !ok) return ok;
  }
  scratch_.reset("IEA").element(static_cast<std::int64_t>(groups_)).element(isa13_);
  if (auto ok = writer_.write(scratch_, out_.buffer()); !ok) return ok;
  finished_ = true;
  return out_.flush(true);
}

core::result<void> interchange_builder::add_set(const st_params& st, std::span<const syntax::segment_builder> body) {
  if (auto ok = begin_set(st); !ok) return ok;
  for (const auto& s : body) {
    if (auto ok = add(s); !ok) return ok;
  }
  return end_set();
}

}  // namespace claimloop::envelope
