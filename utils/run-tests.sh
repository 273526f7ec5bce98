#!/usr/bin/env bash
# run-tests.sh - set up, build and run the whole test suite:
#   1. Release build: lit golden tests, unit tests, conformance thresholds (ctest);
#   2. AddressSanitizer + UndefinedBehaviorSanitizer build: the unit, lit, fault and runtime
#      tests again (not the corpora and generated round trips, label `corpus`);
#   3. a build whose generated parser is left as ANTLR wrote it (SCHEMAC_PATCH_PARSER=OFF):
#      lit, unit and the conformance corpora, so that the speed patch never decides results;
#   4. ThreadSanitizer over the multi-threaded commands (utils/tsan.sh, one test).
# Ends with one line "N passed, N failed" over both runs.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)
passed=0
failed=0
start=$SECONDS
# Why each failing test failed, repeated at the end of the run (CI shows the tail).
digest=$(mktemp)
trap 'rm -f "$digest"' EXIT
elapsed() { echo "($(( (SECONDS - start) / 60 ))m$(( (SECONDS - start) % 60 ))s)"; }

run_suite() {
  local dir=$1 filter=$2
  shift 2
  if ! "$root/utils/build.sh" "$dir" "$@"; then
    echo "build in $dir failed"
    failed=$((failed + 1))
    return
  fi
  local log
  log=$(mktemp)
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir "$dir" --output-on-failure -j "$jobs" $filter 2>&1 | tee "$log"
  local total fails
  total=$(sed -n 's/.*tests passed, \([0-9]*\) tests failed out of \([0-9]*\).*/\2/p' "$log" | tail -n1)
  fails=$(sed -n 's/.*tests passed, \([0-9]*\) tests failed out of \([0-9]*\).*/\1/p' "$log" | tail -n1)
  if [ -z "$total" ]; then
    failed=$((failed + 1))
  else
    passed=$((passed + total - fails))
    failed=$((failed + fails))
  fi
  if [ "${fails:-1}" != 0 ]; then
    {
      echo "-- in $dir:"
      grep -E '^[[:space:]]*[0-9]+ - .*\((Failed|Timeout|SEGFAULT|Subprocess aborted|Not Run)' "$log"
      # lit: each failing test's last lines before lit's closing rule (the failing command
      # and what it printed).
      awk '/^FAIL: /{name=$0; n=0; inside=1; next}
           inside && $0 == "********************" && n>0 {print name; for (i=(n>25?n-25:0); i<n; i++) print "   " buf[i]; inside=0; next}
           inside {buf[n++]=$0}' "$log"
    } >> "$digest"
  fi
  rm -f "$log"
}

echo "== release build $(elapsed)"
run_suite "$root/build" ""
echo "== sanitizer build (address, undefined) $(elapsed)"
# The sanitizer build runs the unit, lit, fault and runtime tests; the corpora and generated
# round trips (label `corpus`) ran above and exercise no other code.
run_suite "$root/build-sanitize" "-LE corpus" -DSCHEMAC_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
echo "== generated parser without the speed patch $(elapsed)"
run_suite "$root/build-unpatched" "-R ^(lit|unit\.|conformance-psl|conformance-format)" \
  -DSCHEMAC_PATCH_PARSER=OFF
echo "== thread sanitizer $(elapsed)"
if "$root/utils/tsan.sh"; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
fi
if [ -s "$digest" ]; then
  echo "== failures"
  cat "$digest"
fi
echo "== done $(elapsed)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
