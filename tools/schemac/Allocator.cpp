//===- tools/schemac/Allocator.cpp - jemalloc settings --------------------===//
//
// schemac is a short-lived process that builds a few large in-memory structures (tokens,
// AST, resolved schema, IR, output text) and exits. With glibc's malloc and 4 KB pages, a
// big schema touches thousands of fresh pages, and the page faults are a large part of
// the process's time. jemalloc, linked statically, backs the heap with transparent huge
// pages (2 MB, `madvise` mode, as Debian's kernel defaults to), at no cost on small
// schemas (docs/performance.md has the measurements). glibc can do the same only
// through the GLIBC_TUNABLES environment variable, which a program cannot set for itself.
//
// jemalloc reads this symbol at start-up; MALLOC_CONF in the environment still overrides
// it. Dirty pages are never handed back (decay -1): the process exits soon anyway, and
// `madvise(DONTNEED)` would only cost system time.
//===----------------------------------------------------------------------===//

extern "C" {
// NOLINTNEXTLINE: jemalloc's documented configuration symbol.
const char *malloc_conf = "thp:always,metadata_thp:disabled,dirty_decay_ms:-1,muzzy_decay_ms:-1";
}
