// claimloop ingest --db DB FILE.837...: every claim of each 837 recorded in the claim store,
// each file in one transaction; the same interchange again changes nothing.
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdlib>
#include <thread>

#include "cli/command.hpp"
#include "cli/malloc_tuning.hpp"
#include "cli/options.hpp"
#include "cli/output.hpp"
#include "schema/registry.hpp"
#include "store/ingest.hpp"
#include "store/migrations.hpp"

namespace claimloop::cli {

// Who the store records as having made a change: the login name.
std::string store_actor() {
  const char* user = std::getenv("USER");
  return user != nullptr && *user != '\0' ? user : "claimloop";
}

int ingest_command(const arguments& args) {
  common_options common;
  std::string db_path, grammars;
  unsigned jobs = 0;
  po::options_description desc("ingest options");
  add_common_options(desc, common);
  desc.add_options()
      ("db", po::value(&db_path), "the claim store (an SQLite file, created when missing)")
      ("grammars", po::value(&grammars), "folder of implementation guides (default: the shipped ones)")
      ("jobs,j", po::value(&jobs), "threads preparing claims while one writes them (default: the number of cores)");
  if (auto stop = parse_options("ingest", args, desc, common)) return *stop;
  if (db_path.empty()) {
    spdlog::error("ingest needs --db DB");
    return EXIT_UNREADABLE;
  }
  auto guides = grammars.empty() ? schema::guide_registry::load_default() : schema::guide_registry::load(grammars);
  if (!guides) {
    spdlog::error("{}", guides.error().to_string());
    return EXIT_UNREADABLE;
  }
  auto db = store::open_store(db_path);
  if (!db) {
    spdlog::error("{}", db.error().to_string());
    return EXIT_UNREADABLE;
  }
  output out(common.output);
  if (!out.ok()) {
    spdlog::error("cannot write {}", common.output);
    return EXIT_UNREADABLE;
  }
  keep_freed_memory_for_reuse();  // sets of claims are mapped and freed in turn
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  const store::ingest_options options{store_actor(), jobs};
  int status = EXIT_CLEAN;
  for (const auto& path : common.files) {
    auto done = store::ingest_file(**db, path, *guides, options);
    if (!done) {
      spdlog::error("{}: not ingested, nothing of it stored: {}", path, done.error().to_string());
      status = EXIT_UNREADABLE;
      continue;
    }
    if (done->already_ingested) {
      out.stream() << path << ": already ingested (file " << done->file_id << ", " << done->first_path << ", at "
                   << done->first_ingested_at << "); nothing changed\n";
      continue;
    }
    if (!done->reused_control_number_of.empty())
      spdlog::warn("{}: same sender and ISA13 as {} but other content; both are kept", path,
                   done->reused_control_number_of);
    out.stream() << path << ": " << done->claims << " claims, " << done->lines << " lines in " << done->sets
                 << " sets ingested (file " << done->file_id << ")\n";
  }
  out.stream().flush();
  return status;
}

}  // namespace claimloop::cli
