#pragma once
// The streaming segment reader's state (see segment_reader.cpp for how it reads). Private to
// src/syntax: included only by the reader's own .cpp files.
#include <algorithm>
#include <cstring>
#include <fmt/format.h>
#include <memory>
#include <string>
#include <vector>

#include "syntax/byte_source.hpp"
#include "syntax/detail/set_tracker.hpp"
#include "syntax/segment_reader.hpp"

namespace claimloop::syntax {
namespace detail {

inline bool is_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
inline bool is_layout(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Line breaks sit between segments, so most byte runs hold none: memchr answers that first.
inline std::uint64_t count_lines(const char* p, std::size_t n) {
  const char* lf = static_cast<const char*>(std::memchr(p, '\n', n));
  if (lf == nullptr) return 0;
  return static_cast<std::uint64_t>(std::count(lf, p + n, '\n'));
}

// A short printable excerpt of bytes for error messages.
constexpr std::size_t EXCERPT_LENGTH = 24;
inline std::string excerpt(const char* p, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < std::min(n, EXCERPT_LENGTH); ++i)
    out += (p[i] >= 0x20 && p[i] < 0x7f) ? p[i] : '.';
  return out;
}

// Segments lexed at once, and room for their element ends: small enough to stay in cache.
constexpr std::size_t BATCH_SEGMENTS = 256;
constexpr std::size_t BATCH_ENDS = 8192;
// A mapped source is told to drop what was read every this many bytes.
constexpr std::uint64_t RELEASE_EVERY = std::uint64_t{16} << 20;

}  // namespace detail

// The reader's state, shared by the run lexer (segment_reader.cpp) and the careful
// segment-at-a-time path (segment_reader_careful.cpp).
struct segment_reader::impl {
  std::unique_ptr<byte_source> source;
  std::string file;
  reader_options options;

  std::vector<char> buf;        // the read-ahead chunk when the source is a stream
  const char* base = nullptr;   // buf.data() or the source's own bytes; [begin, end) unconsumed
  bool lent = false;            // base is the source's bytes (read-only, all of the input)
  std::size_t begin = 0, end = 0;
  std::uint64_t released = 0;   // the source was told bytes before this are done
  std::uint64_t base_offset = 0;  // file offset of buf[0]
  std::uint64_t line = 1;         // line at buf[begin]
  bool eof = false;

  bool at_file_start = true, seen_isa = false;
  bool wrapped_notice_given = false;
  std::uint64_t segment_number = 0;
  detail::set_tracker sets;  // in an interchange / in a set, and the set index
  isa_header isa;
  delimiters delims;
  std::string isa_bytes;
  std::string unwrapped;  // a segment with its line breaks removed (the input is not written to)
  std::vector<std::uint32_t> ends;
  std::vector<reader_notice> notices;
  std::string layout;  // skipped before the first segment of the current batch

  // The current batch: views[0, batch_count), of which batch_pos were handed out.
  std::unique_ptr<segment_view[]> views = std::make_unique<segment_view[]>(detail::BATCH_SEGMENTS);
  std::unique_ptr<std::uint32_t[]> run_ends = std::make_unique<std::uint32_t[]>(detail::BATCH_ENDS);
  std::size_t batch_pos = 0, batch_count = 0;

  const char* at(std::size_t k) const { return base + begin + k; }
  std::size_t available() const { return end - begin; }

  core::error make_error(core::errc code, core::position pos, std::string message) const {
    core::error e;
    e.code = code;
    e.file = file;
    e.where = pos;
    e.message = std::move(message);
    return e;
  }

  core::position here() const { return {base_offset + begin, line, segment_number + 1, 0}; }

