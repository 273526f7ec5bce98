//===- ir/Parallel.cpp - Split a loop over a few threads ------------------===//
#include "ir/Parallel.h"

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

unsigned usableCores() {
  static const unsigned cores = [] {
#ifdef __linux__
    cpu_set_t allowed;
    if (sched_getaffinity(0, sizeof(allowed), &allowed) == 0)
      return std::max(1u, unsigned(CPU_COUNT(&allowed)));
#endif
    return std::max(1u, std::thread::hardware_concurrency());
  }();
  return cores;
}

namespace {

struct WorkerStart {
  llvm::function_ref<void(unsigned)> body;
  unsigned index = 0;
#ifdef __linux__
  bool placed = false;
  cpu_set_t allowed; ///< the process's cores, restored once the thread runs
#endif
};

#ifdef __linux__
void *startWorker(void *argument) {
  auto *start = static_cast<WorkerStart *>(argument);
  if (start->placed)
    pthread_setaffinity_np(pthread_self(), sizeof(start->allowed), &start->allowed);
  start->body(start->index);
  return nullptr;
}
#endif

} // namespace

void runOnWorkers(unsigned workers, llvm::function_ref<void(unsigned)> body) {
  if (workers < 2) {
    body(0);
    return;
  }
  std::vector<WorkerStart> starts(workers - 1);
#ifdef __linux__
  // The cores this process may use (taskset, cgroups), other than the caller's.
  cpu_set_t allowed;
  std::vector<int> otherCores;
  if (sched_getaffinity(0, sizeof(allowed), &allowed) == 0) {
    int here = sched_getcpu();
    for (int core = 0; core < CPU_SETSIZE; ++core)
      if (CPU_ISSET(core, &allowed) && core != here)
        otherCores.push_back(core);
  }
  std::vector<pthread_t> threads;
  std::vector<unsigned> notStarted;
  for (unsigned w = 1; w < workers; ++w) {
    WorkerStart &start = starts[w - 1];
    start.body = body;
    start.index = w;
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    if (!otherCores.empty()) {
      cpu_set_t one;
      CPU_ZERO(&one);
      CPU_SET(otherCores[(w - 1) % otherCores.size()], &one);
      if (pthread_attr_setaffinity_np(&attributes, sizeof(one), &one) == 0) {
        start.placed = true;
        start.allowed = allowed;
      }
    }
    pthread_t thread;
    if (pthread_create(&thread, &attributes, startWorker, &start) == 0)
      threads.push_back(thread);
    else
      notStarted.push_back(w); // no thread to be had: run it here
    pthread_attr_destroy(&attributes);
  }
  body(0);
  for (unsigned w : notStarted)
    body(w);
  for (pthread_t thread : threads)
    pthread_join(thread, nullptr);
#else
  std::vector<std::thread> threads;
  for (unsigned w = 1; w < workers; ++w)
    threads.emplace_back([body, w] { body(w); });
  body(0);
  for (std::thread &thread : threads)
    thread.join();
#endif
}

} // namespace schemac
