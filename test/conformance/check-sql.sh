#!/usr/bin/env bash
# check-sql.sh SCHEMAC [PG_SOCKET_DIR] - byte-identity of `schemac diff --from-empty`
# with Prisma's committed scripts, IR round trip, and execution on PostgreSQL.
#
# Cases: every valid postgresql case of test/conformance/psl, the schemas made by
# utils/gen-schema.py (10, 100 and 1,000 models, seeds 1-5) and the bundled example.
# For each case:
#   1. the script equals the golden (test/conformance/sql; SHA-256 for the big ones);
#   2. `schemac ir` printed, parsed and printed again gives the same bytes (the verifier
#      runs on the parsed IR), and the script generated from the IR file is the same;
#   3. with PG_SOCKET_DIR (a server from utils/pg-test-server.sh), the script runs inside
#      a transaction that is rolled back. CREATE EXTENSION of an extension the server
#      does not have installed is left out and counted.
# Exit 1 on any failure. Prints one summary line per check.
set -uo pipefail
schemac=${1:?usage: check-sql.sh SCHEMAC [PG_SOCKET_DIR]}
pg=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
golden=$here/sql
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cases=() # name|schema path|golden kind (file or sha)
while IFS=$'\t' read -r id path; do
  cases+=("psl/$id|$here/psl/$path")
done < <(awk -F'\t' '$3=="postgresql" && $4=="valid" {print $1 "\t" $2}' "$here/psl/manifest.tsv")
while read -r _ file; do
  name=${file%.sql}
  n=${name#m}; n=${n%_s*}; seed=${name#*_s}
  python3 "$root/utils/gen-schema.py" --models "$n" --seed "$seed" > "$tmp/$name.prisma"
  cases+=("generated/$name|$tmp/$name.prisma")
done < "$golden/generated/SHA256SUMS"
cases+=("example|$root/examples/job-platform/schema.prisma")

available=""
psql_run() { psql -X -q -h "$pg" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }
if [ -n "$pg" ]; then
  available=$(psql_run -tA -c "select name from pg_available_extensions") || { echo "check-sql: cannot reach PostgreSQL at $pg" >&2; exit 1; }
fi

total=0 same=0 roundtrip=0 ran=0 skipped_ext=0 failed=0
for entry in "${cases[@]}"; do
  name=${entry%%|*}
  schema=${entry#*|}
  total=$((total + 1))
  got=$tmp/got.sql
  if ! "$schemac" diff --from-empty --to "$schema" -o "$got" 2>"$tmp/err"; then
    echo "FAIL $name: schemac diff failed"; sed 's/^/  /' "$tmp/err" | head -5; failed=1; continue
  fi
  # 1. Golden.
  case $name in
    example) want=$root/test/Backend/Inputs/job-platform.sql ;;
    *) want=$golden/$name.sql ;;
  esac
  if [ -f "$want" ]; then
    if cmp -s "$want" "$got"; then same=$((same + 1)); else
      echo "FAIL $name: differs from Prisma's script"; diff "$want" "$got" | head -10 | sed 's/^/  /'; failed=1
    fi
  else
    base=${name#generated/}
    expected=$(awk -v f="$base.sql" '$2==f {print $1}' "$golden/generated/SHA256SUMS")
    actual=$(sha256sum < "$got" | cut -d' ' -f1)
    if [ -n "$expected" ] && [ "$expected" = "$actual" ]; then same=$((same + 1)); else
      echo "FAIL $name: SHA-256 differs from Prisma's script ($actual, want ${expected:-none})"; failed=1
    fi
  fi
  # 2. IR round trip.
  if "$schemac" ir "$schema" -o "$tmp/a.sir" 2>"$tmp/err" &&
     "$schemac" ir "$tmp/a.sir" -o "$tmp/b.sir" 2>>"$tmp/err" &&
     cmp -s "$tmp/a.sir" "$tmp/b.sir" &&
     "$schemac" diff --from-empty --to "$tmp/a.sir" -o "$tmp/from-ir.sql" 2>>"$tmp/err" &&
     cmp -s "$got" "$tmp/from-ir.sql"; then
    roundtrip=$((roundtrip + 1))
  else
    echo "FAIL $name: IR round trip"; sed 's/^/  /' "$tmp/err" | head -5; failed=1
  fi
  # 3. PostgreSQL.
  if [ -n "$pg" ]; then
    cp "$got" "$tmp/run.sql"
    for ext in $(sed -n 's/^CREATE EXTENSION IF NOT EXISTS "\([^"]*\)".*/\1/p' "$got"); do
      if ! grep -qx "$ext" <<<"$available"; then
        sed -i "/^CREATE EXTENSION IF NOT EXISTS \"$ext\"/d" "$tmp/run.sql"
        skipped_ext=$((skipped_ext + 1))
      fi
    done
    if psql_run -c BEGIN -f "$tmp/run.sql" -c ROLLBACK >/dev/null 2>"$tmp/err"; then
      ran=$((ran + 1))
    else
      echo "FAIL $name: PostgreSQL rejected the script"; grep -v NOTICE "$tmp/err" | head -5 | sed 's/^/  /'; failed=1
    fi
  fi
done
echo "check-sql: identical to Prisma $same/$total"
echo "check-sql: IR round trip $roundtrip/$total"
if [ -n "$pg" ]; then
  echo "check-sql: ran on PostgreSQL $ran/$total ($skipped_ext CREATE EXTENSION left out: not installed on the server)"
fi
exit $failed
