#pragma once
// Named code lists shared by guides (grammars/x12-005010-codelists.xml): enumerated lists, or
// external ones (ICD-10, CARC, ...) whose values are maintained elsewhere.
#include <string>
#include <string_view>
#include <vector>

#include "schema/dictionary.hpp"

namespace claimloop::schema {

// One named list. An external list has no codes here: only type and length can be checked.
struct code_list {
  std::string name;
  std::string description;
  bool external = false;
  std::string source;               // who maintains an external list
  std::vector<std::string> codes;   // sorted, for binary search

  // True when `value` is one of the codes (always false for an external list).
  bool contains(std::string_view value) const noexcept;
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
