// claimloop validate FILE... [--format text|json] [--ack 999 [--ack ta1]] [-o OUT] [--jobs N]
#include <spdlog/spdlog.h>

#include <boost/json.hpp>
#include <filesystem>
#include <thread>

#include "cli/clock.hpp"
#include "cli/command.hpp"
#include "cli/json_segments.hpp"
#include "cli/options.hpp"
#include "cli/output.hpp"
#include "service/validation_run.hpp"

namespace claimloop::cli {
namespace {

namespace fs = std::filesystem;

struct ack_request {
  bool ack_999 = false, ta1 = false;
  std::string out;  // a file for all acknowledgments, or a folder for one file per input
  bool to_folder() const { return !out.empty() && (out.back() == '/' || fs::is_directory(out)); }
};

// The 999s and TA1s of one file, as X12 text.
core::result<std::string> acknowledgments(const service::file_validation& v, const ack_request& req,
                                          const schema::guide_registry& guides, std::uint32_t& control) {
  auto [date, time] = now_utc();
  std::string out;
  if (req.ta1) {
    ack::ta1_envelope env;
    env.date = date.substr(2);
    env.time = time;
    env.control_number = control;
    auto ta1 = ack::write_ta1s(v.ta1_records, env);
    if (!ta1) return std::move(ta1).error();
    out += *ta1;
    control += static_cast<std::uint32_t>(v.ta1_records.size());
  }
  if (req.ack_999) {
    for (const auto& in : v.interchanges) {
      ack::ack_999_options options;
      options.interchange_control_number = control++;
      options.date = date;
      options.time = time;
      options.reference = service::element_references(guides);
      auto text = ack::build_999(in, options);
      if (!text) return std::move(text).error();
      out += *text;
    }
  }
  return out;
}

void print_text(const service::file_validation& v, std::ostream& out) {
  for (const auto& f : v.findings) out << f.to_string() << '\n';
  if (!v.error.empty()) out << v.error << '\n';
  out << v.file << ": " << v.sets << " sets, " << v.sets - v.sets_with_errors << " accepted, " << v.sets_with_errors
      << " with errors";
  if (v.sets_not_validated) out << ", " << v.sets_not_validated << " not validated (no guide for their version)";
  out << '\n';
}

}  // namespace

int validate_command(const arguments& args) {
  common_options common;
  std::string format = "text", grammars;
  std::vector<std::string> acks;
  std::uint32_t control = 1;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  po::options_description desc("validate options");
  add_common_options(desc, common);
  desc.add_options()("format", po::value(&format)->default_value("text"), "text (one line per finding) or json")(
      "ack", po::value(&acks)->composing(), "acknowledgments to write: 999, ta1 (repeatable)")(
      "ack-control-number", po::value(&control)->default_value(1), "ISA13 of the first acknowledgment interchange")(
      "grammars", po::value(&grammars), "folder of implementation guides (default: $CLAIMLOOP_GRAMMARS or the shipped ones)")(
      "jobs", po::value(&jobs)->default_value(jobs), "threads judging transaction sets (1: all on one thread); output is the same for any value");
  if (auto stop = parse_options("validate", args, desc, common)) return *stop;

  ack_request req;
  for (const auto& a : acks) {
    if (a == "999") req.ack_999 = true;
    else if (a == "ta1" || a == "TA1") req.ta1 = true;
    else {
      spdlog::error("--ack takes 999 or ta1, not '{}'", a);
      return EXIT_UNREADABLE;
    }
  }
  // With --ack, -o names where acknowledgments go; findings always go to standard output.
  if (req.ack_999 || req.ta1) req.out = common.output == "-" ? std::string() : common.output;
  if ((req.ack_999 || req.ta1) && req.out.empty()) {
    spdlog::error("--ack needs -o FILE (all acknowledgments) or -o FOLDER/ (one file per input)");
    return EXIT_UNREADABLE;
  }

  auto guides = grammars.empty() ? schema::guide_registry::load_default() : schema::guide_registry::load(grammars);
  if (!guides) {
    spdlog::error("cannot load the implementation guides: {}", guides.error().to_string());
    return EXIT_UNREADABLE;
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
    auto v = service::validate_file(path, *guides, pool.get(), req.ack_999);
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
      ack_file->stream() << *text;
    } else {
      const auto name = fs::path(req.out) / (fs::path(path == "-" ? "stdin" : path).filename().string() + ".ack.x12");
      output per_file(name.string());
      if (!per_file.ok()) {
        spdlog::error("cannot write {}", name.string());
        return EXIT_UNREADABLE;
      }
      per_file.stream() << *text;
    }
  }
  if (format == "json") findings_out.stream() << boost::json::serialize(all) << '\n';
  return status;
}

}  // namespace claimloop::cli