  // Reads another chunk behind the unconsumed bytes; false at the end of the input.
  core::result<bool> fill() {
    if (eof) return false;
    if (begin > 0) {
      if (end > begin) std::memmove(buf.data(), buf.data() + begin, end - begin);
      base_offset += begin;
      end -= begin;
      begin = 0;
    }
    if (buf.size() - end < options.chunk_size) buf.resize(std::max(buf.size() * 2, end + options.chunk_size));
    base = buf.data();
    auto got = source->read(buf.data() + end, options.chunk_size);
    if (!got) return std::move(got).error();
    if (*got == 0) {
      eof = true;
      return false;
    }
    end += *got;
    return true;
  }

  // Makes at least n unconsumed bytes available; false when the input ends first.
  core::result<bool> ensure(std::size_t n) {
    while (available() < n) {
      auto more = fill();
      if (!more) return more;
      if (!*more) return false;
    }
    return true;
  }

  void consume(std::size_t n) {
    line += detail::count_lines(at(0), n);
    begin += n;
  }

  // Skips a byte-order mark and the whitespace that may follow a terminator; false at the end.
  core::result<bool> skip_layout() {
    if (at_file_start) {
      at_file_start = false;
      auto have = ensure(3);
      if (!have) return have;
      if (*have && std::memcmp(at(0), "\xEF\xBB\xBF", 3) == 0) {
        layout.assign(at(0), 3);
        begin += 3;
      }
    }
    for (;;) {
      std::size_t run = 0;
      while (begin + run < end && detail::is_layout(base[begin + run])) ++run;
      if (run > 0) {
        layout.append(at(0), run);
        consume(run);
      }
      if (begin < end) return true;
      auto more = fill();
      if (!more || !*more) return more;
    }
  }

  core::result<bool> starts_with_isa() {
    if (available() >= 4) return std::memcmp(at(0), "ISA", 3) == 0 && !detail::is_alnum(*at(3));  // no refill needed
    auto have = ensure(4);
    if (!have || !*have) return have;
    return std::memcmp(at(0), "ISA", 3) == 0 && !detail::is_alnum(*at(3));
  }

  // Outside an interchange: skip to the next "ISA", reporting what was skipped.
  core::result<bool> skip_to_isa() {
    const core::position start = here();
    std::uint64_t skipped = 0;
    auto have = ensure(detail::EXCERPT_LENGTH);  // the quoted bytes must not depend on how input arrives
    if (!have) return std::move(have).error();
    std::string first_bytes = detail::excerpt(at(0), available());
    for (;;) {
      std::size_t k = 0;
      for (; k + 4 <= available(); ++k)
        if (std::memcmp(at(k), "ISA", 3) == 0 && !detail::is_alnum(*at(k + 3))) break;
      if (k + 4 <= available()) {
        consume(k);
        skipped += k;
        break;
      }
      std::size_t keep = std::min<std::size_t>(available(), 3);
      skipped += available() - keep;
      consume(available() - keep);
      auto more = fill();
      if (!more) return std::move(more).error();
      if (!*more) {
        skipped += available();
        consume(available());
        break;
      }
    }
    if (!seen_isa && eof && available() == 0)
      return make_error(core::errc::not_x12, start, fmt::format("no ISA interchange header found (input starts with \"{}\")", first_bytes));
    notices.push_back({reader_notice::kind::garbage_skipped, start,
                       fmt::format("{} bytes outside any interchange skipped (\"{}\")", skipped, first_bytes)});
    return available() > 0;
  }

  void track_set(std::string_view tag, core::position& pos) { pos.set_index = sets.on_tag(tag.data(), tag.size()); }

  core::result<std::optional<segment_view>> read_isa();
  core::result<std::optional<segment_view>> read_segment();
  core::result<bool> find_binary_extent(std::size_t& body_len, std::size_t& binary_index, std::size_t& binary_len);
  std::string_view strip_line_breaks(std::string_view body, core::position pos);
  core::result<std::optional<segment_view>> finish_segment(core::position pos, std::string_view bytes,
                                                           std::size_t consumed, bool binary, std::size_t binary_index,
                                                           std::size_t binary_len, bool terminated);
  core::result<std::optional<segment_view>> read_one();
  std::span<const segment_view> lex_run();
  void release_read();
};

}  // namespace claimloop::syntax
