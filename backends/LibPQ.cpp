//===- backends/LibPQ.cpp - libpq, loaded on first use --------------------===//
#include "backends/LibPQ.h"

#include "llvm/Support/DynamicLibrary.h"

using namespace llvm;

namespace schemac::backends::postgres {

namespace {

struct Loaded {
  LibPQ functions;
  std::string error; ///< empty when every function resolved
};

Loaded load() {
  Loaded loaded;
  std::string error;
  sys::DynamicLibrary library =
      sys::DynamicLibrary::getPermanentLibrary(SCHEMAC_LIBPQ_SONAME, &error);
  if (!library.isValid()) {
    loaded.error = "cannot load libpq (" SCHEMAC_LIBPQ_SONAME "), which schemac needs to talk "
                   "to PostgreSQL: " + error + "; install it (Debian: apt install libpq5)";
    return loaded;
  }
#define SCHEMAC_LIBPQ_RESOLVE(name)                                                            \
  loaded.functions.name =                                                                      \
      reinterpret_cast<decltype(&::name)>(library.getAddressOfSymbol(#name));                  \
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
