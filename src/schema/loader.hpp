#pragma once
// Loading grammars/*.xml: each file is validated against its XSD at load time (Xerces-C, kept
// inside this module), then turned into an immutable model. Errors name file, line and column.
#include <filesystem>
#include <map>
#include <memory>

#include "core/result.hpp"
#include "schema/codelists.hpp"
#include "schema/dictionary.hpp"
#include "schema/guide.hpp"

namespace claimloop::schema {

// Where guide.xsd and dictionary.xsd are for guides in `grammar_dir`: <dir>/../schemas in the
// source tree, else <dir> itself (the install puts grammars and schemas in one folder).
std::filesystem::path schema_dir_for(const std::filesystem::path& grammar_dir);

// Loads a <dictionary> file, validated against <schema_dir>/dictionary.xsd.
// An empty schema_dir means schema_dir_for(the file's folder).
core::result<std::shared_ptr<const dictionary>> load_dictionary(const std::filesystem::path& file,
                                                                const std::filesystem::path& schema_dir = {});

// Loads a <codelists> file, validated against <schema_dir>/dictionary.xsd.
core::result<std::shared_ptr<const codelist_set>> load_codelists(const std::filesystem::path& file,
                                                                 const std::filesystem::path& schema_dir = {});

// Dictionaries and code lists already loaded, by canonical path, so guides share them.
// Not thread-safe: one cache per loading thread (the registry loads on one thread).
struct shared_definitions {
  std::map<std::filesystem::path, std::shared_ptr<const dictionary>> dictionaries;
  std::map<std::filesystem::path, std::shared_ptr<const codelist_set>> codelists;
};

// Loads a <guide> or <envelope> file, validated against <schema_dir>/guide.xsd, with the
// dictionary and code lists it names (relative to its folder), and checks every reference:
// segment ids, element and component positions, code-list names, tightened lengths.
core::result<std::shared_ptr<const guide>> load_guide(const std::filesystem::path& file,
                                                      const std::filesystem::path& schema_dir = {},
                                                      shared_definitions* cache = nullptr);

}  // namespace claimloop::schema
