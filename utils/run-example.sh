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
echo
# The example's migration history, applied to the embedded local PostgreSQL
# (.schemac/postgres, created on first use), then the last migration rolled back and
# applied again.
cd "$root/examples/job-platform"
schemac="$root/build/bin/schemac"
echo "$ schemac migrate apply        # examples/job-platform/migrations -> embedded PostgreSQL"
"$schemac" migrate apply --schema schema.prisma --project "$root"
echo "$ schemac migrate status"
"$schemac" migrate status --schema schema.prisma --project "$root"
echo "$ schemac migrate rollback --accept-data-loss && schemac migrate apply"
"$schemac" migrate rollback --schema schema.prisma --project "$root" --accept-data-loss
"$schemac" migrate apply --schema schema.prisma --project "$root"
"$schemac" migrate status --schema schema.prisma --project "$root"
