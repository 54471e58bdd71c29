#!/usr/bin/env bash
# Configures and builds claimloop into build/ (Release with debug info), installing packages first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/tools/install-deps.sh"
build="${CLAIMLOOP_BUILD_DIR:-$root/build}"
extra=()
[ "${CI:-}" = "true" ] && extra+=(-DCLAIMLOOP_WERROR=ON)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${extra[@]}" "$@" >/dev/null
cmake --build "$build" -j"$(nproc)"
