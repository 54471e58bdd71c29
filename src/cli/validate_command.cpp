// claimloop validate FILE... [--format text|json] [--ack 999] [--ack ta1] [--ack 277ca] [-o OUT]
//                            [--ack-time CCYYMMDDHHMM] [--jobs N] [--snip LEVELS] [--codes DIR | --no-codes]
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <boost/json.hpp>
#include <filesystem>
#include <optional>
#include <set>
#include <thread>
#include <tuple>

#include "cli/clock.hpp"
#include "cli/command.hpp"
#include "cli/json_segments.hpp"
#include "cli/options.hpp"
#include "cli/output.hpp"
#include "cli/validate_acks.hpp"
#include "ack/ack_277ca_status.hpp"
#include "codes/code_tables.hpp"
#include "service/validation_run.hpp"

namespace claimloop::cli {
namespace {

namespace fs = std::filesystem;

bool write_file(const std::string& name, const std::string& bytes) {
  output file(name);
  if (!file.ok()) {
    spdlog::error("cannot write {}", name);
    return false;
  }
  file.stream() << bytes;
  return true;
}

// "file:line: SNIP 3 2300 CLM02 ...": the finding's own text with its level after the position.
std::string finding_line(const core::finding& f) {
  std::string text = f.to_string();
  const auto position = fmt::format("{}:{}:", f.file.empty() ? "<input>" : f.file, f.where.line);
  if (text.rfind(position, 0) != 0) return text;
  return text.insert(position.size(), fmt::format(" SNIP {}", f.snip));
}

void print_text(const service::file_validation& v, std::ostream& out) {
  for (const auto& f : v.findings) out << finding_line(f) << '\n';
  if (!v.error.empty()) out << v.error << '\n';
  out << v.file << ": " << v.sets << " sets, " << v.sets - v.sets_with_errors << " accepted, " << v.sets_with_errors
      << " with errors";
  if (v.sets_with_errors > 0) out << " (" << v.sets_rejected << " rejected by the 999)";
  if (v.sets_not_validated) out << ", " << v.sets_not_validated << " not validated (no guide for their version)";
  out << '\n';
}

// "1-5", "1,2,5", "1-3,5" -> the levels; levels 1 and 2 are required (they build the loop tree
// the other levels read), 6 and 7 are not implemented.
core::result<std::set<int>> parse_levels(const std::string& text) {
  std::set<int> levels;
  auto fail = [&](std::string why) {
    core::error e;
    e.code = core::errc::invalid_argument;
    e.message = fmt::format("--snip {}: {}", text, why);
    return e;
  };
  std::size_t at = 0;
  while (at <= text.size()) {
    const auto comma = std::min(text.find(',', at), text.size());
    const std::string part = text.substr(at, comma - at);
    const auto dash = part.find('-');
    const std::string from = part.substr(0, dash), to = dash == std::string::npos ? from : part.substr(dash + 1);
    if (from.size() != 1 || to.size() != 1 || from[0] < '1' || from[0] > '7' || to[0] < from[0] || to[0] > '7')
      return fail("expected levels 1-7 such as 1-5 or 1,2,3,5");
    for (char c = from[0]; c <= to[0]; ++c) levels.insert(c - '0');
    at = comma + 1;
  }
  if (!levels.count(1) || !levels.count(2)) return fail("levels 1 and 2 always run (they build the loop tree)");
  if (levels.count(6) || levels.count(7)) return fail("levels 6 and 7 are not implemented");
  return levels;
}

}  // namespace

int validate_command(const arguments& args) {
  common_options common;
  std::string format = "text", grammars, codes_dir, snip = "1-5", ack_time;
  bool no_codes = false;
  std::vector<std::string> acks;
  std::uint32_t control = 1;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  po::options_description desc("validate options");
  add_common_options(desc, common);
  desc.add_options()("format", po::value(&format)->default_value("text"), "text (one line per finding) or json")(
      "ack", po::value(&acks)->composing(), "acknowledgments to write: 999, ta1, 277ca (repeatable)")(
      "ack-time", po::value(&ack_time), "creation time of the acknowledgments, CCYYMMDDHHMM (default: now, UTC)")(
      "ack-control-number", po::value(&control)->default_value(1), "ISA13 of the first acknowledgment interchange")(
      "grammars", po::value(&grammars), "folder of implementation guides (default: $CLAIMLOOP_GRAMMARS or the shipped ones)")(
      "jobs", po::value(&jobs)->default_value(jobs), "threads judging transaction sets (1: all on one thread); output is the same for any value")(
      "snip", po::value(&snip)->default_value(snip),
      "SNIP levels to check: 1-2 always, 3 balancing, 4 situational rules, 5 code sets (e.g. 1-3,5)")(
      "codes", po::value(&codes_dir), "folder of code tables for level 5 (default: the guides' codes/ folder)")(
      "no-codes", po::bool_switch(&no_codes), "skip level 5 (same as leaving 5 out of --snip)");
  if (auto stop = parse_options("validate", args, desc, common)) return *stop;

  ack_request req;
  if (auto ok = add_acks(acks, req); !ok) {
    spdlog::error("{}", ok.error().message);
    return EXIT_UNREADABLE;
  }
  std::tie(req.date, req.time) = now_utc();
  if (!ack_time.empty()) {
    if (auto ok = set_ack_time(ack_time, req); !ok) {
      spdlog::error("{}", ok.error().message);
      return EXIT_UNREADABLE;
    }
  }
  // With --ack, -o names where acknowledgments go; findings always go to standard output.
  if (req.any()) req.out = common.output == "-" ? std::string() : common.output;
  if (req.any() && req.out.empty()) {
    spdlog::error("--ack needs -o FILE (all acknowledgments) or -o FOLDER/ (files per input)");
    return EXIT_UNREADABLE;
  }

  auto guides = grammars.empty() ? schema::guide_registry::load_default() : schema::guide_registry::load(grammars);
  if (!guides) {
    spdlog::error("cannot load the implementation guides: {}", guides.error().to_string());
    return EXIT_UNREADABLE;
  }

  auto levels = parse_levels(snip);
  if (!levels) {
    spdlog::error("{}", levels.error().message);
    return EXIT_UNREADABLE;
  }
  service::validation_options options;
  options.for_999 = req.ack_999;
  options.for_277ca = req.ca_277;
  options.balancing = levels->count(3) != 0;
  options.situational = levels->count(4) != 0;
  const fs::path codes_folder = !codes_dir.empty() ? fs::path(codes_dir)
                                : (grammars.empty() ? schema::guide_registry::default_dir() : fs::path(grammars)) / "codes";
  std::optional<codes::code_tables> tables;
  if (levels->count(5) && !no_codes) {
    auto loaded = codes::load_code_tables(codes_folder);
    if (!loaded) {
      spdlog::error("cannot load the code tables: {}", loaded.error().to_string());
      return EXIT_UNREADABLE;
    }
    tables = std::move(*loaded);
    options.tables = &*tables;
  }
  if (req.ca_277) {
    auto statuses = ack::claim_status_table::load(codes_folder / "claim_status_reason.tsv");
    if (!statuses) {
      spdlog::error("cannot load the claim status table: {}", statuses.error().to_string());
      return EXIT_UNREADABLE;
    }
    req.statuses = std::make_shared<const ack::claim_status_table>(std::move(*statuses));
  }

  output findings_out("-");
  std::unique_ptr<output> ack_file;
  if (!req.out.empty() && !req.to_folder()) {
    ack_file = std::make_unique<output>(req.out);
    if (!ack_file->ok()) {
      spdlog::error("cannot write {}", req.out);
      return EXIT_UNREADABLE;
    }
  }

  // Sets of every file go through one pool; each file is still reported in order.
  std::unique_ptr<service::set_pool> pool;
  if (jobs > 1) pool = std::make_unique<service::set_pool>(*guides, jobs);
  int status = EXIT_CLEAN;
  boost::json::array all;
  for (const auto& path : common.files) {
    auto v = service::validate_file(path, *guides, pool.get(), options);
    spdlog::info("{}: {} sets, {} with errors", path, v.sets, v.sets_with_errors);
    if (!v.error.empty()) status = EXIT_UNREADABLE;
    else if (v.has_errors()) status = std::max(status, EXIT_FINDINGS);
    if (format == "json") {
      for (const auto& f : v.findings) all.push_back(finding_json(f));
    } else {
      print_text(v, findings_out.stream());
    }
    if (req.out.empty()) continue;
    auto text = acknowledgments(v, req, *guides, control);
    if (!text) {
      spdlog::error("{}: cannot write acknowledgments: {}", path, text.error().to_string());
      status = EXIT_UNREADABLE;
      continue;
    }
    if (ack_file) {
      ack_file->stream() << text->acks << text->claims;
      continue;
    }
    // One file per input and kind: NAME.ack.x12 (TA1, 999) and NAME.277ca.x12.
    const auto base = (fs::path(req.out) / fs::path(path == "-" ? "stdin" : path).filename()).string();
    if ((req.ack_999 || req.ta1) && !write_file(base + ".ack.x12", text->acks)) return EXIT_UNREADABLE;
    if (req.ca_277 && text->claims.empty()) spdlog::info("{}: no 837 set the 999 accepts, so no 277CA", path);
    if (req.ca_277 && !text->claims.empty() && !write_file(base + ".277ca.x12", text->claims)) return EXIT_UNREADABLE;
  }
  if (format == "json") findings_out.stream() << boost::json::serialize(all) << '\n';
  return status;
}

}  // namespace claimloop::cli
