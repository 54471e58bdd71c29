#pragma once
// Builds a whole interchange (ISA/GS/ST ... SE/GE/IEA) around transaction-set bodies, computing
// every count and control number. Streaming: sets are written as they are added, and the bytes
// go to the output in large writes, so a 1 GB file never sits in memory.
#include <cstdint>
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "syntax/writer.hpp"

namespace claimloop::envelope {

// ISA fields the caller chooses; the rest (ISA11, ISA13, ISA16, padding) the builder fills.
struct isa_params {
  std::string authorization_qualifier = "00";  // ISA01
  std::string authorization_info;              // ISA02
  std::string security_qualifier = "00";       // ISA03
  std::string security_info;                   // ISA04
  std::string sender_qualifier = "ZZ";         // ISA05
  std::string sender_id;                       // ISA06
  std::string receiver_qualifier = "ZZ";       // ISA07
  std::string receiver_id;                     // ISA08
  std::string date;                            // ISA09, YYMMDD
  std::string time;                            // ISA10, HHMM
  std::string version = "00501";               // ISA12
  std::uint32_t control_number = 1;            // ISA13 / IEA02, 1..999999999
  bool ack_requested = false;                  // ISA14
  char usage = 'P';                            // ISA15: P production, T test
};

// GS fields; GS06 and GE come from the builder.
struct gs_params {
  std::string functional_id = "HC";  // GS01: HC claims, HP remittance
  std::string app_sender;            // GS02
  std::string app_receiver;          // GS03
  std::string date;                  // GS04, CCYYMMDD
  std::string time;                  // GS05, HHMM
  std::string agency = "X";          // GS07
  std::string version;               // GS08: 005010X222A1 ...
};

// ST fields; ST02 and SE come from the builder.
struct st_params {
  std::string id;                        // ST01: 837, 835
  std::string implementation_reference;  // ST03 ("" for sets whose guide does not use it)
};

// Where the bytes go: appended to a string, or written to a stream whenever the pending bytes
// pass `flush_at`.
class output {
 public:
  explicit output(std::string& target) : string_(&target), string_start_(target.size()) {}
  explicit output(std::ostream& target, std::size_t flush_at = std::size_t{1} << 20)
      : stream_(&target), flush_at_(flush_at) {}

  // The buffer to append to (the target string itself, or the pending stream bytes).
  std::string& buffer() noexcept { return string_ != nullptr ? *string_ : pending_; }
  // Writes pending bytes to the stream when there are enough of them (or `force`).
  core::result<void> flush(bool force = false);
  // Bytes produced so far, flushed or not.
  std::uint64_t bytes() const noexcept;

 private:
  std::string* string_ = nullptr;
  std::ostream* stream_ = nullptr;
  std::string pending_;
  std::size_t flush_at_ = 0;
  std::uint64_t flushed_ = 0;
  std::size_t string_start_ = 0;
};

// First control numbers; each group and each set takes the next one.
struct control_numbers {
  std::uint32_t first_group = 1;  // GS06 of the first group
  std::uint32_t first_set = 1;    // ST02 of the first set (numbering runs on across groups)
};

// Call order: begin_group, (begin_set, add..., end_set)..., end_group, more groups, finish.
// Misuse (a set outside a group, an envelope segment in a body) is invalid_argument.
class interchange_builder {
 public:
  interchange_builder(syntax::writer w, isa_params isa, output& out, control_numbers numbers = {});

  core::result<void> begin_group(const gs_params& gs);
  core::result<void> begin_set(const st_params& st);
  // A body segment (anything between ST and SE).
  core::result<void> add(const syntax::segment_builder& s);
  core::result<void> add(const syntax::segment_view& s);
  core::result<void> end_set();
  core::result<void> end_group();
  // Closes any open set and group, writes IEA and flushes.
  core::result<void> finish();

  // A whole set at once: begin_set, every body segment, end_set.
  core::result<void> add_set(const st_params& st, std::span<const syntax::segment_builder> body);

  std::uint64_t bytes_written() const noexcept { return out_.bytes(); }
  std::uint32_t sets_written() const noexcept { return sets_total_; }
  const syntax::writer& writer() const noexcept { return writer_; }

 private:
  core::result<void> write_isa();
  core::result<void> check_body_tag(std::string_view tag) const;
  core::result<void> emit(const syntax::segment_builder& s);
  std::string control_string(std::uint32_t n, std::size_t width) const;

  syntax::writer writer_;
  isa_params isa_;
  output& out_;
  syntax::segment_builder scratch_;
  std::string isa13_;
  std::string st02_;
  std::uint32_t next_group_;
  std::uint32_t next_set_;
  std::uint32_t group_number_ = 0;  // GS06 of the open group
  std::uint32_t groups_ = 0;        // groups closed or open in this interchange
  std::uint32_t sets_in_group_ = 0;
  std::uint32_t sets_total_ = 0;
  std::uint64_t segments_in_set_ = 0;  // ST counted
  bool isa_written_ = false, in_group_ = false, in_set_ = false, finished_ = false;
};

}  // namespace claimloop::envelope
