// The careful, segment-at-a-time path of the streaming reader: ISA, BIN/BDS framed by length,
// wrapped (80-column) lines, segments cut at a chunk end. It is the reference the run lexer is
// tested against.
#include <algorithm>
#include <cstring>
#include <fmt/format.h>

#include "syntax/detail/lexer.hpp"
#include "syntax/detail/reader_state.hpp"
#include "syntax/detail/scan.hpp"

namespace claimloop::syntax {
using namespace detail;

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

}  // namespace claimloop::syntax
