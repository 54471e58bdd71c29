// A project outside claimloop: finds the installed package and reads a file with the reader.
#include <cstdio>
#include "syntax/segment_reader.hpp"
int main(int argc, char** argv) {
  auto src = claimloop::syntax::open_source(argv[1]);
  if (!src) return 2;
  claimloop::syntax::segment_reader r(std::move(*src), argv[1]);
  int n = 0;
  for (auto s = r.next(); s && *s; s = r.next()) ++n;
  std::printf("%d segments\n", n);
}
