#!/usr/bin/env bash
# make-format-goldens.sh ANCHORS_DIR - regenerate the formatter goldens from Prisma's engine.
#
# Writes test/conformance/format-generated/SHA256SUMS: the SHA-256 of what Prisma's
# formatter (`psl-wasm format`, the wasm module behind `prisma format`) makes of
#   - the schemas of utils/gen-schema.py (10, 100 and 1,000 models, seeds 1-3), as
#     generated (gen-N-S) and with their layout scrambled (gen-N-S-misaligned);
#   - every case of the psl corpus (psl/<id>), where Prisma keeps lines it cannot parse;
#     cases where Prisma's formatter fails are left out;
#   - the bundled example (example).
# The 10-model outputs are also stored as files, for readable diffs. Only this script
# needs Node and Prisma; the tests compare against the committed files.
set -euo pipefail
anchors=${1:?usage: make-format-goldens.sh ANCHORS_DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/test/conformance/format-generated
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
format() { "$anchors/bin/psl-wasm" format "$1"; }

rm -rf "$out"
mkdir -p "$out"
sums=$out/SHA256SUMS
for n in 10 100 1000; do
  for seed in 1 2 3; do
    for variant in "" misaligned; do
      name=gen-$n-$seed${variant:+-$variant}
      python3 "$root/utils/gen-schema.py" --models "$n" --seed "$seed" ${variant:+--misalign} \
        > "$tmp/in.prisma"
      format "$tmp/in.prisma" > "$tmp/out.prisma"
      echo "$(sha256sum < "$tmp/out.prisma" | cut -d' ' -f1)  $name" >> "$sums"
      if [ "$n" = 10 ]; then cp "$tmp/out.prisma" "$out/$name.prisma"; fi
    done
  done
done
corpus=$root/test/conformance/psl
tail -n +2 "$corpus/manifest.tsv" | cut -f1,2 | while IFS=$'\t' read -r id path; do
  if format "$corpus/$path" > "$tmp/out.prisma" 2>/dev/null; then
    echo "$(sha256sum < "$tmp/out.prisma" | cut -d' ' -f1)  psl/$id" >> "$sums"
  fi
done
format "$root/examples/job-platform/schema.prisma" > "$tmp/out.prisma"
echo "$(sha256sum < "$tmp/out.prisma" | cut -d' ' -f1)  example" >> "$sums"
echo "make-format-goldens: $(wc -l < "$sums") outputs"
