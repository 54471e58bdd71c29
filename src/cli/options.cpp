#include "cli/options.hpp"

#include <iostream>

#include "cli/logging.hpp"

namespace claimloop::cli {

void add_common_options(po::options_description& desc, common_options& common) {
  desc.add_options()("help,h", "show this help")(
      "log-level", po::value(&common.log_level)->default_value("warn"),
      "trace, debug, info, warn, error, critical or off (logs go to standard error)")(
      "output,o", po::value(&common.output)->default_value("-"), "where to write the result ('-' = standard output)");
}

std::optional<int> parse_options(const std::string& command, const arguments& args, po::options_description& desc,
                                 common_options& common, bool files_required) {
  po::options_description hidden;
  hidden.add_options()("file", po::value(&common.files), "input files ('-' = standard input)");
  po::options_description all;
  all.add(desc).add(hidden);
  po::positional_options_description positional;
  positional.add("file", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "claimloop " << command << ": " << e.what() << "\n\n" << desc;
    return EXIT_UNREADABLE;
  }
  if (vm.count("help")) {
    std::cout << "usage: claimloop " << command << " [options] FILE...\n\n" << desc;
    return EXIT_CLEAN;
  }
  if (files_required && common.files.empty()) {
    std::cerr << "claimloop " << command << ": no input files (use '-' for standard input)\n";
    return EXIT_UNREADABLE;
  }
  set_up_logging(common.log_level);
  return std::nullopt;
}

}  // namespace claimloop::cli
