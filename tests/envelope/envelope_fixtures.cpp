#include "envelope/envelope_fixtures.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <sstream>

#include "support/test_support.hpp"

namespace claimloop::testing {

std::vector<expected_finding> read_expected(const std::string& fixture) {
  std::istringstream in(read_file(fixtures_dir() / "envelope" / (fixture + ".expected.txt")));
  std::vector<expected_finding> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) f.push_back(line.substr(start, tab - start));
    f.push_back(line.substr(start));
    if (f.size() != 7) {
      ADD_FAILURE() << fixture << ".expected.txt: want 7 tab-separated fields: " << line;
      continue;
    }
    out.push_back({f[0], f[1], std::stoull(f[2]), std::stoull(f[3]), f[4], f[5], f[6]});
  }
  return out;
}

expected_finding shape(const envelope::finding& f) {
  std::string element = f.segment;
  if (f.element > 0) element += fmt::format("{:02}", f.element);
  return {std::string(envelope::name(f.code)), std::string(core::to_string(f.severity)), f.where.line,
          f.where.segment_number, element, f.expected, f.found};
}

std::string to_string(const std::vector<expected_finding>& v) {
  std::string s;
  for (const auto& e : v)
    s += fmt::format("  {}\t{}\t{}\t{}\t{}\t{}\t{}\n", e.code, e.severity, e.line, e.segment_number, e.element, e.expected, e.found);
  return s;
}

std::vector<envelope::unit> read_units(const std::string& fixture, std::size_t max_read) {
  static std::vector<std::string> keep;  // memory_source views the bytes; keep them for the reader's life
  const std::string name = fixture + ".x12";
  keep.push_back(read_file(fixtures_dir() / "envelope" / name));
  envelope::interchange_reader reader(syntax::memory_source(keep.back(), max_read), name);
  std::vector<envelope::unit> out;
  for (;;) {
    auto u = reader.next();
    if (!u) {
      ADD_FAILURE() << u.error().to_string();
      return out;
    }
    if (!*u) return out;
    out.push_back(std::move(**u));
  }
}

}  // namespace claimloop::testing
