//===- test/unit/ParallelTest.cpp - worker threads and parallel loops -----===//
#include "ir/Parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace schemac;

namespace {

TEST(Parallel, RunsEveryWorkerOnce) {
  for (unsigned workers : {1u, 2u, 3u, 8u}) {
    std::vector<std::atomic<int>> runs(workers);
    runOnWorkers(workers, [&](unsigned w) { ++runs[w]; });
    for (unsigned w = 0; w < workers; ++w)
      EXPECT_EQ(runs[w].load(), 1) << "worker " << w << " of " << workers;
  }
}

TEST(Parallel, CoversTheRangeInOrderedPieces) {
  std::vector<int> owner(10000, -1);
  parallelFor(owner.size(), 1, [&](size_t begin, size_t end, unsigned worker) {
    for (size_t i = begin; i < end; ++i)
      owner[i] = int(worker);
  });
  for (size_t i = 1; i < owner.size(); ++i) {
    ASSERT_GE(owner[i], 0);
    ASSERT_GE(owner[i], owner[i - 1]) << "pieces are contiguous and in worker order";
  }
  // Below the minimum, one piece on the calling thread.
  std::thread::id caller = std::this_thread::get_id(), seen;
  parallelFor(10, 100, [&](size_t, size_t, unsigned) { seen = std::this_thread::get_id(); });
  EXPECT_EQ(seen, caller);
}

// Loops started from inside a worker, and from several threads at once (the two sides of
// a diff), all finish: the caller runs what no worker took.
TEST(Parallel, NestedAndConcurrentLoopsFinish) {
  std::atomic<int> total = 0;
  auto nested = [&] {
    runOnWorkers(4, [&](unsigned) {
      runOnWorkers(3, [&](unsigned) {
        runOnWorkers(2, [&](unsigned) { ++total; });
      });
    });
  };
  std::thread other(nested);
  nested();
  other.join();
  EXPECT_EQ(total.load(), 2 * 4 * 3 * 2);
}

TEST(Parallel, ThreadLimitIsPerThread) {
  ScopedThreadLimit limit(1);
  EXPECT_EQ(availableThreads(), 1u);
  unsigned inWorker = 0;
  std::thread([&] { inWorker = threadLimit(); }).join();
  EXPECT_EQ(inWorker, 0u);
  EXPECT_GE(usableCores(), 1u);
}

} // namespace
