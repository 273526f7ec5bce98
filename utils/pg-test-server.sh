#!/usr/bin/env bash
# pg-test-server.sh start|stop|url DIR - a throwaway PostgreSQL for the tests.
#
# start: initdb in DIR (wiped first) and start a server that listens only on a unix
#        socket in DIR (no TCP), with trust authentication for the role `postgres`.
# stop:  stop it (immediate) and remove DIR.
# kill:  stop it at once (immediate mode: as a crash) and keep DIR; restart: start it again.
# url:   print the connection URL for database postgres.
# Under root the server runs as the `postgres` system user, since initdb refuses root.
# The shared lock table is sized for the tests that run side by side: creating 1,000
# tables in one transaction, or a TRUNCATE ... CASCADE across them, holds several
# thousand locks, and with the default (64 per connection) two such transactions at once
# run out of shared memory.
set -euo pipefail
cmd=${1:?usage: pg-test-server.sh start|stop|url DIR}
dir=${2:?usage: pg-test-server.sh start|stop|url DIR}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bindir" ] || { echo "pg-test-server.sh: PostgreSQL server binaries not found (apt install postgresql)" >&2; exit 2; }
as_server() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case $cmd in
start)
  if [ -f "$dir/data/postmaster.pid" ]; then as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$dir"
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
  as_server "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c port=5432 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_locks_per_transaction=1024 -c shared_preload_libraries=pg_stat_statements" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  echo "pg-test-server: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on unix socket $dir"
  ;;
stop)
  if [ -f "$dir/data/postmaster.pid" ]; then as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null; fi
  rm -rf "$dir"
  ;;
kill)
  as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null
  ;;
restart)
  as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c port=5432 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_locks_per_transaction=1024 -c shared_preload_libraries=pg_stat_statements" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  ;;
url)
  echo "postgresql://postgres@localhost/postgres?host=$dir"
  ;;
*) echo "pg-test-server.sh: unknown command $cmd" >&2; exit 2 ;;
esac
