#!/usr/bin/env bash
# Side by side with node-x12 (npm), on demand only (not in CI): installs node-x12 into a scratch
# folder, runs its streaming parser and its object-model parser on the same generated files as
# bench/run.sh under /usr/bin/time -v, and prints wall time, CPU time, peak memory, the segment
# and claim counts each side saw (a count that differs means segments were lost or corrupted),
# and claimloop's speed as a ratio over node-x12's.
# Usage: bench/compare/node_x12.sh [sizes in MB...]     (default 10 100 1000)
#   CLAIMLOOP_BUILD_DIR, CLAIMLOOP_BENCH_DATA as for bench/run.sh; NODE_X12_VERSION (1.7.1)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${CLAIMLOOP_BUILD_DIR:-$root/build-bench}"
data="${CLAIMLOOP_BENCH_DATA:-$root/out/bench}"
scratch="${NODE_X12_DIR:-$root/out/node-x12}"
version="${NODE_X12_VERSION:-1.7.1}"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10 100 1000)

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCLAIMLOOP_BUILD_BENCH=ON -DCLAIMLOOP_BUILD_TOOLS=ON >/dev/null
cmake --build "$build" --target claimloop claimloop-generate -j"$(nproc)" >/dev/null
mkdir -p "$scratch" "$data"
if [ ! -d "$scratch/node_modules/node-x12" ]; then
  (cd "$scratch" && npm init -y >/dev/null && npm install --no-audit --no-fund "node-x12@$version" >/dev/null)
fi
cp "$here/node_x12_run.js" "$scratch/"

out_file="$(mktemp)"
trap 'rm -f "$out_file"' EXIT
measure() {  # runs a command; prints "wall cpu peak_kb exit"; its stdout is left in $out_file
  local log status=0
  log="$(mktemp)"
  /usr/bin/time -v "$@" >"$out_file" 2>"$log" || status=$?
  awk -F': ' -v st="$status" '
    /Elapsed \(wall clock\)/ {n=split($2,t,":"); s=(n==3)?t[1]*3600+t[2]*60+t[3]:t[1]*60+t[2]}
    /User time/ {u=$2} /System time/ {y=$2} /Maximum resident set size/ {kb=$2}
    END {printf "%.2f %.2f %d %d\n", s, u+y, kb, st}' "$log"
  rm -f "$log"
}

uptime
printf '%-28s %-5s %7s %8s %8s %8s %9s %10s %8s\n' run type MB "wall s" "cpu s" "MB/s" "peak MB" segments claims
for mb in "${sizes[@]}"; do
  for type in 837P 835; do
    file="$data/$(echo "$type" | tr 'A-Z' 'a-z')-${mb}mb.x12"
    [ -f "$file" ] || "$build/tools/claimloop-generate" --type "$type" --size "${mb}MB" --seed 7 -o "$file" 2>/dev/null
    size=$(awk -v b="$(stat -c %s "$file")" 'BEGIN {printf "%.1f", b/1e6}')
    ref_segments=$(tr -cd '~' <"$file" | wc -c)
    ref_claims=$(grep -Ec '^(CLM|CLP)\*' "$file" || true)
    declare -A wall=()
    for run in "claimloop check" "claimloop validate" "node-x12 stream" "node-x12 object"; do
      case "$run" in
        "claimloop check") cmd=("$build/src/cli/claimloop" check -o /dev/null "$file") ;;
        "claimloop validate") cmd=("$build/src/cli/claimloop" validate "$file") ;;
        "node-x12 stream") cmd=(node "$scratch/node_x12_run.js" stream "$file") ;;
        "node-x12 object")
          # V8 strings stop at 512 MiB: the object model cannot take the 1 GB file at all.
          if [ "$mb" -ge 500 ]; then printf '%-28s %-5s %7s %s\n' "$run" "$type" "$size" "skipped (V8 string limit)"; continue; fi
          cmd=(node --max-old-space-size=16384 "$scratch/node_x12_run.js" object "$file") ;;
      esac
      read -r secs cpu kb st < <(measure "${cmd[@]}")
      segs="$ref_segments"; claims="$ref_claims"
      if [[ "$run" == node-x12* ]]; then read -r segs claims <"$out_file" || { segs="?"; claims="?"; }; fi
      [ "$st" -ne 0 ] && [[ "$run" == node-x12* ]] && segs="failed($st)"
      wall["$run"]="$secs"
      awk -v r="$run" -v t="$type" -v m="$size" -v s="$secs" -v c="$cpu" -v k="$kb" -v g="$segs" -v n="$claims" 'BEGIN {
        printf "%-28s %-5s %7s %8.2f %8.2f %8.0f %9.1f %10s %8s\n", r, t, m, s, c, (s>0)?m/s:0, k/1024, g, n}'
    done
    for ours in "claimloop check" "claimloop validate"; do
      for theirs in "node-x12 stream" "node-x12 object"; do
        [ -n "${wall[$theirs]:-}" ] || continue
        awk -v a="$ours" -v b="$theirs" -v x="${wall[$ours]}" -v y="${wall[$theirs]}" -v t="$type" -v m="$mb" 'BEGIN {
          if (x > 0) printf "  ratio %-20s vs %-16s %s %s MB: %.1fx faster\n", a, b, t, m, y / x}'
      done
    done
    unset wall
  done
done
echo "reference counts: segments = terminators in the file, claims = CLM/CLP segments"
