#pragma once
// Boost.Program_options plumbing shared by the sub-commands.
#include <boost/program_options.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cli/command.hpp"

namespace claimloop::cli {

namespace po = boost::program_options;

// Options every command has: --help, --log-level, and positional FILE...
struct common_options {
  std::vector<std::string> files;
  std::string log_level = "warn";
  std::string output = "-";
};

// Adds the common options to `desc` (files are positional).
void add_common_options(po::options_description& desc, common_options& common);

// Parses args; prints help or a usage error itself. Returns the exit status to stop with, or
// nothing when the command should run.
// `files_required` = false for commands whose inputs also come from named options.
std::optional<int> parse_options(const std::string& command, const arguments& args, po::options_description& desc,
                                 common_options& common, bool files_required = true);

}  // namespace claimloop::cli
