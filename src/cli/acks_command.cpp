// claimloop acks FILE... [--format text|json]: what a trading partner's 999s say about our sets.
#include <spdlog/spdlog.h>

#include <boost/json.hpp>

#include "ack/ack_999_reader.hpp"
#include "cli/command.hpp"
#include "cli/options.hpp"
#include "cli/output.hpp"
#include "syntax/segment_reader.hpp"

namespace claimloop::cli {
namespace {

boost::json::object group_json(const ack::group_summary& g) {
  boost::json::array sets;
  for (const auto& s : g.sets) {
    boost::json::array reasons;
    for (const auto& r : s.reasons) reasons.emplace_back(r);
    sets.push_back({{"gs06", s.group_control_number}, {"st01", s.set_id}, {"st02", s.set_control_number},
                    {"status", s.status}, {"accepted", s.accepted}, {"reasons", std::move(reasons)}});
  }
  boost::json::array reasons;
  for (const auto& r : g.reasons) reasons.emplace_back(r);
  return {{"functional_id", g.functional_id}, {"gs06", g.control_number}, {"version", g.version},
          {"status", g.status}, {"accepted", g.accepted}, {"included", g.included}, {"received", g.received},
          {"accepted_sets", g.accepted_sets}, {"reasons", std::move(reasons)}, {"sets", std::move(sets)}};
}

}  // namespace

int acks_command(const arguments& args) {
  common_options common;
  std::string format = "text";
  po::options_description desc("acks options");
  add_common_options(desc, common);
  desc.add_options()("format", po::value(&format)->default_value("text"), "text or json");
  if (auto stop = parse_options("acks", args, desc, common)) return *stop;
  output out(common.output);
  if (!out.ok()) {
    spdlog::error("cannot write {}", common.output);
    return EXIT_UNREADABLE;
  }
  int status = EXIT_CLEAN;
  boost::json::array files;
  for (const auto& path : common.files) {
    auto source = syntax::open_source(path);
    if (!source) {
      spdlog::error("{}", source.error().to_string());
      status = EXIT_UNREADABLE;
      continue;
    }
    syntax::segment_reader reader(std::move(*source), path);
    auto doc = ack::read_999(reader);
    if (!doc) {
      spdlog::error("{}", doc.error().to_string());
      status = EXIT_UNREADABLE;
      continue;
    }
    auto groups = ack::summarize(*doc);
    for (const auto& g : groups)
      if (!g.accepted || g.accepted_sets < g.received) status = std::max(status, EXIT_FINDINGS);
    if (format == "json") {
      boost::json::array gs, problems;
      for (const auto& g : groups) gs.push_back(group_json(g));
      for (const auto& p : doc->problems) problems.emplace_back(p);
      files.push_back({{"file", path}, {"from", doc->sender_id}, {"isa13", doc->interchange_control_number},
                       {"groups", std::move(gs)}, {"problems", std::move(problems)}});
      continue;
    }
    out.stream() << path << ": 999 from " << doc->sender_id << " (ISA13 " << doc->interchange_control_number << ")\n";
    for (const auto& g : groups) out.stream() << ack::to_text(g);
    for (const auto& p : doc->problems) out.stream() << "  problem in the 999: " << p << '\n';
  }
  if (format == "json") out.stream() << boost::json::serialize(boost::json::object{{"files", std::move(files)}}) << '\n';
  return status;
}

}  // namespace claimloop::cli
