//===- support/Parallel.cpp - Split a loop over a few threads ------------------===//
#include "support/Parallel.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <vector>

#ifdef __linux__
#include <pthread.h>
#include <sched.h>
#endif

namespace schemac {

static thread_local unsigned currentThreadLimit = 0;

unsigned threadLimit() { return currentThreadLimit; }

ScopedThreadLimit::ScopedThreadLimit(unsigned limit) : saved(currentThreadLimit) {
  currentThreadLimit = limit;
}

ScopedThreadLimit::~ScopedThreadLimit() { currentThreadLimit = saved; }

static std::atomic<unsigned> processThreads{0};

void setProcessThreads(unsigned threads) { processThreads = threads; }

unsigned usableCores() {
  static const unsigned cores = [] {
#ifdef __linux__
    cpu_set_t allowed;
    if (sched_getaffinity(0, sizeof(allowed), &allowed) == 0)
      return std::max(1u, unsigned(CPU_COUNT(&allowed)));
#endif
    return std::max(1u, std::thread::hardware_concurrency());
  }();
  unsigned cap = processThreads;
  return cap ? std::min(cores, cap) : cores;
}

namespace {

/// Threads kept for the whole process: started when first needed, each on a core the
/// caller was not on, then waiting for work. Short parallel loops (a validation stage
/// takes about a millisecond) would otherwise pay each time for a new thread, its
/// allocator cache and, on Linux, its placement (see runTasks in the header).
class WorkerPool {
public:
  static WorkerPool &get() {
    static WorkerPool *pool = new WorkerPool; // never destroyed: its threads outlive main
    return *pool;
  }

  void run(unsigned tasks, llvm::function_ref<void(unsigned)> body) {
    Batch batch(tasks, body);
    unsigned helpers = std::min(tasks, availableThreads()) - 1;
    {
      std::lock_guard<std::mutex> lock(mutex);
      for (unsigned h = 0; h < helpers; ++h)
        queue.push_back(&batch);
      queued.store(queue.size(), std::memory_order_relaxed);
      batch.helpers = helpers;
      startThreads(helpers);
    }
    wake.notify_all();
    batch.work();
    // Every task has started. Withdraw the helper requests no thread has taken yet (all
    // of them if no thread could be started, and so a worker that itself waits here
    // cannot wait for nobody), then wait for the helpers still running a task.
    std::unique_lock<std::mutex> lock(mutex);
    for (auto it = queue.begin(); it != queue.end();) {
      if (*it == &batch) {
        it = queue.erase(it);
        queued.store(queue.size(), std::memory_order_relaxed);
        --batch.helpers;
      } else {
        ++it;
      }
    }
    finished.wait(lock, [&] { return batch.helpers == 0; });
    // A task that threw stopped the batch; the caller gets its exception once no thread
    // is running a task of it any more (so nothing waits forever, and nothing outlives
    // the batch).
    if (batch.failure)
      std::rethrow_exception(batch.failure);
  }

private:
  /// One runTasks call: the tasks are handed out by a shared counter.
  struct Batch {
    Batch(unsigned tasks, llvm::function_ref<void(unsigned)> body) : tasks(tasks), body(body) {}
    /// Runs tasks until none is left to start. A task that throws is recorded (the first
    /// one) and no further task starts.
    void work() {
      for (unsigned task; (task = next.fetch_add(1, std::memory_order_relaxed)) < tasks;) {
        try {
          body(task);
        } catch (...) {
          std::lock_guard<std::mutex> lock(failureMutex);
          if (!failure)
            failure = std::current_exception();
          next.store(tasks, std::memory_order_relaxed);
        }
      }
    }
    const unsigned tasks;
    llvm::function_ref<void(unsigned)> body;
    std::atomic<unsigned> next{0};
    std::mutex failureMutex;
    std::exception_ptr failure; ///< the first exception a task threw; guarded by failureMutex
    unsigned helpers = 0; ///< helper requests queued or running; guarded by mutex
  };

