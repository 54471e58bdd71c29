#!/usr/bin/env bash
# Whole-process and micro benchmarks on generated files. Usage: bench/run.sh [sizes in MB...]
# Generates deterministic 837P and 835 files (tools/generate --size), times `claimloop check`
# and `claimloop validate` on each with /usr/bin/time -v (wall and CPU seconds, peak resident
# memory; CPU seconds matter on a shared machine), then runs the Google Benchmark programs
# (reader, validate) on the 100 MB files. Results go to stdout as a table.
#   CLAIMLOOP_BUILD_DIR  build folder (default build-bench, configured Release here)
#   CLAIMLOOP_BENCH_DATA where generated files go (default out/bench)
#   CLAIMLOOP_JOBS       --jobs values for validate and reconcile (default "1 2")
#   CLAIMLOOP_RECONCILE_CLAIMS  claim counts of the 837/835 pairs `claimloop reconcile` is timed on
#                        (default "10000 100000 1000000"; 1,000,000 claims = 608 MB + 457 MB)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${CLAIMLOOP_BUILD_DIR:-$root/build-bench}"
data="${CLAIMLOOP_BENCH_DATA:-$root/out/bench}"
jobs_list="${CLAIMLOOP_JOBS:-1 2}"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10 100 1000)

# Timing needs an optimised build; build only what is measured.
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCLAIMLOOP_BUILD_BENCH=ON -DCLAIMLOOP_BUILD_TOOLS=ON >/dev/null
cmake --build "$build" --target claimloop claimloop-generate bench_reader bench_validate -j"$(nproc)" >/dev/null
cli="$build/src/cli/claimloop"
mkdir -p "$data"

measure() {  # prints "wall_seconds cpu_seconds peak_kb exit_status" for a command
  local log status=0
  log="$(mktemp)"
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || status=$?
  awk -F': ' -v st="$status" '
    /Elapsed \(wall clock\)/ {n=split($2,t,":"); s=(n==3)?t[1]*3600+t[2]*60+t[3]:t[1]*60+t[2]}
    /User time/ {u=$2} /System time/ {y=$2} /Maximum resident set size/ {kb=$2}
    END {printf "%.2f %.2f %d %d\n", s, u+y, kb, st}' "$log"
  rm -f "$log"
}

generate() {  # type size_mb -> path (generated once, deterministic)
  local type="$1" mb="$2" file
  file="$data/$(echo "$type" | tr 'A-Z' 'a-z')-${mb}mb.x12"
  [ -f "$file" ] || "$build/tools/claimloop-generate" --type "$type" --size "${mb}MB" --seed 7 -o "$file" 2>>"$data/generate.log"
  echo "$file"
}

uptime
printf '%-26s %-5s %8s %8s %8s %9s %9s %9s %5s\n' "run" "type" "MB" "wall s" "cpu s" "MB/s" "MB/cpu-s" "peak MB" "exit"
row() {  # label type file command...
  local label="$1" type="$2" file="$3"
  shift 3
  local mb secs cpu kb st
  mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN {printf "%.1f", b/1e6}')
  read -r secs cpu kb st < <(measure "$@" "$file")
  awk -v l="$label" -v t="$type" -v m="$mb" -v s="$secs" -v c="$cpu" -v k="$kb" -v e="$st" 'BEGIN {
    printf "%-26s %-5s %8s %8.2f %8.2f %9.0f %9.0f %9.1f %5d\n", l, t, m, s, c, (s>0)?m/s:0, (c>0)?m/c:0, k/1024, e}'
}
for mb in "${sizes[@]}"; do
  for type in 837P 835; do
    file="$(generate "$type" "$mb")"
    row "check" "$type" "$file" "$cli" check -o /dev/null
    for j in $jobs_list; do
      row "validate --jobs $j" "$type" "$file" "$cli" validate --jobs "$j"
    done
  done
done

# Reconciliation: an 837P and the 835 that pays it (same seed), the CSV report written.
echo
printf '%-26s %9s %8s %8s %11s %9s %5s\n' "reconcile" "claims" "wall s" "cpu s" "claims/s" "peak MB" "exit"
for n in ${CLAIMLOOP_RECONCILE_CLAIMS:-10000 100000 1000000}; do
  claims="$data/pair-$n.837" remits="$data/pair-$n.835"
  [ -f "$claims" ] || "$build/tools/claimloop-generate" --type 837P --claims "$n" --seed 9 -o "$claims" 2>>"$data/generate.log"
  [ -f "$remits" ] || "$build/tools/claimloop-generate" --type 835 --claims "$n" --seed 9 -o "$remits" 2>>"$data/generate.log"
  for j in $jobs_list; do
    read -r secs cpu kb st < <(measure "$cli" reconcile -j "$j" --claims "$claims" --report csv -o /dev/null --remits "$remits")
    awk -v j="$j" -v n="$n" -v s="$secs" -v c="$cpu" -v k="$kb" -v e="$st" 'BEGIN {
      printf "%-26s %9d %8.2f %8.2f %11.0f %9.1f %5d\n", "reconcile -j " j, n, s, c, (s>0)?n/s:0, k/1024, e}'
  done
done
[ -f "$data/generate.log" ] && { echo; echo "generator:"; cat "$data/generate.log"; }
echo
p100="$(generate 837P 100)"
c100="$(generate 835 100)"
CLAIMLOOP_BENCH_FILE="$p100" "$build/bench/bench_reader" --benchmark_min_time=2
CLAIMLOOP_BENCH_837P="$p100" CLAIMLOOP_BENCH_835="$c100" "$build/bench/bench_validate" --benchmark_min_time=2
