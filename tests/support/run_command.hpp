#pragma once
// Runs the claimloop executable as a user would, capturing standard output and the exit status.
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

namespace claimloop::testing {

struct command_result {
  int status = -1;
  std::string out;
};

// `args` is appended to the binary's path and run by /bin/sh (quote paths yourself).
inline command_result run_claimloop(const std::string& args) {
  command_result r;
  const std::string cmd = std::string("'") + CLAIMLOOP_BINARY + "' " + args;
  FILE* pipe = ::popen(cmd.c_str(), "r");
  if (!pipe) return r;
  std::array<char, 65536> buf{};
  std::size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) r.out.append(buf.data(), n);
  const int raw = ::pclose(pipe);
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return r;
}

inline std::string quoted(const std::string& path) { return "'" + path + "'"; }

}  // namespace claimloop::testing
