// Reader throughput on a generated file: bytes/s and segments/s of segment_reader (framing,
// X3 element lexing, positions), against a memchr scan of the same bytes as the ceiling.
// The file comes from CLAIMLOOP_BENCH_FILE (bench/run.sh generates a 100 MB 837P).
//   segment_reader         next() per segment, bytes in memory (lexed in place)
//   segment_reader_batch   next_batch(), bytes in memory
//   segment_reader_stream  next_batch() through read() in 1 MB chunks (pipes, stdin)
//   segment_reader_mapped  next_batch() on the file mapped by open_source (page faults included)
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

const char* input_path() {
  const char* path = std::getenv("CLAIMLOOP_BENCH_FILE");
  if (!path) throw std::runtime_error("set CLAIMLOOP_BENCH_FILE to a generated X12 file (see bench/run.sh)");
  return path;
}

const std::string& input() {
  static const std::string bytes = [] {
    std::ifstream in(input_path(), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    if (ss.str().empty()) throw std::runtime_error(std::string("cannot read ") + input_path());
    return ss.str();
  }();
  return bytes;
}

// Reference: a generated file has no binary segments and '~' only as terminator.
std::size_t reference_segment_count(const std::string& bytes) {
  return static_cast<std::size_t>(std::count(bytes.begin(), bytes.end(), '~'));
}

// How the reader is driven and fed; every mode must count the reference's segments.
enum class mode { next, batch, stream, mapped };

std::unique_ptr<syntax::byte_source> source_for(mode m, const std::string& bytes) {
  if (m == mode::stream) return syntax::memory_source(bytes, std::size_t{1} << 20);
  if (m == mode::mapped) {
    auto mapped = syntax::open_source(input_path(), syntax::source_mode::map);
    if (!mapped) throw std::runtime_error(mapped.error().to_string());
    return std::move(*mapped);
  }
  return syntax::memory_source(bytes);
}

std::size_t read_all(mode m, const std::string& bytes, std::size_t& elements) {
  syntax::segment_reader reader(source_for(m, bytes), "bench");
  std::size_t segments = 0;
  if (m == mode::next) {
    for (auto s = reader.next(); s && *s; s = reader.next()) {
      ++segments;
      elements += (*s)->element_count();
    }
    return segments;
  }
  for (auto batch = reader.next_batch(); batch && !batch->empty(); batch = reader.next_batch()) {
    segments += batch->size();
    for (const auto& s : *batch) elements += s.element_count();
  }
  return segments;
}

void run(benchmark::State& state, mode m) {
  const auto& bytes = input();
  std::size_t elements = 0;
  const std::size_t expected = reference_segment_count(bytes);
  if (read_all(m, bytes, elements) != expected) {
    state.SkipWithError("segment count differs from the reference");
    return;
  }
  std::size_t segments = 0;
  for (auto _ : state) {
    segments = read_all(m, bytes, elements);
    benchmark::DoNotOptimize(segments);
    benchmark::DoNotOptimize(elements);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes.size()));
  state.counters["segments/s"] =
      benchmark::Counter(static_cast<double>(segments * state.iterations()), benchmark::Counter::kIsRate);
}

void segment_reader(benchmark::State& state) { run(state, mode::next); }
void segment_reader_batch(benchmark::State& state) { run(state, mode::batch); }
void segment_reader_stream(benchmark::State& state) { run(state, mode::stream); }
void segment_reader_mapped(benchmark::State& state) { run(state, mode::mapped); }

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
BENCHMARK(segment_reader_batch)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(segment_reader_stream)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(segment_reader_mapped)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(memchr_scan)->Unit(benchmark::kMillisecond)->MinTime(1.0);

}  // namespace

BENCHMARK_MAIN();
