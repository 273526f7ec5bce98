//===- tools/schemac/SeedCommand.cpp - `schemac seed` ---------------------===//
#include "SeedCommand.h"
#include "Compile.h"
#include "OutputFile.h"

#include "backends/PostgresConnection.h"
#include "backends/PostgresIntrospection.h"
#include "seed/Seeder.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/WithColor.h"

using namespace llvm;
using namespace schemac;

namespace {

enum { kOk = 0, kFailed = 1, kToolError = 2 };

cl::SubCommand seedSub("seed", "Fill a database with realistic, relation-aware, deterministic "
                               "test data (COPY in one transaction, or an SQL script)");
cl::list<std::string> seedCounts(cl::Positional, cl::desc("<model=count>..."), cl::sub(seedSub));
cl::opt<std::string> seedUrl("url", cl::desc("The database (default: $DATABASE_URL)"),
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
cl::opt<int64_t> seedAll("all", cl::desc("Rows for every model not counted otherwise"),
                         cl::init(-1), cl::sub(seedSub));
cl::opt<bool> seedQuiet("quiet", cl::desc("No progress or summary"), cl::sub(seedSub));

int toolError(const Twine &message) {
  WithColor::error(errs(), "schemac") << message << "\n";
  return kToolError;
}

int failed(Error error) {
  WithColor::error(errs(), "schemac") << toString(std::move(error)) << "\n";
  return kFailed;
}

} // namespace

namespace schemac::tools {

bool seedCommandChosen() { return bool(seedSub); }

int runSeedCommand() {
  seed::SeedRequest request;
  request.seed = seedValue;
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
    Expected<backends::postgres::ConnectionTarget> target =
        backends::postgres::parseConnectionTarget(seedUrl);
    if (!target)
      return target.takeError();
    Expected<std::unique_ptr<backends::postgres::Connection>> c =
        backends::postgres::Connection::open(*target);
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
      return kFailed;
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
  return kOk;
}

} // namespace schemac::tools
