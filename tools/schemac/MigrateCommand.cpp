//===- tools/schemac/MigrateCommand.cpp - `schemac migrate`, `schemac db` --===//
#include "MigrateCommand.h"
#include "DeployCommand.h"
#include "Compile.h"
#include "DatasourceUrls.h"
#include "ExitCodes.h"

#include "backends/postgres/PostgresConnection.h"
#include "backends/postgres/PostgresIntrospection.h"
#include "backends/postgres/PostgresMigration.h"
#include "ir/Printer.h"
#include "migrate/EmbeddedServer.h"
#include "migrate/Runtime.h"
#include "passes/diff/Differ.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/WithColor.h"

#include <map>

using namespace llvm;
using namespace schemac;
using namespace schemac::tools::exitcodes;
using namespace schemac::migrate;
using backends::postgres::Connection;
using backends::postgres::ConnectionTarget;

namespace schemac::tools {
cl::SubCommand &migrateSubCommand() {
  static cl::SubCommand sub("migrate",
                            "Manage and run migrations: new, apply, status, rollback, resolve, "
                            "drift, check, rebase, deploy --env, log (Prisma Migrate compatible)");
  return sub;
}
} // namespace schemac::tools

namespace {

cl::SubCommand &migrateSub = schemac::tools::migrateSubCommand();
cl::SubCommand dbSub("db", "The embedded local PostgreSQL: start, stop, url");

cl::opt<std::string> action(cl::Positional, cl::desc("<new|apply|deploy|status|rollback|resolve|drift|check|rebase|log>"),
                            cl::Required, cl::sub(migrateSub));
cl::opt<std::string> newName(cl::Positional, cl::desc("[NAME]"), cl::sub(migrateSub));
cl::opt<std::string> schemaPath("schema", cl::desc("The Prisma schema (default: "
                                                   "prisma/schema.prisma, else schema.prisma)"),
                                cl::value_desc("path"), cl::sub(migrateSub));
cl::opt<std::string> dirPath("dir", cl::desc("The migrations folder (default: migrations/ next "
                                             "to the schema)"),
                             cl::value_desc("path"), cl::sub(migrateSub));
cl::opt<std::string> url("url", cl::desc("The database (default: the datasource's directUrl "
                                         "or url, $DATABASE_URL, $DATABASE_URL_FILE, else "
                                         "the embedded database); prefer the environment: "
                                         "argv is visible in ps"),
                         cl::value_desc("url"), cl::sub(migrateSub));
cl::opt<std::string> shadowUrl("shadow-url", cl::desc("Server for shadow databases (default: "
                                                      "the datasource's shadowDatabaseUrl, "
                                                      "$SHADOW_DATABASE_URL, else the "
                                                      "embedded one)"),
                               cl::value_desc("url"), cl::sub(migrateSub));
cl::opt<std::string> toName("to", cl::desc("apply: stop after this migration; rollback: roll "
                                           "back everything after it"),
                            cl::value_desc("name"), cl::sub(migrateSub));
cl::opt<bool> dryRun("dry-run", cl::desc("apply: run in a transaction that is rolled back, "
                                         "with timings, rows and locks per statement"),
                     cl::sub(migrateSub));
cl::opt<int> steps("steps", cl::desc("rollback: how many migrations (default 1)"), cl::init(1),
                   cl::sub(migrateSub));
cl::opt<bool> acceptDataLoss("accept-data-loss", cl::desc("rollback: go ahead although data is "
                                                          "lost"),
                             cl::sub(migrateSub));
cl::opt<std::string> moveName("move", cl::desc("rebase: this branch's migration, to move after "
                                                "the others (default: the later one of each conflict)"),
                              cl::value_desc("name"), cl::sub(migrateSub));
cl::opt<std::string> resolveApplied("applied", cl::desc("resolve: record NAME as applied"),
                                    cl::value_desc("name"), cl::sub(migrateSub));
cl::opt<std::string> resolveRolledBack("rolled-back",
                                       cl::desc("resolve: record the failed NAME as rolled back"),
                                       cl::value_desc("name"), cl::sub(migrateSub));
cl::opt<bool> exitCode("exit-code", cl::desc("status, drift: exit 3 when not up to date"),
                       cl::sub(migrateSub));
cl::opt<bool> jsonFormat("json", cl::desc("Print JSON"), cl::sub(migrateSub));
cl::opt<int> lockWait("lock-wait", cl::desc("Milliseconds to wait for the migration lock"),
                      cl::init(10000), cl::sub(migrateSub));
cl::opt<int> lockTimeout("lock-timeout", cl::desc("lock_timeout of migration statements (ms)"),
                         cl::init(5000), cl::sub(migrateSub));
cl::opt<int> statementTimeout("statement-timeout",
                              cl::desc("statement_timeout of migration statements (ms, 0: none)"),
                              cl::init(0), cl::sub(migrateSub));
cl::opt<int> killAfter("test-kill-after-statements", cl::Hidden, cl::init(-1),
                       cl::sub(migrateSub));

cl::opt<std::string> dbAction(cl::Positional, cl::desc("<start|stop|url>"), cl::Required,
                              cl::sub(dbSub));
cl::opt<std::string> projectDir("project", cl::desc("The project folder (default: the nearest "
                                                    "folder with .schemac/ or prisma/)"),
                                cl::value_desc("path"), cl::sub(dbSub), cl::sub(migrateSub));

int toolError(const Twine &message) {
  WithColor::error(errs(), "schemac") << message << "\n";
  return kExitCannotRun;
}

/// Reports an error of the runtime: a failed migration exits 1, anything else 2
/// (tools/driver/ExitCodes.h).
int report(Error error) {
  int code = kExitCannotRun;
  handleAllErrors(
      std::move(error),
      [&](const MigrationFailure &failure) {
        std::string text;
        raw_string_ostream os(text);
        failure.log(os);
        WithColor::error(errs(), "schemac") << os.str() << "\n";
        code = kExitFailed;
      },
      [&](const ErrorInfoBase &other) {
        WithColor::error(errs(), "schemac") << other.message() << "\n";
      });
  return code;
}

bool asJson() { return jsonFormat || tools::migrateFormatIsJson(); }

std::string defaultSchemaPath() {
  if (!schemaPath.empty())
    return schemaPath;
  if (sys::fs::exists("prisma/schema.prisma"))
    return "prisma/schema.prisma";
  if (sys::fs::is_directory("prisma/schema"))
    return "prisma/schema";
  return "schema.prisma";
}

std::string migrationsDir() {
  if (!dirPath.empty())
    return dirPath;
  SmallString<256> dir(sys::path::parent_path(defaultSchemaPath()));
  if (sys::fs::is_directory(defaultSchemaPath()))
    dir = defaultSchemaPath();
  sys::path::append(dir, "migrations");
  return dir.str().str();
}

std::string project() {
  return projectDir.empty() ? findProjectDir(".") : projectDir.getValue();
}

/// --url, the schema's datasource (directUrl, else url: a literal, or env("VAR") when VAR
/// is set), $DATABASE_URL, $DATABASE_URL_FILE (first line), else the embedded database.
Expected<std::string> databaseUrl(bool quietEmbedded = false) {
  if (!url.empty())
    return url.getValue();
  if (std::optional<std::string> named = tools::datasourceUrls(defaultSchemaPath()).migrate)
    return std::move(*named);
  Expected<std::optional<std::string>> fromEnvironment = backends::postgres::urlFromEnvironment();
  if (!fromEnvironment)
    return fromEnvironment.takeError();
  if (*fromEnvironment)
    return std::move(**fromEnvironment);
  EmbeddedServer server = EmbeddedServer::forProject(project());
  if (Error error = server.start(errs()))
    return error;
  if (!quietEmbedded)
    errs() << "schemac: using the embedded database (" << server.root << ")\n";
  return server.url();
}

Expected<std::unique_ptr<Connection>> connect(StringRef text) {
  Expected<ConnectionTarget> target = backends::postgres::parseConnectionTarget(text);
  if (!target)
    return target.takeError();
  return Connection::open(*target);
}

Expected<std::unique_ptr<Connection>> connectMain() {
  Expected<std::string> text = databaseUrl();
  if (!text)
    return text.takeError();
  return connect(*text);
}

Timeouts timeouts() {
  Timeouts t;
  t.lockWaitMs = lockWait;
  t.lockTimeoutMs = lockTimeout;
  t.statementTimeoutMs = statementTimeout;
  return t;
}

/// The server shadow databases are made on: --shadow-url, the schema's datasource
/// `shadowDatabaseUrl`, $SHADOW_DATABASE_URL (the name Prisma's documentation uses for it),
/// else the embedded one.
Expected<std::unique_ptr<Connection>> connectShadow() {
  if (!shadowUrl.empty())
    return connect(shadowUrl);
  if (std::optional<std::string> named = tools::datasourceUrls(defaultSchemaPath()).shadow)
    return connect(*named);
  if (std::optional<std::string> fromEnvironment = sys::Process::GetEnv("SHADOW_DATABASE_URL");
      fromEnvironment && !fromEnvironment->empty())
    return connect(*fromEnvironment);
  EmbeddedServer server = EmbeddedServer::forProject(project());
  if (Error error = server.start(errs()))
    return error;
  return connect(server.url());
}

/// The expected schema after the first `count` migrations, with a shadow database only
/// when a snapshot is missing.
Expected<ir::Schema> expectedAfter(const MigrationsFolder &folder, int count) {
  if (count == 0 || folder.migrations[count - 1].snapshotPath)
    return schemaAfter(folder, count, nullptr);
  Expected<std::unique_ptr<Connection>> shadow = connectShadow();
  if (!shadow)
    return shadow.takeError();
  return schemaAfter(folder, count, shadow->get());
}

/// Writes a migration from `previous` to the schema file: Prisma's script (with its
/// warnings header), the reverse script, the snapshot and the parent.
int writeNewMigration(StringRef dir, StringRef name, StringRef parent, ir::Schema previous) {
  // Prisma diffs against a shadow database, whose describer lists tables and enums by
  // name; the steps on existing tables follow that order. A snapshot keeps the schema's
  // declaration order, so it is put in the database's order first.
  auto byName = [](const auto &a, const auto &b) {
    return std::tie(a.schema, a.name) < std::tie(b.schema, b.name);
  };
  llvm::stable_sort(previous.tables, byName);
  llvm::stable_sort(previous.enums, byName);
  SourceMgr sourceMgr;
  DiagnosticEngine diags(sourceMgr);
  std::vector<std::string> readFiles;
  tools::PhaseTimer timer;
  std::optional<ir::Schema> next = tools::loadSchemaIR(defaultSchemaPath(), diags, readFiles, timer);
  diags.printText(errs());
  if (!next)
    return exitCodeFor(diags);
  std::string snapshot;
  {
    raw_string_ostream os(snapshot);
    ir::printSchema(*next, os);
  }
  ir::MigrationPlan plan =
      passes::diffSchemas(std::make_shared<ir::Schema>(std::move(previous)),
                          std::make_shared<ir::Schema>(std::move(*next)), {}, &diags);
  NewMigration migration;
  migration.name = name.str();
  migration.parent = parent.str();
  migration.snapshot = snapshot;
  std::vector<ir::StepWarning> warnings;
  if (plan.empty()) {
    migration.script = "-- This is an empty migration.";
    migration.down = "-- This is an empty migration.";
  } else {
    backends::postgres::ScriptOptions up;
    up.annotate = true;
    up.previousFromDatabase = true; // as `migrate dev` diffs against its shadow database
    up.warnings = warnings = passes::planWarnings(plan);
    migration.script = backends::postgres::migrationScript(plan, up);
    ir::MigrationPlan reverse = passes::invertPlan(plan);
    backends::postgres::ScriptOptions down;
    down.annotate = true;
    down.warnings = passes::planWarnings(reverse);
    down.stepNotes = passes::irreversibleSteps(reverse);
    for (const ir::StepWarning &note : down.stepNotes)
      down.warnings.push_back(note);
    migration.down = backends::postgres::migrationScript(reverse, down);
  }
  if (Error error = writeMigration(dir, migration))
    return report(std::move(error));
  outs() << "created " << dir << "/" << migration.name << "/migration.sql"
         << (plan.empty() ? " (empty: the schema has not changed)" : "") << "\n";
  outs().flush();
  for (const ir::StepWarning &warning : warnings)
    WithColor::warning(errs(), "schemac") << warning.message << "\n";
  return kExitOk;
}

int runNew() {
  if (newName.empty())
    return toolError("migrate new needs a NAME: `schemac migrate new add_users`");
  std::string slug = slugify(newName);
  if (slug.empty())
    return toolError("the migration name `" + newName + "` has no letters or digits");
  std::string dir = migrationsDir();
  Expected<MigrationsFolder> folder = readMigrationsFolder(dir, /*allowMissing=*/true);
  if (!folder)
    return report(folder.takeError());
  if (folder->lockProvider && *folder->lockProvider != "postgresql")
    return toolError("migration_lock.toml in `" + dir + "` is for provider `" +
                     *folder->lockProvider + "`; schemac manages PostgreSQL migrations");
  Expected<ir::Schema> previous = expectedAfter(*folder, int(folder->migrations.size()));
  if (!previous)
    return report(previous.takeError());
  return writeNewMigration(dir, migrationTimestamp() + "_" + slug,
                           folder->migrations.empty() ? "" : folder->migrations.back().name,
                           std::move(*previous));
}

/// After a merge: the migration made on this branch from the same parent as one made on
/// the other is moved after the others and made again from the new parent (the schema
/// file, merged, is its target).
int runRebase() {
  std::string dir = migrationsDir();
  Expected<MigrationsFolder> folder = readMigrationsFolder(dir);
  if (!folder)
    return report(folder.takeError());
  std::map<std::string, std::vector<int>> byParent;
  for (size_t i = 0; i < folder->migrations.size(); ++i)
    if (folder->migrations[i].parent)
      byParent[*folder->migrations[i].parent].push_back(int(i));
  std::vector<int> moved;
  for (auto &[parent, members] : byParent) {
    if (members.size() < 2)
      continue;
    if (moveName.empty()) {
      for (size_t k = 1; k < members.size(); ++k)
        moved.push_back(members[k]);
      continue;
    }
    bool named = false;
    for (int m : members)
      if (folder->migrations[m].name == moveName) {
        moved.push_back(m);
        named = true;
      }
    if (!named)
      return toolError("--move " + moveName + " is not one of the conflicting migrations made from `" +
                       parent + "`");
  }
  // Migrations made after a moved one move with it.
  for (size_t i = 0; i < folder->migrations.size(); ++i)
    for (int m : std::vector<int>(moved))
      if (folder->migrations[i].parent && *folder->migrations[i].parent == folder->migrations[m].name &&
          !llvm::is_contained(moved, int(i)))
        moved.push_back(int(i));
  if (moved.empty()) {
    outs() << "nothing to rebase: every migration follows its parent\n";
    return kExitOk;
  }
  if (moved.size() > 1) {
    std::string names;
    for (int m : moved)
      names += (names.empty() ? "" : ", ") + folder->migrations[m].name;
    return toolError("rebase moves one migration at a time, and " + names + " would move; "
                     "squash this branch's migrations into one (delete them and run `schemac "
                     "migrate new`), then rebase");
  }
  const LocalMigration mine = folder->migrations[moved[0]];
  MigrationsFolder rest = *folder;
  rest.migrations.erase(rest.migrations.begin() + moved[0]);
  Expected<ir::Schema> previous = expectedAfter(rest, int(rest.migrations.size()));
  if (!previous)
    return report(previous.takeError());
  std::string title = StringRef(mine.name).split('_').second.str();
  std::string name = migrationTimestamp() + "_" + title;
  if (!rest.migrations.empty() && name <= rest.migrations.back().name)
    return toolError("the new timestamp would not sort after `" + rest.migrations.back().name + "`");
  if (int status = writeNewMigration(dir, name, rest.migrations.empty() ? "" : rest.migrations.back().name,
                                     std::move(*previous)))
    return status;
  if (std::error_code ec = sys::fs::remove_directories(mine.directory))
    return toolError("cannot remove `" + mine.directory + "`: " + ec.message());
  outs() << "moved " << mine.name << " after " << (rest.migrations.empty() ? "(none)" : rest.migrations.back().name)
         << " as " << name << " (made again from the new parent); on a database that already "
         << "applied " << mine.name << ", apply the others, then record the move with `schemac "
         << "migrate resolve --applied " << name << "`\n";
  return kExitOk;
}

Error readHistory(Connection &connection, bool &exists, std::vector<HistoryRow> &rows) {
  Expected<std::vector<HistoryRow>> read = readHistoryIfAny(connection, &exists);
  if (!read)
    return read.takeError();
  rows = std::move(*read);
  return Error::success();
}

/// The commands that run migrations need the folder: a missing one is a usage error (a
/// typo in --dir must not read as "nothing to apply").
Expected<MigrationsFolder> folderForRun() { return readMigrationsFolder(migrationsDir()); }

/// The folder and a connection to the database, for the commands that need both.
struct FolderAndDatabase {
  MigrationsFolder folder;
  std::unique_ptr<Connection> connection;
};

Expected<FolderAndDatabase> openFolderAndDatabase() {
  Expected<MigrationsFolder> folder = folderForRun();
  if (!folder)
    return folder.takeError();
  Expected<std::unique_ptr<Connection>> connection = connectMain();
  if (!connection)
    return connection.takeError();
  return FolderAndDatabase{std::move(*folder), std::move(*connection)};
}

int runApply() {
  Expected<FolderAndDatabase> opened = openFolderAndDatabase();
  if (!opened)
    return report(opened.takeError());
  MigrationsFolder &folder = opened->folder;
  Connection &db = *opened->connection;
  ApplyOptions options;
  if (!toName.empty())
    options.to = toName.getValue();
  options.dryRun = dryRun;
  options.timeouts = timeouts();
  options.killAfterStatements = killAfter;
  Expected<ApplyReport> result = applyMigrations(db, folder, options, errs());
  if (!result)
    return report(result.takeError());
  for (const std::string &warning : result->warnings)
    WithColor::warning(errs(), "schemac") << warning << "\n";
  if (asJson()) {
    json::Array statements;
    for (const StatementReport &s : result->statements) {
      json::Array locks;
      for (const std::string &lock : s.locks)
        locks.push_back(lock);
      statements.push_back(json::Object{{"migration", s.migration}, {"line", s.line},
                                        {"statement", s.summary}, {"rows", s.rows},
                                        {"locks", std::move(locks)}});
    }
    json::Array applied;
    for (const std::string &name : result->applied)
      applied.push_back(name);
    outs() << formatv("{0:2}", json::Value(json::Object{{"dryRun", bool(dryRun)},
                                                         {"applied", std::move(applied)},
                                                         {"statements", std::move(statements)}}))
           << "\n";
    return kExitOk;
  }
  if (dryRun) {
    outs() << "dry run: " << result->applied.size()
           << " pending migration(s) ran inside one transaction that was rolled back\n";
    for (const StatementReport &s : result->statements) {
      outs() << formatv("  {0}:{1}  {2,8:f2} ms  {3}  {4}\n", s.migration, s.line, s.ms,
                        s.rows < 0 ? std::string("-") : std::to_string(s.rows) + " rows",
                        s.summary);
      for (const std::string &lock : s.locks)
        outs() << "      lock: " << lock << "\n";
    }
    return kExitOk;
  }
  if (result->applied.empty())
    outs() << "no pending migrations; the database is up to date\n";
  else
    outs() << result->applied.size() << " migration(s) applied\n";
  return kExitOk;
}

int runStatus() {
  Expected<FolderAndDatabase> opened = openFolderAndDatabase();
  if (!opened)
    return report(opened.takeError());
  MigrationsFolder &folder = opened->folder;
  Connection &db = *opened->connection;
  bool exists = false;
  std::vector<HistoryRow> rows;
  if (Error error = readHistory(db, exists, rows))
    return report(std::move(error));
  StatusReport status = computeStatus(folder, rows, exists);
  printStatus(status, outs(), asJson());
  return exitCode && !status.upToDate() ? kExitFound : kExitOk;
}

int runRollback() {
  Expected<FolderAndDatabase> opened = openFolderAndDatabase();
  if (!opened)
    return report(opened.takeError());
  MigrationsFolder &folder = opened->folder;
  Connection &db = *opened->connection;
  RollbackOptions options;
  options.steps = steps;
  if (!toName.empty())
    options.to = toName.getValue();
  options.acceptDataLoss = acceptDataLoss;
  options.timeouts = timeouts();
  Expected<RollbackReport> result = rollbackMigrations(db, folder, options, errs());
  if (!result) {
    int code = report(result.takeError());
    return code == kExitCannotRun && !acceptDataLoss ? kExitFailed : code;
  }
  outs() << result->rolledBack.size() << " migration(s) rolled back\n";
  return kExitOk;
}

int runResolve() {
  if (resolveApplied.empty() == resolveRolledBack.empty())
    return toolError("resolve needs one of --applied NAME and --rolled-back NAME");
  Expected<FolderAndDatabase> opened = openFolderAndDatabase();
  if (!opened)
    return report(opened.takeError());
  MigrationsFolder &folder = opened->folder;
  Connection &db = *opened->connection;
  bool applied = !resolveApplied.empty();
  std::string name = applied ? resolveApplied : resolveRolledBack;
  if (Error error = resolveMigration(db, folder, name,
                                     applied ? ResolveAs::Applied : ResolveAs::RolledBack,
                                     timeouts()))
    return report(std::move(error));
  outs() << "recorded `" << name << "` as " << (applied ? "applied" : "rolled back") << "\n";
  return kExitOk;
}

int runDrift() {
  Expected<FolderAndDatabase> opened = openFolderAndDatabase();
  if (!opened)
    return report(opened.takeError());
  MigrationsFolder &folder = opened->folder;
  Connection &db = *opened->connection;
  bool exists = false;
  std::vector<HistoryRow> rows;
  if (Error error = readHistory(db, exists, rows))
    return report(std::move(error));
  int last = lastAppliedIndex(folder, rows);
  Expected<ir::Schema> expected = expectedAfter(folder, last + 1);
  if (!expected)
    return report(expected.takeError());
  Expected<ir::MigrationPlan> drift = driftFrom(db, std::move(*expected));
  if (!drift)
    return report(drift.takeError());
  const ir::MigrationPlan &plan = *drift;
  std::string after = last < 0 ? "an empty database" : "`" + folder.migrations[last].name + "`";
  if (asJson()) {
    outs() << formatv("{0:2}", json::Value(json::Object{
                                   {"drift", !plan.empty()},
                                   {"expectedAfter", last < 0 ? json::Value(nullptr)
                                                              : json::Value(folder.migrations[last].name)},
                                   {"summary", backends::postgres::migrationSummary(plan)},
                                   {"fix", backends::postgres::migrationScript(plan)}}))
           << "\n";
  } else if (plan.empty()) {
    outs() << "no drift: the database matches the schema after " << after << "\n";
  } else {
    outs() << "drift: the database differs from the schema after " << after << ":\n"
           << backends::postgres::migrationSummary(plan) << "\n\nSQL that would remove it:\n"
           << backends::postgres::migrationScript(plan);
  }
  return exitCode && !plan.empty() ? kExitFound : kExitOk;
}

int runCheck() {
  std::string dir = migrationsDir();
  Expected<MigrationsFolder> folder = readMigrationsFolder(dir);
  if (!folder)
    return report(folder.takeError());
  std::vector<std::string> problems;
  if (!folder->lockProvider)
    problems.push_back(dir + "/migration_lock.toml is missing or has no provider");
  else if (*folder->lockProvider != "postgresql")
    problems.push_back(dir + "/migration_lock.toml is for provider `" + *folder->lockProvider +
                       "`, not postgresql");
  for (const std::string &entry : folder->strayEntries)
    problems.push_back(dir + "/" + entry + ": not a migration folder (Prisma Migrate rejects "
                       "stray files)");
  std::map<std::string, std::vector<std::string>> byTimestamp, byParent;
  for (const LocalMigration &m : folder->migrations) {
    StringRef stamp = StringRef(m.name).split('_').first;
    if (stamp.size() != 14 || !all_of(stamp, isDigit))
      problems.push_back(m.directory + ": the name does not start with a YYYYMMDDHHMMSS "
                         "timestamp");
    byTimestamp[stamp.str()].push_back(m.name);
    if (m.parent)
      byParent[*m.parent].push_back(m.name);
    if (!m.createdChecksum.empty() && !checksumMatches(m.createdChecksum, m.script))
      problems.push_back(m.directory + "/migration.sql was edited after it was created "
                         "(checksum in schemac.json differs); if it was already applied, "
                         "databases will report it as modified");
  }
  for (auto &[stamp, names] : byTimestamp)
    if (names.size() > 1)
      problems.push_back("duplicate timestamp " + stamp + ": " + join(names, ", "));
  for (auto &[parent, names] : byParent)
    if (names.size() > 1)
      problems.push_back("conflicting migrations made from the same parent `" +
                         (parent.empty() ? std::string("(none)") : parent) + "` (branches "
                         "merged?): " + join(names, ", ") + "; move one after the other and "
                         "regenerate it");
  for (size_t i = 1; i < folder->migrations.size(); ++i) {
    const LocalMigration &m = folder->migrations[i];
    if (m.parent && !m.parent->empty() && *m.parent != folder->migrations[i - 1].name &&
        byParent[*m.parent].size() == 1)
      problems.push_back(m.name + " was made after `" + *m.parent + "`, but follows `" +
                         folder->migrations[i - 1].name + "` in the folder; regenerate it");
  }
  for (const std::string &problem : problems)
    WithColor::error(errs(), "schemac") << problem << "\n";
  if (problems.empty())
    outs() << folder->migrations.size() << " migrations checked: no problems\n";
  return problems.empty() ? kExitOk : kExitFound;
}

} // namespace

