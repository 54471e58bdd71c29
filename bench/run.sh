#!/usr/bin/env bash
# Whole-process and micro benchmarks on generated files. Usage: bench/run.sh [sizes in MB...]
# Generates deterministic 837P files (tools/generate), times `claimloop check` and
# `claimloop parse --to x12` with /usr/bin/time -v (wall time, peak resident memory), and runs
# the Google Benchmark reader program on the 100 MB file. Results go to stdout as a table.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${CLAIMLOOP_BUILD_DIR:-$root/build}"
data="${CLAIMLOOP_BENCH_DATA:-$root/out/bench}"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10 100 1000)
"$root/tools/build.sh" -DCLAIMLOOP_BUILD_BENCH=ON -DCLAIMLOOP_BUILD_TOOLS=ON >/dev/null
mkdir -p "$data"

measure() {  # prints "seconds peak_kb" for a command
  local log
  log="$(mktemp)"
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || true
  awk -F': ' '/Elapsed \(wall clock\)/ {split($2,t,":"); s=(length(t)==3)?t[1]*3600+t[2]*60+t[3]:t[1]*60+t[2]}
              /Maximum resident set size/ {kb=$2} END {printf "%.2f %d\n", s, kb}' "$log"
  rm -f "$log"
}

printf '%-22s %8s %10s %9s %10s\n' "run" "MB" "seconds" "MB/s" "peak MB"
for mb in "${sizes[@]}"; do
  file="$data/837p-${mb}mb.x12"
  [ -f "$file" ] || "$build/tools/claimloop-generate" --type 837P --size "${mb}MB" --seed 7 -o "$file"
  real_mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN {printf "%.1f", b/1048576}')
  for cmd in check "parse --to x12"; do
    read -r secs kb < <(measure "$build/src/cli/claimloop" $cmd -o /dev/null "$file")
    printf '%-22s %8s %10s %9.0f %10.1f\n' "$cmd" "$real_mb" "$secs" "$(awk -v m="$real_mb" -v s="$secs" 'BEGIN {print (s>0)?m/s:0}')" \
      "$(awk -v k="$kb" 'BEGIN {print k/1024}')"
  done
done
echo
CLAIMLOOP_BENCH_FILE="$data/837p-100mb.x12" "$build/bench/bench_reader" --benchmark_min_time=2
