#!/usr/bin/env bash
# expect-exit.sh CODE COMMAND... - run COMMAND (output discarded), succeed iff it exits CODE.
want=$1
shift
"$@" >/dev/null 2>&1
got=$?
if [ "$got" -ne "$want" ]; then
  echo "expected exit code $want, got $got: $*" >&2
  exit 1
fi
