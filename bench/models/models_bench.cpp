// Model-building throughput on generated files, one set at a time, in three stages per file so
// the cost of the typed models shows apart from reading and placing:
//   trees   envelope, guide selection and loop tree (set_stream), no model
//   models  the same plus map_claim_set / map_remittance (what reconcile and validate --snip 3 use)
//   records claim_reader / remit_reader records (models flattened, parties copied per claim)
//   bench_models FILE_837 FILE_835 [STAGE]    ("-" skips a file; STAGE runs only that stage, for perf)
// Checks each stage's claim count against a reference first (CLM / CLP segments counted by a
// plain scan), then prints MB/s, claims/s, CPU seconds and peak RSS.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

#include "codes/code_tables.hpp"
#include "envelope/interchange_reader.hpp"
#include "schema/registry.hpp"
#include "service/model_checks.hpp"
#include "service/set_pool.hpp"
#include "syntax/byte_source.hpp"
#include "validate/code_set_checks.hpp"
#include "x835/remit_reader.hpp"
#include "x837/claim_reader.hpp"
#include "x837/set_stream.hpp"

using namespace claimloop;

namespace {

// Reference: segments starting with `tag` after a terminator, by a byte scan in 1 MB chunks.
std::uint64_t count_segments(const std::string& path, const std::string& tag) {
  std::ifstream in(path, std::ios::binary);
  std::string buf(1 << 20, '\0'), carry;
  std::uint64_t n = 0;
  const std::string needle = "~" + tag + "*", needle_nl = "~\n" + tag + "*";
  while (in.read(buf.data(), static_cast<std::streamsize>(buf.size())) || in.gcount() > 0) {
    std::string chunk = carry + buf.substr(0, static_cast<std::size_t>(in.gcount()));
    for (std::size_t at = 0; (at = chunk.find(needle, at)) != std::string::npos; ++at) ++n;
    for (std::size_t at = 0; (at = chunk.find(needle_nl, at)) != std::string::npos; ++at) ++n;
    carry = chunk.size() > 8 ? chunk.substr(chunk.size() - 8) : chunk;
    // a match inside the carried tail would count twice: drop the tail's own matches
    for (std::size_t at = 0; (at = carry.find(needle, at)) != std::string::npos; ++at) --n;
    for (std::size_t at = 0; (at = carry.find(needle_nl, at)) != std::string::npos; ++at) --n;
  }
  return n;
}

long peak_rss_kb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

double cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

std::uint64_t claims_in(const x837::claim_set& s) {
  std::uint64_t n = 0;
  for (const auto& b : s.providers)
    for (const auto& sub : b.subscribers) {
      n += sub.claims.size();
      for (const auto& p : sub.patients) n += p.claims.size();
    }
  return n;
}

std::uint64_t claims_in(const x835::remittance& r) {
  std::uint64_t n = 0;
  for (const auto& g : r.groups) n += g.claims.size();
  return n;
}

// Times `step` (which returns claims seen, or -1 on error) and prints one line.
template <class Step>
int timed(const char* what, std::uint64_t expected, Step&& step) {
  const auto start = std::chrono::steady_clock::now();
  const double cpu_start = cpu_seconds();
  std::uint64_t bytes = 0;
  const long long claims = step(bytes);
  if (claims < 0) return 1;
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double cpu = cpu_seconds() - cpu_start;
  const double mb = static_cast<double>(bytes) / 1e6;
  std::printf("%-18s %.1f MB, %llu claims (reference %llu): %.2f s wall, %.2f s CPU, %.1f MB/CPU-s, %.0f claims/CPU-s, "
              "peak RSS %ld MB\n",
              what, mb, static_cast<unsigned long long>(claims), static_cast<unsigned long long>(expected), secs, cpu,
              mb / cpu, static_cast<double>(claims) / cpu, peak_rss_kb() / 1024);
  return static_cast<std::uint64_t>(claims) == expected ? 0 : 2;
}

// (The stages are kept out of line so that callgrind --toggle-collect can name each.)
// Claims counted from the CLM / CLP segments the trees hold (no model built).
[[gnu::noinline]] long long trees_only(const std::string& path, const schema::guide_registry& guides, const char* type, const char* tag,
                     std::uint64_t& bytes) {
  auto sets = model::set_stream::open(path, guides, type);
  if (!sets) return std::fprintf(stderr, "%s\n", sets.error().to_string().c_str()), -1;
  long long claims = 0;
  for (;;) {
    auto s = sets->next();
    if (!s) return std::fprintf(stderr, "%s\n", s.error().to_string().c_str()), -1;
    if (*s == nullptr) break;
    for (const auto& seg : (*s)->tree.segments()) claims += seg.tag() == tag;
  }
  bytes = sets->bytes_read();
  return claims;
}

template <class Reader>
[[gnu::noinline]] long long whole_sets(const std::string& path, const schema::guide_registry& guides, std::uint64_t& bytes) {
  auto reader = Reader::open(path, guides);
  if (!reader) return std::fprintf(stderr, "%s\n", reader.error().to_string().c_str()), -1;
  long long claims = 0;
  for (;;) {
    auto s = reader->next_set();
    if (!s) return std::fprintf(stderr, "%s\n", s.error().to_string().c_str()), -1;
    if (!*s) break;
    claims += static_cast<long long>(claims_in(**s));
  }
  bytes = reader->bytes_read();
  return claims;
}

template <class Reader>
[[gnu::noinline]] long long records(const std::string& path, const schema::guide_registry& guides, std::uint64_t& bytes) {
  auto reader = Reader::open(path, guides);
  if (!reader) return std::fprintf(stderr, "%s\n", reader.error().to_string().c_str()), -1;
  long long claims = 0;
  for (;;) {
    auto r = reader->next();
    if (!r) return std::fprintf(stderr, "%s\n", r.error().to_string().c_str()), -1;
    if (!*r) break;
    ++claims;
  }
  bytes = reader->bytes_read();
  return claims;
}

std::uint64_t snip35_count(const std::vector<core::finding>& findings) {
  std::uint64_t n = 0;
  for (const auto& f : findings) n += f.snip >= 3;
  return n;
}

// Reference for snip35: SNIP 3-5 findings of every set of type `type` as `claimloop validate`
// judges it (the whole of service::judge_set, SNIP 1-2 included), or -1 on a read error.
long long snip35_reference(const std::string& path, const schema::guide_registry& guides, const char* type,
                           const service::validation_options& options) {
  auto source = syntax::open_source(path);
  if (!source) return std::fprintf(stderr, "%s\n", source.error().to_string().c_str()), -1;
  envelope::interchange_reader reader(std::move(*source), path);
  service::validator_cache validators;
  long long n = 0;
  for (;;) {
    auto u = reader.next();
    if (!u) return std::fprintf(stderr, "%s\n", u.error().to_string().c_str()), -1;
    if (!*u) break;
    if ((*u)->kind != envelope::unit_kind::transaction_set || (*u)->context.st01 != type) continue;
    n += static_cast<long long>(snip35_count(service::judge_set(**u, path, guides, validators, options).findings));
  }
  return n;
}

// The snip35 stage: claims seen; `findings` gets the SNIP 3-5 finding count.
[[gnu::noinline]] long long snip35(const std::string& path, const schema::guide_registry& guides, const char* type, const char* tag,
                 const codes::code_tables& tables, std::uint64_t& findings, std::uint64_t& bytes) {
  auto sets = model::set_stream::open(path, guides, type);
  if (!sets) return std::fprintf(stderr, "%s\n", sets.error().to_string().c_str()), -1;
  long long claims = 0;
  std::vector<core::finding> found;
  for (;;) {
    auto s = sets->next();
    if (!s) return std::fprintf(stderr, "%s\n", s.error().to_string().c_str()), -1;
    if (*s == nullptr) break;
    const model::parsed_set& set = **s;
    const auto& c = set.unit.context;
    const tree::set_context context{path, c.isa13, c.gs06, c.st02};
    // As service::judge_set, the model checks need every segment placed; judge_set also counts
    // SNIP 1-2 usage findings as misplacement, so on a file with those the counts may differ
    // (never on generated files, which are clean at levels 1-2).
    const bool placed = std::none_of(set.findings.begin(), set.findings.end(), [](const core::finding& f) {
      return f.is_error() && (f.snip == 1 || f.snip == 2) && !f.ik304.empty();
    });
    found.clear();
    validate::reporter out(context, found);
    validate::code_set_checker code_sets(tables, out);
    tree::walk(set.tree, code_sets);
    service::check_model(type, set.tree, context, {placed, placed}, found);
    findings += snip35_count(found);
    for (const auto& seg : set.tree.segments()) claims += seg.tag() == tag;
  }
  bytes = sets->bytes_read();
  return claims;
}

template <class Reader>
int run(const char* type, const std::string& path, const schema::guide_registry& guides, const char* tag,
        const std::string& only, const codes::code_tables& tables) {
  if (path == "-") return 0;
  const auto expected = count_segments(path, tag);
  const std::string name(type);
  int rc = 0;
  if (only.empty() || only == "trees")
    rc |= timed((name + " trees").c_str(), expected,
                [&](std::uint64_t& b) { return trees_only(path, guides, type, tag, b); });
  if (only.empty() || only == "models")
    rc |= timed((name + " models").c_str(), expected,
                [&](std::uint64_t& b) { return whole_sets<Reader>(path, guides, b); });
  if (only.empty() || only == "records")
    rc |= timed((name + " records").c_str(), expected,
                [&](std::uint64_t& b) { return records<Reader>(path, guides, b); });
  if (only.empty() || only == "snip35") {
    service::validation_options options;
    options.tables = &tables;
    const long long reference = snip35_reference(path, guides, type, options);
    if (reference < 0) return rc | 1;
    std::uint64_t findings = 0;
    rc |= timed((name + " snip35").c_str(), expected,
                [&](std::uint64_t& b) { return snip35(path, guides, type, tag, tables, findings, b); });
    std::printf("%-18s %llu SNIP 3-5 findings (reference %lld)\n", (name + " snip35").c_str(),
                static_cast<unsigned long long>(findings), reference);
    if (findings != static_cast<std::uint64_t>(reference)) rc |= 2;
  }
  return rc;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: bench_models FILE_837 FILE_835 [trees|models|records|snip35]   ('-' skips a file)\n");
    return 2;
  }
  auto guides = schema::guide_registry::load_default();
  if (!guides) {
    std::fprintf(stderr, "%s\n", guides.error().to_string().c_str());
    return 1;
  }
  auto tables = codes::load_code_tables(schema::guide_registry::default_dir() / "codes");
  if (!tables) {
    std::fprintf(stderr, "%s\n", tables.error().to_string().c_str());
    return 1;
  }
  const std::string only = argc > 3 ? argv[3] : "";
  int rc = run<x837::claim_reader>("837", argv[1], *guides, "CLM", only, *tables);
  rc |= run<x835::remit_reader>("835", argv[2], *guides, "CLP", only, *tables);
  return rc;
}
