#!/usr/bin/env bash
# setup.sh - install every Debian package schemac's build and tests need, and the Mermaid
# renderer (from the npm registry) that `schemac doc --format=html` inlines.
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
  # schemac analyze: hypothetical indexes for missing-index candidates
  postgresql-15-hypopg
  # the memory allocator linked into schemac (tools/schemac/Allocator.cpp says why)
  libjemalloc-dev
  # unit tests; the SARIF output is validated against its JSON schema
  libgtest-dev python3-jsonschema
  # fuzzing (libFuzzer) and sanitizers
  clang libclang-rt-dev
  # the pre-commit hooks are tested with the real pre-commit (test/Driver/pre-commit.test)
  pre-commit
  # the HTML documentation is checked in headless Chromium; Mermaid comes from npm (curl without it)
  chromium curl ca-certificates
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -ne 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Mermaid (MIT), pinned and checked against the registry's integrity hash, into
# third_party/mermaid (not committed). `schemac doc --format=html` inlines its
# dist/mermaid.min.js so that the page needs no network when it is viewed.
mermaid_version=11.17.2
mermaid_integrity=sha512-V6K3C8EBdEsPFZXSKMJe6ppQOENxuHARr9GvHX4hh47lAbhMRD9qf4oEK7LoaRQxULMa80/qt5gHO73aCleBBg==
root=$(cd "$(dirname "$0")/.." && pwd)
dest=$root/third_party/mermaid
if [ "$(cat "$dest/VERSION" 2>/dev/null)" != "$mermaid_version" ]; then
  echo "setup: fetching mermaid $mermaid_version from the npm registry" >&2
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  # npm's own client, so that the user's registry, mirror or proxy settings apply.
  if command -v npm >/dev/null 2>&1; then
    (cd "$tmp" && npm pack "mermaid@$mermaid_version" --silent >/dev/null)
    mv "$tmp/mermaid-$mermaid_version.tgz" "$tmp/mermaid.tgz"
  else
    echo "setup: npm is not installed; fetching mermaid from registry.npmjs.org with curl" >&2
    curl -fsSL --retry 3 -o "$tmp/mermaid.tgz" \
      "https://registry.npmjs.org/mermaid/-/mermaid-$mermaid_version.tgz"
  fi
  got="sha512-$(python3 -c 'import base64, hashlib, sys
print(base64.b64encode(hashlib.sha512(open(sys.argv[1], "rb").read()).digest()).decode())' \
    "$tmp/mermaid.tgz")"
  if [ "$got" != "$mermaid_integrity" ]; then
    echo "setup: mermaid-$mermaid_version.tgz does not match its integrity hash" >&2
    exit 1
  fi
  tar -xzf "$tmp/mermaid.tgz" -C "$tmp" package/dist/mermaid.min.js package/LICENSE
  rm -rf "$dest"
  mkdir -p "$dest/dist"
  mv "$tmp/package/dist/mermaid.min.js" "$dest/dist/"
  mv "$tmp/package/LICENSE" "$dest/LICENSE"
  echo "$mermaid_version" > "$dest/VERSION"
fi
