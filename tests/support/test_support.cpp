#include "support/test_support.hpp"

#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace claimloop::testing {

std::filesystem::path fixtures_dir() { return CLAIMLOOP_FIXTURES; }
std::filesystem::path corpus_dir() { return CLAIMLOOP_CORPUS; }

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + p.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

static std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : line) {
    if (c == '\t') { out.push_back(cur); cur.clear(); } else if (c != '\r') { cur += c; }
  }
  out.push_back(cur);
  return out;
}

std::vector<corpus_entry> corpus_manifest() {
  std::ifstream in(corpus_dir() / "MANIFEST.tsv");
  if (!in) throw std::runtime_error("cannot open the corpus manifest under " + corpus_dir().string());
  std::vector<corpus_entry> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    auto f = split_tabs(line);
    if (f.size() < 11) continue;
    corpus_entry e{f[0], f[1], f[2], f[5], f[6], f[8], f[9], f[10], 0};
    e.n_claims = f[7].empty() ? 0 : std::stoi(f[7]);
    rows.push_back(std::move(e));
  }
  return rows;
}

std::vector<corpus_entry> corpus_with_isa() {
  std::vector<corpus_entry> out;
  for (auto& e : corpus_manifest()) {
    auto bytes = read_file(e.full_path());
    if (bytes.find("ISA") != std::string::npos) out.push_back(e);
  }
  return out;
}

std::vector<std::size_t> random_chunk_sizes(std::size_t seed, std::size_t count, std::size_t max) {
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<std::size_t> d(1, max);
  std::vector<std::size_t> out(count);
  for (auto& s : out) s = d(rng);
  return out;
}

}  // namespace claimloop::testing
