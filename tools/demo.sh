#!/usr/bin/env bash
# The main job on the shipped fixtures: builds claimloop (installing packages first), reads every
# fixture, checks its envelopes, writes TA1 acknowledgments, and shows what it found.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${CLAIMLOOP_BUILD_DIR:-$root/build}"
"$root/tools/build.sh" || exit 2
bin="$build/src/cli/claimloop"
out="${CLAIMLOOP_DEMO_OUT:-$root/out/demo}"
mkdir -p "$out"

mapfile -t files < <(find "$root/fixtures" -name '*.x12' ! -name '*.ta1.x12' ! -name '*.expected*' | sort)
echo "== claimloop on ${#files[@]} fixture files (output in ${out#$root/}) =="
echo
echo "-- envelope check (claimloop check) --"
"$bin" check --ta1 "$out/ta1.x12" "${files[@]}"
status=$?
echo
echo "-- summary --"
"$bin" check --format json "${files[@]}" > "$out/findings.json"
"$bin" parse --to json -o "$out/parsed.json" "${files[@]}"
"$bin" parse --to x12 -o "$out/roundtrip.x12" "$root/fixtures/envelope/valid_837p.x12" 2>/dev/null
printf 'files read:            %s\n' "${#files[@]}"
printf 'segments parsed:       %s\n' "$(grep -o '"id":' "$out/parsed.json" | wc -l)"
printf 'envelope findings:     %s\n' "$(grep -o '"code":' "$out/findings.json" | wc -l)"
printf 'TA1 acknowledgments:   %s (in %s)\n' "$(grep -c '^TA1' "$out/ta1.x12" 2>/dev/null || echo 0)" "${out#$root/}/ta1.x12"
if cmp -s "$root/fixtures/envelope/valid_837p.x12" "$out/roundtrip.x12"; then
  echo "round trip:            valid_837p.x12 written back byte for byte"
else
  echo "round trip:            valid_837p.x12 differs after writing back"
fi
echo "check exit status:     $status (0 clean, 1 findings, 2 unreadable)"
exit 0
