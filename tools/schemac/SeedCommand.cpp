//===- tools/schemac/SeedCommand.cpp - `schemac seed` ---------------------===//
#include "SeedCommand.h"
#include "Compile.h"
#include "DatasourceUrls.h"
#include "ExitCodes.h"
#include "OutputFile.h"

#include "backends/postgres/PostgresConnection.h"
#include "backends/postgres/PostgresIntrospection.h"
#include "seed/Anonymize.h"
#include "seed/SeedConfig.h"
#include "seed/Seeder.h"
#include "passes/lint/Rules.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/WithColor.h"

using namespace llvm;
using namespace schemac;
using namespace schemac::tools::exitcodes;

namespace {


cl::SubCommand seedSub("seed", "Fill a database with realistic, relation-aware, deterministic "
                               "test data (COPY in one transaction, or an SQL script)");
cl::SubCommand anonymizeSub("anonymize",
                            "Copy a database into an empty one with personal data replaced "
                            "(keyed, deterministic; COPY streamed table by table)");
cl::list<std::string> seedCounts(cl::Positional, cl::desc("<model=count>..."), cl::sub(seedSub));
cl::opt<std::string> seedUrl("url", cl::desc("The database (default: the schema's datasource "
                                             "directUrl or url, $DATABASE_URL)"),
                             cl::value_desc("url"), cl::sub(seedSub));
cl::opt<std::string> seedSchema("schema",
                                cl::desc("The Prisma schema (default: prisma/schema.prisma if "
                                         "present, else the database's own tables)"),
                                cl::value_desc("path"), cl::sub(seedSub));
cl::opt<uint64_t> seedValue("seed", cl::desc("The random seed (same seed, same rows)"),
                            cl::init(1), cl::sub(seedSub));
cl::opt<std::string> seedOut("out", cl::desc("Write an SQL script (COPY blocks) instead of "
                                             "loading"),
                             cl::value_desc("file"), cl::sub(seedSub));
cl::opt<bool> seedTruncate("truncate", cl::desc("Empty the seeded tables first"),
                           cl::sub(seedSub));
cl::opt<std::string> seedSet("set", cl::desc("A named seed set of the configuration file"),
                             cl::value_desc("name"), cl::sub(seedSub));
cl::opt<std::string> seedEnv("env", cl::desc("Use the seed set the configuration names for this "
                                             "environment"),
                             cl::value_desc("name"), cl::sub(seedSub));
cl::opt<bool> seedForce("force", cl::desc("Apply the set even if this version was applied"),
                        cl::sub(seedSub));
cl::opt<std::string> seedConfig("config", cl::desc("The configuration file (default: "
                                                   ".schemac.yaml, searched upwards)"),
                                cl::value_desc("path"), cl::sub(seedSub));
cl::opt<int64_t> seedAll("all", cl::desc("Rows for every model not counted otherwise"),
                         cl::init(-1), cl::sub(seedSub));
cl::opt<bool> seedQuiet("quiet", cl::desc("No progress or summary"), cl::sub(seedSub),
                        cl::sub(anonymizeSub));

cl::opt<std::string> fromUrl("from-url", cl::desc("The source (default: $SCHEMAC_FROM_URL)"),
                             cl::value_desc("url"), cl::sub(anonymizeSub));
cl::opt<std::string> toUrl("to-url", cl::desc("The empty target (default: $SCHEMAC_TO_URL)"),
                           cl::value_desc("url"), cl::sub(anonymizeSub));
cl::opt<std::string> sample("sample", cl::desc("Keep this share of the rows of the tables no "
                                               "other table references, such as 10%"),
                            cl::value_desc("percent"), cl::sub(anonymizeSub));
cl::opt<bool> anonymizeDryRun("dry-run", cl::desc("List the columns that would be replaced, "
                                                  "and why"),
                              cl::sub(anonymizeSub));
cl::list<std::string> piiColumns("pii", cl::desc("Also replace Table.column"),
                                 cl::value_desc("Table.column"), cl::sub(anonymizeSub));
cl::opt<std::string> anonymizeSchema("schema", cl::desc("A Prisma schema whose `/// @pii` "
                                                        "comments mark columns"),
                                     cl::value_desc("path"), cl::sub(anonymizeSub));

int toolError(const Twine &message) {
  WithColor::error(errs(), "schemac") << message << "\n";
  return kExitCannotRun;
}

int failed(Error error) {
  WithColor::error(errs(), "schemac") << toString(std::move(error)) << "\n";
  return kExitFailed;
}

} // namespace

