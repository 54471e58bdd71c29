// Fuzz target for the reader: any bytes must be read without crashing, and reading them whole
// or in small chunks must give the same segments, positions and error.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/segment_reader.hpp"

namespace {

using namespace claimloop;

struct outcome {
  std::vector<std::string> segments;
  std::vector<std::uint64_t> offsets;
  std::string error;
  bool operator==(const outcome&) const = default;
};

outcome read_all(std::string_view bytes, std::size_t chunk) {
  outcome out;
  syntax::segment_reader reader(syntax::memory_source(bytes, chunk), "fuzz", {chunk});
  for (int guard = 0; guard < 1'000'000; ++guard) {
    auto next = reader.next();
    if (!next) {
      out.error = next.error().to_string();
      break;
    }
    if (!*next) break;
    const auto& s = **next;
    std::string joined(s.tag());
    for (std::size_t i = 1; i <= s.element_count(); ++i) (joined += '|') += s.element(i);
    out.segments.push_back(std::move(joined));
    out.offsets.push_back(s.pos().offset);
    (void)s.components(1);
    (void)s.repetitions(s.element_count());
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const std::size_t chunk = size == 0 ? 1 : 1 + data[0] % 13;
  if (read_all(bytes, 1 << 16) != read_all(bytes, chunk)) std::abort();  // chunking changed the result
  return 0;
}
