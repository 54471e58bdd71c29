#pragma once
// Shared by every test program: where fixtures and the corpus are, and how to read them.
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace claimloop::testing {

std::filesystem::path fixtures_dir();
std::filesystem::path corpus_dir();
std::string read_file(const std::filesystem::path& p);

// One row of ../shared/corpus/MANIFEST.tsv.
struct corpus_entry {
  std::string local_file, repo, path, transaction, version, valid_per_source, expected_result_file, notes;
  int n_claims = 0;
  std::filesystem::path full_path() const { return corpus_dir() / local_file; }
  bool is_4010() const { return version.find("[4010]") != std::string::npos; }
};
std::vector<corpus_entry> corpus_manifest();
// Corpus files that hold an ISA header (the ones the reader must take).
std::vector<corpus_entry> corpus_with_isa();

// Splits bytes into chunks of the given sizes (cycled), for chunk-boundary tests.
std::vector<std::size_t> random_chunk_sizes(std::size_t seed, std::size_t count, std::size_t max);

}  // namespace claimloop::testing
