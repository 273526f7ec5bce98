//===- support/Parallel.h - Split a loop over a few threads ----------*- C++ -*-===//
//
// Part of schemac. Parsing, validation, lowering, the differ and the SQL writer treat
// blocks, models and tables independently; for big schemas they split them into
// contiguous ranges, a few per thread (at most 4 threads), taken in turn by the calling
// thread and a pool of threads kept for the whole process. Results are written by range
// and diagnostics merged range by range, in source order, so output is deterministic
// whichever thread ran what.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_SUPPORT_PARALLEL_H
#define SCHEMAC_SUPPORT_PARALLEL_H

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
/// at least 1, or fewer when the user asked for fewer threads (setProcessThreads).
unsigned usableCores();

/// `--threads=N`: use at most N threads in all (N = 1: no worker threads; 0: as many as
/// the cores). Call before the first parallel loop.
void setProcessThreads(unsigned threads);

/// The threads the frontend may use here: the cores it may run on, at most 4, or fewer if
/// the caller set a limit (ScopedThreadLimit).
inline unsigned availableThreads() {
  unsigned threads = std::min(4u, usableCores());
  unsigned limit = threadLimit();
  return limit ? std::min(threads, limit) : threads;
}

/// Ranges per thread in parallelFor: a thread that finishes early takes the next range,
/// so a thread slowed down (by the machine, or by a costly stretch of the input) delays
/// the loop by one small range, not by half of the work (the two cores of a VM do not run
/// at the same speed).
constexpr unsigned kTasksPerThread = 8;

/// The number of ranges parallelFor splits `count` items into: 1 below `minimum` items
/// (or with one thread), otherwise kTasksPerThread per thread, each of at least one item.
inline unsigned parallelTasks(size_t count, size_t minimum) {
  unsigned threads = count < minimum ? 1 : availableThreads();
  if (threads < 2)
    return 1;
  return unsigned(std::min<size_t>(size_t(threads) * kTasksPerThread, count));
}

/// Calls body(i) once for each task i in [0, tasks), and returns when all are done. The
/// calling thread and up to availableThreads() - 1 of the process's worker threads each
/// take the next task not yet started until none is left; which thread runs which task
/// depends on timing, so results must be written by task index and merged in that order.
/// Each worker thread starts on a core the caller is not running on (where the machine
/// has one): Linux places a new thread on its parent's core and moves it only when the
/// scheduler next balances, so a thread meant to run beside its parent for a few
/// milliseconds often waits a whole time slice and then runs after it, not beside it. Once started, a thread may run anywhere again.
void runTasks(unsigned tasks, llvm::function_ref<void(unsigned)> body);

/// Calls fn(begin, end, task) for parallelTasks(count, minimum) contiguous ranges
/// covering [0, count) in order (task 0 is [0, ...)), and returns when all are done.
inline void parallelFor(size_t count, size_t minimum,
                        llvm::function_ref<void(size_t, size_t, unsigned)> fn) {
  unsigned tasks = parallelTasks(count, minimum);
  if (tasks == 1) {
    fn(0, count, 0);
    return;
  }
  runTasks(tasks, [&](unsigned t) { fn(count * t / tasks, count * (t + 1) / tasks, t); });
}

} // namespace schemac

#endif // SCHEMAC_SUPPORT_PARALLEL_H
