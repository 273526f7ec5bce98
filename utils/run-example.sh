#!/usr/bin/env bash
# run-example.sh - set up, build, and run schemac's main job on the bundled example:
# validate the job-platform schema (examples/job-platform/schema.prisma) and print the
# PostgreSQL script that creates its database (what `prisma migrate diff --from-empty`
# prints, byte for byte).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/utils/build.sh" "$root/build" >&2
cd "$root"
echo "$ schemac check examples/job-platform/schema.prisma"
build/bin/schemac check examples/job-platform/schema.prisma
echo "examples/job-platform/schema.prisma: valid"
echo
echo "$ schemac diff --from-empty --to examples/job-platform/schema.prisma"
build/bin/schemac diff --from-empty --to examples/job-platform/schema.prisma
