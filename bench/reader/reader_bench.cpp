// Reader throughput on a generated file: bytes/s and segments/s of segment_reader (framing,
// X3 element lexing, positions), against a memchr scan of the same bytes as the ceiling.
// The file comes from CLAIMLOOP_BENCH_FILE (bench/run.sh generates a 100 MB 837P).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "syntax/segment_reader.hpp"

namespace {

using namespace claimloop;

const std::string& input() {
  static const std::string bytes = [] {
    const char* path = std::getenv("CLAIMLOOP_BENCH_FILE");
    if (!path) throw std::runtime_error("set CLAIMLOOP_BENCH_FILE to a generated X12 file (see bench/run.sh)");
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    if (ss.str().empty()) throw std::runtime_error(std::string("cannot read ") + path);
    return ss.str();
  }();
  return bytes;
}

// Reference: a generated file has no binary segments and '~' only as terminator.
std::size_t reference_segment_count(const std::string& bytes) {
  return static_cast<std::size_t>(std::count(bytes.begin(), bytes.end(), '~'));
}

std::size_t read_all(const std::string& bytes, std::size_t& elements) {
  syntax::segment_reader reader(syntax::memory_source(bytes), "bench");
  std::size_t segments = 0;
  for (auto s = reader.next(); s && *s; s = reader.next()) {
    ++segments;
    elements += (*s)->element_count();
  }
  return segments;
}

void segment_reader(benchmark::State& state) {
  const auto& bytes = input();
  std::size_t elements = 0;
  const std::size_t expected = reference_segment_count(bytes);
  if (read_all(bytes, elements) != expected) {
    state.SkipWithError("segment count differs from the reference");
    return;
  }
  std::size_t segments = 0;
  for (auto _ : state) {
    segments = read_all(bytes, elements);
    benchmark::DoNotOptimize(segments);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes.size()));
  state.counters["segments/s"] =
      benchmark::Counter(static_cast<double>(segments * state.iterations()), benchmark::Counter::kIsRate);
}

// The ceiling: find every terminator with memchr and nothing else.
void memchr_scan(benchmark::State& state) {
  const auto& bytes = input();
  std::size_t count = 0;
  for (auto _ : state) {
    count = 0;
    const char* p = bytes.data();
    const char* end = p + bytes.size();
    while ((p = static_cast<const char*>(std::memchr(p, '~', static_cast<std::size_t>(end - p))))) {
      ++count;
      ++p;
    }
    benchmark::DoNotOptimize(count);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes.size()));
}

BENCHMARK(segment_reader)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(memchr_scan)->Unit(benchmark::kMillisecond)->MinTime(1.0);

}  // namespace

BENCHMARK_MAIN();
