// `claimloop validate --jobs N` judges sets on N threads; its output must not depend on N.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/run_command.hpp"
#include "support/test_support.hpp"

using namespace claimloop::testing;

namespace {

std::string corpus_arguments() {
  std::string args;
  for (const auto& e : corpus_with_isa()) args += " " + quoted(e.full_path().string());
  return args;
}

// Every corpus interchange in one file: many sets of several guides, so sets finish out of
// order on two threads and must still be reported in file order.
std::filesystem::path concatenated_corpus() {
  const auto path = std::filesystem::temp_directory_path() / "claimloop_validate_jobs_all.x12";
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  for (const auto& e : corpus_with_isa()) out << read_file(e.full_path()) << "\n";
  return path;
}

}  // namespace

TEST(validate_jobs_test, text_output_is_identical_for_one_and_two_jobs_over_the_corpus) {
  const auto files = corpus_arguments();
  ASSERT_FALSE(files.empty());
  auto one = run_claimloop("validate --jobs 1" + files + " 2>/dev/null");
  auto two = run_claimloop("validate --jobs 2" + files + " 2>/dev/null");
  EXPECT_EQ(one.status, two.status);
  EXPECT_NE(one.out.find(" sets, "), std::string::npos) << one.out;
  EXPECT_EQ(one.out, two.out);
}

TEST(validate_jobs_test, json_output_is_identical_for_one_and_two_jobs_on_a_many_set_file) {
  const auto file = concatenated_corpus();
  auto one = run_claimloop("validate --format json --jobs 1 " + quoted(file.string()) + " 2>/dev/null");
  auto two = run_claimloop("validate --format json --jobs 2 " + quoted(file.string()) + " 2>/dev/null");
  auto four = run_claimloop("validate --format json --jobs 4 " + quoted(file.string()) + " 2>/dev/null");
  std::filesystem::remove(file);
  EXPECT_EQ(one.status, two.status);
  EXPECT_GT(one.out.size(), 1000u);  // the corpus has findings, so the comparison means something
  EXPECT_EQ(one.out, two.out);
  EXPECT_EQ(one.out, four.out);
}
