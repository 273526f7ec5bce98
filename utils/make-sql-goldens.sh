#!/usr/bin/env bash
# make-sql-goldens.sh ANCHORS_DIR - regenerate the SQL goldens from Prisma's own engine.
#
# Writes test/conformance/sql/: for every valid postgresql case of the psl corpus, the
# script of `prisma migrate diff --from-empty --to-schema CASE --script` (psl/<id>.sql);
# for the generated schemas (utils/gen-schema.py, 10/100/1,000 models, seeds 1-5) the
# scripts of the 10- and 100-model ones and the SHA-256 of all of them
# (generated/SHA256SUMS); and the bundled example's script
# (test/Backend/Inputs/job-platform.sql).
# ANCHORS_DIR is an installed copy of ../shared/anchors (see its README). Only this
# script needs Node and Prisma; the tests compare against the committed files.
set -euo pipefail
anchors=${1:?usage: make-sql-goldens.sh ANCHORS_DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/test/conformance/sql
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Prisma 7 rejects url/directUrl/shadowDatabaseUrl in the schema; they do not change SQL.
strip_urls() { grep -Ev '^\s*(url|directUrl|shadowDatabaseUrl)\s*=' "$1" > "$2" || true; }
diff_sql() { "$anchors/bin/prisma-diff-sql" :empty "$1"; }

rm -rf "$out/psl" "$out/generated"
mkdir -p "$out/psl" "$out/generated"
corpus=$root/test/conformance/psl
awk -F'\t' '$3=="postgresql" && $4=="valid" {print $1 "\t" $2}' "$corpus/manifest.tsv" |
while IFS=$'\t' read -r id path; do
  strip_urls "$corpus/$path" "$tmp/case.prisma"
  diff_sql "$tmp/case.prisma" > "$out/psl/$id.sql"
done
for n in 10 100 1000; do
  for seed in 1 2 3 4 5; do
    name=m${n}_s$seed
    python3 "$root/utils/gen-schema.py" --models "$n" --seed "$seed" > "$tmp/$name.prisma"
    strip_urls "$tmp/$name.prisma" "$tmp/$name.nourl.prisma"
    diff_sql "$tmp/$name.nourl.prisma" > "$tmp/$name.sql"
    (cd "$tmp" && sha256sum "$name.sql") >> "$out/generated/SHA256SUMS"
    if [ "$n" -le 100 ]; then cp "$tmp/$name.sql" "$out/generated/"; fi
  done
done
strip_urls "$root/examples/job-platform/schema.prisma" "$tmp/example.prisma"
diff_sql "$tmp/example.prisma" > "$root/test/Backend/Inputs/job-platform.sql"
echo "make-sql-goldens: $(ls "$out/psl" | wc -l) corpus scripts, $(wc -l < "$out/generated/SHA256SUMS") generated"
