#pragma once
// The sub-commands of `claimloop`. Each takes its own arguments and returns the exit status.
#include <string>
#include <vector>

namespace claimloop::cli {

// Exit statuses shared by every command.
inline constexpr int EXIT_CLEAN = 0;      // done, nothing to report
inline constexpr int EXIT_FINDINGS = 1;   // done, and there are findings
inline constexpr int EXIT_UNREADABLE = 2; // a file could not be read or is not X12, or bad usage

using arguments = std::vector<std::string>;

int parse_command(const arguments& args);
int check_command(const arguments& args);
int validate_command(const arguments& args);
int acks_command(const arguments& args);
int reconcile_command(const arguments& args);
int ingest_command(const arguments& args);

// Who the claim store records as making a change (the login name).
std::string store_actor();

}  // namespace claimloop::cli
