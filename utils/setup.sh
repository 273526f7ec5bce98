#!/usr/bin/env bash
# setup.sh - install every Debian package schemac's build and tests need.
#
# Idempotent: packages that are already installed are not touched, and when nothing
# is missing apt is not run at all (so a warm machine pays nothing).
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build pkg-config git
  # frontend: ANTLR tool (4.7.2) + C++ runtime (4.9)
  antlr4 libantlr4-runtime-dev default-jre-headless
  # LLVM 16 Support/ADT, lit, FileCheck, not, split-file
  llvm-16-dev llvm-16-tools python3
  # link interface of the static LLVM Support library
  libzstd-dev zlib1g-dev libtinfo-dev libxml2-dev libedit-dev libffi-dev
  # text formatting, PostgreSQL client library, server and client
  libfmt-dev libpq-dev postgresql postgresql-client
  # unit tests; the SARIF output is validated against its JSON schema
  libgtest-dev python3-jsonschema
  # fuzzing (libFuzzer) and sanitizers
  clang libclang-rt-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "setup: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
