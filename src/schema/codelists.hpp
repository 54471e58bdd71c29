#pragma once
// Named code lists shared by guides (grammars/x12-005010-codelists.xml): enumerated lists, or
// external ones (ICD-10, CARC, ...) whose values are maintained elsewhere.
#include <string>
#include <string_view>
#include <vector>

#include "schema/code_set.hpp"
#include "schema/dictionary.hpp"

namespace claimloop::schema {

// One named list. An external list has no codes here: only type and length can be checked.
struct code_list {
  std::string name;
  std::string description;
  bool external = false;
  std::string source;               // who maintains an external list
  std::vector<std::string> codes;   // sorted
  code_set index;                   // `codes` for fast lookup (built by the loader)

  // True when `value` is one of the codes (always false for an external list).
  bool contains(std::string_view value) const noexcept {
    return index.size() != 0 ? index.contains(value) : contains_slow(value);
  }

 private:
  bool contains_slow(std::string_view value) const noexcept;  // a list built by hand (no index)
};

// All lists of one file, sorted by name.
struct codelist_set : pinned {
  std::string version;
  std::string name;
  std::string file;
  std::vector<code_list> lists;

  // The list called `name`, or nullptr.
  const code_list* find(std::string_view name) const noexcept;
};

}  // namespace claimloop::schema
