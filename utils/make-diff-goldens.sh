#!/usr/bin/env bash
# make-diff-goldens.sh ANCHORS_DIR - regenerate the migration-diff goldens from Prisma.
#
# For every pair of test/conformance/diff/pairs.txt (generated schemas and their
# mutations) and every pair of consecutive valid postgresql cases of the psl corpus,
# writes Prisma's `migrate diff --script` (NAME.sql) and its drift summary (NAME.summary)
# to test/conformance/diff/{generated,psl}/. Only this script needs Node and Prisma.
set -euo pipefail
anchors=${1:?usage: make-diff-goldens.sh ANCHORS_DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/test/conformance/diff
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
strip_urls() { grep -Ev '^\s*(url|directUrl|shadowDatabaseUrl)\s*=' "$1" > "$2" || true; }
gen() { python3 "$root/utils/gen-schema.py" "$@"; }

rm -rf "$out/generated" "$out/psl"
mkdir -p "$out/generated" "$out/psl"
count=0
while read -r n seed m; do
  case $n in ''|\#*) continue ;; esac
  name=m${n}_s${seed}_x$m
  gen --models "$n" --seed "$seed" | grep -Ev '^\s*url\s*=' > "$tmp/old.prisma"
  gen --models "$n" --seed "$seed" --mutate "$m" | grep -Ev '^\s*url\s*=' > "$tmp/new.prisma"
  "$anchors/bin/prisma-diff-sql" "$tmp/old.prisma" "$tmp/new.prisma" > "$out/generated/$name.sql"
  "$anchors/bin/prisma-diff-sql" --summary "$tmp/old.prisma" "$tmp/new.prisma" > "$out/generated/$name.summary"
  count=$((count + 1))
done < "$out/pairs.txt"

corpus=$root/test/conformance/psl
mapfile -t cases < <(awk -F'\t' '$3=="postgresql" && $4=="valid" {print $1 "\t" $2}' "$corpus/manifest.tsv")
for ((i = 0; i < ${#cases[@]}; i++)); do
  a=${cases[$i]}; b=${cases[$(((i + 1) % ${#cases[@]}))]}
  strip_urls "$corpus/${a#*$'\t'}" "$tmp/a.prisma"
  strip_urls "$corpus/${b#*$'\t'}" "$tmp/b.prisma"
  name=${a%%$'\t'*}__${b%%$'\t'*}
  "$anchors/bin/prisma-diff-sql" "$tmp/a.prisma" "$tmp/b.prisma" > "$out/psl/$name.sql"
  "$anchors/bin/prisma-diff-sql" --summary "$tmp/a.prisma" "$tmp/b.prisma" > "$out/psl/$name.summary"
  count=$((count + 1))
done
echo "make-diff-goldens: $count pairs"
