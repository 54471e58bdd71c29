#pragma once
// Allocator settings for commands that stream a file set by set.

namespace claimloop::cli {

// Each transaction set is a few MB allocated and freed in turn. glibc would give the freed
// memory back to the kernel (trim, munmap) and fault it in again page by page for the next
// set, which cost 40% of `check` on generated 837P files. Keeping up to 256 MB of freed memory
// for reuse removes that; peak memory is unchanged, since the next set reuses it. `validate`
// keeps glibc's defaults: page faults are ~4% of its time, and retained memory there has not
// been measured against its many small per-set records. Only glibc's malloc reads these
// settings; a build with -DCLAIMLOOP_JEMALLOC=ON ignores them.
void keep_freed_memory_for_reuse() noexcept;

}  // namespace claimloop::cli
