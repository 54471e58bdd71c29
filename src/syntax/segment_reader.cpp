// The streaming segment reader. States: before the first ISA / between interchanges (expect
// "ISA", report anything else as skipped garbage), and inside an interchange (frame segments on
// the terminator the last ISA declared). Only the unconsumed bytes are buffered, or none when the
// source lends them (a mapped file). Ordinary segments are lexed in runs (detail/segment_run);
// this file's segment-at-a-time path takes everything else and is the reference for both.
#include "syntax/segment_reader.hpp"

#include <algorithm>
#include <cstring>
#include <fmt/format.h>

#include "syntax/detail/lexer.hpp"
#include "syntax/detail/scan.hpp"
#include "syntax/detail/segment_run.hpp"
#include "syntax/detail/set_tracker.hpp"

namespace claimloop::syntax {
namespace {

bool is_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
bool is_layout(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Line breaks sit between segments, so most byte runs hold none: memchr answers that first.
std::uint64_t count_lines(const char* p, std::size_t n) {
  const char* lf = static_cast<const char*>(std::memchr(p, '\n', n));
  if (lf == nullptr) return 0;
  return static_cast<std::uint64_t>(std::count(lf, p + n, '\n'));
}

// A short printable excerpt of bytes for error messages.
constexpr std::size_t EXCERPT_LENGTH = 24;
std::string excerpt(const char* p, std::size_t n) {
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

}  // namespace

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
  std::unique_ptr<segment_view[]> views = std::make_unique<segment_view[]>(BATCH_SEGMENTS);
  std::unique_ptr<std::uint32_t[]> run_ends = std::make_unique<std::uint32_t[]>(BATCH_ENDS);
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
    line += count_lines(at(0), n);
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
      while (begin + run < end && is_layout(base[begin + run])) ++run;
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
    if (available() >= 4) return std::memcmp(at(0), "ISA", 3) == 0 && !is_alnum(*at(3));  // no refill needed
    auto have = ensure(4);
    if (!have || !*have) return have;
    return std::memcmp(at(0), "ISA", 3) == 0 && !is_alnum(*at(3));
  }

