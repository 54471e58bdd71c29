#!/usr/bin/env bash
# Configures and builds claimloop into build/ (Release with debug info), installing packages first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/tools/install-deps.sh"
build="${CLAIMLOOP_BUILD_DIR:-$root/build}"
extra=()
[ "${CI:-}" = "true" ] && extra+=(-DCLAIMLOOP_WERROR=ON)
# Ninja for a new build folder; an existing one keeps the generator it was made with.
[ -f "$build/CMakeCache.txt" ] || extra+=(-G Ninja)
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${extra[@]}" "$@" >/dev/null
cmake --build "$build" -j"$(nproc)"
