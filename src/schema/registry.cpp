// Loading a grammar folder. Every file is sniffed for its root element and loaded by kind, so a
// dictionary that no guide names is still validated. Dictionaries and code lists are loaded once
// and shared by the guides that name them.
#include "schema/registry.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include <fmt/format.h>

#include "schema/detail/xml_document.hpp"
#include "schema/loader.hpp"

namespace claimloop::schema {
namespace {

namespace fs = std::filesystem;

std::string sniff_root(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::string head(64 * 1024, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return detail::root_element_name(head);
}

core::result<std::vector<fs::path>> xml_files(const fs::path& dir) {
  std::error_code ec;
  std::vector<fs::path> files;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".xml" && it->is_regular_file(ec)) files.push_back(it->path());
  }
  if (ec) return core::error{core::errc::io_error, dir.string(), {}, {}, 0, "cannot list the grammar folder: " + ec.message()};
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

void content_facts::note_segment(std::string_view id) {
  auto it = std::lower_bound(segment_ids.begin(), segment_ids.end(), id,
                             [](const std::string& a, std::string_view b) { return a < b; });
  if (it == segment_ids.end() || *it != id) segment_ids.insert(it, std::string(id));
}

bool content_facts::has_segment(std::string_view id) const noexcept {
  return std::binary_search(segment_ids.begin(), segment_ids.end(), id,
                            [](std::string_view a, std::string_view b) { return a < b; });
}

core::result<guide_registry> guide_registry::load(const fs::path& dir, const fs::path& schema_dir) {
  auto files = xml_files(dir);
  if (!files) return std::move(files).error();
  if (files->empty()) return core::error{core::errc::io_error, dir.string(), {}, {}, 0, "no *.xml guides in the folder"};
  const fs::path schemas = schema_dir.empty() ? schema_dir_for(dir) : schema_dir;
  shared_definitions shared;
  guide_registry reg;
  reg.dir_ = dir;
  for (const auto& file : *files) {
    const std::string root = sniff_root(file);
    if (root == "dictionary") {
      auto d = load_dictionary(file, schemas);
      if (!d) return std::move(d).error();
      shared.dictionaries.emplace(fs::weakly_canonical(file), std::move(*d));
    } else if (root == "codelists") {
      auto c = load_codelists(file, schemas);
      if (!c) return std::move(c).error();
      shared.codelists.emplace(fs::weakly_canonical(file), std::move(*c));
    } else if (root == "guide" || root == "envelope") {
      auto g = load_guide(file, schemas, &shared);
      if (!g) return std::move(g).error();
      if ((*g)->kind == guide_kind::envelope) reg.envelope_ = std::move(*g);
      else reg.guides_.push_back(std::move(*g));
    } else {
      return core::error{core::errc::bad_guide, file.string(), {}, {}, 0,
                         fmt::format("unknown document <{}>: expected guide, envelope, dictionary or codelists", root)};
    }
  }
  return reg;
}

fs::path guide_registry::default_dir() {
  if (const char* env = std::getenv("CLAIMLOOP_GRAMMARS"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
#ifdef CLAIMLOOP_SOURCE_GRAMMAR_DIR
  // The build passes the project root; accept a grammars folder given directly as well.
  const fs::path source = CLAIMLOOP_SOURCE_GRAMMAR_DIR;
  if (fs::is_directory(source / "grammars", ec)) return source / "grammars";
  if (fs::exists(source / "guide.xsd", ec) || fs::exists(source / "x12-005010-dictionary.xml", ec)) return source;
#endif
#ifdef CLAIMLOOP_INSTALLED_GRAMMAR_DIR
  return CLAIMLOOP_INSTALLED_GRAMMAR_DIR;
#else
  return "grammars";
#endif
}

core::result<guide_registry> guide_registry::load_default() { return load(default_dir()); }

std::shared_ptr<const guide> guide_registry::find(std::string_view short_name) const noexcept {
  for (const auto& g : guides_) {
    if (g->short_name == short_name) return g;
  }
  return nullptr;
}

}  // namespace claimloop::schema
