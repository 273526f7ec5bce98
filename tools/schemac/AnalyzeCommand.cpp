//===- tools/schemac/AnalyzeCommand.cpp - `schemac analyze`, `schemac monitor` ===//
#include "AnalyzeCommand.h"
#include "ExitCodes.h"
#include "OutputFile.h"

#include "analyze/Analyze.h"
#include "backends/postgres/PostgresConnection.h"
#include "backends/postgres/PostgresIntrospection.h"
#include "backends/postgres/PostgresMigration.h"
#include "deploy/Backup.h"
#include "deploy/Deploy.h"
#include "migrate/Runtime.h"
#include "passes/diff/Differ.h"
#include "passes/lint/Rules.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/WithColor.h"

#include <chrono>
#include <thread>

using namespace llvm;
using namespace schemac;
using namespace schemac::tools::exitcodes;

namespace {


cl::SubCommand analyzeSub("analyze", "Report index usage, sizes, health, query performance and "
                                     "drift of a live database");
cl::SubCommand monitorSub("monitor", "Run the analysis on a schedule and alert (onAlert) when a "
                                     "threshold is crossed");
cl::opt<std::string> url("url", cl::desc("The database (default: $DATABASE_URL)"), cl::value_desc("url"),
                         cl::sub(analyzeSub));
cl::opt<std::string> env("env", cl::desc("An environment of the configuration"), cl::value_desc("name"),
                         cl::sub(analyzeSub), cl::sub(monitorSub));
cl::opt<std::string> config("config", cl::desc("The configuration file"), cl::value_desc("path"),
                            cl::sub(analyzeSub), cl::sub(monitorSub));
cl::opt<std::string> format("format", cl::desc("text, json, markdown or html"), cl::init("text"),
                            cl::sub(analyzeSub));
cl::opt<std::string> output("o", cl::desc("Write the report to this file"), cl::value_desc("file"),
                            cl::sub(analyzeSub));
cl::opt<std::string> baseline("baseline", cl::desc("A JSON report taken before (compare with it)"),
                              cl::value_desc("file"), cl::sub(analyzeSub));
cl::opt<std::string> load("load", cl::desc("Run this pgbench workload and report TPS and latency"),
                          cl::value_desc("file.sql"), cl::sub(analyzeSub));
cl::opt<std::string> duration("duration", cl::desc("How long the load test runs (default 30s)"),
                              cl::init("30s"), cl::sub(analyzeSub));
cl::opt<std::string> dir("dir", cl::desc("The migrations folder, for the drift section"),
                         cl::value_desc("path"), cl::sub(analyzeSub), cl::sub(monitorSub));
cl::opt<bool> exitCode("exit-code", cl::desc("Exit 3 when a finding is an error"), cl::sub(analyzeSub));
cl::opt<bool> once("once", cl::desc("Check once and exit (for cron)"), cl::sub(monitorSub));
cl::opt<std::string> interval("interval", cl::desc("Time between checks (default 60s)"), cl::init("60s"),
                              cl::sub(monitorSub));

int toolError(const Twine &message) {
  WithColor::error(errs(), "schemac") << message << "\n";
  return kExitCannotRun;
}

std::optional<deploy::DeployConfig> loadConfig(bool required) {
  std::string path = !config.empty() ? config.getValue() : passes::findConfigFile(".");
  if (path.empty()) {
    if (required)
      toolError("no configuration file (.schemac.yaml) with a `database:` section");
    return required ? std::nullopt : std::optional<deploy::DeployConfig>(deploy::DeployConfig());
  }
  Expected<deploy::DeployConfig> loaded = deploy::readDeployConfig(path);
  if (!loaded) {
    errs() << toString(loaded.takeError()) << "\n";
    return std::nullopt;
  }
  return std::move(*loaded);
}

Expected<std::unique_ptr<backends::postgres::Connection>> connect(StringRef text) {
  Expected<backends::postgres::ConnectionTarget> target = backends::postgres::parseConnectionTarget(text);
  if (!target)
    return target.takeError();
  // A locked table gives an error instead of a wait; the statistics queries of a big
  // database may take minutes (no read-only session: HypoPG's hypothetical indexes and
  // the load test need writes of their own).
  return backends::postgres::Connection::open(*target, {/*statementTimeoutMs=*/300000,
                                                        /*lockTimeoutMs=*/10000});
}

/// The drift of the database against the migrations folder, as (summary, fix SQL).
Expected<std::optional<std::pair<std::string, std::string>>> driftOf(backends::postgres::Connection &c,
                                                                     StringRef folderPath) {
  Expected<migrate::MigrationsFolder> folder = migrate::readMigrationsFolder(folderPath);
  if (!folder)
    return folder.takeError();
  Expected<std::vector<migrate::HistoryRow>> rows = migrate::readHistoryIfAny(c);
  if (!rows)
    return rows.takeError();
  int last = migrate::lastAppliedIndex(*folder, *rows);
  Expected<ir::Schema> expected = migrate::schemaAfter(*folder, last + 1, nullptr);
  if (!expected)
    return expected.takeError();
  Expected<ir::MigrationPlan> plan = migrate::driftFrom(c, std::move(*expected));
  if (!plan)
    return plan.takeError();
  if (plan->empty())
    return std::nullopt;
  return std::make_pair(backends::postgres::migrationSummary(*plan), backends::postgres::migrationScript(*plan));
}

int runAnalyze() {
  std::string target = url;
  std::optional<deploy::DeployConfig> cfg;
  if (!env.empty()) {
    cfg = loadConfig(true);
    if (!cfg)
      return kExitCannotRun;
    const deploy::Environment *e = cfg->find(env);
    if (!e)
      return toolError("no environment `" + env + "` in " + cfg->path);
    Expected<std::string> u = deploy::environmentUrl(*e);
    if (!u)
      return toolError(toString(u.takeError()));
    target = *u;
  }
  analyze::ReportFormat fmt = format == "json" ? analyze::ReportFormat::Json
                              : format == "markdown" ? analyze::ReportFormat::Markdown
                              : format == "html" ? analyze::ReportFormat::Html
                                                 : analyze::ReportFormat::Text;
  if (format != "json" && format != "markdown" && format != "html" && format != "text")
    return toolError("--format: expected text, json, markdown or html");
  std::optional<json::Value> base;
  analyze::AnalyzeOptions options;
  if (!baseline.empty()) {
    ErrorOr<std::unique_ptr<MemoryBuffer>> b = MemoryBuffer::getFile(baseline);
    if (!b)
      return toolError("cannot read the baseline `" + baseline + "`: " + b.getError().message());
    Expected<json::Value> v = json::parse((*b)->getBuffer());
    if (!v) {
      consumeError(v.takeError());
      return toolError("the baseline `" + baseline + "` is not a JSON report of `schemac analyze --format=json`");
    }
    base = std::move(*v);
    const json::Object *o = base->getAsObject();
    if (!o || !o->getObject("snapshot"))
      return toolError("the baseline `" + baseline + "` is not a JSON report of `schemac analyze --format=json`");
    options.baseline = o->getObject("snapshot");
  }
  Expected<std::unique_ptr<backends::postgres::Connection>> c = connect(target);
  if (!c)
    return toolError(toString(c.takeError()));
  Expected<analyze::Report> report = analyze::analyzeDatabase(**c, options);
  if (!report)
    return toolError(toString(report.takeError()));
  std::string migrations = dir;
  if (migrations.empty() && sys::fs::is_directory("prisma/migrations"))
    migrations = "prisma/migrations";
  if (!migrations.empty()) {
    Expected<std::optional<std::pair<std::string, std::string>>> drift = driftOf(**c, migrations);
    if (!drift)
      report->skipped.push_back("drift: " + toString(drift.takeError()));
    else if (*drift)
      analyze::addDrift(*report, (*drift)->first, (*drift)->second);
  } else {
    report->skipped.push_back("drift: no migrations folder (--dir)");
  }
  if (!load.empty()) {
    std::optional<int> ms = deploy::parseDuration(duration);
    if (!ms || *ms < 1000)
      return toolError("--duration: expected a duration of at least 1s, such as 30s");
    Expected<json::Object> figures = analyze::runLoadTest(**c, load, *ms / 1000);
    if (!figures)
      return toolError(toString(figures.takeError()));
    report->load = std::move(*figures);
    // With a baseline that has load figures: before and after, side by side.
    if (base)
      if (const json::Object *before = base->getAsObject()->getObject("load"))
        report->comparison["loadBefore"] = json::Object(*before);
  }
  std::string text;
  raw_string_ostream os(text);
  analyze::printReport(*report, fmt, os);
  os.flush();
  if (Error error = tools::writeFileAtomically(output.empty() ? "-" : output.getValue(), text))
    return toolError(toString(std::move(error)));
  bool errors = llvm::any_of(report->findings, [](const analyze::Finding &f) { return f.severity == "error"; });
  return exitCode && errors ? kExitFound : kExitOk;
}

/// One check of `schemac monitor`; returns the alerts raised.
int monitorOnce(const deploy::DeployConfig &cfg, const deploy::Environment &e) {
  const deploy::MonitorSettings &m = cfg.monitor;
  std::string stateDir = (sys::path::parent_path(cfg.path).empty() ? std::string(".") : sys::path::parent_path(cfg.path).str()) +
                         "/.schemac/monitor/" + e.name;
  sys::fs::create_directories(stateDir);
  std::string latest = stateDir + "/latest.json";
  json::Array alerts;
  auto alert = [&](StringRef kind, StringRef object, StringRef message) {
    alerts.push_back(json::Object{{"kind", kind.str()}, {"object", object.str()}, {"message", message.str()}});
  };
  std::optional<json::Value> previous;
  if (ErrorOr<std::unique_ptr<MemoryBuffer>> b = MemoryBuffer::getFile(latest)) {
    Expected<json::Value> v = json::parse((*b)->getBuffer());
    if (v)
      previous = std::move(*v);
    else
      consumeError(v.takeError());
  }
  const json::Object *prevSnapshot = previous && previous->getAsObject() ? previous->getAsObject()->getObject("snapshot") : nullptr;
  const json::Object *prevUnused = previous && previous->getAsObject() ? previous->getAsObject()->getObject("unusedSince") : nullptr;
  int64_t now = deploy::nowEpoch();
  json::Object unusedSince;
  std::optional<json::Object> snapshot;
  Expected<std::string> target = deploy::environmentUrl(e);
  Expected<std::unique_ptr<backends::postgres::Connection>> c =
      target ? connect(*target) : Expected<std::unique_ptr<backends::postgres::Connection>>(target.takeError());
  if (!c) {
    alert("unreachable", e.name, toString(c.takeError()));
  } else {
    analyze::AnalyzeOptions options;
    options.baseline = prevSnapshot;
    options.checkMissingIndexes = false;
    Expected<analyze::Report> report = analyze::analyzeDatabase(**c, options);
    if (!report) {
      alert("unreachable", e.name, toString(report.takeError()));
    } else {
      for (const analyze::Finding &f : report->findings) {
        if (f.kind == "unused-index") {
          int64_t since = now;
          if (prevUnused)
            if (std::optional<int64_t> t = prevUnused->getInteger(f.object))
              since = *t;
          unusedSince[f.object] = since;
          if (now - since >= int64_t(m.unusedIndexDays) * 86400)
            alert("unused-index", f.object, formatv("unused for {0} days (threshold {1})", (now - since) / 86400, m.unusedIndexDays).str());
        }
        if (f.kind == "sequence-near-limit")
          alert("sequence", f.object, f.evidence);
      }
      if (const json::Object *growth = report->comparison.getObject("tableGrowthPercent"))
        for (auto &[table, pct] : *growth)
          if (pct.getAsNumber().value_or(0) > m.tableGrowthPercent)
            alert("table-growth", table.str(), formatv("grew {0:f1}% since the last check (threshold {1}%)",
                                                       pct.getAsNumber().value_or(0), m.tableGrowthPercent).str());
      // Sequences past the configured share (the report's own threshold is 75%).
      if (const json::Array *seqs = report->snapshot.data.getArray("sequences"))
        for (const json::Value &v : *seqs) {
          const json::Object &q = *v.getAsObject();
          double used = q.getInteger("maxValue").value_or(0) ? double(q.getInteger("lastValue").value_or(0)) /
                                                                  double(q.getInteger("maxValue").value_or(1)) : 0;
          if (used * 100 > m.sequencePercent && used <= 0.75)
            alert("sequence", q.getString("name").value_or(""), formatv("{0:f1}% used", used * 100).str());
        }
      if (m.drift) {
        std::string migrations = !dir.empty() ? dir.getValue() : cfg.migrationsFolder;
        if (!migrations.empty()) {
          Expected<std::optional<std::pair<std::string, std::string>>> drift = driftOf(**c, migrations);
          if (!drift)
            consumeError(drift.takeError());
          else if (*drift)
            alert("drift", e.name, (*drift)->first);
        }
      }
      snapshot = std::move(report->snapshot.data);
    }
  }
  if (snapshot) {
    json::Object state{{"time", now}, {"snapshot", std::move(*snapshot)}, {"unusedSince", std::move(unusedSince)}};
    std::string text = formatv("{0:2}", json::Value(std::move(state))).str();
    consumeError(tools::writeFileAtomically(latest, text));
    consumeError(tools::writeFileAtomically(stateDir + "/" + std::to_string(now) + ".json", text));
  }
  size_t raised = alerts.size();
  for (const json::Value &a : alerts)
    outs() << "alert: " << a.getAsObject()->getString("kind").value_or("") << ": "
           << a.getAsObject()->getString("object").value_or("") << ": "
           << a.getAsObject()->getString("message").value_or("") << "\n";
  if (raised) {
    json::Value event = json::Object{{"environment", e.name}, {"time", now}, {"alerts", std::move(alerts)}};
    deploy::appendLog(cfg, e.name, json::Object{{"deploy", "monitor"}, {"environment", e.name}, {"step", "alert"},
                                                {"ok", false}, {"time", now}, {"event", event}});
    if (!cfg.monitor.onAlert.empty())
      if (Error error = deploy::runHook(cfg.monitor.onAlert, event))
        WithColor::warning(errs(), "schemac") << toString(std::move(error)) << "\n";
  } else {
    outs() << "ok: no threshold crossed (" << e.name << ")\n";
  }
  outs().flush();
  return int(raised);
}

int runMonitor() {
  if (env.empty())
    return toolError("monitor needs --env NAME (its URL and thresholds come from the configuration)");
  std::optional<deploy::DeployConfig> cfg = loadConfig(true);
  if (!cfg)
    return kExitCannotRun;
  const deploy::Environment *e = cfg->find(env);
  if (!e)
    return toolError("no environment `" + env + "` in " + cfg->path);
  std::optional<int> ms = deploy::parseDuration(interval);
  if (!ms || *ms < 1000)
    return toolError("--interval: expected a duration of at least 1s, such as 60s");
  while (true) {
    int raised = monitorOnce(*cfg, *e);
    if (once)
      return raised ? kExitFound : kExitOk;
    std::this_thread::sleep_for(std::chrono::milliseconds(*ms));
  }
}

} // namespace

namespace schemac::tools {

bool analyzeCommandChosen() { return bool(analyzeSub) || bool(monitorSub); }

int runAnalyzeCommand() { return monitorSub ? runMonitor() : runAnalyze(); }

} // namespace schemac::tools
