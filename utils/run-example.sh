#!/usr/bin/env bash
# run-example.sh - set up, build, and run schemac's main job on the bundled example:
# validate the job-platform schema (examples/job-platform/schema.prisma).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/utils/build.sh" "$root/build" >&2
schema="$root/examples/job-platform/schema.prisma"
echo "$ schemac check examples/job-platform/schema.prisma"
"$root/build/bin/schemac" check "$schema"
echo "examples/job-platform/schema.prisma: valid"
