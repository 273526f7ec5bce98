//===- deploy/Backup.h - pg_dump backups with a manifest ---------*- C++ -*-===//
//
// Part of schemac. Backups are `pg_dump -Fc` files (PostgreSQL's own client, the
// connection passed through the environment, never argv) with a JSON manifest beside
// each: environment, time, server version, last applied migration, rows per table, size
// and SHA-256 of the dump. A restore checks the checksum first and the row counts after.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_DEPLOY_BACKUP_H
#define SCHEMAC_DEPLOY_BACKUP_H

#include "backends/postgres/PostgresConnection.h"

#include "llvm/Support/Error.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace schemac::deploy {

struct BackupManifest {
  std::string file;        ///< the dump, next to the manifest
  std::string environment, createdAt, serverVersion, lastMigration, sha256;
  int64_t createdAtEpoch = 0;
  int64_t bytes = 0;
  std::map<std::string, int64_t> rows; ///< "schema.table" -> rows
};

/// Rows per table of the connection's namespaces (exact counts).
llvm::Expected<std::map<std::string, int64_t>>
countRows(backends::postgres::Connection &connection);

llvm::Expected<BackupManifest> createBackup(backends::postgres::Connection &connection,
                                            llvm::StringRef folder, llvm::StringRef environment,
                                            llvm::StringRef lastMigration);

/// The manifests in `folder`, oldest first.
llvm::Expected<std::vector<BackupManifest>> listBackups(llvm::StringRef folder);

/// Restores `manifest`'s dump into the database of `connection` (its current contents in
/// the dumped namespaces are replaced, in one transaction), then checks the row counts.
llvm::Error restoreBackup(const BackupManifest &manifest,
                          backends::postgres::Connection &connection);

/// Removes the backups older than `retentionDays` (as of `nowEpoch`); returns them.
llvm::Expected<std::vector<std::string>> pruneBackups(llvm::StringRef folder, int retentionDays,
                                                      int64_t nowEpoch);

/// $SCHEMAC_NOW (YYYYMMDDHHMMSS, for tests) or the clock, in seconds since the epoch.
int64_t nowEpoch();

} // namespace schemac::deploy

#endif // SCHEMAC_DEPLOY_BACKUP_H