namespace schemac::tools {

bool migrateCommandChosen() { return bool(migrateSub); }
bool dbCommandChosen() { return bool(dbSub); }

int runMigrateCommand() {
  if (action == "new")
    return runNew();
  if (action == "deploy" && deployEnvironmentGiven()) {
    DeployInputs inputs;
    inputs.migrationsDir = migrationsDir();
    inputs.schemaPath = defaultSchemaPath();
    inputs.dryRun = dryRun;
    if (!toName.empty())
      inputs.to = toName.getValue();
    return runDeployCommand(inputs);
  }
  if (action == "log")
    return runDeployLog();
  if (action == "apply" || action == "deploy")
    return runApply();
  if (action == "status")
    return runStatus();
  if (action == "rollback")
    return runRollback();
  if (action == "resolve")
    return runResolve();
  if (action == "drift")
    return runDrift();
  if (action == "check")
    return runCheck();
  if (action == "rebase")
    return runRebase();
  return toolError("unknown migrate command `" + action + "`; expected one of new, apply, "
                   "deploy, status, rollback, resolve, drift, check, rebase, log");
}

int runDbCommand() {
  EmbeddedServer server = EmbeddedServer::forProject(project());
  if (dbAction == "start") {
    if (Error error = server.start(errs()))
      return report(std::move(error));
    outs() << "embedded PostgreSQL running in " << server.root << "\n";
    return kExitOk;
  }
  if (dbAction == "stop") {
    if (Error error = server.stop())
      return report(std::move(error));
    return kExitOk;
  }
  if (dbAction == "url") {
    outs() << server.url() << "\n";
    return kExitOk;
  }
  return toolError("unknown db command `" + dbAction + "`; expected start, stop or url");
}

} // namespace schemac::tools
