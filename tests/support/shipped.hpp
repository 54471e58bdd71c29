#pragma once
// The implementation guides and code tables shipped in grammars/, loaded once per test program.
// Header-only: only the test programs that include it link schema / codes.
#include <filesystem>
#include <stdexcept>

#include "codes/code_tables.hpp"
#include "schema/registry.hpp"

namespace claimloop::testing {

inline const schema::guide_registry& shipped_guides() {
  static const schema::guide_registry guides = [] {
    auto g = schema::guide_registry::load_default();
    if (!g) throw std::runtime_error(g.error().to_string());
    return std::move(*g);
  }();
  return guides;
}

inline const codes::code_tables& shipped_code_tables() {
  static const codes::code_tables tables = [] {
    auto t = codes::load_code_tables(std::filesystem::path(CLAIMLOOP_SOURCE_DIR) / "grammars" / "codes");
    if (!t) throw std::runtime_error(t.error().to_string());
    return std::move(*t);
  }();
  return tables;
}

}  // namespace claimloop::testing
