//===- ir/Parallel.cpp - Split a loop over a few threads ------------------===//
#include "ir/Parallel.h"

namespace schemac {

static thread_local unsigned currentThreadLimit = 0;

unsigned threadLimit() { return currentThreadLimit; }

ScopedThreadLimit::ScopedThreadLimit(unsigned limit) : saved(currentThreadLimit) {
  currentThreadLimit = limit;
}

ScopedThreadLimit::~ScopedThreadLimit() { currentThreadLimit = saved; }

} // namespace schemac
