#pragma once
#include <cstddef>
#include <memory>
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
};

// Opens a file for reading; "-" means standard input.
core::result<std::unique_ptr<byte_source>> open_source(const std::string& path);
// Serves bytes from memory, at most max_read bytes per read() call (to test chunk boundaries).
std::unique_ptr<byte_source> memory_source(std::string_view bytes, std::size_t max_read = SIZE_MAX);

}  // namespace claimloop::syntax
