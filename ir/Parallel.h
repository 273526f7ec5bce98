//===- ir/Parallel.h - Split a loop over a few threads ----------*- C++ -*-===//
//
// Part of schemac. Validation, lowering and the differ treat models and tables
// independently; for big schemas they split them into contiguous ranges, one per
// thread (at most 4), the calling thread taking the first. Ranges keep source order
// within each worker, so results written by index, and diagnostics merged worker by
// worker, come out deterministic.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_IR_PARALLEL_H
#define SCHEMAC_IR_PARALLEL_H

#include "llvm/ADT/STLFunctionalExtras.h"

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

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


/// The threads the frontend may use here: the machine's cores, at most 4, or fewer if the
/// caller set a limit (ScopedThreadLimit).
inline unsigned availableThreads() {
  unsigned threads = std::min(4u, std::max(1u, std::thread::hardware_concurrency()));
  unsigned limit = threadLimit();
  return limit ? std::min(threads, limit) : threads;
}

/// The number of ranges parallelFor uses for `count` items (1 below `minimum`).
inline unsigned parallelWorkers(size_t count, size_t minimum) {
  return count < minimum ? 1 : availableThreads();
}

/// Calls fn(begin, end, worker) for contiguous ranges covering [0, count), worker 0 on the
/// calling thread, and returns when all are done.
inline void parallelFor(size_t count, size_t minimum,
                        llvm::function_ref<void(size_t, size_t, unsigned)> fn) {
  unsigned workers = parallelWorkers(count, minimum);
  if (workers < 2) {
    fn(0, count, 0);
    return;
  }
  std::vector<std::thread> threads;
  for (unsigned w = 1; w < workers; ++w)
    threads.emplace_back(fn, count * w / workers, count * (w + 1) / workers, w);
  fn(0, count / workers, 0);
  for (std::thread &thread : threads)
    thread.join();
}

} // namespace schemac

#endif // SCHEMAC_IR_PARALLEL_H
