//===- backends/postgres/LibPQ.cpp - libpq, loaded on first use --------------------===//
#include "backends/postgres/LibPQ.h"

#include <dlfcn.h>

using namespace llvm;

namespace schemac::backends::postgres {

namespace {

struct Loaded {
  LibPQ functions;
  std::string error; ///< empty when every function resolved
};

Loaded load() {
  Loaded loaded;
  // Not llvm::sys::DynamicLibrary: it closes its libraries among the global destructors,
  // and unloading libpq with the TLS and Kerberos libraries it pulls in while the process
  // exits crashed LeakSanitizer's exit-time check now and then (6 of 129 round trips of
  // the ASan build). Like a linked library, libpq stays loaded to the end (RTLD_NODELETE).
  void *library = dlopen(SCHEMAC_LIBPQ_SONAME, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
  if (!library) {
    const char *error = dlerror();
    loaded.error = std::string("cannot load libpq (" SCHEMAC_LIBPQ_SONAME "), which schemac "
                               "needs to talk to PostgreSQL: ") +
                   (error ? error : "unknown error") +
                   "; install it (Debian: apt install libpq5)";
    return loaded;
  }
#define SCHEMAC_LIBPQ_RESOLVE(name)                                                            \
  loaded.functions.name = reinterpret_cast<decltype(&::name)>(dlsym(library, #name));         \
  if (!loaded.functions.name) {                                                                \
    loaded.error = "the libpq found (" SCHEMAC_LIBPQ_SONAME ") lacks `" #name "`";             \
    return loaded;                                                                             \
  }
  SCHEMAC_LIBPQ_FUNCTIONS(SCHEMAC_LIBPQ_RESOLVE)
#undef SCHEMAC_LIBPQ_RESOLVE
  return loaded;
}

} // namespace

Expected<const LibPQ &> LibPQ::get() {
  static const Loaded loaded = load(); // thread-safe, once
  if (!loaded.error.empty())
    return createStringError(inconvertibleErrorCode(), loaded.error);
  return loaded.functions;
}

} // namespace schemac::backends::postgres
