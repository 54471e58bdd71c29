// claimloop reconcile --claims FILE.837... --remits FILE.835... [--report csv|json] [-o OUT]:
// every 835 claim and service line tied to its 837 claim and coded line, posted and balanced.
// With --db DB instead of --claims, the claims, the ledger and the results are in the claim store.
#include <spdlog/spdlog.h>

#include <iostream>
#include <algorithm>
#include <memory>
#include <thread>

#include "cli/command.hpp"
#include "cli/options.hpp"
#include "cli/malloc_tuning.hpp"
#include "cli/output.hpp"
#include "cli/reconcile_store.hpp"
#include "reconcile/report.hpp"
#include "schema/registry.hpp"

namespace claimloop::cli {
namespace {

struct reconcile_options {
  std::vector<std::string> claims, remits;
  std::string report, grammars, db;
  unsigned jobs = 0;
};

// Whether anything needs a person: unmatched, unpaid, unbalanced or duplicate.
bool has_exceptions(const reconcile::summary& s) {
  return s.unmatched_claims || s.unlinked_lines || s.unpaid_claims || !s.unbalanced.empty() || !s.duplicates.empty();
}

}  // namespace

int reconcile_command(const arguments& args) {
  common_options common;
  reconcile_options opt;
  po::options_description desc("reconcile options");
  add_common_options(desc, common);
  desc.add_options()
      ("claims", po::value(&opt.claims)->multitoken(), "837 files the remittances answer")
      ("db", po::value(&opt.db), "claim store (see 'claimloop ingest') to use instead of --claims: claims, "
                                 "payments taken in and results are kept there")
      ("remits", po::value(&opt.remits)->multitoken(), "835 files to reconcile (also taken as FILE...)")
      ("report", po::value(&opt.report), "csv or json, written to -o (the summary then goes to standard error "
                                         "when -o is standard output)")
      ("grammars", po::value(&opt.grammars), "folder of implementation guides (default: the shipped ones)")
      ("jobs,j", po::value(&opt.jobs), "threads mapping sets to models (default: the number of cores)");
  if (auto stop = parse_options("reconcile", args, desc, common, false)) return *stop;
  opt.remits.insert(opt.remits.end(), common.files.begin(), common.files.end());
  if (opt.report != "" && opt.report != "csv" && opt.report != "json") {
    spdlog::error("--report must be csv or json, not '{}'", opt.report);
    return EXIT_UNREADABLE;
  }
  if (opt.claims.empty() == opt.db.empty() || opt.remits.empty()) {
    spdlog::error("reconcile needs --claims FILE.837... or --db DB (not both), and --remits FILE.835...");
    return EXIT_UNREADABLE;
  }
  auto guides = opt.grammars.empty() ? schema::guide_registry::load_default() : schema::guide_registry::load(opt.grammars);
  if (!guides) {
    spdlog::error("{}", guides.error().to_string());
    return EXIT_UNREADABLE;
  }

  keep_freed_memory_for_reuse();
  if (opt.jobs == 0) opt.jobs = std::max(1u, std::thread::hardware_concurrency());
  reconcile::claim_index index;
  for (const auto& path : opt.claims) {
    auto added = index.add_file(path, *guides, opt.jobs);
    if (!added) {
      spdlog::error("{}", added.error().to_string());
      return EXIT_UNREADABLE;
    }
    spdlog::info("{}: {} claims", path, *added);
  }
  index.seal();

  output out(common.output);
  if (!out.ok()) {
    spdlog::error("cannot write {}", common.output);
    return EXIT_UNREADABLE;
  }
  reconcile::summary_report summary;
  std::unique_ptr<reconcile::report_sink> report;
  if (opt.report == "csv") report = std::make_unique<reconcile::csv_report>(out.stream());
  if (opt.report == "json") report = std::make_unique<reconcile::json_report>(out.stream());
  std::vector<reconcile::report_sink*> sinks{&summary};
  if (report) sinks.push_back(report.get());
  reconcile::fanout sink(sinks);
  int status = EXIT_CLEAN;
  if (!opt.db.empty()) {
    auto stored = reconcile_with_store(opt.db, opt.remits, *guides, sink, opt.jobs);
    if (!stored) return EXIT_UNREADABLE;
    status = *stored;
  } else {
    reconcile::memory_ledger ledger;
    reconcile::reconciler run(index, ledger, sink);
    run.set_workers(opt.jobs);
    for (const auto& path : opt.remits) {
      auto sets = run.add_file(path, *guides);
      if (!sets) {
        // The file is set aside whole: its claims are not half-posted into the report's totals.
        spdlog::error("{}", sets.error().to_string());
        status = EXIT_UNREADABLE;
        continue;
      }
      spdlog::info("{}: {} remittances", path, *sets);
    }
    if (auto done = run.finish(); !done) {
      spdlog::error("{}", done.error().to_string());
      return EXIT_UNREADABLE;
    }
  }
  std::ostream& human = !report ? out.stream() : (common.output == "-" ? std::cerr : std::cout);
  summary.print(human);
  out.stream().flush();
  if (status == EXIT_CLEAN && has_exceptions(summary.totals())) status = EXIT_FINDINGS;
  return status;
}

}  // namespace claimloop::cli
