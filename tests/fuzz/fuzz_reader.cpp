// Fuzz target for the reader: any bytes must be read without crashing, and reading them whole
// or in small chunks must give the same segments, positions and error.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "support/read_segments.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using claimloop::testing::read_segments;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const std::size_t chunk = size == 0 ? 1 : 1 + data[0] % 13;
  const auto whole = read_segments(bytes);
  const auto chunked = read_segments(bytes, chunk, chunk);
  if (whole.segments != chunked.segments || whole.error != chunked.error) std::abort();  // chunking changed the result
  for (const auto& s : whole.segments) (void)s.elements.size();
  return 0;
}
