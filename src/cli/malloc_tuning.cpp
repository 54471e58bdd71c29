#include "cli/malloc_tuning.hpp"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace claimloop::cli {

void keep_freed_memory_for_reuse() noexcept {
#if defined(__GLIBC__)
  constexpr int MMAP_THRESHOLD = 64 << 20;  // blocks up to this come from the heap, not mmap
  constexpr int TRIM_THRESHOLD = 256 << 20;  // free memory kept at the heap top before trimming
  mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD);
  mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD);
#endif
}

}  // namespace claimloop::cli
