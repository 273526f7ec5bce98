//===- seed/Random.h - Deterministic random streams -------------*- C++ -*-===//
//
// Part of schemac. Every generated value comes from a stream keyed by (seed, table,
// column, row), so a value does not depend on the order tables are generated in or on
// the counts of other tables: the same schema, counts and --seed give the same bytes.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_SEED_RANDOM_H
#define SCHEMAC_SEED_RANDOM_H

#include "llvm/ADT/StringRef.h"

#include <cstdint>

namespace schemac::seed {

/// SplitMix64: tiny, fast, and good enough for test data.
class Random {
public:
  explicit Random(uint64_t state) : state(state) {}
  uint64_t next() {
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  /// Uniform in [0, bound).
  uint64_t below(uint64_t bound) { return bound ? next() % bound : 0; }
  /// Uniform in [low, high].
  int64_t between(int64_t low, int64_t high) {
    return low + int64_t(below(uint64_t(high - low) + 1));
  }
  double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
  bool chance(double p) { return unit() < p; }
  template <typename T, size_t N> const T &pick(const T (&items)[N]) { return items[below(N)]; }

private:
  uint64_t state;
};

/// FNV-1a, to key streams by names.
inline uint64_t hashName(llvm::StringRef text, uint64_t h = 0xcbf29ce484222325ULL) {
  for (unsigned char c : text) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

inline uint64_t mix(uint64_t a, uint64_t b) {
  Random r(a ^ (b * 0x9e3779b97f4a7c15ULL));
  return r.next();
}

} // namespace schemac::seed

#endif // SCHEMAC_SEED_RANDOM_H
