//===- tools/schemac/DeployCommand.cpp - deploys, logs, backups -----------===//
#include "DeployCommand.h"
#include "Compile.h"
#include "ExitCodes.h"
#include "DocCommand.h"

#include "backends/postgres/PostgresConnection.h"
#include "analyze/Analyze.h"
#include "deploy/Backup.h"
#include "deploy/Deploy.h"
#include "migrate/EmbeddedServer.h"
#include "passes/lint/Rules.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/LineIterator.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/WithColor.h"

#include <iostream>
#include <set>

using namespace llvm;
using namespace schemac;
using namespace schemac::tools::exitcodes;
using namespace schemac::deploy;

namespace {


cl::SubCommand &migrateSub = schemac::tools::migrateSubCommand();
cl::opt<std::string> env("env", cl::desc("deploy, log: the environment of the configuration"),
                         cl::value_desc("name"), cl::sub(migrateSub));
cl::opt<bool> yes("yes", cl::desc("deploy: approve without asking"), cl::sub(migrateSub));
cl::opt<std::string> rollbackMode("rollback", cl::desc("deploy: how to undo a failed deploy "
                                                       "(down, restore, none; default: down, "
                                                       "or restore when rows were lost)"),
                                  cl::value_desc("mode"), cl::sub(migrateSub));
cl::opt<bool> skipPromotion("skip-promotion-check",
                            cl::desc("deploy: do not require the previous environment to have "
                                     "applied the migrations (needs --reason)"),
                            cl::sub(migrateSub));
cl::opt<std::string> reason("reason", cl::desc("Why the promotion check is skipped (logged)"),
                            cl::sub(migrateSub));
cl::opt<std::string> config("config", cl::desc("The configuration file (default: .schemac.yaml, "
                                               "searched upwards)"),
                            cl::value_desc("path"), cl::sub(migrateSub));
cl::opt<std::string> outputFormat("format", cl::desc("text or json"), cl::init("text"),
                            cl::sub(migrateSub));
cl::opt<bool> analyzeAfter("analyze", cl::desc("deploy: analyze the database before and after, and "
                                               "report what the deploy changed (regressions, "
                                               "new findings)"),
                           cl::sub(migrateSub));
cl::opt<std::string> testDeleteRow("test-delete-row-from", cl::Hidden, cl::sub(migrateSub));

cl::SubCommand backupSub("backup", "Backups of an environment's database: create, list, "
                                   "restore, prune (pg_dump -Fc with a manifest)");
cl::opt<std::string> backupAction(cl::Positional, cl::desc("<create|list|restore|prune>"),
                                  cl::Required, cl::sub(backupSub));
cl::opt<std::string> backupEnv("env", cl::desc("The environment"), cl::value_desc("name"),
                               cl::Required, cl::sub(backupSub));
cl::opt<std::string> backupFile("file", cl::desc("restore: the dump (default: the newest)"),
                                cl::value_desc("path"), cl::sub(backupSub));
cl::opt<std::string> backupToUrl("to-url", cl::desc("restore: into this database instead "
                                                    "(default: the environment's)"),
                                 cl::value_desc("url"), cl::sub(backupSub));
cl::opt<std::string> backupConfig("config", cl::desc("The configuration file"),
                                  cl::value_desc("path"), cl::sub(backupSub));
cl::opt<std::string> backupFormat("format", cl::desc("text or json"), cl::init("text"),
                                  cl::sub(backupSub));

int toolError(const Twine &message) {
  WithColor::error(errs(), "schemac") << message << "\n";
  return kExitCannotRun;
}

/// The configuration with its `database:` section; errors print file:line:col.
std::optional<DeployConfig> loadConfig(StringRef explicitPath) {
  std::string path = !explicitPath.empty() ? explicitPath.str() : passes::findConfigFile(".");
  if (path.empty()) {
    toolError("no configuration file: deploys read environments from .schemac.yaml "
              "(`database:` section), searched from the current folder upwards");
    return std::nullopt;
  }
  Expected<DeployConfig> loaded = readDeployConfig(path);
  if (!loaded) {
    errs() << toString(loaded.takeError()) << "\n";
    return std::nullopt;
  }
  return std::move(*loaded);
}

Expected<std::unique_ptr<backends::postgres::Connection>> connect(StringRef url) {
  Expected<backends::postgres::ConnectionTarget> target = backends::postgres::parseConnectionTarget(url);
  if (!target)
    return target.takeError();
  return backends::postgres::Connection::open(*target);
}

} // namespace

