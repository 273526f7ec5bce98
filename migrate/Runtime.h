//===- migrate/Runtime.h - Apply, roll back and inspect migrations -*- C++ -*-===//
//
// Part of schemac. The migration runtime on a live PostgreSQL: status (folder against
// history), apply (Prisma's `migrate deploy`, under the advisory lock, each migration in
// its own transaction with lock and statement timeouts), dry runs (everything inside one
// transaction that is rolled back, with per-statement timings, rows and locks), rollback
// (down.sql of the last migrations), resolve, and the expected schema after the history
// (snapshots, or a replay on a shadow database) for drift checks.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_MIGRATE_RUNTIME_H
#define SCHEMAC_MIGRATE_RUNTIME_H

#include "migrate/History.h"
#include "migrate/MigrationsFolder.h"

#include "backends/postgres/PostgresConnection.h"
#include "ir/MigrationPlan.h"
#include "ir/Schema.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>
#include <vector>

namespace schemac::migrate {

/// A migration failed on the database (exit 1), as opposed to a tool error (exit 2):
/// which migration, statement and line, and PostgreSQL's message and hint.
class MigrationFailure : public llvm::ErrorInfo<MigrationFailure> {
public:
  static char ID;
  std::string migration, statement, message, hint, sqlState;
  int statementNumber = 0;
  unsigned line = 0;
  bool connectionLost = false; ///< the server went away: nothing could be recorded

  void log(llvm::raw_ostream &os) const override;
  std::error_code convertToErrorCode() const override { return llvm::inconvertibleErrorCode(); }
};

//===--- status ---------------------------------------------------------===//

enum class EntryState {
  Applied,        ///< finished, checksum matches
  Modified,       ///< applied, but migration.sql changed since
  Pending,        ///< in the folder, never applied (or rolled back)
  Failed,         ///< the last attempt failed (or is running)
  MissingLocally, ///< applied, but not in the folder
};
llvm::StringRef entryStateName(EntryState state); ///< "applied", "pending", ...

struct StatusEntry {
  std::string name;
  EntryState state = EntryState::Pending;
  bool rolledBackBefore = false; ///< pending again after a rollback
  std::optional<std::string> appliedAt, logs;
};

struct StatusReport {
  bool hasHistoryTable = false;
  std::vector<StatusEntry> entries; ///< the folder's order, then those missing locally
  int count(EntryState state) const;
  bool upToDate() const; ///< nothing pending, failed or missing locally
};

StatusReport computeStatus(const MigrationsFolder &folder, const std::vector<HistoryRow> &rows,
                           bool hasHistoryTable);
/// The status as text (one line per migration) or JSON.
void printStatus(const StatusReport &report, llvm::raw_ostream &os, bool json);

//===--- apply ------------------------------------------------------------===//

struct Timeouts {
  int lockWaitMs = 10000;      ///< waiting for the migration lock
  int lockTimeoutMs = 5000;    ///< SET lock_timeout for migration statements
  int statementTimeoutMs = 0;  ///< SET statement_timeout (0: none)
  int retries = 3;             ///< reruns of a migration that only hit lock_timeout
};

struct ApplyOptions {
  std::optional<std::string> to; ///< stop after this migration
  bool dryRun = false;
  Timeouts timeouts;
  /// Tests only: the process kills itself (SIGKILL) after this many statements.
  int killAfterStatements = -1;
};

struct StatementReport {
  std::string migration, summary;
  unsigned line = 0;
  double ms = 0;
  long long rows = -1;
  std::vector<std::string> locks; ///< dry run: `AccessExclusiveLock on "User"`
};

struct ApplyReport {
  std::vector<std::string> applied;
  std::vector<StatementReport> statements;
  std::vector<std::string> warnings; ///< edited applied migrations, drift after apply
};

/// Applies the pending migrations. A failed migration leaves the database as before it
/// and a failure row in the history (MigrationFailure).
llvm::Expected<ApplyReport> applyMigrations(backends::postgres::Connection &connection,
                                            const MigrationsFolder &folder,
                                            const ApplyOptions &options,
                                            llvm::raw_ostream &progress);

//===--- rollback and resolve ----------------------------------------------===//

struct RollbackOptions {
  int steps = 1;
  std::optional<std::string> to; ///< roll back everything after this migration
  bool acceptDataLoss = false;
  Timeouts timeouts;
};

struct RollbackReport {
  std::vector<std::string> rolledBack;
};

/// What rolling back `migration` would lose: from its snapshots when it and its parent
/// have them, else from the DROP statements of down.sql.
std::vector<std::string> rollbackDataLoss(const MigrationsFolder &folder, int index);

llvm::Expected<RollbackReport> rollbackMigrations(backends::postgres::Connection &connection,
                                                  const MigrationsFolder &folder,
                                                  const RollbackOptions &options,
                                                  llvm::raw_ostream &progress);

enum class ResolveAs { Applied, RolledBack };
llvm::Error resolveMigration(backends::postgres::Connection &connection,
                             const MigrationsFolder &folder, llvm::StringRef name,
                             ResolveAs as, const Timeouts &timeouts);

//===--- expected state -------------------------------------------------------===//

/// The database IR after `migrations[0..count)`: the last one's snapshot, or (when it has
/// none) the scripts replayed on a temporary database created through `shadow` and
/// introspected. count == 0 is an empty database with the default namespace.
llvm::Expected<ir::Schema> schemaAfter(const MigrationsFolder &folder, int count,
                                       backends::postgres::Connection *shadow);

/// The plan that would turn the live database into `expected`: empty when there is no
/// drift. Renames are not guessed (a rename reads as drop and add).
llvm::Expected<ir::MigrationPlan> driftFrom(backends::postgres::Connection &connection,
                                            ir::Schema expected);

/// Reads a schema.sir snapshot.
llvm::Expected<ir::Schema> readSnapshot(llvm::StringRef path);

/// The index (in the folder) of the last migration the history says is applied, -1 if none.
int lastAppliedIndex(const MigrationsFolder &folder, const std::vector<HistoryRow> &rows);

} // namespace schemac::migrate

#endif // SCHEMAC_MIGRATE_RUNTIME_H
