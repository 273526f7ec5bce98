//===- ir/Parallel.h - Split a loop over a few threads ----------*- C++ -*-===//
//
// Part of schemac. Parsing, validation, lowering and the differ treat blocks, models and
// tables independently; for big schemas they split them into contiguous ranges, one per
// thread (at most 4), the calling thread taking the first, the others run by a pool of
// threads kept for the whole process. Ranges keep source order within each worker, so
// results written by index, and diagnostics merged worker by worker, come out
// deterministic.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_IR_PARALLEL_H
#define SCHEMAC_IR_PARALLEL_H

#include "llvm/ADT/STLFunctionalExtras.h"

#include <algorithm>
#include <cstddef>
#include <thread>

namespace schemac {

/// The number of threads parallelFor may use for work started on the calling thread. 0
/// (the default) means up to 4, as the machine has cores; a caller that compiles two
/// schemas at once gives each half of them.
unsigned threadLimit();
class ScopedThreadLimit {
public:
  explicit ScopedThreadLimit(unsigned limit);
  ~ScopedThreadLimit();
  ScopedThreadLimit(const ScopedThreadLimit &) = delete;
  ScopedThreadLimit &operator=(const ScopedThreadLimit &) = delete;

private:
  unsigned saved;
};


/// The cores this process may run on (its CPU affinity, as `taskset` or a cgroup sets it),
/// at least 1.
unsigned usableCores();

/// The threads the frontend may use here: the cores it may run on, at most 4, or fewer if
/// the caller set a limit (ScopedThreadLimit).
inline unsigned availableThreads() {
  unsigned threads = std::min(4u, usableCores());
  unsigned limit = threadLimit();
  return limit ? std::min(threads, limit) : threads;
}

/// The number of ranges parallelFor uses for `count` items (1 below `minimum`).
inline unsigned parallelWorkers(size_t count, size_t minimum) {
  return count < minimum ? 1 : availableThreads();
}

/// Calls body(w) for w in [0, workers): body(0) on the calling thread, the others on the
/// process's worker threads (or on the caller, when none is free), and returns when all
/// are done. Each worker thread starts on a core the caller is not running on (where the
/// machine has one): Linux places a new thread on its parent's core and moves it only when
/// the scheduler next balances, so a thread meant to run beside its parent for a few
/// milliseconds often waited a whole time slice (1.3 ms measured) and then ran after it,
/// not beside it. Once started, a thread may run anywhere again.
void runOnWorkers(unsigned workers, llvm::function_ref<void(unsigned)> body);

/// Calls fn(begin, end, worker) for contiguous ranges covering [0, count), worker 0 on the
/// calling thread, and returns when all are done.
inline void parallelFor(size_t count, size_t minimum,
                        llvm::function_ref<void(size_t, size_t, unsigned)> fn) {
  unsigned workers = parallelWorkers(count, minimum);
  runOnWorkers(workers, [&](unsigned w) {
    fn(count * w / workers, count * (w + 1) / workers, w);
  });
}

} // namespace schemac

#endif // SCHEMAC_IR_PARALLEL_H