  // Outside an interchange: skip to the next "ISA", reporting what was skipped.
  core::result<bool> skip_to_isa() {
    const core::position start = here();
    std::uint64_t skipped = 0;
    auto have = ensure(EXCERPT_LENGTH);  // the quoted bytes must not depend on how input arrives
    if (!have) return std::move(have).error();
    std::string first_bytes = excerpt(at(0), available());
    for (;;) {
      std::size_t k = 0;
      for (; k + 4 <= available(); ++k)
        if (std::memcmp(at(k), "ISA", 3) == 0 && !is_alnum(*at(k + 3))) break;
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

core::result<std::optional<segment_view>> segment_reader::impl::read_isa() {
  const core::position pos = here();
  const char sep = *at(3);
  std::string cleaned("ISA");
  cleaned += sep;
  std::size_t k = 4;
  bool had_breaks = false;
  for (int seps = 1; seps < 16;) {  // up to the separator before ISA16, dropping wrapped-line breaks
    if (k >= available()) {
      auto more = fill();
      if (!more) return std::move(more).error();
      if (!*more) return make_error(core::errc::bad_isa, pos, "the input ends inside the ISA header");
      continue;
    }
    const char c = *at(k++);
    if (c == '\r' || c == '\n') {
      had_breaks = true;
      continue;
    }
    cleaned += c;
    if (c == sep) ++seps;
    if (k > 1024) return make_error(core::errc::bad_isa, pos, "ISA header without 16 elements in its first 1024 bytes");
  }
  auto have = ensure(k + 6);  // ISA16, a terminator of up to 4 bytes, and one byte of layout
  if (!have) return std::move(have).error();
  const std::size_t tail = std::min<std::size_t>(available() - k, 5);
  auto header = parse_isa(cleaned + std::string(at(k), tail));
  if (!header) {
    core::error e = std::move(header).error();
    e.file = file;
    e.where = pos;
    return e;
  }
  cleaned += *at(k);  // ISA16 belongs to the segment's bytes (the writer copies them back)
  k += 1 + header->delims.segment.size();
  const std::string_view after(at(k), std::min<std::size_t>(available() - k, 2));
  if (header->delims.segment == "\n" || header->delims.segment == "\r") header->delims.suffix = "";
  else if (after.starts_with("\r\n")) header->delims.suffix = "\r\n";
  else if (after.starts_with("\n")) header->delims.suffix = "\n";
  else header->delims.suffix = "";

  isa_bytes.assign(cleaned, 0, header->length);
  ends.clear();
  detail::lex_fields(isa_bytes, sep, ends);
  if (!header->padded)
    notices.push_back({reader_notice::kind::isa_not_padded, pos, "ISA fields are not padded to their fixed widths"});
  if (had_breaks)
    notices.push_back({reader_notice::kind::line_break_in_segment, pos, "line breaks inside the ISA header were removed"});
  isa = std::move(*header);
  delims = isa.delims;
  seen_isa = sets.in_interchange = true;
  wrapped_notice_given = had_breaks;
  consume(k);
  ++segment_number;
  core::position p = pos;
  track_set("ISA", p);
  return std::optional<segment_view>(segment_view(isa_bytes, ends, &delims, p));
}

// BIN (length in BIN01, data in BIN02) and BDS (length in BDS02, data in BDS03) carry bytes that
// may include any delimiter, so they are framed by length instead of by terminator.
core::result<bool> segment_reader::impl::find_binary_extent(std::size_t& body_len, std::size_t& binary_index,
                                                            std::size_t& binary_len) {
  if (available() >= 4 && *at(0) != 'B') return false;  // the common case, without a refill check
  auto have = ensure(4);
  if (!have || !*have) return have;
  const bool bin = std::memcmp(at(0), "BIN", 3) == 0, bds = std::memcmp(at(0), "BDS", 3) == 0;
  if ((!bin && !bds) || *at(3) != delims.element) return false;
  binary_index = bin ? 2 : 3;
  std::size_t k = 4;
  for (std::size_t field = 1; field < binary_index; ++field) {  // walk to the length element's end
    std::size_t digits_from = k;
    for (;;) {
      auto more = ensure(k + 1);
      if (!more || !*more) return more;
      if (*at(k) == delims.element) break;
      if (k - digits_from > 12) return false;
      ++k;
    }
    if (field == binary_index - 1) {
      std::string_view digits(at(digits_from), k - digits_from);
      if (digits.empty() || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
      binary_len = std::stoull(std::string(digits));
    }
    ++k;
  }
  auto whole = ensure(k + binary_len + delims.segment.size());
  if (!whole || !*whole) return whole;
  if (std::memcmp(at(k + binary_len), delims.segment.data(), delims.segment.size()) != 0) return false;
  body_len = k + binary_len;
  return true;
}

// Removes CR/LF inside a segment (80-column wrapped files) when they are not the terminator,
// in a copy: the input may be the source's read-only bytes.
std::string_view segment_reader::impl::strip_line_breaks(std::string_view body, core::position pos) {
  if (!std::memchr(body.data(), '\n', body.size()) && !std::memchr(body.data(), '\r', body.size())) return body;
  unwrapped.clear();
  for (char c : body)
    if (c != '\r' && c != '\n') unwrapped += c;
  if (!wrapped_notice_given) {
    wrapped_notice_given = true;
    notices.push_back({reader_notice::kind::line_break_in_segment, pos,
                       "line breaks inside segments were removed (wrapped lines)"});
  }
  return unwrapped;
}

core::result<std::optional<segment_view>> segment_reader::impl::read_segment() {
  core::position pos = here();
  const std::string& term = delims.segment;
  std::size_t body_len = 0, consumed = 0, binary_index = 0, binary_len = 0;
  bool terminated = true;

  auto binary = find_binary_extent(body_len, binary_index, binary_len);
  if (!binary) return std::move(binary).error();
  if (!*binary && term.size() == 1 && term[0] != '\n' && term[0] != '\r') {
    // Fast path: the terminator comes before any CR/LF in the buffered bytes, so the segment
    // holds no line break to count or strip. Anything else takes the general path below.
    const std::size_t k = detail::find_any3(at(0), available(), term[0], '\n', '\r');
    if (k < available() && *at(k) == term[0]) return finish_segment(pos, {at(0), k}, k + 1, false, 0, 0, true);
  }
  if (*binary) {
    consumed = body_len + term.size();
  } else {
    for (std::size_t scan = 0;;) {
      const void* hit = std::memchr(at(scan), term[0], available() - scan);
      if (hit) {
        std::size_t k = static_cast<std::size_t>(static_cast<const char*>(hit) - at(0));
        auto whole = ensure(k + term.size());
        if (!whole) return std::move(whole).error();
        if (*whole && std::memcmp(at(k), term.data(), term.size()) == 0) {
          body_len = k;
          consumed = k + term.size();
          break;
        }
        if (*whole) {
          scan = k + 1;
          continue;
        }
      }
      scan = available();
      auto more = fill();
      if (!more) return std::move(more).error();
      if (!*more) {  // the input ends without a terminator: the rest is the last segment
        consumed = body_len = available();
        while (body_len > 0 && is_layout(*at(body_len - 1))) --body_len;
        terminated = false;
        break;
      }
    }
  }

  std::string_view body(at(0), body_len);
  line += count_lines(at(0), consumed);
  if (!*binary) {
    if (term != "\n" && term != "\r") body = strip_line_breaks(body, pos);
    else if (!body.empty() && body.back() == '\r') body.remove_suffix(1);
  }
  return finish_segment(pos, body, consumed, *binary, binary_index, binary_len, terminated);
}

// Lexes the framed segment `bytes` and consumes `consumed` bytes.
core::result<std::optional<segment_view>> segment_reader::impl::finish_segment(
    core::position pos, std::string_view bytes, std::size_t consumed, bool binary, std::size_t binary_index,
    std::size_t binary_len, bool terminated) {
  ends.clear();
  if (!binary || !detail::lex_fields_with_binary(bytes, delims.element, binary_index, binary_len, ends)) {
    ends.clear();
    detail::lex_fields(bytes, delims.element, ends);
  }
  if (!terminated)
    notices.push_back({reader_notice::kind::missing_terminator, pos, "the last segment has no segment terminator"});
  begin += consumed;
  ++segment_number;
  track_set(bytes.substr(0, ends[0]), pos);
  return std::optional<segment_view>(segment_view(bytes, ends, &delims, pos));
}

// One segment the careful way, after the layout before it: ISA, garbage, BIN/BDS, wrapped lines,
// chunk ends. std::nullopt at the end of the input.
core::result<std::optional<segment_view>> segment_reader::impl::read_one() {
  auto is_isa = starts_with_isa();
  if (!is_isa) return std::move(is_isa).error();
  if (!*is_isa && !sets.in_interchange) {
    auto found = skip_to_isa();
    if (!found) return std::move(found).error();
    if (!*found) return std::optional<segment_view>();
    is_isa = true;
  }
  if (*is_isa) return read_isa();
  return read_segment();
}

// Ordinary segments from `begin` on, lexed in one pass; empty when the next one is not ordinary.
std::span<const segment_view> segment_reader::impl::lex_run() {
  if (!sets.in_interchange || delims.segment.size() != 1 || delims.segment[0] == '\n' || delims.segment[0] == '\r')
    return {};
  detail::segment_run run;
  run.base = base;
  run.begin = begin;
  run.end = end;
  run.base_offset = base_offset;
  run.delims = &delims;
  run.line = line;
  run.segment_number = segment_number;
  run.sets = &sets;
  run.views = views.get();
  run.max_views = BATCH_SEGMENTS;
  run.ends = run_ends.get();
  run.ends_capacity = BATCH_ENDS;
  detail::lex_segment_run(run);
  begin = run.begin;
  line = run.line;
  segment_number = run.segment_number;
  return {views.get(), run.count};
}

// A lent input stays mapped only as far as it is still needed.
void segment_reader::impl::release_read() {
  if (!lent || base_offset + begin - released < RELEASE_EVERY) return;
  released = base_offset + begin;
  source->release(released);
}

segment_reader::segment_reader(std::unique_ptr<byte_source> source, std::string file_name, reader_options options)
    : impl_(std::make_unique<impl>()) {
  impl_->source = std::move(source);
  impl_->file = std::move(file_name);
  impl_->options = options;
  if (impl_->options.chunk_size == 0) impl_->options.chunk_size = 1;
  if (auto bytes = impl_->source->in_memory()) {
    impl_->lent = impl_->eof = true;  // nothing more will come: all of it is there
    impl_->base = bytes->data();
    impl_->end = bytes->size();
  }
}
segment_reader::~segment_reader() = default;
segment_reader::segment_reader(segment_reader&&) noexcept = default;
segment_reader& segment_reader::operator=(segment_reader&&) noexcept = default;

core::result<std::span<const segment_view>> segment_reader::next_batch() {
  impl& s = *impl_;
  if (s.batch_pos < s.batch_count) {  // what next() left of the last batch
    std::span<const segment_view> rest(s.views.get() + s.batch_pos, s.batch_count - s.batch_pos);
    s.batch_pos = s.batch_count;
    return rest;
  }
  s.batch_pos = s.batch_count = 0;
  s.release_read();
  s.layout.clear();
  auto more = s.skip_layout();
  if (!more) return std::move(more).error();
  if (!*more) {
    if (!s.seen_isa) return s.make_error(core::errc::not_x12, s.here(), "empty input: no ISA interchange header");
    return std::span<const segment_view>();
  }
  auto run = s.lex_run();
  if (run.empty()) {
    auto one = s.read_one();
    if (!one) return std::move(one).error();
    if (!*one) return std::span<const segment_view>();
    s.views[0] = **one;
    run = {s.views.get(), 1};
  }
  s.batch_pos = s.batch_count = run.size();
  return run;
}

core::result<std::optional<segment_view>> segment_reader::next() {
  impl& s = *impl_;
  if (s.batch_pos < s.batch_count) return std::optional<segment_view>(s.views[s.batch_pos++]);
  auto batch = next_batch();
  if (!batch) return std::move(batch).error();
  if (batch->empty()) return std::optional<segment_view>();
  s.batch_pos = 1;
  return std::optional<segment_view>(batch->front());
}

const delimiters& segment_reader::delims() const noexcept { return impl_->delims; }
const isa_header& segment_reader::isa() const noexcept { return impl_->isa; }
const std::string& segment_reader::file_name() const noexcept { return impl_->file; }

// Within a run, the layout before a segment is what lies between it and the terminator of the
// one before (run segments hold no line break and end in a one-byte terminator).
std::string_view segment_reader::layout_before() const noexcept {
  const impl& s = *impl_;
  if (s.batch_pos < 2) return s.layout;
  const std::string_view last = s.views[s.batch_pos - 2].bytes(), current = s.views[s.batch_pos - 1].bytes();
  const char* from = last.data() + last.size() + 1;
  return {from, static_cast<std::size_t>(current.data() - from)};
}

std::uint64_t segment_reader::bytes_read() const noexcept {
  const impl& s = *impl_;
  if (s.batch_pos == s.batch_count) return s.base_offset + s.begin;
  const segment_view& last = s.views[s.batch_pos - 1];
  return last.pos().offset + last.bytes().size() + 1;
}
std::vector<reader_notice> segment_reader::take_notices() { return std::exchange(impl_->notices, {}); }

}  // namespace claimloop::syntax
