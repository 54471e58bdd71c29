#!/usr/bin/env bash
# Installs the build into a scratch prefix, then configures and builds a separate project that
# uses find_package(claimloop) and runs it on a fixture. Usage: check_install.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build="$1"
source="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cmake --install "$build" --prefix "$work/prefix" >/dev/null
test -x "$work/prefix/bin/claimloop"
test -f "$work/prefix/share/claimloop/837P-005010X222A1.xml"
cmake -S "$source/tests/install/consumer" -B "$work/consumer" -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/consumer" >/dev/null
out="$("$work/consumer/count_segments" "$source/fixtures/validate/837p_clean.x12")"
echo "$out"
[ "$out" = "31 segments" ]
# The installed executable finds the installed guides.
CLAIMLOOP_GRAMMARS="$work/prefix/share/claimloop" "$work/prefix/bin/claimloop" validate "$source/fixtures/validate/837p_clean.x12"
