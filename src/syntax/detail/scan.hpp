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

}  // namespace claimloop::syntax::detail
