#pragma once
// Where the schema tests find the shipped grammars, the XSDs and their own broken fixtures.
#include <filesystem>
#include <memory>

#include "schema/guide.hpp"
#include "schema/registry.hpp"
#include "support/test_support.hpp"

namespace claimloop::testing {

inline std::filesystem::path grammar_dir() { return std::filesystem::path(CLAIMLOOP_SOURCE_DIR) / "grammars"; }
inline std::filesystem::path xsd_dir() { return std::filesystem::path(CLAIMLOOP_SOURCE_DIR) / "schemas"; }
inline std::filesystem::path schema_fixture(const char* name) { return fixtures_dir() / "schema" / name; }

// The registry over grammars/, loaded once for the whole test program.
const schema::guide_registry& shipped_registry();

}  // namespace claimloop::testing
