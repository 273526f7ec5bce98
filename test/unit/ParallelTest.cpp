//===- test/unit/ParallelTest.cpp - worker threads and parallel loops -----===//
#include "support/Parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace schemac;

namespace {

TEST(Parallel, RunsEveryTaskOnce) {
  for (unsigned tasks : {0u, 1u, 2u, 3u, 8u, 100u}) {
    std::vector<std::atomic<int>> runs(tasks);
    runTasks(tasks, [&](unsigned t) { ++runs[t]; });
    for (unsigned t = 0; t < tasks; ++t)
      EXPECT_EQ(runs[t].load(), 1) << "task " << t << " of " << tasks;
  }
}

// A task that takes long does not hold up the others: the other threads take them.
TEST(Parallel, FreeThreadsTakeTheRemainingTasks) {
  if (availableThreads() < 2)
    GTEST_SKIP() << "one core";
  std::atomic<bool> slowStarted = false, released = false;
  std::atomic<int> done = 0;
  std::vector<std::thread::id> ranOn(20);
  std::thread releaser([&] {
    // Let the slow task wait until the others are done, or at most 10 seconds.
    for (int i = 0; i < 10000 && done.load() < 19; ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    released = true;
  });
  runTasks(20, [&](unsigned t) {
    ranOn[t] = std::this_thread::get_id();
    if (t == 0) {
      slowStarted = true;
      while (!released)
        std::this_thread::yield();
      return;
    }
    ++done;
  });
  releaser.join();
  EXPECT_TRUE(slowStarted);
  EXPECT_EQ(done.load(), 19);
  // Whichever thread ran the slow task, the other ran all the rest meanwhile.
  std::thread::id slow = ranOn[0];
  for (unsigned t = 1; t < 20; ++t)
    EXPECT_NE(ranOn[t], slow) << "task " << t;
}

TEST(Parallel, CoversTheRangeInOrderedPieces) {
  std::vector<int> owner(10000, -1);
  parallelFor(owner.size(), 1, [&](size_t begin, size_t end, unsigned task) {
    for (size_t i = begin; i < end; ++i)
      owner[i] = int(task);
  });
  for (size_t i = 1; i < owner.size(); ++i) {
    ASSERT_GE(owner[i], 0);
    ASSERT_GE(owner[i], owner[i - 1]) << "pieces are contiguous and in task order";
  }
  EXPECT_EQ(owner.front(), 0);
  EXPECT_EQ(unsigned(owner.back()) + 1, parallelTasks(owner.size(), 1));
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
    runTasks(4, [&](unsigned) {
      runTasks(3, [&](unsigned) {
        runTasks(2, [&](unsigned) { ++total; });
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

// A task that throws stops its batch: the caller gets the exception once the other
// threads are done (no hang, no thread left in the batch), and the pool still works.
TEST(Parallel, ThrowingTaskReachesTheCallerWithoutHanging) {
  for (unsigned thrower : {0u, 5u, 63u}) {
    std::atomic<unsigned> ran{0};
    EXPECT_THROW(runTasks(64,
                          [&](unsigned task) {
                            ran.fetch_add(1);
                            if (task == thrower)
                              throw std::runtime_error("task failed");
                          }),
                 std::runtime_error);
    EXPECT_GE(ran.load(), 1u);
    EXPECT_LE(ran.load(), 64u);
  }
  std::atomic<unsigned> after{0};
  runTasks(32, [&](unsigned) { after.fetch_add(1); });
  EXPECT_EQ(after.load(), 32u);
}
