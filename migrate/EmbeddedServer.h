//===- migrate/EmbeddedServer.h - The project's local PostgreSQL --*- C++ -*-===//
//
// Part of schemac. `schemac db start|stop|url`: a PostgreSQL server for development that
// schemac creates on first use in `<project>/.schemac/postgres` with the Debian server
// packages (initdb, pg_ctl), listening on a unix socket only, trust authentication for
// the local `postgres` role. Migration commands use it when no URL is given, and as the
// default shadow database. Under root the server runs as the `postgres` system user, as
// initdb refuses root.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_MIGRATE_EMBEDDEDSERVER_H
#define SCHEMAC_MIGRATE_EMBEDDEDSERVER_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <string>

namespace schemac::migrate {

struct EmbeddedServer {
  std::string root;      ///< <project>/.schemac/postgres
  std::string dataDir;   ///< root/data
  std::string socketDir; ///< root/run, or a folder in /tmp when that path is too long
  int port = 5432;       ///< names the socket file only (no TCP)

  /// The server of the project at `projectDir` (where `.schemac/` lives).
  static EmbeddedServer forProject(llvm::StringRef projectDir);

  bool isCreated() const;
  bool isRunning() const;
  /// Creates (initdb) when needed and starts it; returns once it accepts connections.
  llvm::Error start(llvm::raw_ostream &log);
  llvm::Error stop();
  /// `postgresql://postgres@/postgres?host=<socketDir>&port=<port>`: no password.
  std::string url() const;
};

/// The project folder for the embedded server: the nearest folder at or above `start`
/// holding `.schemac/` or `prisma/`, else `start`.
std::string findProjectDir(llvm::StringRef start);

} // namespace schemac::migrate

#endif // SCHEMAC_MIGRATE_EMBEDDEDSERVER_H
