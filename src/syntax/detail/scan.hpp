#pragma once
// Byte scans for the reader's hot path, 16 bytes at a time with SSE2 (always present on x86-64),
// with a plain loop elsewhere. memchr is fast on long runs, but X12 segments are ~60 bytes and
// elements ~6, where a call per search costs more than the search.
#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimloop::syntax::detail {

// Offset of the first byte of [p, p+n) equal to a, b or c, or n when there is none.
inline std::size_t find_any3(const char* p, std::size_t n, char a, char b, char c) noexcept {
  std::size_t i = 0;
#if defined(__SSE2__)
  const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b), vc = _mm_set1_epi8(c);
  for (; i + 16 <= n; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, va), _mm_cmpeq_epi8(x, vb)), _mm_cmpeq_epi8(x, vc));
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hit));
    if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(mask));
  }
#endif
  for (; i < n; ++i)
    if (p[i] == a || p[i] == b || p[i] == c) return i;
  return n;
}

// Appends to `ends` the offset of every byte of [p, p+n) equal to sep, then n: the end of each
// field when the bytes are fields separated by sep. The caller reserves nothing; push_back
// amortises.
template <class Ends>
inline void field_ends(const char* p, std::size_t n, char sep, Ends& ends) {
  std::size_t i = 0;
#if defined(__SSE2__)
  const __m128i vs = _mm_set1_epi8(sep);
  for (; i + 16 <= n; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, vs)));
    while (mask != 0) {
      ends.push_back(static_cast<std::uint32_t>(i + static_cast<std::size_t>(__builtin_ctz(mask))));
      mask &= mask - 1;
    }
  }
#endif
  for (; i < n; ++i)
    if (p[i] == sep) ends.push_back(static_cast<std::uint32_t>(i));
  ends.push_back(static_cast<std::uint32_t>(n));
}

// Where the bytes that matter to framing sit in a block of up to 64 bytes: bit i stands for
// byte i (stage 1 of a simdjson-style scan; the segment-run lexer walks these bits).
struct block_masks {
  std::uint64_t seps = 0;    // element separator
  std::uint64_t terms = 0;   // segment terminator
  std::uint64_t breaks = 0;  // CR or LF
};

// Computes block_masks for one separator and terminator; the comparison vectors are made once.
class block_scanner {
 public:
  block_scanner(char sep, char term) noexcept : sep_(sep), term_(term) {
#if defined(__SSE2__)
    vs_ = _mm_set1_epi8(sep);
    vt_ = _mm_set1_epi8(term);
    vn_ = _mm_set1_epi8('\n');
    vr_ = _mm_set1_epi8('\r');
#endif
  }

  // Masks for the min(n, 64) bytes at p; bits past n are clear.
  block_masks scan(const char* p, std::size_t n) const noexcept {
    block_masks m;
#if defined(__SSE2__)
    if (n >= 64) {
      for (int k = 0; k < 4; ++k) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
        const int shift = 16 * k;
        m.seps |= bits(_mm_cmpeq_epi8(x, vs_)) << shift;
        m.terms |= bits(_mm_cmpeq_epi8(x, vt_)) << shift;
        m.breaks |= bits(_mm_or_si128(_mm_cmpeq_epi8(x, vn_), _mm_cmpeq_epi8(x, vr_))) << shift;
      }
      return m;
    }
#endif
    if (n > 64) n = 64;
    for (std::size_t i = 0; i < n; ++i) {
      const std::uint64_t bit = std::uint64_t{1} << i;
      if (p[i] == sep_) m.seps |= bit;
      if (p[i] == term_) m.terms |= bit;
      if (p[i] == '\n' || p[i] == '\r') m.breaks |= bit;
    }
    return m;
  }

 private:
#if defined(__SSE2__)
  static std::uint64_t bits(__m128i v) noexcept { return static_cast<unsigned>(_mm_movemask_epi8(v)); }
  __m128i vs_, vt_, vn_, vr_;
#endif
  char sep_, term_;
};

// Writes base + the index of every set bit of mask to out, in order; returns the new end.
inline std::uint32_t* write_bit_offsets(std::uint32_t* out, std::uint64_t mask, std::uint32_t base) noexcept {
  while (mask != 0) {
    *out++ = base + static_cast<std::uint32_t>(__builtin_ctzll(mask));
    mask &= mask - 1;
  }
  return out;
}

}  // namespace claimloop::syntax::detail
