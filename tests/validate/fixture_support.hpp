#pragma once
// Loads a fixture of fixtures/validate/ as one set, and applies one-segment edits to it.
#include <string>

#include "tree/set_reader.hpp"

namespace claimloop::testing {

inline std::string validate_fixture(const std::string& name) { return read_file(fixtures_dir() / "validate" / name); }

}  // namespace claimloop::testing
