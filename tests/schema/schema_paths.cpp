#include "schema/schema_paths.hpp"

#include <stdexcept>

namespace claimloop::testing {

const schema::guide_registry& shipped_registry() {
  static const schema::guide_registry reg = [] {
    auto r = schema::guide_registry::load(grammar_dir(), xsd_dir());
    if (!r) throw std::runtime_error(r.error().to_string());
    return std::move(*r);
  }();
  return reg;
}

}  // namespace claimloop::testing
