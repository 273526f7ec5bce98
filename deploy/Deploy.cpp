//===- deploy/Deploy.cpp - The safe migration process ---------------------===//
#include "deploy/Deploy.h"
#include "deploy/Backup.h"

#include "backends/postgres/PostgresDataFacts.h"
#include "backends/postgres/PostgresIntrospection.h"
#include "backends/postgres/PostgresMigration.h"
#include "migrate/History.h"
#include "migrate/Runtime.h"
#include "passes/diff/Differ.h"
#include "passes/lint/Lint.h"
#include "passes/lint/Rules.h"

#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"

#include <chrono>
#include <ctime>
#include <set>

using namespace llvm;
using schemac::backends::postgres::Connection;
using schemac::backends::postgres::QueryResult;

namespace schemac::deploy {

namespace {

Error errorf(const Twine &message) { return createStringError(inconvertibleErrorCode(), message); }

std::string resolve(const DeployConfig &config, StringRef path) {
  if (path.empty() || sys::path::is_absolute(path) || config.folder.empty())
    return path.str();
  SmallString<256> out(config.folder);
  sys::path::append(out, path);
  return out.str().str();
}

Expected<std::unique_ptr<Connection>> connect(StringRef url) {
  Expected<backends::postgres::ConnectionTarget> target = backends::postgres::parseConnectionTarget(url);
  if (!target)
    return target.takeError();
  return Connection::open(*target);
}

Expected<std::vector<migrate::HistoryRow>> historyOf(Connection &connection) {
  return migrate::readHistoryIfAny(connection);
}

class Steps {
public:
  Steps(const DeployConfig &config, const Environment &env, DeployReport &report, raw_ostream &progress)
      : config(config), env(env), report(report), progress(progress) {}

