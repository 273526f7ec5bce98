#!/bin/bash
# check-format.sh SCHEMAC CONFORMANCE_DIR - `schemac format` against Prisma's formatter.
#
#  1. Prisma's formatter corpus (conformance/format, from prisma-engines): every input
#     formatted equals Prisma's expected output byte for byte, and formatting an expected
#     output gives it back (idempotence).
#  2. Goldens made with Prisma's formatter (utils/make-format-goldens.sh, SHA-256 in
#     format-generated/SHA256SUMS): the generated schemas of 10, 100 and 1,000 models as
#     generated and with their layout scrambled, every case of the psl corpus (valid or
#     not; lines Prisma cannot parse are kept, as Prisma does, with --keep-invalid-lines),
#     and the bundled example. Each output must also format to itself.
#  3. Meaning: for every valid postgresql schema among them, `schemac ir` of the formatted
#     schema equals `schemac ir` of the input.
# Prints one line per check and exits 1 on any mismatch.
set -u
schemac=$1
conformance=$2
corpus=$conformance/format
root=$(cd "$conformance/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0 idem_pass=0 idem_fail=0
# The one case whose input has a line Prisma's grammar cannot parse: Prisma keeps it
# verbatim; schemac refuses by default and does the same with --keep-invalid-lines.
keep_invalid=single__catch_all_in_a_block_must_not_influence_table_layout

format_into() { # kind input out_dir extra_flags...
  local kind=$1 input=$2 out=$3; shift 3
  mkdir -p "$out"
  if [ "$kind" = single ]; then
    cp "$corpus/$input" "$out/schema.prisma"
  else
    cp "$corpus/$input"/*.prisma "$out/"
  fi
  "$schemac" format "$@" "$out" 2>"$out.stderr" >/dev/null
}

formats_to() { # kind input out_dir expected extra_flags...: the output equals expected
  local kind=$1 input=$2 out=$3 expected=$4; shift 4
  format_into "$kind" "$input" "$out" "$@"
  if [ "$kind" = single ]; then
    cmp -s "$out/schema.prisma" "$corpus/$expected"
  else
    diff -r "$out" "$corpus/$expected" >/dev/null
  fi
}

while IFS=$'\t' read -r id kind input expected provider origin; do
  [ "$id" = id ] && continue
  flags=()
  [ "$id" = "$keep_invalid" ] && flags=(--keep-invalid-lines)
  if formats_to "$kind" "$input" "$tmp/$id" "$expected" "${flags[@]}"; then
    pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL format $id"; fi
  # Idempotence: the expected output formats to itself.
  if formats_to "$kind" "$expected" "$tmp/$id.idem" "$expected" "${flags[@]}"; then
    idem_pass=$((idem_pass+1)); else idem_fail=$((idem_fail+1)); echo "FAIL idempotence $id"; fi
done < "$corpus/manifest.tsv"
echo "format corpus: $pass/$((pass+fail)) byte-identical, idempotent $idem_pass/$((idem_pass+idem_fail))"

# 2 and 3.
same=0 differ=0 known=0 idem=0 notidem=0 meaning=0 changed=0
# Where schemac differs from Prisma on purpose (docs/format.md):
#  - `name =` without a value in a generator: Prisma writes `name`, a line it cannot
#    parse itself (formatting its output again changes the layout); schemac keeps the
#    line as it is and reports it.
known_differences=" psl/generator__missing_property_value "
sums=$conformance/format-generated/SHA256SUMS
psl=$conformance/psl
while read -r want name; do
  flags=()
  ir_check=0
  case $name in
    gen-*)
      read -r n seed variant <<<"$(echo "${name#gen-}" | tr '-' ' ')"
      python3 "$root/utils/gen-schema.py" --models "$n" --seed "$seed" ${variant:+--misalign} \
        > "$tmp/in.prisma"
      ir_check=1 ;;
    psl/*)
      id=${name#psl/}
      row=$(awk -F'\t' -v id="$id" '$1==id {print $2 "\t" $3 "\t" $4}' "$psl/manifest.tsv")
      IFS=$'\t' read -r path provider verdict <<<"$row"
      cp "$psl/$path" "$tmp/in.prisma"
      flags=(--keep-invalid-lines)
      [ "$provider" = postgresql ] && [ "$verdict" = valid ] && ir_check=1 ;;
    example)
      cp "$root/examples/job-platform/schema.prisma" "$tmp/in.prisma"; ir_check=1 ;;
  esac
  "$schemac" format --stdout "${flags[@]}" "$tmp/in.prisma" > "$tmp/out.prisma" 2>/dev/null
  got=$(sha256sum < "$tmp/out.prisma" | cut -d' ' -f1)
  if [ "$got" = "$want" ]; then same=$((same+1))
  elif [[ $known_differences == *" $name "* ]]; then known=$((known+1))
  else differ=$((differ+1)); echo "FAIL $name: differs from Prisma's format"; fi
  "$schemac" format --stdout "${flags[@]}" "$tmp/out.prisma" > "$tmp/again.prisma" 2>/dev/null
  if cmp -s "$tmp/out.prisma" "$tmp/again.prisma"; then idem=$((idem+1)); else notidem=$((notidem+1)); echo "FAIL $name: not idempotent"; fi
  if [ $ir_check = 1 ]; then
    if "$schemac" ir --no-require-url "$tmp/in.prisma" > "$tmp/in.sir" 2>/dev/null &&
       "$schemac" ir --no-require-url "$tmp/out.prisma" > "$tmp/out.sir" 2>/dev/null &&
       cmp -s "$tmp/in.sir" "$tmp/out.sir"; then
      meaning=$((meaning+1))
    else
      changed=$((changed+1)); echo "FAIL $name: the IR changed"
    fi
  fi
done < "$sums"
echo "format goldens (generated, psl corpus, example): $same/$((same+differ+known)) byte-identical ($known known differences), idempotent $idem/$((idem+notidem))"
echo "format keeps the meaning (same IR): $meaning/$((meaning+changed))"
[ $fail = 0 ] && [ $idem_fail = 0 ] && [ $differ = 0 ] && [ $notidem = 0 ] && [ $changed = 0 ]
