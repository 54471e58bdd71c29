#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace claimloop::syntax {

// Where the reader's bytes come from: a file, standard input, or memory (tests, the fuzzer).
class byte_source {
 public:
  virtual ~byte_source() = default;
  // Reads up to n bytes into dst; returns how many (0 at the end) or an io_error.
  virtual core::result<std::size_t> read(char* dst, std::size_t n) = 0;
  // The whole input as one view valid for the source's life, when the source already holds it
  // in memory (a mapped file, memory_source without max_read): the reader then lexes it in
  // place instead of copying it through read(). std::nullopt for streams.
  virtual std::optional<std::string_view> in_memory() const noexcept { return std::nullopt; }
  // The reader will not look at bytes before `offset` again; a mapped source unmaps their pages
  // so a large file does not stay resident.
  virtual void release(std::uint64_t /*offset*/) noexcept {}
};

// How open_source reads a file. Streaming with read(2) is the default: measured here, copying a
// cached 100 MB file costs ~7 ms of CPU, while faulting its mapping in costs ~45 ms (the lexer's
// own time is ~45 ms). Mapping lends the bytes in place, for systems where faults are cheap.
enum class source_mode { stream, map };

// Opens a file for reading; "-" means standard input (always streamed). With source_mode::map a
// file that cannot be mapped (not a non-empty regular file) is an io_error.
core::result<std::unique_ptr<byte_source>> open_source(const std::string& path,
                                                       source_mode mode = source_mode::stream);
// Serves bytes from memory, at most max_read bytes per read() call (to test chunk boundaries);
// without max_read the reader lexes the bytes in place.
std::unique_ptr<byte_source> memory_source(std::string_view bytes, std::size_t max_read = SIZE_MAX);

}  // namespace claimloop::syntax
