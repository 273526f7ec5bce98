//===- migrate/Rollback.cpp - Roll back and resolve migrations ------------===//
#include "migrate/Runtime.h"
#include "migrate/SqlScript.h"

#include "backends/postgres/PostgresIntrospection.h"
#include "backends/postgres/PostgresMigration.h"
#include "passes/diff/Differ.h"

#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"

using namespace llvm;
using schemac::backends::postgres::Connection;
using schemac::backends::postgres::QueryResult;
using schemac::backends::postgres::StatementResult;

namespace schemac::migrate {

namespace {
Error toolError(const Twine &message) {
  return createStringError(inconvertibleErrorCode(), message);
}
} // namespace

std::vector<std::string> rollbackDataLoss(const MigrationsFolder &folder, int index) {
  std::vector<std::string> out;
  const LocalMigration &migration = folder.migrations[index];
  bool parentKnown = index == 0 || folder.migrations[index - 1].snapshotPath;
  if (migration.snapshotPath && parentKnown) {
    Expected<ir::Schema> after = readSnapshot(*migration.snapshotPath);
    Expected<ir::Schema> before = schemaAfter(folder, index, nullptr);
    if (after && before) {
      ir::MigrationPlan plan = passes::diffSchemas(
          std::make_shared<ir::Schema>(std::move(*after)),
          std::make_shared<ir::Schema>(std::move(*before)), passes::DiffOptions{true, {}},
          nullptr);
      for (const ir::StepWarning &warning : passes::planWarnings(plan))
        if (warning.dataLoss)
          out.push_back(warning.message);
      return out;
    }
    consumeError(after.takeError());
    consumeError(before.takeError());
  }
  // Without snapshots: what down.sql drops.
  for (const SqlStatement &statement : splitStatements(migration.down.value_or(""))) {
    std::string summary = statementSummary(statement.text, 200);
    std::string upper = StringRef(summary).upper();
    if (StringRef(upper).startswith("DROP TABLE") || StringRef(upper).contains(" DROP COLUMN") ||
        StringRef(upper).startswith("TRUNCATE") || StringRef(upper).startswith("DELETE"))
      out.push_back(formatv("line {0}: {1}", statement.line, summary).str());
  }
  return out;
}

Expected<RollbackReport> rollbackMigrations(Connection &connection,
                                            const MigrationsFolder &folder,
                                            const RollbackOptions &options,
                                            raw_ostream &progress) {
  History history(connection);
  if (Error error = history.lock(options.timeouts.lockWaitMs))
    return error;
  auto unlock = make_scope_exit([&] { consumeError(history.unlock()); });
  Expected<bool> exists = history.exists();
  if (!exists)
    return exists.takeError();
  if (!*exists)
    return toolError("nothing to roll back: the database has no migration history");
  Expected<std::vector<HistoryRow>> rows = history.rows();
  if (!rows)
    return rows.takeError();
  // The applied migrations, in folder order, with their rows.
  std::vector<std::pair<int, const HistoryRow *>> applied;
  for (const HistoryRow &row : *rows)
    if (row.isApplied()) {
      int index = folder.indexOf(row.name);
      if (index < 0)
        return toolError("the applied migration `" + row.name + "` is not in the folder; "
                         "its down script is unknown");
      applied.push_back({index, &row});
    }
  for (const HistoryRow &row : *rows)
    if (row.isFailed())
      return toolError("the migration `" + row.name + "` failed; resolve it first (`schemac "
                       "migrate resolve`)");
  llvm::sort(applied, [](auto &a, auto &b) { return a.first < b.first; });
  size_t count = std::min<size_t>(options.steps, applied.size());
  if (options.to) {
    int target = folder.indexOf(*options.to);
    if (target < 0)
      return toolError("--to: there is no migration `" + *options.to + "` in the folder");
    count = llvm::count_if(applied, [&](auto &a) { return a.first > target; });
  }
  if (count == 0)
    return toolError("nothing to roll back");
  std::vector<std::pair<int, const HistoryRow *>> chosen(applied.end() - count, applied.end());
  std::reverse(chosen.begin(), chosen.end());
  std::vector<std::string> losses;
  for (auto [index, row] : chosen) {
    const LocalMigration &migration = folder.migrations[index];
    if (!migration.down)
      return toolError("the migration `" + migration.name + "` has no down.sql; write one "
                       "(or create migrations with `schemac migrate new`, which writes it)");
    for (std::string &loss : rollbackDataLoss(folder, index))
      losses.push_back(migration.name + ": " + loss);
  }
  if (!losses.empty() && !options.acceptDataLoss) {
    std::string list;
    for (const std::string &loss : losses)
      list += "\n  - " + loss;
    return toolError("rolling back loses data; nothing was changed. Rerun with "
                     "--accept-data-loss to go ahead:" + list);
  }
  StatementResult begin = connection.run(
      formatv("BEGIN; SET LOCAL lock_timeout = '{0}ms'; SET LOCAL statement_timeout = '{1}ms'",
              options.timeouts.lockTimeoutMs, options.timeouts.statementTimeoutMs)
          .str());
  if (!begin.ok)
    return toolError("cannot start a transaction: " + begin.error.message);
  RollbackReport report;
  for (auto [index, row] : chosen) {
    const LocalMigration &migration = folder.migrations[index];
    std::vector<SqlStatement> statements = splitStatements(*migration.down);
    for (size_t i = 0; i < statements.size(); ++i) {
      StatementResult result = connection.run(statements[i].text);
      if (!result.ok) {
        connection.run("ROLLBACK");
        MigrationFailure failure;
        failure.migration = migration.name + "/down.sql";
        failure.statementNumber = int(i + 1);
        failure.line = statements[i].line;
        failure.statement = statementSummary(statements[i].text);
        failure.message = result.error.message;
        failure.hint = result.error.hint;
        failure.sqlState = result.error.sqlState;
        return make_error<MigrationFailure>(failure);
      }
    }
    Expected<QueryResult> marked = connection.query(
        "UPDATE " + history.table() + " SET rolled_back_at = now() WHERE id = $1", {row->id});
    if (!marked) {
      connection.run("ROLLBACK");
      return marked.takeError();
    }
    report.rolledBack.push_back(migration.name);
  }
  StatementResult commit = connection.run("COMMIT");
  if (!commit.ok)
    return toolError("the rollback could not be committed: " + commit.error.message);
  for (const std::string &name : report.rolledBack)
    progress << "rolled back " << name << "\n";
  // Verify: the database equals the state before the first migration rolled back.
  int first = chosen.back().first;
  if (first == 0 || folder.migrations[first - 1].snapshotPath) {
    Expected<ir::Schema> expected = schemaAfter(folder, first, nullptr);
    Expected<ir::MigrationPlan> plan =
        expected ? driftFrom(connection, std::move(*expected))
                 : Expected<ir::MigrationPlan>(expected.takeError());
    if (!plan)
      consumeError(plan.takeError()); // the rollback itself succeeded
    else if (!plan->empty())
      progress << "warning: after the rollback the database differs from the schema before `"
               << folder.migrations[first].name << "`:\n"
               << backends::postgres::migrationSummary(*plan) << "\n";
  }
  return report;
}

Error resolveMigration(Connection &connection, const MigrationsFolder &folder, StringRef name,
                       ResolveAs as, const Timeouts &timeouts) {
  const LocalMigration *migration = folder.find(name);
  if (!migration)
    return toolError("there is no migration `" + name + "` in `" + folder.path + "`");
  History history(connection);
  if (Error error = history.lock(timeouts.lockWaitMs))
    return error;
  auto unlock = make_scope_exit([&] { consumeError(history.unlock()); });
  if (Error error = history.create())
    return error;
  Expected<std::vector<HistoryRow>> rows = history.rows();
  if (!rows)
    return rows.takeError();
  const HistoryRow *failed = nullptr;
  bool applied = false;
  for (const HistoryRow &row : *rows) {
    if (row.name != name)
      continue;
    if (row.isApplied())
      applied = true;
    if (row.isFailed())
      failed = &row;
  }
  if (as == ResolveAs::RolledBack) {
    if (!failed) {
      if (applied)
        return toolError("the migration `" + name + "` cannot be marked as rolled back: it is "
                         "not in a failed state (use `schemac migrate rollback` to undo it)");
      return Error::success(); // already rolled back or never run: nothing to do
    }
    Expected<QueryResult> marked = connection.query(
        "UPDATE " + history.table() + " SET rolled_back_at = now() WHERE id = $1", {failed->id});
    return marked ? Error::success() : marked.takeError();
  }
  if (applied)
    return toolError("the migration `" + name + "` is already recorded as applied");
  StatementResult begin = connection.run("BEGIN");
  if (!begin.ok)
    return toolError("cannot start a transaction: " + begin.error.message);
  if (failed) {
    Expected<QueryResult> marked = connection.query(
        "UPDATE " + history.table() + " SET rolled_back_at = now() WHERE id = $1", {failed->id});
    if (!marked) {
      connection.run("ROLLBACK");
      return marked.takeError();
    }
  }
  Expected<QueryResult> inserted = connection.query(
      "INSERT INTO " + history.table() +
          " (id, checksum, migration_name, started_at, finished_at, applied_steps_count) "
          "VALUES ($1, $2, $3, now(), now(), 0)",
      {newRowId(), migration->checksum, migration->name});
  if (!inserted) {
    connection.run("ROLLBACK");
    return inserted.takeError();
  }
  StatementResult commit = connection.run("COMMIT");
  return commit.ok ? Error::success() : toolError("cannot commit: " + commit.error.message);
}

} // namespace schemac::migrate