namespace schemac::tools {

bool deployEnvironmentGiven() { return !env.empty(); }
bool migrateFormatIsJson() { return outputFormat == "json"; }

int runDeployCommand(const DeployInputs &inputs) {
  std::optional<DeployConfig> cfg = loadConfig(config);
  if (!cfg)
    return kExitCannotRun;
  const Environment *environment = cfg->find(env);
  if (!environment) {
    std::string names;
    for (const Environment &e : cfg->environments)
      names += (names.empty() ? "" : ", ") + e.name;
    return toolError("no environment `" + env + "` in " + cfg->path +
                     (names.empty() ? " (it has no database.migration.environments)" : "; it has " + names));
  }
  if (skipPromotion && reason.empty())
    return toolError("--skip-promotion-check needs --reason TEXT (it is logged)");
  DeployOptions options;
  options.config = &*cfg;
  options.environment = environment;
  options.migrationsDir = !cfg->migrationsFolder.empty() && inputs.migrationsDir.empty()
                              ? cfg->migrationsFolder : inputs.migrationsDir;
  options.dryRun = inputs.dryRun;
  options.yes = yes;
  options.to = inputs.to;
  options.skipPromotionCheck = skipPromotion;
  options.reason = reason;
  options.testDeleteRowFrom = testDeleteRow;
  if (!rollbackMode.empty()) {
    if (rollbackMode == "down")
      options.rollback = RollbackMode::Down;
    else if (rollbackMode == "restore")
      options.rollback = RollbackMode::Restore;
    else if (rollbackMode == "none")
      options.rollback = RollbackMode::None;
    else
      return toolError("--rollback: expected down, restore or none");
  }
  std::string schemaPath = !cfg->schemaPath.empty() ? cfg->schemaPath : inputs.schemaPath;
  options.checkSchema = [&]() -> Error {
    SourceMgr sourceMgr;
    DiagnosticEngine diags(sourceMgr);
    std::vector<std::string> readFiles;
    PhaseTimer timer;
    std::optional<ir::Schema> schema = loadSchemaIR(schemaPath, diags, readFiles, timer);
    if (schema)
      return Error::success();
    std::string text;
    raw_string_ostream os(text);
    diags.printText(os);
    return createStringError(inconvertibleErrorCode(), "the schema does not compile:\n" + os.str());
  };
  options.writeDocs = [&](StringRef folder, StringRef changelog, StringRef from, StringRef to) -> Error {
    DocCommandOptions doc;
    doc.path = schemaPath;
    doc.output = folder.str();
    doc.format = DocFormat::Markdown;
    if (runDoc(doc) != 0)
      return createStringError(inconvertibleErrorCode(), "the documentation could not be written");
    if (changelog.empty())
      return Error::success();
    sys::fs::create_directories(sys::path::parent_path(changelog));
    DocCommandOptions log;
    log.from = from.empty() ? std::string() : from.str();
    log.to = to.str();
    log.output = changelog.str();
    log.format = DocFormat::Markdown;
    if (log.from.empty()) { // the first migrations: a changelog from an empty schema
      SmallString<128> empty;
      if (std::error_code ec = sys::fs::createTemporaryFile("schemac-empty", "sir", empty))
        return createStringError(ec, "cannot write the changelog");
      {
        std::error_code e;
        raw_fd_ostream os(empty, e);
        os << "schemac.ir 1\ndefault_namespace \"public\"\n";
      }
      log.from = empty.str().str();
      int status = runDoc(log);
      sys::fs::remove(empty);
      return status == 0 ? Error::success()
                         : createStringError(inconvertibleErrorCode(), "the changelog could not be written");
    }
    return runDoc(log) == 0 ? Error::success()
                            : createStringError(inconvertibleErrorCode(), "the changelog could not be written");
  };
  options.confirm = [](StringRef summary) {
    if (!sys::Process::StandardInIsUserInput())
      return false;
    errs() << summary << "\nApply these migrations? [y/N] ";
    std::string answer;
    std::getline(std::cin, answer);
    return answer == "y" || answer == "Y" || answer == "yes";
  };
  // --analyze: a baseline before, the comparison after (statement regressions, new
  // findings), written beside the documentation when there is a docs folder.
  std::optional<analyze::Report> baseline;
  auto analyzeUrl = [&]() -> Expected<std::unique_ptr<backends::postgres::Connection>> {
    Expected<std::string> u = environmentUrl(*environment);
    if (!u)
      return u.takeError();
    return connect(*u);
  };
  if (analyzeAfter && !inputs.dryRun) {
    Expected<std::unique_ptr<backends::postgres::Connection>> c = analyzeUrl();
    if (!c)
      return toolError(toString(c.takeError()));
    analyze::AnalyzeOptions before;
    before.checkMissingIndexes = false;
    Expected<analyze::Report> r = analyze::analyzeDatabase(**c, before);
    if (!r)
      return toolError(toString(r.takeError()));
    baseline = std::move(*r);
  }
  Expected<DeployReport> report = runDeploy(options, errs());
  if (!report)
    return toolError(toString(report.takeError()));
  if (baseline && report->ok) {
    Expected<std::unique_ptr<backends::postgres::Connection>> c = analyzeUrl();
    if (!c)
      return toolError(toString(c.takeError()));
    analyze::AnalyzeOptions after;
    after.baseline = &baseline->snapshot.data;
    Expected<analyze::Report> r = analyze::analyzeDatabase(**c, after);
    if (!r)
      return toolError(toString(r.takeError()));
    std::set<std::string> known;
    for (const analyze::Finding &f : baseline->findings)
      known.insert(f.kind + " " + f.object);
    errs() << "  analysis after the deploy:\n";
    int fresh = 0;
    for (const analyze::Finding &f : r->findings)
      if (!known.count(f.kind + " " + f.object)) {
        errs() << "    " << f.severity << ": " << f.kind << ": " << f.object << ": " << f.evidence << "\n";
        ++fresh;
      }
    if (!fresh)
      errs() << "    no new finding\n";
    if (!cfg->docsFolder.empty()) {
      SmallString<256> path(cfg->folder);
      sys::path::append(path, cfg->docsFolder, "analysis", env + "-" + report->id + ".md");
      sys::fs::create_directories(sys::path::parent_path(path));
      std::error_code ec;
      raw_fd_ostream os(path, ec);
      if (!ec)
        analyze::printReport(*r, analyze::ReportFormat::Markdown, os);
    }
  }
  if (outputFormat == "json") {
    json::Array steps;
    for (const DeployStep &s : report->steps)
      steps.push_back(json::Object{{"step", s.name}, {"ok", s.ok}, {"ms", int64_t(s.ms)}});
    json::Array applied;
    for (const std::string &a : report->applied)
      applied.push_back(a);
    outs() << formatv("{0:2}", json::Value(json::Object{{"deploy", report->id}, {"ok", report->ok},
                                                         {"failure", report->failure},
                                                         {"applied", std::move(applied)},
                                                         {"steps", std::move(steps)}}))
           << "\n";
  } else {
    double total = 0;
    for (const DeployStep &s : report->steps)
      total += s.ms;
    outs() << (report->ok ? "deployed" : "deploy failed") << " (" << env << ", " << report->id
           << formatv(", {0:f0} ms)", total) << (report->ok ? "" : ": " + report->failure) << "\n";
  }
  return report->ok ? kExitOk : kExitFailed;
}

int runDeployLog() {
  if (env.empty())
    return toolError("log needs --env NAME");
  std::optional<DeployConfig> cfg = loadConfig(config);
  if (!cfg)
    return kExitCannotRun;
  ErrorOr<std::unique_ptr<MemoryBuffer>> buffer = MemoryBuffer::getFile(logPath(*cfg, env));
  if (!buffer) {
    outs() << "no deploys logged for " << env << "\n";
    return kExitOk;
  }
  if (outputFormat == "json") {
    outs() << (*buffer)->getBuffer();
    return kExitOk;
  }
  outs() << formatv("{0,-20} {1,-26} {2,-10} {3,6} {4,10}  {5}\n", "time", "deploy", "step", "ok", "ms", "detail");
  for (line_iterator it(**buffer); !it.is_at_eof(); ++it) {
    Expected<json::Value> value = json::parse(*it);
    if (!value) {
      consumeError(value.takeError());
      continue;
    }
    const json::Object *o = value->getAsObject();
    if (!o)
      continue;
    std::time_t t = std::time_t(o->getInteger("time").value_or(0));
    std::tm tm;
    gmtime_r(&t, &tm);
    char when[32];
    std::strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S", &tm);
    std::string detail;
    if (std::optional<StringRef> e = o->getString("error"))
      detail = e->split('\n').first.str();
    else if (std::optional<StringRef> f = o->getString("file"))
      detail = f->str();
    else if (const json::Array *a = o->getArray("applied")) {
      for (const json::Value &v : *a)
        detail += (detail.empty() ? "" : ", ") + v.getAsString().value_or("").str();
    } else if (std::optional<StringRef> r = o->getString("reason"))
      detail = "skipped: " + r->str();
    outs() << formatv("{0,-20} {1,-26} {2,-10} {3,6} {4,10}  {5}\n", when,
                      o->getString("deploy").value_or(""), o->getString("step").value_or(""),
                      o->getBoolean("ok").value_or(false) ? "yes" : "NO",
                      o->getInteger("ms").value_or(0), detail);
  }
  return kExitOk;
}

bool backupCommandChosen() { return bool(backupSub); }

int runBackupCommand() {
  std::optional<DeployConfig> cfg = loadConfig(backupConfig);
  if (!cfg)
    return kExitCannotRun;
  const Environment *environment = cfg->find(backupEnv);
  if (!environment)
    return toolError("no environment `" + backupEnv + "` in " + cfg->path);
  std::string folder = backupFolder(*cfg, *environment);
  auto log = [&](StringRef step, bool ok, json::Object details) {
    details["deploy"] = "backup";
    details["environment"] = environment->name;
    details["step"] = ("backup-" + step).str();
    details["ok"] = ok;
    details["time"] = int64_t(nowEpoch());
    appendLog(*cfg, environment->name, std::move(details));
  };
  if (backupAction == "list" || backupAction == "prune") {
    if (backupAction == "prune") {
      Expected<std::vector<std::string>> removed = pruneBackups(folder, environment->retentionDays, nowEpoch());
      if (!removed)
        return toolError(toString(removed.takeError()));
      if (backupFormat == "json") {
        json::Array files;
        for (const std::string &f : *removed)
          files.push_back(f);
        outs() << formatv("{0:2}", json::Value(json::Object{{"removed", std::move(files)}})) << "\n";
      } else {
        for (const std::string &f : *removed)
          outs() << "removed " << f << "\n";
      }
      log("prune", true, json::Object{{"removed", int64_t(removed->size())}});
      return kExitOk;
    }
    Expected<std::vector<BackupManifest>> list = listBackups(folder);
    if (!list)
      return toolError(toString(list.takeError()));
    if (backupFormat == "json") {
      json::Array out;
      for (const BackupManifest &m : *list) {
        json::Object rows;
        for (auto &[t, n] : m.rows)
          rows[t] = n;
        out.push_back(json::Object{{"file", m.file}, {"createdAt", m.createdAt}, {"bytes", m.bytes},
                                   {"lastMigration", m.lastMigration}, {"sha256", m.sha256},
                                   {"serverVersion", m.serverVersion}, {"rows", std::move(rows)}});
      }
      outs() << formatv("{0:2}", json::Value(std::move(out))) << "\n";
      return kExitOk;
    }
    for (const BackupManifest &m : *list)
      outs() << formatv("{0}  {1,10} bytes  after {2}  {3}\n", m.createdAt, m.bytes,
                        m.lastMigration.empty() ? "(no migration)" : m.lastMigration, m.file);
    return kExitOk;
  }
  Expected<std::string> url = environmentUrl(*environment);
  if (!url)
    return toolError(toString(url.takeError()));
  if (backupAction == "create") {
    Expected<std::unique_ptr<backends::postgres::Connection>> c = connect(*url);
    if (!c)
      return toolError(toString(c.takeError()));
    Expected<BackupManifest> m = createBackup(**c, folder, environment->name, "");
    if (!m)
      return toolError(toString(m.takeError()));
    if (backupFormat == "json")
      outs() << formatv("{0:2}", json::Value(json::Object{{"file", m->file}, {"bytes", m->bytes},
                                                           {"sha256", m->sha256},
                                                           {"tables", int64_t(m->rows.size())}}))
             << "\n";
    else
      outs() << "backup " << m->file << " (" << m->bytes << " bytes, " << m->rows.size() << " tables)\n";
    log("create", true, json::Object{{"file", m->file}, {"bytes", m->bytes}});
    return kExitOk;
  }
  if (backupAction == "restore") {
    Expected<std::vector<BackupManifest>> list = listBackups(folder);
    if (!list)
      return toolError(toString(list.takeError()));
    const BackupManifest *chosen = nullptr;
    for (const BackupManifest &m : *list)
      if (backupFile.empty() || m.file == backupFile || sys::path::filename(m.file) == backupFile)
        chosen = &m;
    if (!chosen)
      return toolError(backupFile.empty() ? "no backups of " + environment->name + " in " + folder
                                          : "no backup `" + backupFile + "` with a manifest in " + folder);
    Expected<std::unique_ptr<backends::postgres::Connection>> c =
        connect(backupToUrl.empty() ? *url : backupToUrl.getValue());
    if (!c)
      return toolError(toString(c.takeError()));
    if (Error error = restoreBackup(*chosen, **c)) {
      log("restore", false, json::Object{{"file", chosen->file}, {"error", toString(std::move(error))}});
      WithColor::error(errs(), "schemac") << "restore failed; " << cfg->path << "'s log has the details\n";
      return kExitFailed;
    }
    if (backupFormat == "json")
      outs() << formatv("{0:2}", json::Value(json::Object{{"restored", chosen->file}, {"rowCountsMatch", true}}))
             << "\n";
    else
      outs() << "restored " << chosen->file << " (row counts match the manifest)\n";
    log("restore", true, json::Object{{"file", chosen->file}});
    return kExitOk;
  }
  return toolError("unknown backup command `" + backupAction + "`; expected create, list, restore or prune");
}

} // namespace schemac::tools
