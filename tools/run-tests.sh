#!/usr/bin/env bash
# Builds everything and runs every test: unit and corpus tests (ctest), then the fuzzer for a
# bounded time. This is what .ci/run calls.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${CLAIMLOOP_BUILD_DIR:-$root/build}"
"$root/tools/build.sh"
(cd "$build" && ctest --output-on-failure -j"$(nproc)" --timeout 600)
"$root/tools/fuzz.sh" "${CLAIMLOOP_FUZZ_SECONDS:-60}"
