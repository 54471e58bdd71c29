#pragma once
// Shared by the balancing tests: fixture text edited in the test, read through the x837 / x835
// readers, and the findings of every set.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "balance/balance.hpp"
#include "support/fixture_text.hpp"
#include "x835/remit_reader.hpp"
#include "x837/claim_reader.hpp"
#include "x837/model_support.hpp"

namespace claimloop::testing {

inline tree::set_context context_of(const std::string& file, const std::string& st02) {
  return {file, "000000101", "101", st02};
}

// Balancing findings of every set a Reader (claim_reader, remit_reader) reads from `path`;
// `on_set` sees each set first (for counting).
template <class Reader, class OnSet>
std::vector<core::finding> balance_file(const std::string& path, OnSet on_set) {
  std::vector<core::finding> out;
  each_set<Reader>(path, [&](const auto& set) {
    on_set(set);
    auto f = balance::check_balancing(set, context_of(path, set.control_number));
    out.insert(out.end(), f.begin(), f.end());
  });
  return out;
}

// Every 837 set in the file at `path`; `sets` counts the sets read.
inline std::vector<core::finding> balance_837_file(const std::string& path, std::size_t* sets = nullptr) {
  return balance_file<x837::claim_reader>(path, [&](const auto&) {
    if (sets) ++*sets;
  });
}

// The same for 835 files, counting claims too.
inline std::vector<core::finding> balance_835_file(const std::string& path, std::size_t* sets = nullptr,
                                                   std::size_t* claims = nullptr) {
  return balance_file<x835::remit_reader>(path, [&](const auto& set) {
    if (sets) ++*sets;
    if (claims) *claims += set.claim_count();
  });
}

inline std::vector<core::finding> balance_837_text(const std::string& text, const std::string& name) {
  return balance_837_file(temp_file(recount_se(text), name));
}
inline std::vector<core::finding> balance_835_text(const std::string& text, const std::string& name) {
  return balance_835_file(temp_file(recount_se(text), name));
}

}  // namespace claimloop::testing
