#!/bin/bash
# difftest.sh N [ARGS...] - N generated cases through schemac and Prisma's own schema engine
# (utils/difftest/difftest.py; needs an installed copy of ../shared/anchors, default
# /tmp/anchors or $SCHEMAC_ANCHORS). Not part of CI.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
exec python3 "$root/utils/difftest/difftest.py" "${1:-1000}" "${@:2}"