namespace schemac::tools {

bool seedCommandChosen() { return bool(seedSub) || bool(anonymizeSub); }

static int runAnonymize() {
  auto urlOf = [](const std::string &flag, const char *env) -> std::string {
    if (!flag.empty())
      return flag;
    return sys::Process::GetEnv(env).value_or("");
  };
  std::string from = urlOf(fromUrl, "SCHEMAC_FROM_URL"), to = urlOf(toUrl, "SCHEMAC_TO_URL");
  if (from.empty())
    return toolError("anonymize needs the source: --from-url or $SCHEMAC_FROM_URL");
  if (to.empty() && !anonymizeDryRun)
    return toolError("anonymize needs an empty target: --to-url or $SCHEMAC_TO_URL");
  seed::AnonymizeOptions options;
  options.listed.assign(piiColumns.begin(), piiColumns.end());
  if (!sample.empty()) {
    StringRef text = StringRef(sample).rtrim('%');
    double percent = 0;
    if (text.getAsDouble(percent) || percent <= 0 || percent > 100)
      return toolError("--sample `" + sample + "`: expected a percentage such as 10%");
    options.samplePercent = percent;
  }
  if (std::optional<std::string> key = sys::Process::GetEnv("SCHEMAC_ANONYMIZE_KEY"); key && !key->empty()) {
    options.key = *key;
  } else {
    // Without a key of the user's, replacements are still keyed, by a secret that lives
    // only as long as this run.
    std::string random;
    for (int i = 0; i < 4; ++i)
      random += utohexstr(sys::Process::GetRandomNumber());
    options.key = random;
    if (!anonymizeDryRun)
      WithColor::note(errs(), "schemac") << "no $SCHEMAC_ANONYMIZE_KEY: replacements are keyed "
                                            "by a random secret of this run only\n";
  }
  if (!anonymizeSchema.empty()) {
    SourceMgr sourceMgr;
    DiagnosticEngine diags(sourceMgr);
    std::vector<std::string> readFiles;
    PhaseTimer timer;
    std::optional<ir::Schema> prisma = loadSchemaIR(anonymizeSchema, diags, readFiles, timer);
    diags.printText(errs());
    if (!prisma)
      return exitCodeFor(diags);
    for (const ir::Table &t : prisma->tables)
      for (const ir::Column &c : t.columns)
        if (StringRef(c.origin.doc).contains("@pii"))
          options.listed.push_back(t.name + "." + c.name);
  }
  // The source (production) is read in a read-only session; neither side waits on a lock.
  auto open = [](const std::string &url, bool readOnly)
      -> Expected<std::unique_ptr<backends::postgres::Connection>> {
    Expected<backends::postgres::ConnectionTarget> target = backends::postgres::parseConnectionTarget(url);
    if (!target)
      return target.takeError();
    return backends::postgres::Connection::open(
        *target, {/*statementTimeoutMs=*/0, /*lockTimeoutMs=*/10000, readOnly});
  };
  Expected<std::unique_ptr<backends::postgres::Connection>> source = open(from, true);
  if (!source)
    return toolError(toString(source.takeError()));
  Expected<ir::Schema> schema = backends::postgres::introspect(**source);
  if (!schema)
    return toolError(toString(schema.takeError()));
  std::vector<seed::ReplacedColumn> replaced = seed::classifyColumns(*schema, options);
  if (anonymizeDryRun) {
    for (const seed::ReplacedColumn &rc : replaced)
      outs() << schema->tables[rc.table].name << "." << schema->tables[rc.table].columns[rc.column].name
             << ": replaced (" << rc.reason << ")\n";
    outs() << replaced.size() << " column(s) would be replaced";
    if (options.samplePercent < 100)
      outs() << formatv("; {0}% of the rows of the tables no other table references are kept", options.samplePercent);
    outs() << "\n";
    return kExitOk;
  }
  Expected<std::unique_ptr<backends::postgres::Connection>> target = open(to, false);
  if (!target)
    return toolError(toString(target.takeError()));
  Expected<seed::AnonymizeReport> report =
      seed::anonymizeCopy(*schema, **source, **target, options, seedQuiet ? nullptr : &errs());
  if (!report)
    return failed(report.takeError());
  int64_t rows = 0;
  for (auto &[table, n] : report->rows)
    rows += n;
  errs() << formatv("copied {0} rows of {1} tables ({2:f1} MB) in {3:f2} s, {4} column(s) "
                    "replaced\n",
                    rows, report->rows.size(), double(report->bytes) / 1e6, report->seconds,
                    replaced.size());
  return kExitOk;
}

int runSeedCommand() {
  if (anonymizeSub)
    return runAnonymize();
  seed::SeedRequest request;
  request.seed = seedValue;
  std::string setName = seedSet;
  if (!seedEnv.empty() || !setName.empty()) {
    std::string path = !seedConfig.empty() ? seedConfig.getValue()
                                            : passes::findConfigFile(seedSchema.empty() ? "." : seedSchema.getValue());
    if (path.empty())
      return toolError("--set/--env need a configuration file (.schemac.yaml) with a `seed:` "
                       "section");
    Expected<seed::SeedConfig> config = seed::readSeedConfig(path);
    if (!config) { // file:line:col: error: ... with the line and a caret
      errs() << toString(config.takeError()) << "\n";
      return kExitCannotRun;
    }
    if (!seedEnv.empty()) {
      auto env = config->environments.find(seedEnv);
      if (env == config->environments.end())
        return toolError("the configuration names no seed set for environment `" + seedEnv + "`");
      if (!setName.empty() && setName != env->second)
        return toolError("--set " + setName + " and --env " + seedEnv + " (set `" + env->second +
                         "`) disagree");
      setName = env->second;
    }
    auto set = config->sets.find(setName);
    if (set == config->sets.end())
      return toolError("no seed set `" + setName + "` in " + path);
    request = set->second.request;
    if (seedValue.getNumOccurrences())
      request.seed = seedValue;
    request.setName = setName;
    request.setVersion = set->second.version.empty() ? set->second.checksum.substr(0, 12)
                                                     : set->second.version + "/" + set->second.checksum.substr(0, 12);
  }
  for (const std::string &arg : seedCounts) {
    auto [name, number] = StringRef(arg).split('=');
    int64_t count = 0;
    if (name.empty() || number.getAsInteger(10, count))
      return toolError("`" + arg + "`: expected MODEL=COUNT, such as users=100");
    request.counts.push_back({name.str(), count});
  }
  // The schema: a Prisma schema, or the database's own tables.
  std::string schemaPath = seedSchema;
  if (schemaPath.empty() && sys::fs::exists("prisma/schema.prisma"))
    schemaPath = "prisma/schema.prisma";
  std::unique_ptr<backends::postgres::Connection> connection;
  auto connect = [&]() -> Error {
    // --url, the schema's datasource (directUrl, else url), $DATABASE_URL(_FILE).
    std::string text = seedUrl;
    if (text.empty() && !schemaPath.empty())
      text = tools::datasourceUrls(schemaPath).migrate.value_or("");
    Expected<backends::postgres::ConnectionTarget> target =
        backends::postgres::parseConnectionTarget(text);
    if (!target)
      return target.takeError();
    // A locked table gives an error instead of a wait; the load itself may take long.
    Expected<std::unique_ptr<backends::postgres::Connection>> c =
        backends::postgres::Connection::open(*target, {/*statementTimeoutMs=*/0,
                                                       /*lockTimeoutMs=*/10000});
    if (!c)
      return c.takeError();
    connection = std::move(*c);
    return Error::success();
  };
  std::optional<ir::Schema> schema;
  if (!schemaPath.empty()) {
    SourceMgr sourceMgr;
    DiagnosticEngine diags(sourceMgr);
    std::vector<std::string> readFiles;
    PhaseTimer timer;
    schema = loadSchemaIR(schemaPath, diags, readFiles, timer);
    diags.printText(errs());
    if (!schema)
      return exitCodeFor(diags);
  }
  if (seedOut.empty() || !schema) {
    if (Error error = connect())
      return toolError(toString(std::move(error)));
    if (!schema) {
      Expected<ir::Schema> introspected = backends::postgres::introspect(*connection);
      if (!introspected)
        return toolError(toString(introspected.takeError()));
      schema = std::move(*introspected);
    }
  }
  // A set already applied in this version does nothing; a changed one says so.
  if (!request.setName.empty() && connection && seedOut.empty() && !seedForce) {
    Expected<backends::postgres::QueryResult> applied = connection->query(
        "SELECT version, applied_at::text FROM \"_schemac_seed\" WHERE set_name = $1 AND "
        "to_regclass('\"_schemac_seed\"') IS NOT NULL",
        {request.setName});
    if (!applied) {
      consumeError(applied.takeError()); // no record table yet
    } else if (applied->rows() == 1) {
      if (applied->get(0, 0) == request.setVersion) {
        errs() << "seed set `" << request.setName << "` (version " << request.setVersion
               << ") was applied at " << applied->get(0, 1) << "; nothing to do (--force "
               << "applies it again)\n";
        return kExitOk;
      }
      WithColor::error(errs(), "schemac")
          << "seed set `" << request.setName << "` changed since it was applied (applied: "
          << applied->get(0, 0) << ", now: " << request.setVersion << "); rerun with --force "
          << "(and --truncate to replace the rows)\n";
      return kExitFailed;
    }
  }
  if (seedAll >= 0)
    for (const ir::Table &table : schema->tables) {
      std::string name = table.origin.name.empty() ? table.name : table.origin.name;
      if (!table.implicitManyToMany &&
          llvm::none_of(request.counts, [&](auto &c) { return c.first == name; }))
        request.counts.push_back({name, seedAll});
    }
  Expected<seed::SeedPlan> plan = seed::planSeed(*schema, request);
  if (!plan)
    return failed(plan.takeError());
  raw_ostream *progress = seedQuiet ? nullptr : &errs();
  Expected<seed::SeedReport> report = [&]() -> Expected<seed::SeedReport> {
    if (!seedOut.empty()) {
      std::string script;
      raw_string_ostream os(script);
      std::unique_ptr<seed::RowSink> sink = seed::scriptSink(os);
      Expected<seed::SeedReport> r = seed::runSeed(*schema, *plan, request, *sink, progress);
      if (!r)
        return r;
      os.flush();
      if (Error error = writeFileAtomically(seedOut, script))
        return error;
      return r;
    }
    std::unique_ptr<seed::RowSink> sink = seed::databaseSink(*connection, seedTruncate, progress);
    return seed::runSeed(*schema, *plan, request, *sink, progress);
  }();
  if (!report)
    return failed(report.takeError());
  if (!seedQuiet) {
    int64_t total = 0;
    for (auto &[table, rows] : report->rows)
      total += rows;
    errs() << formatv("seeded {0} rows in {1} tables in {2:f2} s ({3:N} rows/s){4}\n", total,
                      report->rows.size(), report->seconds,
                      int64_t(report->seconds > 0 ? double(total) / report->seconds : 0),
                      seedOut.empty() ? "" : " into " + seedOut.getValue());
  }
  return kExitOk;
}

} // namespace schemac::tools
