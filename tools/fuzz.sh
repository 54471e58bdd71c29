#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a bounded time,
# starting from the checked-in corpus and the shared X12 corpus. Usage: tools/fuzz.sh [seconds]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-60}"
build="${CLAIMLOOP_FUZZ_BUILD_DIR:-$root/build-fuzz}"
"$root/tools/install-deps.sh"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCLAIMLOOP_FUZZ=ON -DBUILD_TESTING=ON -DCLAIMLOOP_BUILD_TOOLS=OFF -DCLAIMLOOP_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target fuzz_reader
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus"
cp "$root"/tests/fuzz/corpus/* "$work/corpus/" 2>/dev/null || true
find "$root/../shared/corpus" -type f ! -name '*.tsv' ! -name '*.md' -size -64k -exec cp {} "$work/corpus/" \; 2>/dev/null || true
echo "fuzzing the reader for ${seconds}s"
"$build/tests/fuzz/fuzz_reader" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
  -artifact_prefix="$work/" -print_final_stats=1 "$work/corpus" 2>&1 | tail -n 12
