#pragma once
// Fixture text edited inside a test: read without line breaks, pieces replaced, SE01 recounted,
// written to a scratch file for the readers.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/finding.hpp"
#include "support/test_support.hpp"

namespace claimloop::testing {

// A fixture with its line breaks dropped (they only follow segment terminators), so edits can
// span segments ("DTP*472*D8*20240110~LX*2~").
inline std::string read_x12(const std::filesystem::path& p) {
  std::string t = read_file(p);
  std::erase(t, '\n');
  std::erase(t, '\r');
  return t;
}

// `text` with its first `from` replaced by `to`; fails the test when `from` is not there.
inline std::string edited(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << "fixture holds no " << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

// SE01 of every set recounted after segments were added or removed (segments end with '~').
inline std::string recount_se(std::string text) {
  std::size_t st = 0;
  while ((st = text.find("~ST*", st)) != std::string::npos) {
    const auto se = text.find("~SE*", st);
    if (se == std::string::npos) break;
    std::size_t n = 1;
    for (auto i = st + 1; i <= se; ++i) n += text[i] == '~';
    const auto from = se + 4, star = text.find('*', from);
    text.replace(from, star - from, std::to_string(n));
    st = se + 1;
  }
  return text;
}

// A file in the temporary folder no other test process uses (ctest runs tests in parallel).
inline std::filesystem::path scratch_file(const std::string& name) {
  return std::filesystem::temp_directory_path() / ("claimloop_" + std::to_string(::getpid()) + "_" + name);
}

// Writes `text` to scratch file `name`.x12 and returns its path, for the readers.
inline std::string temp_file(const std::string& text, const std::string& name) {
  const auto p = scratch_file(name + ".x12");
  std::ofstream(p, std::ios::binary) << text;
  return p.string();
}

inline std::string all_messages(const std::vector<core::finding>& fs) {
  std::string out;
  for (const auto& f : fs) out += f.to_string() + "\n";
  return out;
}

}  // namespace claimloop::testing
