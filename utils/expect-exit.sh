#!/usr/bin/env bash
# expect-exit.sh CODE COMMAND... - run COMMAND, succeed iff it exits CODE. Its output is
# discarded on success and shown (last 40 lines) on a mismatch, so a failing test says why.
want=$1
shift
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$@" >"$out" 2>&1
got=$?
if [ "$got" -ne "$want" ]; then
  echo "expected exit code $want, got $got: $*" >&2
  tail -n 40 "$out" | sed 's/^/  | /' >&2
  exit 1
fi
