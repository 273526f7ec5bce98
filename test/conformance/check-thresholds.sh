#!/usr/bin/env bash
# check-thresholds.sh SCHEMAC CONFORMANCE_DIR
# Scores `schemac check` on Prisma's validation corpus and fails when an agreement count
# falls below thresholds.txt.
set -uo pipefail
schemac=$1
dir=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

all=$(bash "$dir/run-psl.sh" --all --out "$out/all.tsv" "$schemac check {}" "$dir/psl")
pgnone=$(bash "$dir/run-psl.sh" --provider postgresql --provider none --out "$out/pg.tsv" \
  "$schemac check {}" "$dir/psl")
echo "all providers:"; echo "$all" | sed 's/^/  /'
echo "postgresql + none:"; echo "$pgnone" | sed 's/^/  /'

agreed() { sed -n 's/.*accepted-valid \([0-9]*\)\/[0-9]*, rejected-invalid \([0-9]*\)\/.*/\1 \2/p' | awk '{print $1 + $2}'; }
lineok() { sed -n 's/.*first-error-line \([0-9]*\)\/.*/\1/p'; }
got_all=$(echo "$all" | agreed)
got_pg=$(echo "$pgnone" | agreed)
got_line=$(echo "$all" | lineok)

# Warnings: cases whose warning count Prisma's suite records (n_warnings), with schemac
# printing as many `warning:` diagnostics.
got_warn=0
total_warn=0
while IFS=$'\t' read -r path nwarn; do
  [ -n "$nwarn" ] || continue
  total_warn=$((total_warn + 1))
  n=$("$schemac" check "$dir/psl/$path" 2>&1 | grep -c ': warning: ')
  [ "$n" -eq "$nwarn" ] && got_warn=$((got_warn + 1))
done < <(awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
                      { print $(col["path"]) "\t" $(col["n_warnings"]) }' "$dir/psl/manifest.tsv")
echo "warning counts equal to Prisma's: $got_warn/$total_warn"

status=0
check() {
  local name=$1 got=$2 want
  want=$(awk -v k="$name" '$1 == k { print $2 }' "$dir/thresholds.txt")
  if [ -z "$got" ] || [ "$got" -lt "$want" ]; then
    echo "FAIL: $name = ${got:-none}, threshold $want"
    status=1
  else
    echo "ok: $name = $got (threshold $want)"
  fi
}
check all-agreement "$got_all"
check postgresql-none-agreement "$got_pg"
check first-error-line "$got_line"
check warning-count "$got_warn"
if [ $status -ne 0 ]; then
  echo "disagreements:"; cat "$out/all.tsv"
fi
exit $status
