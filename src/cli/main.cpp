// claimloop: the command line. Dispatches to a sub-command; each has its own --help.
#include <cstdio>
#include <string>
#include <string_view>

#include "cli/command.hpp"

namespace {

constexpr std::string_view USAGE =
    "usage: claimloop <command> [options] FILE...\n"
    "\n"
    "commands:\n"
    "  parse     read X12 files and write them as JSON (interchanges, groups, sets, segments)\n"
    "            or back as X12\n"
    "  check     check envelopes (ISA/IEA, GS/GE, ST/SE counts and control numbers), write TA1s\n"
    "  validate  validate sets against their implementation guides (SNIP 1-2), write 999s/TA1s\n"
    "  acks      read 999 acknowledgments received: which of our sets were accepted or rejected, why\n"
    "  reconcile tie every 835 claim and service line to its 837 claim and coded line, post the\n"
    "            payments and adjustments, balance each deposit, report what does not match\n"
    "            (--db DB: claims from the claim store, results kept there)\n"
    "  ingest    record the claims of 837 files in the claim store (--db DB), each file once\n"
    "\n"
    "exit status: 0 clean, 1 findings, 2 unreadable input or bad usage\n"
    "run 'claimloop <command> --help' for a command's options\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace claimloop::cli;
  if (argc < 2) {
    std::fputs(USAGE.data(), stderr);
    return EXIT_UNREADABLE;
  }
  const std::string command = argv[1];
  arguments rest(argv + 2, argv + argc);
  if (command == "--help" || command == "-h" || command == "help") {
    std::fputs(USAGE.data(), stdout);
    return EXIT_CLEAN;
  }
  if (command == "--version") {
    std::puts("claimloop " CLAIMLOOP_VERSION);
    return EXIT_CLEAN;
  }
  if (command == "parse") return parse_command(rest);
  if (command == "check") return check_command(rest);
  if (command == "validate") return validate_command(rest);
  if (command == "acks") return acks_command(rest);
  if (command == "reconcile") return reconcile_command(rest);
  if (command == "ingest") return ingest_command(rest);
  std::fprintf(stderr, "claimloop: unknown command '%s'\n\n%s", command.c_str(), USAGE.data());
  return EXIT_UNREADABLE;
}
