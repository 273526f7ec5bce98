#!/usr/bin/env bash
# tsan.sh - build schemac with ThreadSanitizer (build-tsan/) and run the commands that use
# several threads on generated schemas big enough to take the parallel paths: a file
# parsed in chunks on several threads, models validated and lowered in parallel, and the
# two versions of a diff (and of lint --base, doc --from/--to) compiled at the same time.
# Exits 1 on the first race report. utils/run-tests.sh runs it as one test; run it alone
# after touching the frontend's threading, support/Parallel.h or tools/driver/Compile.cpp.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$root/build-tsan
"$root/utils/setup.sh"
if [ ! -f "$dir/build.ninja" ]; then
  cmake -G Ninja -S "$root" -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSCHEMAC_JEMALLOC=OFF \
    -DSCHEMAC_BUILD_TESTS=OFF -DCMAKE_CXX_FLAGS=-fsanitize=thread \
    -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread >/dev/null
fi
cmake --build "$dir" --target schemac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
gen() { python3 "$root/utils/gen-schema.py" "$@"; }
gen --models 1000 --seed 1 -o "$tmp/old.prisma"
gen --models 1000 --seed 1 --mutate 3 -o "$tmp/new.prisma"
sed 's/Int /Intx /' "$tmp/old.prisma" > "$tmp/invalid.prisma"
export TSAN_OPTIONS="halt_on_error=1 exitcode=66"
schemac=$dir/bin/schemac
status=0
run() { # expected-exit (or "any") args...
  local want=$1 got=0
  shift
  "$schemac" "$@" >/dev/null 2>"$tmp/err" || got=$?
  if [ "$got" = 66 ] || grep -q "WARNING: ThreadSanitizer" "$tmp/err"; then
    echo "tsan: race in: schemac $*"; grep -A20 "WARNING: ThreadSanitizer" "$tmp/err" | head -40
    status=1
  elif [ "$want" != any ] && [ "$got" != "$want" ]; then
    echo "tsan: schemac $* exited $got, expected $want"; head -5 "$tmp/err"; status=1
  else
    echo "tsan: ok: schemac $*"
  fi
}
run 0 check "$tmp/old.prisma"
run 0 diff --from-empty --to "$tmp/old.prisma" -o "$tmp/up.sql"
run 0 diff --from "$tmp/old.prisma" --to "$tmp/new.prisma" -o "$tmp/up.sql"
run 1 diff --from "$tmp/invalid.prisma" --to "$tmp/invalid.prisma"
run 0 doc --from "$tmp/old.prisma" --to "$tmp/new.prisma" -o "$tmp/changes.md"
run 0 format --stdout "$tmp/old.prisma"
run any lint "$tmp/new.prisma" --base "$tmp/old.prisma" # findings exit 1
exit $status
