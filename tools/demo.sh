#!/usr/bin/env bash
# The main job on the shipped fixtures: builds claimloop (installing packages first), then runs
# a clearinghouse day in miniature on synthetic files and shows what came out:
#   envelope check + TA1s, SNIP 1-2 validation + 999s, typed claim/remittance models, and a
#   byte-exact round trip. Everything it writes goes to out/demo/.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${CLAIMLOOP_BUILD_DIR:-$root/build}"
"$root/tools/build.sh" || exit 2
bin="$build/src/cli/claimloop"
gen="$build/tools/claimloop-generate"
out="${CLAIMLOOP_DEMO_OUT:-$root/out/demo}"
rm -rf "$out" && mkdir -p "$out/acks"
rel() { echo "${1#$root/}"; }

# Today's batch: the envelope-error fixtures, the clean guide fixtures, and a generated claim
# file with the remittance the payer sent for it.
"$gen" --type 837P --claims 2000 --seed 11 -o "$out/batch-837p.x12" 2>/dev/null
"$gen" --type 835 --claims 2000 --seed 11 -o "$out/batch-835.x12" 2>/dev/null
mapfile -t envelope_files < <(ls "$root"/fixtures/envelope/*.x12 | grep -v '\.ta1\.x12$')
mapfile -t claim_files < <(ls "$root"/fixtures/validate/*.x12; echo "$out/batch-837p.x12"; echo "$out/batch-835.x12")

echo "== 1. envelope check of ${#envelope_files[@]} files (claimloop check --ta1) =="
"$bin" check --ta1 "$out/acks/envelope.ta1.x12" "${envelope_files[@]}" > "$out/check.txt"
echo "exit status $? (0 clean, 1 findings, 2 unreadable); per file:"
grep -E ': [0-9]+ interchanges' "$out/check.txt" | sed "s|$root/||" | sed 's/^/  /'
printf '  TA1s written: %s (A %s, E %s, R %s) -> %s\n' "$(grep -c '^TA1' "$out/acks/envelope.ta1.x12")" \
  "$(grep -c '^TA1\*[^*]*\*[^*]*\*[^*]*\*A' "$out/acks/envelope.ta1.x12")" \
  "$(grep -c '^TA1\*[^*]*\*[^*]*\*[^*]*\*E' "$out/acks/envelope.ta1.x12")" \
  "$(grep -c '^TA1\*[^*]*\*[^*]*\*[^*]*\*R' "$out/acks/envelope.ta1.x12")" "$(rel "$out/acks/envelope.ta1.x12")"
echo
echo "== 2. validation against the HIPAA 5010 guides (claimloop validate --ack 999 --ack ta1) =="
"$bin" validate --ack 999 --ack ta1 -o "$out/acks/" "${claim_files[@]}" "$root/fixtures/envelope/se_count_mismatch.x12" > "$out/validate.txt"
echo "exit status $?; per file:"
grep -E ': [0-9]+ sets' "$out/validate.txt" | sed "s|$root/||" | sed 's/^/  /'
echo "  first findings:"
grep -vE ': [0-9]+ sets' "$out/validate.txt" | head -3 | sed "s|$root/||" | sed 's/^/    /'
printf '  999 verdicts: %s IK5*A, %s IK5*R (files in %s)\n' "$(cat "$out"/acks/*.ack.x12 | grep -c '^IK5\*A')" \
  "$(cat "$out"/acks/*.ack.x12 | grep -c '^IK5\*R')" "$(rel "$out/acks/")"
echo
echo "== 3. what the payer's 999 says (claimloop acks) =="
"$bin" acks "$out/acks/se_count_mismatch.x12.ack.x12" | sed 's/^/  /'
echo
echo "== 4. typed models (claimloop parse --to model) =="
"$bin" parse --to model -o "$out/claims.json" "$out/batch-837p.x12"
"$bin" parse --to model -o "$out/remittances.json" "$out/batch-835.x12"
printf '  %s claims in %s; %s remittance claims (%s denied) in %s\n' \
  "$(grep -c '"total_charge"' "$out/claims.json")" "$(rel "$out/claims.json")" \
  "$(grep -c '"payer_claim_number"' "$out/remittances.json")" "$(grep -c '"status": "4"' "$out/remittances.json")" \
  "$(rel "$out/remittances.json")"
echo
echo "== 5. round trip (claimloop parse --to x12) =="
"$bin" parse --to x12 -o "$out/roundtrip.x12" "$out/batch-837p.x12"
if cmp -s "$out/batch-837p.x12" "$out/roundtrip.x12"; then
  echo "  $(stat -c %s "$out/batch-837p.x12") bytes written back byte for byte"
else
  echo "  the written file differs from the input"
fi
"$bin" parse --to json -o "$out/batch-837p.json" "$out/batch-837p.x12"
echo "  loop tree of the 837P as JSON: $(rel "$out/batch-837p.json") ($(grep -o '"id":"2300"' "$out/batch-837p.json" | wc -l) claim loops)"
echo
echo "== 6. reconciliation: the payer's 835 against the claims billed (claimloop reconcile) =="
"$bin" reconcile --claims "$out/batch-837p.x12" --remits "$out/batch-835.x12" --report csv -o "$out/reconcile-batch.csv" \
  > "$out/reconcile-batch.txt"
echo "  generated batch: $(($(wc -l < "$out/reconcile-batch.csv") - 1)) CSV rows in $(rel "$out/reconcile-batch.csv"); $(grep -E '^Lines linked by' "$out/reconcile-batch.txt")"
sc="$root/fixtures/reconcile"
"$bin" reconcile --claims "$sc/claims.837" "$sc/claims_corrected.837" \
  --remits "$sc/era1.835" "$sc/era2_reversal.835" "$sc/era3_secondary.835" "$sc/era1.835" \
  --report csv -o "$out/reconcile-scenarios.csv" > "$out/reconcile-scenarios.txt"
echo "  hand-made scenarios (bundling, unbundling, reversal, split, crossover, duplicate ERA, PLB), exit status $?:"
sed "s|$root/||g" "$out/reconcile-scenarios.txt" | sed 's/^/    /'
echo "  rows per 835 line in $(rel "$out/reconcile-scenarios.csv"), e.g.:"
grep -E 'BUNDLE1|UNPAID1' "$out/reconcile-scenarios.csv" | head -2 | sed "s|$root/||g" | sed 's/^/    /'
exit 0
