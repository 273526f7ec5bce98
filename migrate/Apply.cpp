//===- migrate/Apply.cpp - Apply pending migrations -----------------------===//
//
// Each migration runs in its own transaction: its history row is inserted and finished
// in the same transaction as its statements, so a killed process, a terminated backend or
// a stopped server leave the database at the boundary before the migration, with no
// trace of it. A migration that PostgreSQL itself rejects is rolled back and then
// recorded as failed (Prisma's failed row: finished_at NULL, the error in logs).
// Migrations with statements that cannot run in a transaction run statement by
// statement, the row recording how many have run.
//
//===----------------------------------------------------------------------===//
#include "migrate/Runtime.h"
#include "migrate/SqlScript.h"

#include "backends/postgres/PostgresIntrospection.h"
#include "backends/postgres/PostgresMigration.h"
#include "passes/diff/Differ.h"

#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"

#include <chrono>
#include <csignal>
#include <thread>
#include <unistd.h>

using namespace llvm;
using schemac::backends::postgres::Connection;
using schemac::backends::postgres::QueryResult;
using schemac::backends::postgres::StatementResult;

namespace schemac::migrate {

namespace {

Error toolError(const Twine &message) {
  return createStringError(inconvertibleErrorCode(), message);
}

double msSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

std::string timeoutSettings(const Timeouts &timeouts, bool local) {
  StringRef scope = local ? "SET LOCAL " : "SET ";
  return formatv("{0}lock_timeout = '{1}ms'; {0}statement_timeout = '{2}ms'", scope,
                 timeouts.lockTimeoutMs, timeouts.statementTimeoutMs)
      .str();
}

/// Relation locks this session holds, as `Mode on "table"`.
std::vector<std::string> heldLocks(Connection &connection) {
  std::vector<std::string> out;
  Expected<QueryResult> result = connection.query(
      "SELECT l.mode, c.relname FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
      "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE l.pid = pg_backend_pid() AND "
      "l.granted AND l.locktype = 'relation' AND n.nspname NOT IN ('pg_catalog', "
      "'information_schema', 'pg_toast') AND c.relname <> '_prisma_migrations' ORDER BY c.relname, l.mode");
  if (!result) {
    consumeError(result.takeError());
    return out;
  }
  for (int r = 0; r < result->rows(); ++r)
    out.push_back((result->get(r, 0) + " on \"" + result->get(r, 1) + "\"").str());
  return out;
}

MigrationFailure failureOf(const LocalMigration &migration, const SqlStatement *statement,
                           int number, const StatementResult &result) {
  MigrationFailure failure;
  failure.migration = migration.name;
  failure.message = result.error.message;
  if (!result.error.detail.empty())
    failure.message += " (" + result.error.detail + ")";
  failure.hint = result.error.hint;
  failure.sqlState = result.error.sqlState;
  failure.connectionLost = result.error.connectionLost;
  if (statement) {
    failure.statementNumber = number;
    failure.line = statement->line;
    failure.statement = statementSummary(statement->text);
  }
  return failure;
}

std::string logsOf(const MigrationFailure &failure) {
  std::string text;
  raw_string_ostream os(text);
  failure.log(os);
  return text;
}

class Applier {
public:
  Applier(Connection &connection, History &history, const ApplyOptions &options,
          raw_ostream &progress, ApplyReport &report)
      : connection(connection), history(history), options(options), progress(progress),
        report(report) {}

  Error applyInTransaction(const LocalMigration &migration);
  Error applyStatementByStatement(const LocalMigration &migration,
                                  const std::vector<HistoryRow> &rows);
  Error dryRun(ArrayRef<const LocalMigration *> pending);

private:
  std::optional<MigrationFailure> runStatements(const LocalMigration &migration,
                                                ArrayRef<SqlStatement> statements,
                                                std::vector<StatementReport> *reports);
  void countStatement() {
    if (options.killAfterStatements >= 0 && ++statementsRun > options.killAfterStatements)
      ::kill(::getpid(), SIGKILL);
  }
  Error recordFailure(const LocalMigration &migration, const MigrationFailure &failure);

