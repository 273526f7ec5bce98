#!/usr/bin/env bash
# build.sh [BUILD_DIR [CMAKE_ARGS...]] - install dependencies (idempotent), configure, build.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-$root/build}
shift || true
"$root/utils/setup.sh"
if [ ! -f "$dir/build.ninja" ]; then
  cmake -G Ninja -S "$root" -B "$dir" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
fi
cmake --build "$dir"
