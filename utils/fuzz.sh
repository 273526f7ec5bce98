#!/usr/bin/env bash
# fuzz.sh [SECONDS] - build the libFuzzer target with clang (ASan + UBSan) and fuzz the
# frontend for SECONDS (default 300), seeded with the conformance corpus and the example.
# Crashing inputs are written to build-fuzz/artifacts/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-300}
"$root/utils/setup.sh"
dir="$root/build-fuzz"
if [ ! -f "$dir/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -G Ninja -S "$root" -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSCHEMAC_FUZZ=ON >/dev/null
fi
cmake --build "$dir" --target schemac-fuzz-frontend
corpus="$dir/corpus"
mkdir -p "$corpus" "$dir/artifacts"
find "$root/test/conformance/psl" "$root/examples" "$root/test/Frontend" "$root/test/IR" \( -name '*.prisma' -o -name '*.sir' \) \
  -exec cp {} "$corpus/" \; 2>/dev/null || true
# Textual IR seeds: the cases of the verifier test.
/usr/lib/llvm-16/bin/split-file "$root/test/IR/verifier.test" "$dir/ir-seeds" && cp "$dir"/ir-seeds/*.sir "$corpus/"
"$dir/bin/schemac-fuzz-frontend" "$corpus" -max_total_time="$seconds" -max_len=8192 \
  -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$dir/artifacts/" -print_final_stats=1 \
  2>&1 | tail -n 25
