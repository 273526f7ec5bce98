//===- tools/schemac/LintCommand.cpp - `schemac lint` ---------------------===//
//
// Part of schemac. Reads the schema (and the version it changes: --base, --base-ref, or
// the database of --database-url), computes the migration plan between them, asks the
// database the questions the data-aware rules need, runs every lint pass and prints the
// findings in the requested format.
//
//===----------------------------------------------------------------------===//
#include "LintCommand.h"

#include "Compile.h"
#include "ExitCodes.h"

#include "backends/postgres/PostgresConnection.h"
#include "backends/postgres/PostgresDataFacts.h"
#include "passes/diff/Differ.h"
#include "passes/lint/Lint.h"
#include "passes/lint/LintOutput.h"
#include "passes/lint/Rules.h"

#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace schemac::tools {

namespace {

int fail(const Twine &message) {
  WithColor::error(errs(), "schemac") << message << "\n";
  return kExitCannotRun;
}

void printFindings(const DiagnosticEngine &diags, LintFormat format) {
  switch (format) {
  case LintFormat::Text:
    diags.printText(errs());
    return;
  case LintFormat::Json:
    passes::printLintJson(diags, outs());
    return;
  case LintFormat::Sarif:
    passes::printLintSarif(diags, outs());
    return;
  case LintFormat::GitHub:
    passes::printLintGitHub(diags, outs());
    return;
  }
}

/// The data-aware answers for the passes, from the database of `url`.
Expected<ir::DataFacts> askDatabase(StringRef url, const ReadOnlyLimits &limits,
                                    const passes::PassManager &passes,
                                    const passes::LintInput &input,
                                    const passes::RulePolicy &policy) {
  std::set<ir::DataQuery> questions = passes::collectDataQueries(passes, input, policy);
  ir::DataFacts facts;
  if (questions.empty())
    return facts;
  Expected<backends::postgres::ConnectionTarget> target =
      backends::postgres::parseConnectionTarget(url);
  if (!target)
    return target.takeError();
  Expected<std::unique_ptr<backends::postgres::Connection>> connection =
      backends::postgres::Connection::open(*target, limits.session());
  if (!connection)
    return connection.takeError();
  if (Error error = backends::postgres::answerDataQueries(
          **connection, questions, input.plan->previous->defaultNamespace, facts))
    return error;
  return facts;
}

} // namespace

int runLint(const LintCommandOptions &options) {
  PhaseTimer timer;
  timer.next("configure");
  passes::RulePolicy policy;
  std::string configPath =
      options.noConfig ? "" : !options.configPath.empty() ? options.configPath
                                                          : passes::findConfigFile(options.path);
  if (!configPath.empty())
    if (Error error = policy.applyConfigFile(configPath)) {
      errs() << toString(std::move(error)) << "\n";
      return kExitCannotRun;
    }
  for (const std::string &flag : options.warningFlags)
    if (Error error = policy.applyFlag(flag))
      return fail(toString(std::move(error)));

  SourceMgr sourceMgr;
  DiagnosticOptions diagnosticOptions = options.diagnostics;
  diagnosticOptions.warningsAsErrors = policy.warningsAsErrors;
  DiagnosticEngine diags(sourceMgr, diagnosticOptions);
  std::vector<std::string> readFiles;
  LoadOptions load;
  load.anchorIRText = true;

  // With a base from a file or git, the two versions compile at the same time.
  std::optional<SchemaSource> nextSource = readSchemaSource(options.path, diags, readFiles, timer);
  std::optional<SchemaSource> baseSource;
  std::optional<std::string> gitError; // reported once the schema itself compiled
  if (nextSource && !options.base.empty()) {
    baseSource = readSchemaSource(options.base, diags, readFiles, timer);
  } else if (nextSource && !options.baseRef.empty()) {
    timer.next("git");
    Expected<std::vector<unsigned>> buffers =
        loadSchemaFromGit(options.baseRef, options.path, sourceMgr);
    if (buffers)
      baseSource = SchemaSource{std::move(*buffers), /*isIR=*/false};
    else
      gitError = "--base-ref " + options.baseRef + ": " + toString(buffers.takeError());
  }
  std::optional<ir::Schema> next, base;
  if (nextSource && baseSource)
    std::tie(next, base) = compileSchemaSources(*nextSource, *baseSource, diags, timer,
                                                {"schema: ", "base: "}, load);
  else if (nextSource)
    next = compileSchemaSource(*nextSource, diags, timer, load);
  if (!next) {
    printFindings(diags, options.format);
    return exitCodeFor(diags);
  }
  if (gitError)
    return fail(*gitError);

  if (!options.base.empty() || !options.baseRef.empty()) {
    // Compiled with the schema above.
  } else if (options.databaseUrl) {
    // Data-aware without a base: the database is the version the schema changes.
    base = introspectURL(*options.databaseUrl, diags, timer, options.databaseLimits);
    if (!base) {
      printFindings(diags, options.format);
      return kExitCannotRun;
    }
  }
  if ((!options.base.empty() || !options.baseRef.empty()) && !base) {
    printFindings(diags, options.format);
    return exitCodeFor(diags);
  }

  std::optional<ir::MigrationPlan> plan;
  if (base) {
    timer.next("diff");
    passes::DiffOptions diffOptions;
    diffOptions.renames = !options.noRenames;
    plan = passes::diffSchemas(std::make_shared<ir::Schema>(std::move(*base)),
                               std::make_shared<ir::Schema>(std::move(*next)), diffOptions, &diags);
  }

  passes::PassManager passManager;
  passManager.addAllPasses();
  passes::LintInput input;
  input.schema = plan ? plan->next.get() : &*next;
  input.plan = plan ? &*plan : nullptr;

  ir::DataFacts facts;
  if (options.databaseUrl && plan) {
    timer.next("data");
    Expected<ir::DataFacts> answers = askDatabase(*options.databaseUrl, options.databaseLimits, passManager, input, policy);
    if (!answers)
      return fail("--database-url: " + toString(answers.takeError()));
    facts = std::move(*answers);
    input.data = &facts;
  }

  timer.next("lint");
  passes::FindingReporter reporter(diags, policy);
  passes::LintContext context{input, reporter, {}};
  passManager.run(context);

  timer.next("print");
  printFindings(diags, options.format);
  if (options.timeReport)
    timer.print(errs());
  return diags.hasErrors() ? kExitFailed : kExitOk;
}

} // namespace schemac::tools
