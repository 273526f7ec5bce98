#!/usr/bin/env bash
# check-diff.sh SCHEMAC [PG_SOCKET_DIR [MAX_MODELS]] - `schemac diff` against Prisma, and migration
# round trips on a real PostgreSQL.
#
# Pairs: test/conformance/diff/pairs.txt (generated schemas and their mutations, 10 to
# 1,000 models), consecutive valid postgresql cases of the psl corpus, and rename pairs
# (generated with --rename-hints, which Prisma cannot express, so they have no golden).
#   1. up script and summary equal Prisma's (test/conformance/diff/{generated,psl});
#   2. the down script of each generated pair equals the up script of the swapped pair
#      (the reverse plan, built from the steps, agrees with the differ run backwards);
#   3. with PG_SOCKET_DIR: for every generated and rename pair, in a throwaway database,
#      create OLD, insert a row in every table, apply up; every table that survives
#      (renamed ones under their new name) still has its row, renamed columns keep their
#      value; the database diffs empty against NEW; `introspect --emit=prisma` passes
#      `check` and diffs empty against the database; then empty the tables, apply down,
#      and the database diffs empty against OLD;
#   4. with PG_SOCKET_DIR: every valid psl case, created in a database, introspects to an
#      IR that diffs empty against the schema, and so does its pulled Prisma schema.
# Prints one line per check and exits 1 on any failure.
set -uo pipefail
schemac=${1:?usage: check-diff.sh SCHEMAC [PG_SOCKET_DIR]}
pg=${2:-}
max_models=${3:-1000} # round trips of bigger pairs are skipped (and counted)
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
golden=$here/diff
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
gen() { python3 "$root/utils/gen-schema.py" "$@"; }
failed=0
fail() { echo "FAIL $*"; failed=1; }

# --- the pairs ----------------------------------------------------------------------
gen_pairs=() # name|old|new
while read -r n seed m; do
  case $n in ''|\#*) continue ;; esac
  name=m${n}_s${seed}_x$m
  gen --models "$n" --seed "$seed" -o "$tmp/$name.old.prisma"
  gen --models "$n" --seed "$seed" --mutate "$m" -o "$tmp/$name.new.prisma"
  gen_pairs+=("generated/$name|$tmp/$name.old.prisma|$tmp/$name.new.prisma")