  /// Makes sure `wanted` threads exist (at most one per other core). Called locked.
  void startThreads(unsigned wanted) {
#ifdef __linux__
    cpu_set_t allowed;
    bool haveAffinity = sched_getaffinity(0, sizeof(allowed), &allowed) == 0;
    int here = sched_getcpu();
    std::vector<int> otherCores;
    if (haveAffinity)
      for (int core = 0; core < CPU_SETSIZE; ++core)
        if (CPU_ISSET(core, &allowed) && core != here)
          otherCores.push_back(core);
    unsigned limit = std::max<unsigned>(1, usableCores() - 1);
    while (threads < wanted && threads < limit) {
      pthread_attr_t attributes;
      pthread_attr_init(&attributes);
      auto *start = new ThreadStart{this, false, {}};
      if (!otherCores.empty()) {
        cpu_set_t one;
        CPU_ZERO(&one);
        CPU_SET(otherCores[threads % otherCores.size()], &one);
        if (pthread_attr_setaffinity_np(&attributes, sizeof(one), &one) == 0) {
          start->placed = true;
          start->allowed = allowed;
        }
      }
      pthread_t thread;
      bool created = pthread_create(&thread, &attributes, threadMain, start) == 0;
      pthread_attr_destroy(&attributes);
      if (!created) {
        delete start;
        return; // the callers run their tasks themselves
      }
      pthread_detach(thread);
      ++threads;
    }
#else
    while (threads < wanted && threads < std::max<unsigned>(1, usableCores() - 1)) {
      std::thread([this] { loop(); }).detach();
      ++threads;
    }
#endif
  }

#ifdef __linux__
  struct ThreadStart {
    WorkerPool *pool;
    bool placed;
    cpu_set_t allowed; ///< the process's cores, restored once the thread runs
  };
  static void *threadMain(void *argument) {
    auto *start = static_cast<ThreadStart *>(argument);
    if (start->placed)
      pthread_setaffinity_np(pthread_self(), sizeof(start->allowed), &start->allowed);
    WorkerPool *pool = start->pool;
    delete start;
    pool->loop();
    return nullptr;
  }
#endif

  void loop() {
    std::unique_lock<std::mutex> lock(mutex);
    while (true) {
      if (queue.empty())
        awaitWork(lock);
      wake.wait(lock, [&] { return !queue.empty(); });
      Batch *batch = queue.front();
      queue.pop_front();
      queued.store(queue.size(), std::memory_order_relaxed);
      lock.unlock();
      batch->work();
      lock.lock();
      if (--batch->helpers == 0)
        finished.notify_all();
    }
  }

  /// Before sleeping, a worker polls the queue for a while (yielding the core to anyone
  /// else who wants it): the stages of a compile come one after the other with a little
  /// serial work between them, and a sleeping worker is often woken late, leaving the
  /// caller to do most of a stage alone: Linux tends to wake a thread on the waker's own
  /// core (which is busy), and a VM's idle core takes time to wake.
  void awaitWork(std::unique_lock<std::mutex> &lock) {
    lock.unlock();
    auto until = std::chrono::steady_clock::now() + kPollTime;
    while (queued.load(std::memory_order_relaxed) == 0 &&
           std::chrono::steady_clock::now() < until)
      std::this_thread::yield();
    lock.lock();
  }
  static constexpr std::chrono::microseconds kPollTime{2000};

  std::mutex mutex;
  std::condition_variable wake, finished;
  std::deque<Batch *> queue; ///< one entry per helper a batch asks for
  std::atomic<size_t> queued{0}; ///< queue.size(), for polling without the lock
  unsigned threads = 0;
};

} // namespace

void runTasks(unsigned tasks, llvm::function_ref<void(unsigned)> body) {
  if (tasks == 1 || availableThreads() < 2) {
    for (unsigned task = 0; task < tasks; ++task)
      body(task);
    return;
  }
  if (tasks)
    WorkerPool::get().run(tasks, body);
}

} // namespace schemac
