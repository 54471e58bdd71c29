// Model-building throughput: a file read, placed in loop trees and mapped to typed claims or
// remittance claims through claim_reader / remit_reader, one set at a time.
//   bench_models FILE_837 FILE_835
// Checks its count against a reference first (claims equal to the number of CLM / CLP
// segments, counted by a plain scan), then prints MB/s, claims/s and peak RSS.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

#include "schema/registry.hpp"
#include "x835/remit_reader.hpp"
#include "x837/claim_reader.hpp"

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

template <class Reader>
int run(const char* what, const std::string& path, const schema::guide_registry& guides, const char* tag) {
  const auto expected = count_segments(path, tag);
  auto reader = Reader::open(path, guides);
  if (!reader) {
    std::fprintf(stderr, "%s\n", reader.error().to_string().c_str());
    return 1;
  }
  const auto start = std::chrono::steady_clock::now();
  std::uint64_t claims = 0;
  for (;;) {
    auto r = reader->next();
    if (!r) {
      std::fprintf(stderr, "%s\n", r.error().to_string().c_str());
      return 1;
    }
    if (!*r) break;
    ++claims;
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double mb = static_cast<double>(reader->bytes_read()) / 1e6;
  std::printf("%s: %.1f MB, %llu claims (reference %llu) in %.2f s: %.1f MB/s, %.0f claims/s, peak RSS %ld MB\n", what,
              mb, static_cast<unsigned long long>(claims), static_cast<unsigned long long>(expected), secs, mb / secs,
              static_cast<double>(claims) / secs, peak_rss_kb() / 1024);
  return claims == expected ? 0 : 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: bench_models FILE_837 FILE_835\n");
    return 2;
  }
  auto guides = schema::guide_registry::load_default();
  if (!guides) {
    std::fprintf(stderr, "%s\n", guides.error().to_string().c_str());
    return 1;
  }
  int rc = run<x837::claim_reader>("837 claim_reader", argv[1], *guides, "CLM");
  rc |= run<x835::remit_reader>("835 remit_reader", argv[2], *guides, "CLP");
  return rc;
}