done < "$golden/pairs.txt"
psl_pairs=()
psl_cases=()
corpus=$here/psl
mapfile -t cases < <(awk -F'\t' '$3=="postgresql" && $4=="valid" {print $1 "\t" $2}' "$corpus/manifest.tsv")
for ((i = 0; i < ${#cases[@]}; i++)); do
  a=${cases[$i]}; b=${cases[$(((i + 1) % ${#cases[@]}))]}
  psl_pairs+=("psl/${a%%$'\t'*}__${b%%$'\t'*}|$corpus/${a#*$'\t'}|$corpus/${b#*$'\t'}")
  psl_cases+=("${a%%$'\t'*}|$corpus/${a#*$'\t'}")
done
rename_pairs=()
for spec in "10 1 40" "10 2 41" "10 3 42" "10 4 43" "10 5 44" "10 1 45" "10 2 46" "10 3 47" \
            "10 4 48" "10 5 49" "10 1 50" "10 2 51" "100 1 52" "100 2 53" "100 3 54"; do
  read -r n seed m <<< "$spec"
  name=r${n}_s${seed}_x$m
  gen --models "$n" --seed "$seed" -o "$tmp/$name.old.prisma"
  gen --models "$n" --seed "$seed" --mutate "$m" --rename-hints -o "$tmp/$name.new.prisma"
  rename_pairs+=("renames/$name|$tmp/$name.old.prisma|$tmp/$name.new.prisma")
done

# --- 1 and 2: goldens and the reverse plan -------------------------------------------
identical=0 known=0 summaries=0 reverse=0 total=0
for entry in "${gen_pairs[@]}" "${psl_pairs[@]}"; do
  IFS='|' read -r name old new <<< "$entry"
  total=$((total + 1))
  "$schemac" diff --from "$old" --to "$new" -o "$tmp/up.sql" 2>"$tmp/err"
  if cmp -s "$tmp/up.sql" "$golden/$name.sql"; then
    identical=$((identical + 1))
  elif grep -qx "${name#generated/}" "$golden/prisma-failures.txt"; then
    known=$((known + 1))
  else
    fail "$name: up script differs from Prisma's"; diff "$golden/$name.sql" "$tmp/up.sql" 2>&1 | head -8 | sed 's/^/  /'
  fi
  if "$schemac" diff --from "$old" --to "$new" --emit=summary -o "$tmp/summary" 2>/dev/null &&
     cmp -s "$tmp/summary" "$golden/$name.summary"; then
    summaries=$((summaries + 1))
  else
    fail "$name: summary differs from Prisma's"
  fi
  case $name in generated/*)
    "$schemac" diff --from "$old" --to "$new" --emit=down -o "$tmp/down.sql" 2>/dev/null
    "$schemac" diff --from "$new" --to "$old" -o "$tmp/back.sql" 2>/dev/null
    if cmp -s "$tmp/down.sql" "$tmp/back.sql"; then reverse=$((reverse + 1)); else
      fail "$name: down script differs from the diff run backwards"; diff "$tmp/back.sql" "$tmp/down.sql" | head -6 | sed 's/^/  /'
    fi ;;
  esac
done
echo "check-diff: up scripts identical to Prisma's: $identical/$total, $known differ on purpose where Prisma's script fails on PostgreSQL (prisma-failures.txt); summaries: $summaries/$total"
echo "check-diff: down scripts equal to the backwards diff: $reverse/${#gen_pairs[@]}"

if [ -z "$pg" ]; then
  echo "check-diff: no PostgreSQL given; round trips skipped"
  exit $failed
fi

# --- 3: round trips -------------------------------------------------------------------
psql_db() { local db=$1; shift; PGOPTIONS="-c client_min_messages=warning" psql -X -q -h "$pg" -U postgres -d "$db" -v ON_ERROR_STOP=1 "$@"; }
url_of() { echo "postgresql://postgres@localhost/$1?host=$pg"; }
truncate_all="SELECT format('TRUNCATE %I.%I CASCADE', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog','information_schema') AND n.nspname NOT LIKE 'pg_%' \\gexec"

prisma_fails=$golden/prisma-failures.txt # pairs whose Prisma script fails on PostgreSQL

roundtrip() { # name old new dir db -> 0 when every check held
  local name=$1 old=$2 new=$3 w=$4 db=$5 url ok=0 rows=1
  url=$(url_of "$db")
  mkdir -p "$w"
  {
    "$schemac" diff --from-empty --to "$old" -o "$w/create.sql" &&
    "$schemac" diff --from "$old" --to "$new" -o "$w/up.sql" &&
    "$schemac" diff --from "$old" --to "$new" --annotate -o "$w/annotated.sql" &&
    "$schemac" diff --from "$old" --to "$new" --emit=down -o "$w/down.sql" &&
    "$schemac" diff --from "$old" --to "$new" --emit=plan -o "$w/plan"
  } 2>"$w/err" || { echo "  schemac failed: $(head -3 "$w/err")"; return 1; }
  for attempt in rows empty; do
    psql_db postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
    psql_db postgres -c "CREATE DATABASE $db" >/dev/null || return 1
    psql_db "$db" -f "$w/create.sql" >/dev/null 2>"$w/err" || { echo "  creating OLD failed: $(head -3 "$w/err")"; return 1; }
    if [ $attempt = rows ]; then
      psql_db "$db" -f "$root/test/roundtrip/insert-rows.sql" 2>"$w/err" || { echo "  inserting rows failed: $(head -3 "$w/err")"; return 1; }
      psql_db "$db" -tA -f "$root/test/roundtrip/count-rows.sql" > "$w/before"
    fi
    if psql_db "$db" -f "$w/up.sql" >/dev/null 2>"$w/err"; then break; fi
    # Up may fail on existing rows only where schemac warned that it would.
    if [ $attempt = rows ] && grep -q '^  Warnings:' "$w/annotated.sql"; then rows=0; continue; fi
    echo "  up failed ($attempt): $(head -3 "$w/err")"; psql_db postgres -c "DROP DATABASE $db" >/dev/null; return 1
  done
  if [ $rows = 1 ]; then
    psql_db "$db" -tA -f "$root/test/roundtrip/count-rows.sql" > "$w/after"
    # Every table that survives keeps its row; renamed tables under their new name.
    local table count t s renamed qtable column n
    while read -r table count; do
      t=${table#*.} s=${table%%.*}
      grep -q "^DropTable \"$s\".\"$t\"\$" "$w/plan" && continue
      renamed=$(sed -n "s/^RenameTable \"$s\".\"$t\" -> \"\(.*\)\"\$/\1/p" "$w/plan")
      [ -n "$renamed" ] && t=$renamed
      grep -qx "$s.$t $count" "$w/after" || { echo "  rows lost in $s.$t"; ok=1; }
    done < "$w/before"
    # Renamed columns keep their values.
    while IFS=' ' read -r _ qtable _ _ column; do
      column=${column//\"/}
      n=$(psql_db "$db" -tA -c "SELECT count(*) FROM $qtable WHERE \"$column\" IS NOT NULL")
      [ "$n" = 1 ] || { echo "  renamed column $qtable.$column lost its value"; ok=1; }
    done < <(grep '^RenameColumn ' "$w/plan")
  fi
  "$schemac" diff --from-url "$url" --to "$new" --exit-code --emit=plan -o "$w/drift" 2>"$w/err" ||
    { echo "  after up, the database differs from NEW:"; sed 's/^/    /' "$w/drift" "$w/err" | head -8; ok=1; }
  "$schemac" introspect --url "$url" --emit=prisma -o "$w/pulled.prisma" 2>"$w/err" &&
  "$schemac" check "$w/pulled.prisma" 2>"$w/err" &&
  "$schemac" diff --from-url "$url" --to "$w/pulled.prisma" --exit-code --emit=plan -o "$w/drift" 2>>"$w/err" ||
    { echo "  the pulled schema does not match the database:"; sed 's/^/    /' "$w/drift" "$w/err" | head -8; ok=1; }
  echo "$truncate_all" | psql_db "$db" -f - >/dev/null 2>"$w/err" || { echo "  emptying the tables failed: $(head -3 "$w/err")"; ok=1; }
  psql_db "$db" -f "$w/down.sql" >/dev/null 2>"$w/err" || { echo "  down failed: $(head -3 "$w/err")"; ok=1; }
  "$schemac" diff --from-url "$url" --to "$old" --exit-code --emit=plan -o "$w/drift" 2>"$w/err" ||
    { echo "  after down, the database differs from OLD:"; sed 's/^/    /' "$w/drift" "$w/err" | head -8; ok=1; }
  # Where Prisma's own script is known to fail, check that it does.
  if grep -qx "${name#generated/}" "$prisma_fails" 2>/dev/null; then
    psql_db "$db" -c "DROP SCHEMA public CASCADE; CREATE SCHEMA public" >/dev/null 2>&1
    psql_db "$db" -f "$w/create.sql" >/dev/null 2>&1
    if psql_db "$db" -1 -f "$golden/$name.sql" >/dev/null 2>&1; then
      echo "  Prisma's script runs, but $prisma_fails says it fails"; ok=1
    fi
  fi
  psql_db postgres -c "DROP DATABASE $db" >/dev/null
  [ $ok = 0 ] && [ $rows = 0 ] && echo "NOROWS"
  return $ok
}

# Two round trips at a time (CI has two cores), each in its own database.
jobs_list=()
too_big=0
for entry in "${gen_pairs[@]}" "${rename_pairs[@]}"; do
  n=${entry#*/}; n=${n#[mr]}; n=${n%%_*}
  if [ "$n" -gt "$max_models" ]; then too_big=$((too_big + 1)); else jobs_list+=("$entry"); fi
done
for ((i = 0; i < ${#jobs_list[@]}; i++)); do
  IFS='|' read -r name old new <<< "${jobs_list[$i]}"
  while [ "$(jobs -rp | wc -l)" -ge 2 ]; do wait -n; done
  ( roundtrip "$name" "$old" "$new" "$tmp/rt$i" "schemac_rt$((i % 2))_$i" > "$tmp/rt$i.log" 2>&1; echo $? > "$tmp/rt$i.rc" ) &
done
wait
passed=0 norows=0
for ((i = 0; i < ${#jobs_list[@]}; i++)); do
  IFS='|' read -r name _ _ <<< "${jobs_list[$i]}"
  if [ "$(cat "$tmp/rt$i.rc")" = 0 ]; then
    passed=$((passed + 1))
    grep -q NOROWS "$tmp/rt$i.log" && norows=$((norows + 1))
  else
    fail "$name: round trip"; cat "$tmp/rt$i.log"
  fi
done
count=${#jobs_list[@]}
echo "check-diff: round trips on PostgreSQL (create, rows, up, introspect, pull, down): $passed/$count, $((count - passed)) mismatches; $norows without rows, where up warns that existing rows make it fail; $too_big pairs over $max_models models skipped"

# --- 4: introspection of the psl cases ----------------------------------------------
available=$(psql_db postgres -tA -c "select name from pg_available_extensions")
same=0 pulled=0 count=0 skipped=0
for entry in "${psl_cases[@]}"; do
  IFS='|' read -r name schema <<< "$entry"
  "$schemac" diff --from-empty --to "$schema" -o "$tmp/create.sql" 2>/dev/null || continue
  missing=$(sed -n 's/^CREATE EXTENSION IF NOT EXISTS "\([^"]*\)".*/\1/p' "$tmp/create.sql" | while read -r e; do grep -qx "$e" <<< "$available" || echo "$e"; done)
  if [ -n "$missing" ]; then skipped=$((skipped + 1)); continue; fi
  count=$((count + 1))
  db=schemac_psl
  # The namespaces to read: the schema's `schemas = [...]`, else public.
  namespaces=$(sed -n 's/^ *schemas *= *\[\(.*\)\].*/\1/p' "$schema" | tr -d ' "')
  url="$(url_of $db)${namespaces:+&schema=$namespaces}"
  psql_db postgres -c "CREATE DATABASE $db" >/dev/null
  if psql_db $db -f "$tmp/create.sql" >/dev/null 2>"$tmp/err"; then
    if "$schemac" diff --from-url "$url" --to "$schema" --exit-code --emit=plan -o "$tmp/drift" 2>"$tmp/err"; then
      same=$((same + 1))
    else
      fail "psl/$name: the database differs from the schema"; sed 's/^/  /' "$tmp/drift" "$tmp/err" | head -6
    fi
    if "$schemac" introspect --url "$url" --emit=prisma -o "$tmp/pulled.prisma" 2>"$tmp/err" &&
       "$schemac" check "$tmp/pulled.prisma" 2>"$tmp/err" &&
       "$schemac" diff --from-url "$url" --to "$tmp/pulled.prisma" --exit-code --emit=plan -o "$tmp/drift" 2>>"$tmp/err"; then
      pulled=$((pulled + 1))
    else
      fail "psl/$name: pulled schema"; sed 's/^/  /' "$tmp/drift" "$tmp/err" | head -6
    fi
  else
    fail "psl/$name: creating the database failed"; head -3 "$tmp/err"
  fi
  psql_db postgres -c "DROP DATABASE $db" >/dev/null
done
echo "check-diff: psl cases introspected equal to the schema: $same/$count; pulled schemas valid and equal: $pulled/$count ($skipped need extensions this server lacks)"
exit $failed
