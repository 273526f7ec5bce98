#!/usr/bin/env bash
# check-build-integration.sh SCHEMAC GOLDEN.sql - schemac in build systems.
#
# Builds a small project that uses cmake/Schemac.cmake (schemac_add_sql on a folder of
# .prisma files) with Ninja and with Unix Makefiles, and the plain make rule of the README,
# and checks for each: the SQL equals GOLDEN.sql; a second build does nothing; touching a
# schema file regenerates the SQL; a schema error fails the build and leaves the previous
# SQL in place.
set -euo pipefail
schemac=$(realpath "${1:?usage: check-build-integration.sh SCHEMAC GOLDEN.sql}")
golden=$(realpath "${2:?usage: check-build-integration.sh SCHEMAC GOLDEN.sql}")
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "check-build-integration: FAIL: $*" >&2; exit 1; }

mkdir -p "$tmp/src/prisma"
cp "$root/examples/job-platform/schema.prisma" "$tmp/src/prisma/schema.prisma"
cat > "$tmp/src/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.20)
project(schemac_integration NONE)
include("$root/cmake/Schemac.cmake")
schemac_add_sql(database_sql SCHEMA prisma OUTPUT database.sql ALL)
CMAKE

check_generator() {
  local generator=$1 build=$tmp/build-${1// /-} tool
  cmake -S "$tmp/src" -B "$build" -G "$generator" -DSCHEMAC_EXECUTABLE="$schemac" >/dev/null
  cmake --build "$build" > "$build.log" 2>&1 || { cat "$build.log"; fail "$generator: first build"; }
  cmp -s "$build/database.sql" "$golden" || fail "$generator: SQL differs from the golden"
  grep -q "prisma/schema.prisma" "$build/database.sql.d" || fail "$generator: depfile lacks the schema"
  cmake --build "$build" > "$build.log" 2>&1
  if grep -q "schemac: generating" "$build.log"; then fail "$generator: second build was not a no-op"; fi
  sleep 1; touch "$tmp/src/prisma/schema.prisma"
  cmake --build "$build" > "$build.log" 2>&1
  grep -q "schemac: generating" "$build.log" || fail "$generator: touching the schema did not regenerate the SQL"
  # A broken schema fails the build and keeps the previous output.
  cp "$tmp/src/prisma/schema.prisma" "$tmp/good.prisma"
  echo "model Broken { id Nope @id }" >> "$tmp/src/prisma/schema.prisma"
  if cmake --build "$build" > "$build.log" 2>&1; then fail "$generator: a broken schema built"; fi
  grep -q "error: " "$build.log" || fail "$generator: no diagnostic for the broken schema"
  cmp -s "$build/database.sql" "$golden" || fail "$generator: a failed run changed the output"
  cp "$tmp/good.prisma" "$tmp/src/prisma/schema.prisma"
  echo "check-build-integration: $generator ok"
}
check_generator Ninja
check_generator "Unix Makefiles"

# The plain make rule from the README.
mkdir -p "$tmp/make"
cp "$root/examples/job-platform/schema.prisma" "$tmp/make/schema.prisma"
printf 'database.sql: schema.prisma\n\t$(SCHEMAC) diff --from-empty --to schema.prisma -o $@ -MD -MF $@.d\n-include database.sql.d\n' > "$tmp/make/Makefile"
make -s -C "$tmp/make" SCHEMAC="$schemac" || fail "make: first build"
cmp -s "$tmp/make/database.sql" "$golden" || fail "make: SQL differs from the golden"
make -q -C "$tmp/make" SCHEMAC="$schemac" || fail "make: not up to date after a build"
sleep 1; touch "$tmp/make/schema.prisma"
if make -q -C "$tmp/make" SCHEMAC="$schemac"; then fail "make: touching the schema did not make the SQL stale"; fi
echo "check-build-integration: make ok"
