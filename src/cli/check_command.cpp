// claimloop check FILE... [--ta1 OUT] [--format text|json] [-o OUT]
#include <spdlog/spdlog.h>

#include <boost/json.hpp>
#include <fmt/format.h>
#include <string>

#include "ack/ta1.hpp"
#include "cli/clock.hpp"
#include "cli/command.hpp"
#include "cli/malloc_tuning.hpp"
#include "cli/json_segments.hpp"
#include "cli/options.hpp"
#include "cli/output.hpp"
#include "envelope/interchange_reader.hpp"

namespace claimloop::cli {
namespace {

struct file_report {
  std::string file;
  std::size_t interchanges = 0, groups = 0, sets = 0, errors = 0, warnings = 0;
  std::vector<envelope::finding> findings;
  std::vector<ack::interchange_record> ta1_records;
  std::string error;  // the file could not be read to its end
};

file_report check_file(const std::string& path) {
  file_report report;
  report.file = path;
  auto source = syntax::open_source(path);
  if (!source) {
    report.error = source.error().to_string();
    return report;
  }
  envelope::interchange_reader reader(std::move(*source), path);
  ack::ta1_collector ta1;
  for (;;) {
    auto next = reader.next();
    if (!next) {
      report.error = next.error().to_string();
      break;
    }
    if (!*next) break;
    const envelope::unit& u = **next;
    report.interchanges += u.kind == envelope::unit_kind::interchange_header;
    report.groups += u.kind == envelope::unit_kind::group_header;
    report.sets += u.kind == envelope::unit_kind::transaction_set;
    for (const auto& f : u.findings) {
      (f.is_error() ? report.errors : report.warnings) += 1;
      report.findings.push_back(f);
    }
    ta1.add(u);
  }
  report.ta1_records = ta1.records();
  return report;
}

boost::json::object finding_to_json(const envelope::finding& f) {
  auto o = finding_json(f.to_core());
  o["code"] = envelope::name(f.code);
  o["level"] = envelope::to_string(f.level);
  o["expected"] = f.expected;
  o["found"] = f.found;
  o["ta1_note"] = f.ta1_note;
  return o;
}

void print_text(const file_report& r, std::ostream& out) {
  for (const auto& f : r.findings) out << f.to_string() << '\n';
  if (!r.error.empty()) out << r.error << '\n';
  out << fmt::format("{}: {} interchanges, {} groups, {} sets; {} errors, {} warnings{}\n", r.file, r.interchanges,
                     r.groups, r.sets, r.errors, r.warnings, r.error.empty() ? "" : "; not read to the end");
}

boost::json::object report_json(const file_report& r) {
  boost::json::array findings;
  for (const auto& f : r.findings) findings.push_back(finding_to_json(f));
  boost::json::value error = nullptr;
  if (!r.error.empty()) error = boost::json::string(r.error);
  return {{"file", r.file},     {"interchanges", r.interchanges}, {"groups", r.groups}, {"sets", r.sets},
          {"errors", r.errors}, {"warnings", r.warnings},         {"findings", std::move(findings)},
          {"error", error}};
}

}  // namespace

int check_command(const arguments& args) {
  keep_freed_memory_for_reuse();
  common_options common;
  std::string format = "text", ta1_path;
  std::uint32_t ta1_control = 1;
  po::options_description desc("check options");
  add_common_options(desc, common);
  desc.add_options()("format", po::value(&format)->default_value("text"), "text (one line per finding) or json")(
      "ta1", po::value(&ta1_path), "write one TA1 acknowledgment interchange per interchange read to this file")(
      "ta1-control-number", po::value(&ta1_control)->default_value(1), "ISA13 of the first TA1 interchange");
  if (auto stop = parse_options("check", args, desc, common)) return *stop;
  if (format != "text" && format != "json") {
    spdlog::error("--format must be text or json, not '{}'", format);
    return EXIT_UNREADABLE;
  }
  output out(common.output);
  if (!out.ok()) {
    spdlog::error("cannot write {}", common.output);
    return EXIT_UNREADABLE;
  }

  int status = EXIT_CLEAN;
  boost::json::array files;
  std::vector<ack::interchange_record> ta1_records;
  for (const auto& path : common.files) {
    auto report = check_file(path);
    spdlog::info("{}: {} interchanges, {} sets, {} errors, {} warnings", path, report.interchanges, report.sets,
                 report.errors, report.warnings);
    if (!report.error.empty()) status = EXIT_UNREADABLE;
    else if (report.errors > 0) status = std::max(status, EXIT_FINDINGS);
    if (format == "text") print_text(report, out.stream());
    else files.push_back(report_json(report));
    ta1_records.insert(ta1_records.end(), report.ta1_records.begin(), report.ta1_records.end());
  }
  if (format == "json") out.stream() << boost::json::serialize(boost::json::object{{"files", std::move(files)}}) << '\n';

  if (!ta1_path.empty()) {
    auto [date, time] = now_utc();
    ack::ta1_envelope env;
    env.date = date.substr(2);  // ISA09 is YYMMDD
    env.time = time;
    env.control_number = ta1_control;
    auto ta1s = ack::write_ta1s(ta1_records, env);
    output ta1_out(ta1_path);
    if (!ta1s || !ta1_out.ok()) {
      spdlog::error("cannot write TA1s to {}: {}", ta1_path, ta1s ? "cannot open" : ta1s.error().to_string());
      return EXIT_UNREADABLE;
    }
    ta1_out.stream() << *ta1s;
    spdlog::info("{} TA1 acknowledgments written to {}", ta1_records.size(), ta1_path);
  }
  return status;
}

}  // namespace claimloop::cli
