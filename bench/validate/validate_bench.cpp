// Validation throughput on generated files: envelope reading, guide selection, loop tree and
// SNIP 1-2 for every set, in memory (no file I/O), as bytes/s and claims/s. The generated files
// are clean, so the reference is "no finding at all" and the claim count of a plain scan; a run
// that disagrees is reported as an error instead of being timed.
// Files: CLAIMLOOP_BENCH_837P and CLAIMLOOP_BENCH_835 (bench/run.sh generates them).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>

#include "envelope/interchange_reader.hpp"
#include "schema/registry.hpp"
#include "validate/validate.hpp"

namespace {

using namespace claimloop;

std::string slurp(const char* variable) {
  const char* path = std::getenv(variable);
  if (!path) throw std::runtime_error(std::string("set ") + variable + " to a generated X12 file (see bench/run.sh)");
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  if (ss.str().empty()) throw std::runtime_error(std::string("cannot read ") + path);
  return ss.str();
}

const schema::guide_registry& guides() {
  static const schema::guide_registry registry = [] {
    auto r = schema::guide_registry::load_default();
    if (!r) throw std::runtime_error("cannot load guides: " + r.error().to_string());
    return std::move(*r);
  }();
  return registry;
}

// Reference claim count: segments that start with CLM* (837) or CLP* (835) after a terminator.
std::size_t reference_claims(const std::string& bytes) {
  std::size_t n = 0;
  for (std::size_t at = bytes.find('~'); at != std::string::npos; at = bytes.find('~', at + 1)) {
    std::size_t k = at + 1;
    while (k < bytes.size() && (bytes[k] == '\n' || bytes[k] == '\r')) ++k;
    if (bytes.compare(k, 4, "CLM*") == 0 || bytes.compare(k, 4, "CLP*") == 0) ++n;
  }
  return n;
}

struct run_totals {
  std::size_t findings = 0, claims = 0, sets = 0;
  bool failed = false;
};

// What `claimloop validate` does per set, minus acknowledgment bookkeeping.
run_totals validate_all(const std::string& bytes) {
  run_totals t;
  envelope::interchange_reader reader(syntax::memory_source(bytes), "bench");
  std::map<const schema::guide*, std::unique_ptr<validate::set_validator>> validators;
  std::vector<core::finding> findings;
  for (;;) {
    auto u = reader.next();
    if (!u) {
      t.failed = true;
      return t;
    }
    if (!*u) return t;
    const envelope::unit& unit = **u;
    t.findings += unit.findings.size();
    if (unit.kind != envelope::unit_kind::transaction_set) continue;
    ++t.sets;
    auto facts = schema::collect_content_facts(unit.segments);
    auto chosen = guides().select({unit.context.gs01, unit.context.gs08, unit.context.st01, unit.context.st03}, &facts);
    if (!chosen || !chosen->chosen) {
      t.failed = true;
      return t;
    }
    auto& v = validators[chosen->chosen.get()];
    if (!v) v = std::make_unique<validate::set_validator>(*chosen->chosen);
    findings.clear();
    auto tree = v->validate(unit.segments, {"bench", unit.context.isa13, unit.context.gs06, unit.context.st02}, findings);
    benchmark::DoNotOptimize(tree);
    t.findings += findings.size();
    for (const auto& s : unit.segments) t.claims += s.is("CLM") || s.is("CLP");
  }
}

void validate_file(benchmark::State& state, const char* variable) {
  static std::map<std::string, std::string> cache;
  auto& bytes = cache[variable];
  if (bytes.empty()) bytes = slurp(variable);
  const run_totals check = validate_all(bytes);
  if (check.failed || check.findings != 0 || check.claims != reference_claims(bytes)) {
    state.SkipWithError("findings or claim count differ from the reference (0 findings, every CLM/CLP)");
    return;
  }
  run_totals t;
  for (auto _ : state) {
    t = validate_all(bytes);
    benchmark::DoNotOptimize(t);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes.size()));
  state.counters["claims/s"] =
      benchmark::Counter(static_cast<double>(t.claims * state.iterations()), benchmark::Counter::kIsRate);
  state.counters["sets"] = static_cast<double>(t.sets);
}

BENCHMARK_CAPTURE(validate_file, x837p, "CLAIMLOOP_BENCH_837P")->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK_CAPTURE(validate_file, x835, "CLAIMLOOP_BENCH_835")->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
