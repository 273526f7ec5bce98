//===- frontend/Parallel.h - Split a loop over a few threads ----*- C++ -*-===//
//
// Part of schemac. Validation and lowering treat models independently; for big schemas
// they split the models into contiguous ranges, one per thread (at most 4), the calling
// thread taking the first. Ranges keep source order within each worker, so results
// written by index, and diagnostics merged worker by worker, come out deterministic.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_FRONTEND_PARALLEL_H
#define SCHEMAC_FRONTEND_PARALLEL_H

#include "frontend/Frontend.h"

#include "llvm/ADT/STLFunctionalExtras.h"

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace schemac::frontend {

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

} // namespace schemac::frontend

#endif // SCHEMAC_FRONTEND_PARALLEL_H
