// Segment runs: many ordinary segments framed and split into elements in one pass. The X3
// grammar is `segments = segment_run`, a custom parser that walks the buffered bytes a segment at
// a time; what it cannot take on its own (ISA, BIN/BDS, wrapped lines, a segment cut by the end
// of the buffer) it leaves to the reader's careful path, which stays the reference.
#include <boost/spirit/home/x3.hpp>

#include "syntax/detail/scan.hpp"
#include "syntax/detail/segment_run.hpp"

namespace claimloop::syntax::detail {
namespace {

namespace x3 = boost::spirit::x3;

struct segment_run_tag;

bool is_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
// Space, tab, CR or LF: one compare and a bit test instead of four compares (runs per segment).
bool is_layout(char c) {
  constexpr std::uint64_t LAYOUT = (std::uint64_t{1} << ' ') | (1u << '\t') | (1u << '\r') | (1u << '\n');
  const auto u = static_cast<unsigned char>(c);
  return u <= ' ' && ((LAYOUT >> u) & 1u) != 0;
}

// Segments the run must leave to the reader: an ISA (new delimiters) and length-framed binary.
bool needs_reader(const char* p, char sep) {
  if (p[0] == 'I') return p[1] == 'S' && p[2] == 'A' && !is_alnum(p[3]);
  if (p[0] == 'B') return p[3] == sep && ((p[1] == 'I' && p[2] == 'N') || (p[1] == 'D' && p[2] == 'S'));
  return false;
}

// Lexes segments while they are ordinary; see lex_segment_run. The bytes are scanned once, 64 at
// a time, into bit masks (detail/scan.hpp); each segment is then found by bit arithmetic on them:
// its terminator is the first terminator bit at or after its start, its element ends the
// separator bits before that.
void lex_run(segment_run& r) {
  const char* const base = r.base;
  const std::size_t end = r.end;
  const char sep = r.delims->element, term = r.delims->segment.front();
  const delimiters* const delims = r.delims;
  set_tracker& sets = *r.sets;
  segment_view* const views = r.views;
  const std::size_t max_views = r.max_views;
  std::uint32_t* const ends_limit = r.ends + r.ends_capacity;
  std::uint32_t* out = r.ends;
  std::uint64_t segment_number = r.segment_number;
  std::size_t s = r.begin;      // first byte of the segment being lexed
  std::uint64_t line = r.line;  // its line (segments in a run hold no line break)
  std::size_t n = 0;
  std::size_t b = s;            // the block the masks describe: [b, b + 64)
  const block_scanner scanner(sep, term);
  block_masks m = scanner.scan(base + b, end - b);
  while (n < max_views) {
    if (end - s < 4 || needs_reader(base + s, sep)) break;
    if (s - b >= 64) {
      b = s;
      m = scanner.scan(base + b, end - b);
    }
    // Walk blocks from the segment's start to its terminator; `rel` is bit 0's offset from s.
    const unsigned off = static_cast<unsigned>(s - b);
    std::uint64_t seps = m.seps >> off, terms = m.terms >> off, breaks = m.breaks >> off;
    std::size_t rel = 0;
    std::uint32_t* const first = out;
    bool framed = false;
    for (;;) {
      const std::uint64_t before = terms != 0 ? (terms & (0 - terms)) - 1 : ~std::uint64_t{0};
      if ((breaks & before) != 0 || ends_limit - out < 65) break;  // wrapped line; or no room for a block's ends
      out = write_bit_offsets(out, seps & before, static_cast<std::uint32_t>(rel));
      if (terms != 0) {
        rel += static_cast<std::size_t>(__builtin_ctzll(terms));
        framed = true;
        break;
      }
      b += 64;
      if (b >= end || b - s > 0xFFFF0000u) break;  // no terminator in the buffer (or a 4 GB segment)
      m = scanner.scan(base + b, end - b);
      rel = b - s;
      seps = m.seps;
      terms = m.terms;
      breaks = m.breaks;
    }
    if (!framed) {
      out = first;
      break;
    }
    const std::size_t t = rel;  // the terminator's offset from s
    *out++ = static_cast<std::uint32_t>(t);
    const char* p = base + s;
    const core::position pos{r.base_offset + s, line, ++segment_number, sets.on_tag(p, first[0])};
    views[n++] = segment_view(std::string_view(p, t), std::span<const std::uint32_t>(first, out), delims, pos);
    r.begin = s + t + 1;
    r.line = line;
    if (!sets.in_interchange) break;  // after an IEA, anything may follow
    // The layout after the terminator is taken only when the next segment starts in the buffer.
    std::size_t k = s + t + 1;
    if (k < end && base[k] == '\n') {  // the usual suffix, then usually the next segment
      ++line;
      ++k;
    }
    while (k < end && is_layout(base[k])) line += base[k++] == '\n';
    if (k == end) break;
    s = k;
  }
  r.count = n;
  r.ends_used = static_cast<std::size_t>(out - r.ends);
  r.segment_number = segment_number;
}

// The run as an X3 parser: the state travels in the context, like the separators in
// x3_separator.hpp; it matches when at least one segment was lexed.
struct segment_run_parser : x3::parser<segment_run_parser> {
  using attribute_type = x3::unused_type;
  [[maybe_unused]] static bool const has_attribute = false;  // read by X3 traits
  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const&, Context const& ctx, RContext&, Attribute&) const {
    segment_run& run = *x3::get<segment_run_tag>(ctx);
    lex_run(run);
    first = run.base + run.begin;
    return run.count > 0;
  }
};

// --- rules ---------------------------------------------------------------------------------
x3::rule<struct segments_id> const segments = "segments";

// --- grammar -------------------------------------------------------------------------------
auto const segments_def = segment_run_parser{};

BOOST_SPIRIT_DEFINE(segments)

}  // namespace

void lex_segment_run(segment_run& run) {
  run.count = run.ends_used = 0;
  const char* first = run.base + run.begin;
  const char* const last = run.base + run.end;
  x3::parse(first, last, x3::with<segment_run_tag>(&run)[segments]);
}

}  // namespace claimloop::syntax::detail