  /// Runs one step, times it, logs it.
  bool run(StringRef name, function_ref<Error(json::Object &)> body) {
    auto start = std::chrono::steady_clock::now();
    DeployStep step;
    step.name = name.str();
    progress << "  " << name << " ... ";
    progress.flush();
    Error error = body(step.details);
    step.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (error) {
      step.ok = false;
      std::string message = toString(std::move(error));
      step.details["error"] = message;
      if (report.failure.empty())
        report.failure = name.str() + ": " + message;
      progress << "failed (" << formatv("{0:f0}", step.ms) << " ms)\n    " << message << "\n";
    } else {
      progress << "ok (" << formatv("{0:f0}", step.ms) << " ms)\n";
    }
    json::Object line{{"deploy", report.id}, {"environment", env.name}, {"step", step.name},
                      {"ok", step.ok}, {"ms", int64_t(step.ms)},
                      {"time", int64_t(nowEpoch())}};
    for (auto &[k, v] : step.details)
      line[k] = v;
    appendLog(config, env.name, std::move(line));
    bool ok = step.ok;
    report.steps.push_back(std::move(step));
    return ok;
  }

private:
  const DeployConfig &config;
  const Environment &env;
  DeployReport &report;
  raw_ostream &progress;
};

/// The tables a range of migrations creates, drops and renames (previous -> next name).
struct TableChanges {
  std::set<std::string> created, dropped, touched; ///< touched: created, altered, indexed
  std::map<std::string, std::string> renamed;
};

TableChanges tableChanges(const ir::Schema &before, const ir::Schema &after) {
  TableChanges out;
  ir::MigrationPlan plan = passes::diffSchemas(std::make_shared<ir::Schema>(before),
                                               std::make_shared<ir::Schema>(after),
                                               passes::DiffOptions{true, {}}, nullptr);
  auto name = [](const ir::Schema &s, const ir::Table &t) {
    return (t.schema.empty() ? s.defaultNamespace : t.schema) + "." + t.name;
  };
  for (const ir::Step &step : plan.steps) {
    if ((step.kind == ir::StepKind::AlterTable || step.kind == ir::StepKind::CreateIndex) && step.next >= 0)
      out.touched.insert(name(*plan.next, plan.next->tables[step.next]));
    if (step.kind == ir::StepKind::CreateTable)
      out.touched.insert(name(*plan.next, plan.next->tables[step.next]));
    if (step.kind == ir::StepKind::CreateTable)
      out.created.insert(name(*plan.next, plan.next->tables[step.next]));
    else if (step.kind == ir::StepKind::DropTable)
      out.dropped.insert(name(*plan.renamed, plan.renamed->tables[step.previous]));
    else if (step.kind == ir::StepKind::RenameTable)
      out.renamed[name(*plan.previous, plan.previous->tables[step.previous])] =
          name(*plan.next, plan.next->tables[step.next]);
  }
  return out;
}

/// `"public"."User"` (countRows' keys) -> `public.User`.
std::string plainName(StringRef quoted) {
  std::string out;
  for (char c : quoted)
    if (c != '"')
      out += c;
  return out;
}

} // namespace

Expected<std::string> environmentUrl(const Environment &environment) {
  if (environment.urlVariable.empty())
    return errorf("environment `" + environment.name + "` has no `url: env(VARIABLE)` in the "
                  "configuration");
  std::optional<std::string> url = sys::Process::GetEnv(environment.urlVariable);
  if (!url || url->empty())
    return errorf("$" + environment.urlVariable + " (the URL of environment `" + environment.name +
                  "`) is not set");
  return *url;
}

std::string backupFolder(const DeployConfig &config, const Environment &environment) {
  return resolve(config, environment.backupFolder.empty() ? ".schemac/backups/" + environment.name
                                                          : environment.backupFolder);
}

std::string logPath(const DeployConfig &config, StringRef environment) {
  return resolve(config, (".schemac/logs/" + environment + ".jsonl").str());
}

void appendLog(const DeployConfig &config, StringRef environment, json::Object line) {
  std::string path = logPath(config, environment);
  sys::fs::create_directories(sys::path::parent_path(path));
  std::error_code ec;
  raw_fd_ostream os(path, ec, sys::fs::OF_Append);
  if (!ec)
    os << json::Value(std::move(line)) << "\n";
}

Error runHook(StringRef command, const json::Value &event) {
  SmallString<128> input;
  if (std::error_code ec = sys::fs::createTemporaryFile("schemac-event", "json", input))
    return errorf("cannot write the hook's event: " + ec.message());
  auto remove = make_scope_exit([&] { sys::fs::remove(input); });
  {
    std::error_code ec;
    raw_fd_ostream os(input, ec);
    os << event << "\n";
  }
  std::optional<StringRef> redirects[] = {StringRef(input), std::nullopt, std::nullopt};
  std::string message;
  int status = sys::ExecuteAndWait("/bin/sh", {"sh", "-c", command}, std::nullopt, redirects, 300, 0, &message);
  if (status != 0)
    return errorf("the hook `" + command + "` exited with " + std::to_string(status) +
                  (message.empty() ? "" : ": " + message));
  return Error::success();
}

Expected<DeployReport> runDeploy(const DeployOptions &options, raw_ostream &progress) {
  const DeployConfig &config = *options.config;
  const Environment &env = *options.environment;
  DeployReport report;
  report.id = formatv("{0}-{1}", nowEpoch(), migrate::newRowId().substr(0, 8)).str();
  Expected<std::string> url = environmentUrl(env);
  if (!url)
    return url.takeError();
  Expected<migrate::MigrationsFolder> folder = migrate::readMigrationsFolder(options.migrationsDir);
  if (!folder)
    return folder.takeError();
  Expected<std::unique_ptr<Connection>> connection = connect(*url);
  if (!connection)
    return connection.takeError();
  Connection &db = **connection;
  Steps steps(config, env, report, progress);
  progress << "deploy " << report.id << " to " << env.name << " (" << db.target().description << ")\n";

  // What is pending.
  Expected<std::vector<migrate::HistoryRow>> rows = historyOf(db);
  if (!rows)
    return rows.takeError();
  migrate::StatusReport status = migrate::computeStatus(*folder, *rows, true);
  std::vector<std::string> pending;
  for (const migrate::StatusEntry &e : status.entries) {
    if (e.state == migrate::EntryState::Failed)
      return errorf("the migration `" + e.name + "` failed earlier on " + env.name +
                    "; resolve it first (`schemac migrate resolve`)");
    if (e.state == migrate::EntryState::Pending) {
      pending.push_back(e.name);
      if (options.to && e.name == *options.to)
        break;
    }
  }
  int firstPending = pending.empty() ? -1 : folder->indexOf(pending.front());
  int lastPending = pending.empty() ? -1 : folder->indexOf(pending.back());

  auto finish = [&](bool ok) -> Expected<DeployReport> {
    report.ok = ok;
    json::Array stepList;
    for (const DeployStep &s : report.steps)
      stepList.push_back(json::Object{{"step", s.name}, {"ok", s.ok}, {"ms", int64_t(s.ms)}});
    json::Array applied;
    for (const std::string &a : report.applied)
      applied.push_back(a);
    json::Value event = json::Object{{"deploy", report.id}, {"environment", env.name},
                                     {"outcome", ok ? "success" : "failure"},
                                     {"failure", report.failure}, {"applied", std::move(applied)},
                                     {"steps", std::move(stepList)}};
    appendLog(config, env.name, json::Object{{"deploy", report.id}, {"environment", env.name},
                                             {"step", "outcome"}, {"ok", ok}, {"event", event},
                                             {"time", int64_t(nowEpoch())}});
    const std::string &hook = ok ? env.onSuccess : env.onFailure;
    if (!hook.empty() && !options.dryRun)
      if (Error error = runHook(hook, event))
        progress << "  warning: " << toString(std::move(error)) << "\n";
    return report;
  };

  // 1. Promotion order.
  if (!env.requiredBefore.empty() && !pending.empty()) {
    bool ok = steps.run("promotion", [&](json::Object &details) -> Error {
      details["requires"] = env.requiredBefore;
      if (options.skipPromotionCheck) {
        details["skipped"] = true;
        details["reason"] = options.reason;
        return Error::success();
      }
      const Environment *before = config.find(env.requiredBefore);
      Expected<std::string> beforeUrl = environmentUrl(*before);
      if (!beforeUrl)
        return beforeUrl.takeError();
      Expected<std::unique_ptr<Connection>> other = connect(*beforeUrl);
      if (!other)
        return other.takeError();
      Expected<std::vector<migrate::HistoryRow>> otherRows = historyOf(**other);
      if (!otherRows)
        return otherRows.takeError();
      std::vector<std::string> missing;
      for (const std::string &name : pending)
        if (llvm::none_of(*otherRows, [&](const migrate::HistoryRow &r) { return r.name == name && r.isApplied(); }))
          missing.push_back(name);
      if (!missing.empty())
        return errorf(env.requiredBefore + " has not applied " + join(missing, ", ") + "; deploy it there "
                      "first, or pass --skip-promotion-check --reason TEXT");
      return Error::success();
    });
    if (!ok)
      return finish(false);
  }

  // 2. Validation.
  std::vector<std::string> findings;
  if (env.validationEnabled) {
    bool ok = steps.run("validate", [&](json::Object &details) -> Error {
      if (options.checkSchema)
        if (Error error = options.checkSchema())
          return error;
      passes::RulePolicy policy;
      if (sys::fs::exists(config.path))
        if (Error error = policy.applyConfigFile(config.path))
          return error;
      std::vector<std::string> stops;
      json::Array list;
      for (const std::string &name : pending) {
        int index = folder->indexOf(name);
        if (!folder->migrations[index].snapshotPath) {
          list.push_back(name + ": no snapshot, not linted");
          if (env.strict) // what cannot be checked does not pass a strict gate
            stops.push_back(name + ": no snapshot (schema.sir), so it cannot be validated; make "
                                   "migrations with `schemac migrate new`, or set validation.strict: false");
          continue;
        }
        Expected<ir::Schema> before = migrate::schemaAfter(*folder, index, nullptr);
        Expected<ir::Schema> after = migrate::readSnapshot(*folder->migrations[index].snapshotPath);
        if (!before || !after) {
          consumeError(before.takeError());
          consumeError(after.takeError());
          list.push_back(name + ": no snapshot of its parent, not linted");
          if (env.strict)
            stops.push_back(name + ": its parent has no snapshot (schema.sir), so it cannot be "
                                   "validated; set validation.strict: false to deploy it");
          continue;
        }
        ir::MigrationPlan plan = passes::diffSchemas(std::make_shared<ir::Schema>(std::move(*before)),
                                                     std::make_shared<ir::Schema>(std::move(*after)),
                                                     passes::DiffOptions{true, {}}, nullptr);
        passes::PassManager passManager;
        passManager.addAllPasses();
        passes::LintInput input;
        input.schema = plan.next.get();
        input.plan = &plan;
        ir::DataFacts facts;
        std::set<ir::DataQuery> questions = passes::collectDataQueries(passManager, input, policy);
        if (!questions.empty()) {
          if (Error error = backends::postgres::answerDataQueries(db, questions, plan.previous->defaultNamespace, facts))
            consumeError(std::move(error));
          else
            input.data = &facts;
        }
        SourceMgr sourceMgr;
        DiagnosticEngine diags(sourceMgr);
        passes::FindingReporter reporter(diags, policy);
        passes::LintContext context{input, reporter, {}};
        passManager.run(context);
        for (const Diagnostic &d : diags.getDiagnostics()) {
          std::string text = name + ": " + d.message + (d.rule.empty() ? "" : " [" + d.rule + "]");
          list.push_back(text);
          findings.push_back(text);
          std::optional<passes::Rule> rule = passes::findRule(d.rule);
          passes::RuleGroup group = rule ? passes::ruleInfo(*rule).group : passes::RuleGroup::Schema;
          // drop-column-still-mapped (a compatibility finding) drops data as well.
          bool drops = StringRef(d.rule).startswith("drop-");
          if (d.severity == Severity::Error ||
              (env.strict && (drops || group == passes::RuleGroup::Destructive ||
                              group == passes::RuleGroup::DataDependent ||
                              group == passes::RuleGroup::Locking)))
            stops.push_back(text);
        }
      }
      details["findings"] = std::move(list);
      if (!stops.empty())
        return errorf("strict validation stops the deploy before anything runs:\n      " +
                      join(stops, "\n      "));
      return Error::success();
    });
    if (!ok)
      return finish(false);
  }

  if (pending.empty()) {
    progress << "  nothing to deploy: " << env.name << " is up to date\n";
    return finish(true);
  }
  // 3. Approval.
  if (!env.autoMigrate && !options.yes && !options.dryRun) {
    bool ok = steps.run("approve", [&](json::Object &details) -> Error {
      std::string summary = "deploy to " + env.name + ": " + join(pending, ", ");
      for (const std::string &f : findings)
        summary += "\n  finding: " + f;
      if (!options.confirm || !options.confirm(summary))
        return errorf("not approved: autoMigrate is false for " + env.name + "; confirm on a "
                      "terminal, or pass --yes");
      details["approvedBy"] = "terminal";
      return Error::success();
    });
    if (!ok)
      return finish(false);
  }
  if (options.dryRun) {
    steps.run("dry-run", [&](json::Object &details) -> Error {
      migrate::ApplyOptions applyOptions;
      applyOptions.dryRun = true;
      applyOptions.to = pending.back();
      applyOptions.timeouts.lockTimeoutMs = env.lockTimeoutMs;
      applyOptions.timeouts.statementTimeoutMs = env.statementTimeoutMs;
      Expected<migrate::ApplyReport> r = migrate::applyMigrations(db, *folder, applyOptions, progress);
      if (!r)
        return r.takeError();
      details["statements"] = int64_t(r->statements.size());
      return Error::success();
    });
    return finish(report.failure.empty());
  }

  // 4. Backup.
  std::optional<BackupManifest> backup;
  std::map<std::string, int64_t> rowsBefore;
  std::string lastApplied = migrate::lastAppliedIndex(*folder, *rows) < 0 ? "" :
      folder->migrations[migrate::lastAppliedIndex(*folder, *rows)].name;
  if (env.backupEnabled) {
    bool ok = steps.run("backup", [&](json::Object &details) -> Error {
      Expected<BackupManifest> m = createBackup(db, backupFolder(config, env), env.name, lastApplied);
      if (!m)
        return m.takeError();
      backup = *m;
      rowsBefore = m->rows;
      details["file"] = m->file;
      details["bytes"] = m->bytes;
      Expected<std::vector<std::string>> pruned = pruneBackups(backupFolder(config, env), env.retentionDays, nowEpoch());
      if (pruned)
        details["pruned"] = int64_t(pruned->size());
      else
        consumeError(pruned.takeError());
      return Error::success();
    });
    if (!ok)
      return finish(false);
  } else {
    Expected<std::map<std::string, int64_t>> counted = countRows(db);
    if (!counted)
      return counted.takeError();
    rowsBefore = std::move(*counted);
  }

  // 5. Apply, then 6. verify.
  std::string failedMigration;
  bool applied = steps.run("apply", [&](json::Object &details) -> Error {
    migrate::ApplyOptions applyOptions;
    applyOptions.to = pending.back();
    applyOptions.timeouts.lockTimeoutMs = env.lockTimeoutMs;
    applyOptions.timeouts.statementTimeoutMs = env.statementTimeoutMs;
    std::string log;
    raw_string_ostream logStream(log);
    Expected<migrate::ApplyReport> r = migrate::applyMigrations(db, *folder, applyOptions, logStream);
    // What got applied, even when a later migration failed.
    Expected<std::vector<migrate::HistoryRow>> after = historyOf(db);
    if (after) {
      for (const std::string &name : pending)
        if (llvm::any_of(*after, [&](const migrate::HistoryRow &row) { return row.name == name && row.isApplied(); }))
          report.applied.push_back(name);
    } else {
      consumeError(after.takeError());
    }
    json::Array names;
    for (const std::string &n : report.applied)
      names.push_back(n);
    details["applied"] = std::move(names);
    if (!r)
      return handleErrors(r.takeError(), [&](std::unique_ptr<migrate::MigrationFailure> f) -> Error {
        failedMigration = f->migration;
        return Error(std::move(f));
      });
    return Error::success();
  });
  if (applied && !options.testDeleteRowFrom.empty()) {
    Expected<std::unique_ptr<Connection>> other = connect(*url);
    if (other)
      consumeError((*other)->execute("DELETE FROM " + options.testDeleteRowFrom + " WHERE ctid = (SELECT ctid FROM " +
                                     options.testDeleteRowFrom + " LIMIT 1)"));
    else
      consumeError(other.takeError());
  }
  bool dataLost = false;
  bool verified = applied && steps.run("verify", [&](json::Object &details) -> Error {
    std::vector<std::string> problems;
    Expected<std::vector<migrate::HistoryRow>> after = historyOf(db);
    if (!after)
      return after.takeError();
    int last = migrate::lastAppliedIndex(*folder, *after);
    if (last >= 0 && folder->migrations[last].snapshotPath) {
      Expected<ir::Schema> expected = migrate::readSnapshot(*folder->migrations[last].snapshotPath);
      if (!expected)
        return expected.takeError();
      Expected<ir::MigrationPlan> drift = migrate::driftFrom(db, std::move(*expected));
      if (!drift)
        return drift.takeError();
      if (!drift->empty())
        problems.push_back("the database differs from the schema after `" + folder->migrations[last].name +
                           "`:\n" + backends::postgres::migrationSummary(*drift));
    }
    TableChanges changes;
    if (firstPending >= 0) {
      Expected<ir::Schema> before = migrate::schemaAfter(*folder, firstPending, nullptr);
      Expected<ir::Schema> afterSchema = migrate::schemaAfter(*folder, lastPending + 1, nullptr);
      if (before && afterSchema)
        changes = tableChanges(*before, *afterSchema);
      else {
        consumeError(before.takeError());
        consumeError(afterSchema.takeError());
      }
    }
    Expected<std::map<std::string, int64_t>> rowsAfter = countRows(db);
    if (!rowsAfter)
      return rowsAfter.takeError();
    std::map<std::string, int64_t> plainAfter;
    for (auto &[t, n] : *rowsAfter)
      plainAfter[plainName(t)] = n;
    for (auto &[table, n] : rowsBefore) {
      std::string name = plainName(table);
      if (name.find("_prisma_migrations") != std::string::npos || changes.dropped.count(name))
        continue;
      std::string now = changes.renamed.count(name) ? changes.renamed[name] : name;
      auto it = plainAfter.find(now);
      int64_t count = it == plainAfter.end() ? -1 : it->second;
      if (count != n) {
        problems.push_back(formatv("{0} had {1} rows before the deploy and has {2}", now, n, count).str());
        dataLost = true;
      }
    }
    Expected<QueryResult> invalid = db.query(
        "SELECT i.indexrelid::regclass::text FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT i.indisvalid AND n.nspname = ANY ($1::text[]) "
        "UNION ALL SELECT conname || ' (NOT VALID)' FROM pg_constraint k JOIN pg_namespace n ON "
        "n.oid = k.connamespace WHERE NOT k.convalidated AND n.nspname = ANY ($1::text[])",
        {backends::postgres::textArrayLiteral(db.target().schemas)});
    if (!invalid)
      return invalid.takeError();
    for (int r = 0; r < invalid->rows(); ++r)
      problems.push_back("invalid index or constraint left: " + invalid->get(r, 0).str());
    details["tablesChecked"] = int64_t(rowsBefore.size());
    if (!problems.empty())
      return errorf("integrity check failed:\n      " + join(problems, "\n      "));
    // Fresh statistics for what the deploy changed, so that plans do not run on stale ones.
    json::Array analyzed;
    for (const std::string &table : changes.touched) {
      auto [ns, name] = StringRef(table).split('.');
      auto quote = [](StringRef id) {
        std::string out = "\"";
        for (char c : id)
          out += c == '"' ? std::string("\"\"") : std::string(1, c);
        return out + "\"";
      };
      std::string quoted = quote(ns) + "." + quote(name);
      if (Error error = db.execute("ANALYZE " + quoted))
        consumeError(std::move(error));
      else
        analyzed.push_back(table);
    }
    details["analyzed"] = std::move(analyzed);
    return Error::success();
  });
  if (applied && verified) {
    std::string docs = config.docsFolder.empty() ? "" : resolve(config, config.docsFolder);
    if (!docs.empty() && options.writeDocs)
      steps.run("docs", [&](json::Object &details) -> Error {
        details["folder"] = docs;
        // The changelog of this deploy: from the schema before its first migration to the
        // schema after its last (snapshots), one file per deploy.
        std::string from, to;
        if (firstPending > 0 && folder->migrations[firstPending - 1].snapshotPath)
          from = *folder->migrations[firstPending - 1].snapshotPath;
        if (lastPending >= 0 && folder->migrations[lastPending].snapshotPath)
          to = *folder->migrations[lastPending].snapshotPath;
        std::string changelog;
        if (!to.empty()) {
          SmallString<256> path(docs);
          sys::path::append(path, "changelog", env.name + "-" + report.id + ".md");
          changelog = path.str().str();
          details["changelog"] = changelog;
        }
        return options.writeDocs(docs, changelog, from, to);
      });
    return finish(true);
  }

  // 7. Automated rollback.
  RollbackMode mode = options.rollback.value_or(env.rollback);
  if (mode == RollbackMode::Auto)
    mode = dataLost && backup ? RollbackMode::Restore : RollbackMode::Down;
  if (mode == RollbackMode::None) {
    progress << "  rollback: none (--rollback=none)\n";
    return finish(false);
  }
  steps.run("rollback", [&](json::Object &details) -> Error {
    details["mode"] = mode == RollbackMode::Down ? "down" : "restore";
    // The failed migration left nothing behind (its transaction was rolled back): record
    // it as rolled back, so that the next deploy can run it again once it is fixed.
    if (!failedMigration.empty()) {
      migrate::Timeouts timeouts;
      if (Error error = migrate::resolveMigration(db, *folder, failedMigration,
                                                  migrate::ResolveAs::RolledBack, timeouts))
        return error;
      details["resolved"] = failedMigration;
    }
    if (mode == RollbackMode::Down && !report.applied.empty()) {
      migrate::RollbackOptions rollbackOptions;
      rollbackOptions.steps = int(report.applied.size());
      rollbackOptions.acceptDataLoss = true; // the data is this deploy's own
      std::string log;
      raw_string_ostream logStream(log);
      Expected<migrate::RollbackReport> r = migrate::rollbackMigrations(db, *folder, rollbackOptions, logStream);
      if (!r) {
        if (!backup)
          return r.takeError();
        consumeError(r.takeError());
        mode = RollbackMode::Restore;
      }
    }
    if (mode == RollbackMode::Down) {
      // Down brings the schema back; when rows are missing it cannot, and the backup can.
      Expected<std::map<std::string, int64_t>> now = countRows(db);
      if (!now)
        return now.takeError();
      bool same = true;
      for (auto &[t, n] : rowsBefore)
        if (t.find("_prisma_migrations") == std::string::npos && (!now->count(t) || now->at(t) != n))
          same = false;
      if (same)
        return Error::success();
      if (!backup)
        return errorf("down restored the schema but not the rows, and there is no backup");
      details["fallback"] = "restore";
    }
    if (!backup)
      return errorf("no backup to restore (backup.enabled is false for " + env.name + ")");
    details["backup"] = backup->file;
    return restoreBackup(*backup, db);
  });
  return finish(false);
}

} // namespace schemac::deploy