  Connection &connection;
  History &history;
  const ApplyOptions &options;
  raw_ostream &progress;
  ApplyReport &report;
  int statementsRun = 0;
};

Error Applier::recordFailure(const LocalMigration &migration, const MigrationFailure &failure) {
  Expected<QueryResult> inserted = connection.query(
      "INSERT INTO " + history.table() +
          " (id, checksum, migration_name, logs, started_at, applied_steps_count) "
          "VALUES ($1, $2, $3, $4, now(), 0)",
      {newRowId(), migration.checksum, migration.name, logsOf(failure)});
  if (!inserted)
    return joinErrors(make_error<MigrationFailure>(failure), inserted.takeError());
  return make_error<MigrationFailure>(failure);
}

/// Runs the statements one by one in the open transaction; the first failure, if any.
std::optional<MigrationFailure> Applier::runStatements(const LocalMigration &migration,
                                                       ArrayRef<SqlStatement> statements,
                                                       std::vector<StatementReport> *reports) {
  for (size_t i = 0; i < statements.size(); ++i) {
    auto start = std::chrono::steady_clock::now();
    StatementResult result = connection.run(statements[i].text);
    if (!result.ok)
      return failureOf(migration, &statements[i], int(i + 1), result);
    if (reports)
      reports->push_back({migration.name, statementSummary(statements[i].text),
                          statements[i].line, msSince(start), result.rowsAffected, {}});
    countStatement();
  }
  return std::nullopt;
}

Error Applier::applyInTransaction(const LocalMigration &migration) {
  std::vector<SqlStatement> statements = splitStatements(migration.script);
  // The script goes to the server in one round trip, as Prisma sends it; only when it
  // fails are its statements run again one by one (and rolled back) to name the one
  // that failed. The fault-injection hook needs the statement boundaries: it runs them
  // one by one from the start.
  bool oneByOne = options.killAfterStatements >= 0;
  for (int attempt = 0;; ++attempt) {
    std::string id = newRowId();
    auto started = std::chrono::steady_clock::now();
    StatementResult begin = connection.run("BEGIN; " + timeoutSettings(options.timeouts, true));
    if (!begin.ok)
      return toolError("cannot start a transaction: " + begin.error.message);
    Expected<QueryResult> row = connection.query(
        "INSERT INTO " + history.table() +
            " (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())",
        {id, migration.checksum, migration.name});
    if (!row) {
      connection.run("ROLLBACK");
      return row.takeError();
    }
    std::optional<MigrationFailure> failure;
    if (oneByOne) {
      failure = runStatements(migration, statements, nullptr);
    } else {
      StatementResult result = connection.run(migration.script);
      if (!result.ok) {
        failure = failureOf(migration, nullptr, 0, result);
        if (!result.error.connectionLost) {
          connection.run("ROLLBACK");
          StatementResult again =
              connection.run("BEGIN; " + timeoutSettings(options.timeouts, true));
          if (again.ok)
            if (std::optional<MigrationFailure> located =
                    runStatements(migration, statements, nullptr))
              failure = std::move(located);
        }
      }
    }
    if (!failure) {
      Expected<QueryResult> finished = connection.query(
          "UPDATE " + history.table() +
              " SET finished_at = now(), applied_steps_count = applied_steps_count + 1 "
              "WHERE id = $1",
          {id});
      if (!finished) {
        connection.run("ROLLBACK");
        return finished.takeError();
      }
      StatementResult commit = connection.run("COMMIT");
      if (commit.ok) {
        report.applied.push_back(migration.name);
        progress << formatv("applied {0} ({1} statement{2}, {3:f1} ms)\n", migration.name,
                            statements.size(), statements.size() == 1 ? "" : "s",
                            msSince(started));
        return Error::success();
      }
      failure = failureOf(migration, nullptr, 0, commit);
    }
    connection.run("ROLLBACK");
    if (failure->sqlState == "55P03" && attempt < options.timeouts.retries) {
      int pauseMs = 200 << attempt;
      progress << formatv("{0}: {1}; retrying in {2} ms\n", migration.name, failure->message,
                          pauseMs);
      std::this_thread::sleep_for(std::chrono::milliseconds(pauseMs));
      continue;
    }
    if (failure->connectionLost)
      return make_error<MigrationFailure>(*failure); // the transaction died with it
    return recordFailure(migration, *failure);
  }
}

Error Applier::applyStatementByStatement(const LocalMigration &migration,
                                         const std::vector<HistoryRow> &rows) {
  std::vector<SqlStatement> statements = splitStatements(migration.script);
  // Resume after the statements an earlier attempt ran (its row was then resolved as
  // rolled back), when the script is unchanged.
  int first = 0;
  for (const HistoryRow &row : rows)
    if (row.name == migration.name && row.rolledBackAt && !row.finishedAt &&
        checksumMatches(row.checksum, migration.script))
      first = std::min<int>(row.appliedSteps, int(statements.size()));
  std::string id = newRowId();
  Expected<QueryResult> row = connection.query(
      "INSERT INTO " + history.table() +
          " (id, checksum, migration_name, started_at, applied_steps_count) "
          "VALUES ($1, $2, $3, now(), $4)",
      {id, migration.checksum, migration.name, std::to_string(first)});
  if (!row)
    return row.takeError();
  if (first > 0)
    progress << formatv("{0}: resuming at statement {1} of {2}\n", migration.name, first + 1,
                        statements.size());
  StatementResult settings = connection.run(timeoutSettings(options.timeouts, false));
  if (!settings.ok)
    return toolError("cannot set the timeouts: " + settings.error.message);
  for (size_t i = first; i < statements.size(); ++i) {
    bool own = needsOwnTransaction(statements[i].text);
    auto start = std::chrono::steady_clock::now();
    auto recordProgress = [&]() -> StatementResult {
      StatementResult out;
      Expected<QueryResult> updated = connection.query(
          "UPDATE " + history.table() + " SET applied_steps_count = $2 WHERE id = $1",
          {id, std::to_string(i + 1)});
      if (!updated) {
        out.ok = false;
        out.error.message = toString(updated.takeError());
      }
      return out;
    };
    StatementResult result;
    if (own) {
      result = connection.run(statements[i].text);
      if (result.ok)
        result = recordProgress();
    } else {
      result = connection.run("BEGIN");
      if (result.ok)
        result = connection.run(statements[i].text);
      if (result.ok)
        result = recordProgress();
      if (result.ok)
        result = connection.run("COMMIT");
      if (!result.ok)
        connection.run("ROLLBACK");
    }
    if (!result.ok) {
      MigrationFailure failure = failureOf(migration, &statements[i], int(i + 1), result);
      Expected<QueryResult> logged = connection.query(
          "UPDATE " + history.table() + " SET logs = $2 WHERE id = $1", {id, logsOf(failure)});
      if (!logged)
        consumeError(logged.takeError());
      return make_error<MigrationFailure>(failure);
    }
    report.statements.push_back({migration.name, statementSummary(statements[i].text),
                                 statements[i].line, msSince(start), result.rowsAffected, {}});
    countStatement();
  }
  Expected<QueryResult> finished = connection.query(
      "UPDATE " + history.table() + " SET finished_at = now() WHERE id = $1", {id});
  if (!finished)
    return finished.takeError();
  report.applied.push_back(migration.name);
  progress << formatv("applied {0} (statement by statement: {1} statements)\n", migration.name,
                      statements.size());
  return Error::success();
}

Error Applier::dryRun(ArrayRef<const LocalMigration *> pending) {
  StatementResult begin = connection.run("BEGIN; " + timeoutSettings(options.timeouts, true));
  if (!begin.ok)
    return toolError("cannot start a transaction: " + begin.error.message);
  std::vector<std::string> before = heldLocks(connection);
  for (const LocalMigration *migration : pending) {
    std::vector<SqlStatement> statements = splitStatements(migration->script);
    for (size_t i = 0; i < statements.size(); ++i) {
      StatementReport r{migration->name, statementSummary(statements[i].text),
                        statements[i].line, 0, -1, {}};
      if (needsOwnTransaction(statements[i].text)) {
        r.locks.push_back("not run: cannot run inside the dry run's transaction");
        report.statements.push_back(std::move(r));
        continue;
      }
      auto start = std::chrono::steady_clock::now();
      StatementResult result = connection.run(statements[i].text);
      r.ms = msSince(start);
      if (!result.ok) {
        connection.run("ROLLBACK");
        return make_error<MigrationFailure>(
            failureOf(*migration, &statements[i], int(i + 1), result));
      }
      r.rows = result.rowsAffected;
      std::vector<std::string> now = heldLocks(connection);
      for (const std::string &lock : now)
        if (!llvm::is_contained(before, lock))
          r.locks.push_back(lock);
      before = std::move(now);
      report.statements.push_back(std::move(r));
    }
    report.applied.push_back(migration->name);
  }
  StatementResult rollback = connection.run("ROLLBACK");
  if (!rollback.ok)
    return toolError("cannot roll the dry run back: " + rollback.error.message);
  return Error::success();
}

} // namespace

Expected<ApplyReport> applyMigrations(Connection &connection, const MigrationsFolder &folder,
                                      const ApplyOptions &options, raw_ostream &progress) {
  if (options.to && !folder.find(*options.to))
    return toolError("--to: there is no migration `" + *options.to + "` in `" + folder.path +
                     "`");
  History history(connection);
  if (Error error = history.lock(options.timeouts.lockWaitMs))
    return error;
  auto unlock = make_scope_exit([&] { consumeError(history.unlock()); });
  Expected<bool> exists = history.exists();
  if (!exists)
    return exists.takeError();
  if (!*exists && !options.dryRun)
    if (Error error = history.create())
      return error;
  std::vector<HistoryRow> rows;
  if (*exists) {
    Expected<std::vector<HistoryRow>> read = history.rows();
    if (!read)
      return read.takeError();
    rows = std::move(*read);
  }
  StatusReport status = computeStatus(folder, rows, *exists);
  ApplyReport report;
  for (const StatusEntry &entry : status.entries) {
    if (entry.state == EntryState::Failed)
      return toolError("the migration `" + entry.name + "` failed earlier and nothing more is "
                       "applied until it is resolved: fix the database, then run `schemac "
                       "migrate resolve --applied " + entry.name + "` (it was completed by "
                       "hand) or `--rolled-back " + entry.name + "` (to run it again)");
    if (entry.state == EntryState::Modified)
      report.warnings.push_back("the applied migration `" + entry.name +
                                "` was modified after it was applied");
    if (entry.state == EntryState::MissingLocally)
      report.warnings.push_back("the migration `" + entry.name + "` is applied to the "
                                "database but missing from the folder");
  }
  std::vector<const LocalMigration *> pending;
  for (const StatusEntry &entry : status.entries) {
    if (entry.state != EntryState::Pending)
      continue;
    pending.push_back(folder.find(entry.name));
    if (options.to && entry.name == *options.to)
      break;
  }
  if (options.to) { // --to an already applied migration: nothing before it is pending
    int limit = folder.indexOf(*options.to);
    llvm::erase_if(pending,
                   [&](const LocalMigration *m) { return folder.indexOf(m->name) > limit; });
  }
  Applier applier(connection, history, options, progress, report);
  if (options.dryRun) {
    if (Error error = applier.dryRun(pending))
      return error;
    return report;
  }
  for (const LocalMigration *migration : pending) {
    bool statementByStatement = llvm::any_of(splitStatements(migration->script),
                                             [](const SqlStatement &s) {
                                               return needsOwnTransaction(s.text);
                                             });
    Error error = statementByStatement ? applier.applyStatementByStatement(*migration, rows)
                                       : applier.applyInTransaction(*migration);
    if (error)
      return error;
  }
  // The database must now equal the state its history promises.
  Expected<std::vector<HistoryRow>> after = history.rows();
  if (!after)
    return after.takeError();
  int last = lastAppliedIndex(folder, *after);
  if (last >= 0 && folder.migrations[last].snapshotPath && !report.applied.empty()) {
    Expected<ir::Schema> expected = readSnapshot(*folder.migrations[last].snapshotPath);
    if (!expected)
      return expected.takeError();
    Expected<ir::MigrationPlan> plan = driftFrom(connection, std::move(*expected));
    if (!plan)
      return plan.takeError();
    if (!plan->empty())
      report.warnings.push_back("drift after apply: the database differs from the schema "
                                "after `" + folder.migrations[last].name + "`:\n" +
                                backends::postgres::migrationSummary(*plan));
  }
  return report;
}

} // namespace schemac::migrate
