#!/usr/bin/env bash
# record-output.sh REAL_BINARY ARGS... - run a schemac binary and append everything it
# prints (stdout and stderr) to $SCHEMAC_OUTPUT_LOG, leaving both streams, standard input,
# the exit code and a death by signal as they were. The lit run puts a `schemac` and a
# `schemac-opt` that call this first in PATH (test/lit.cfg.py), so that test/run-lit.sh can
# grep the output of every test for the test passwords afterwards.
real=$1
shift
if [ -z "${SCHEMAC_OUTPUT_LOG:-}" ]; then
  exec "$real" "$@"
fi
# The pipes to the two tee processes reach the program as its fds 1 and 2 only: a server
# it starts in the background must not keep another copy open (the reader would wait).
# When both streams go to one place (`2>&1`), one tee takes both, so that their order is
# the program's; two tees would race, and a test checking that order would fail at random.
exec 3> >(tee -a "$SCHEMAC_OUTPUT_LOG")
if [ "$(readlink /proc/$$/fd/1)" = "$(readlink /proc/$$/fd/2)" ]; then
  exec 4>&3
else
  exec 4> >(tee -a "$SCHEMAC_OUTPUT_LOG" >&2)
fi
for fd in /proc/$$/fd/*; do
  fd=${fd##*/}
  case $fd in 0|1|2|3|4|255) ;; *) eval "exec $fd>&-" 2>/dev/null ;; esac
done
"$real" "$@" 1>&3 2>&4 3>&- 4>&-
status=$?
exec 3>&- 4>&-
wait # for the tee processes, so that the output is complete when the caller reads it
if [ "$status" -gt 128 ] && [ "$status" -lt 160 ]; then
  trap - "$((status - 128))" 2>/dev/null
  kill -s "$((status - 128))" $$
fi
exit "$status"
