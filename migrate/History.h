//===- migrate/History.h - The _prisma_migrations table ------------*- C++ -*-===//
//
// Part of schemac. The migration history in the database, in Prisma Migrate's own table
// and with its meanings, so that `prisma migrate status` and `schemac migrate status`
// agree on one database:
//   checksum             SHA-256 of migration.sql, lowercase hex
//   started_at           when the attempt began
//   finished_at          set when the migration was applied; NULL: it failed or is running
//   rolled_back_at       set by `resolve --rolled-back` (and schemac's rollback): the row
//                        no longer counts
//   logs                 the error of a failed attempt
//   applied_steps_count  1 for an applied migration (schemac: for a migration run
//                        statement by statement, how many statements have run)
// and Prisma's advisory lock (kAdvisoryLockKey) around every change.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_MIGRATE_HISTORY_H
#define SCHEMAC_MIGRATE_HISTORY_H

#include "backends/postgres/PostgresConnection.h"

#include "llvm/Support/Error.h"

#include <optional>
#include <string>
#include <vector>

namespace schemac::migrate {

struct HistoryRow {
  std::string id, checksum, name, startedAt;
  std::optional<std::string> finishedAt, rolledBackAt, logs;
  int appliedSteps = 0;

  bool isApplied() const { return finishedAt && !rolledBackAt; }
  bool isFailed() const { return !finishedAt && !rolledBackAt; }
};

class History {
public:
  explicit History(backends::postgres::Connection &connection);

  /// `"schema"."_prisma_migrations"`, in the URL's first namespace (as Prisma).
  const std::string &table() const { return qualifiedTable; }

  llvm::Expected<bool> exists();
  /// Creates the table (Prisma's definition) and its namespace when missing.
  llvm::Error create();
  /// Every row, in the order the attempts started (then by id).
  llvm::Expected<std::vector<HistoryRow>> rows();

  /// Takes Prisma's advisory lock, waiting up to `waitMs`; the error names the session
  /// that holds it (process id, application, client, since when).
  llvm::Error lock(int waitMs);
  llvm::Error unlock();

private:
  backends::postgres::Connection &connection;
  std::string schema, qualifiedTable;
};

/// The rows of the history table, or none when the database has no history table yet
/// (`exists`, when given, says which).
llvm::Expected<std::vector<HistoryRow>> readHistoryIfAny(backends::postgres::Connection &connection,
                                                         bool *exists = nullptr);

/// A new random (version 4) UUID for a history row id.
std::string newRowId();

} // namespace schemac::migrate

#endif // SCHEMAC_MIGRATE_HISTORY_H
