#!/usr/bin/env bash
# make-example-history.sh [SCHEMAC] - rebuild examples/job-platform/migrations from the six
# schema versions in examples/job-platform-versions/ with `schemac migrate new` (fixed
# timestamps, so the result is reproducible byte for byte), and copy version 6 to
# examples/job-platform/schema.prisma.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
schemac=${1:-$root/build/bin/schemac}
example=$root/examples/job-platform
names=(initial_setup add_user_preferences_table add_job_matching_scores add_api_usage_tracking
       add_notification_system add_analytics_tables)
rm -rf "$example/migrations"
for i in 1 2 3 4 5 6; do
  cp "$root/examples/job-platform-versions/$i.prisma" "$example/schema.prisma"
  SCHEMAC_NOW="2026120700${i}000" "$schemac" migrate new "${names[$((i - 1))]}" \
    --schema "$example/schema.prisma" --dir "$example/migrations" >/dev/null
done
echo "make-example-history: $(ls -d "$example"/migrations/2* | wc -l) migrations in examples/job-platform/migrations"
