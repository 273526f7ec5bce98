//===- backends/postgres/LibPQ.h - libpq, loaded on first use ------------*- C++ -*-===//
//
// schemac links libpq at run time, not at start-up: libpq pulls in some twenty shared
// libraries (OpenSSL, GnuTLS, Kerberos, LDAP) whose loading and initialisers cost
// milliseconds per process, which every `schemac check` in a pre-commit hook would pay although only
// the commands that talk to a database need them. The functions schemac calls are resolved
// from the library on the first connection (as a Windows delay-loaded DLL is), which then
// stays loaded until exit; their types come from <libpq-fe.h>, so a signature mismatch is
// a compile error.
//
// Private to backends/.
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_BACKENDS_POSTGRES_LIBPQ_H
#define SCHEMAC_BACKENDS_POSTGRES_LIBPQ_H

#include "llvm/Support/Error.h"

#include <libpq-fe.h>

namespace schemac::backends::postgres {

#define SCHEMAC_LIBPQ_FUNCTIONS(X)                                                             \
  X(PQbackendPID)                                                                              \
  X(PQclear)                                                                                   \
  X(PQcmdTuples)                                                                               \
  X(PQconnectdbParams)                                                                         \
  X(PQconninfoFree)                                                                            \
  X(PQconninfoParse)                                                                           \
  X(PQerrorMessage)                                                                            \
  X(PQexec)                                                                                    \
  X(PQexecParams)                                                                              \
  X(PQfinish)                                                                                  \
  X(PQfreemem)                                                                                 \
  X(PQgetCopyData)                                                                             \
  X(PQgetResult)                                                                               \
  X(PQgetisnull)                                                                               \
  X(PQgetlength)                                                                               \
  X(PQgetvalue)                                                                                \
  X(PQntuples)                                                                                 \
  X(PQputCopyData)                                                                             \
  X(PQputCopyEnd)                                                                              \
  X(PQresultErrorField)                                                                        \
  X(PQresultErrorMessage)                                                                      \
  X(PQresultStatus)                                                                            \
  X(PQstatus)

/// The libpq entry points schemac uses, with libpq's own names and types.
struct LibPQ {
#define SCHEMAC_LIBPQ_MEMBER(name) decltype(&::name) name = nullptr;
  SCHEMAC_LIBPQ_FUNCTIONS(SCHEMAC_LIBPQ_MEMBER)
#undef SCHEMAC_LIBPQ_MEMBER

  /// Loads the library (once per process) and resolves every function, or says why it
  /// cannot (library not installed, a symbol missing).
  static llvm::Expected<const LibPQ &> get();
};

} // namespace schemac::backends::postgres

#endif // SCHEMAC_BACKENDS_POSTGRES_LIBPQ_H
