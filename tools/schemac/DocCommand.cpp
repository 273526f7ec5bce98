//===- tools/schemac/DocCommand.cpp - `schemac doc` -----------------------===//
//
// Part of schemac. Documentation of a schema through backends/docs/Documentation.h; the
// migration changelog (--from/--to) from the differ's plan, its drift-style summary, the
// data-loss warnings and the lint rules on the migration, and its SQL.
//
//===----------------------------------------------------------------------===//
#include "DocCommand.h"

#include "Compile.h"
#include "ExitCodes.h"
#include "OutputFile.h"

#include "backends/docs/Documentation.h"
#include "backends/postgres/PostgresMigration.h"
#include "passes/diff/Differ.h"
#include "passes/lint/Lint.h"
#include "passes/lint/Rules.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

#ifndef SCHEMAC_MERMAID_JS
#define SCHEMAC_MERMAID_JS ""
#endif

using namespace llvm;

namespace schemac::tools {
namespace {

int fail(const Twine &message) {
  WithColor::error(errs(), "schemac") << message << "\n";
  return kExitCannotRun;
}

int writeOutput(StringRef path, StringRef text) {
  if (path.empty() || path == "-") {
    outs() << text;
    return 0;
  }
  if (Error error = writeFileAtomically(path, text))
    return fail(toString(std::move(error)));
  return 0;
}

int runChangelog(const DocCommandOptions &options) {
  PhaseTimer timer;
  SourceMgr sourceMgr;
  DiagnosticEngine diags(sourceMgr, options.diagnostics);
  std::vector<std::string> readFiles;
  LoadOptions load;
  load.anchorIRText = true;
  TwoSources how{"from: ", "to: ", /*reportSecondAfterFailure=*/true};
  auto [previous, next] =
      loadSchemaIRs(options.from, options.to, diags, readFiles, timer, how, load);
  if (!previous || !next) {
    diags.printText(errs());
    return exitCodeFor(diags);
  }
  timer.next("diff");
  ir::MigrationPlan plan =
      passes::diffSchemas(std::make_shared<ir::Schema>(std::move(*previous)),
                          std::make_shared<ir::Schema>(std::move(*next)), {}, &diags);
  // The lint rules that are about migrations, with their default severities.
  timer.next("lint");
  DiagnosticEngine findings(sourceMgr);
  passes::RulePolicy policy;
  passes::PassManager passManager;
  passManager.addAllPasses();
  passes::LintInput input;
  input.schema = plan.next.get();
  input.plan = &plan;
  passes::FindingReporter reporter(findings, policy);
  passes::LintContext context{input, reporter, {}};
  passManager.run(context);

  timer.next("print");
  backends::doc::Changelog changelog;
  changelog.title = options.title.empty() ? "Migration changelog" : options.title;
  changelog.from = options.from;
  changelog.to = options.to;
  changelog.steps = plan.steps.size();
  changelog.summary = backends::postgres::migrationSummary(plan);
  changelog.script = backends::postgres::migrationScript(plan);
  for (const ir::StepWarning &warning : passes::planWarnings(plan))
    changelog.rows.push_back({warning.dataLoss ? "data loss" : "may fail", "",
                              "step " + std::to_string(warning.step + 1), warning.message});
  for (const Diagnostic &finding : findings.getDiagnostics()) {
    if (finding.rule.empty())
      continue;
    std::optional<passes::Rule> rule = passes::findRule(finding.rule);
    if (!rule)
      continue;
    passes::RuleGroup group = passes::ruleInfo(*rule).group;
    if (group != passes::RuleGroup::Destructive && group != passes::RuleGroup::DataDependent &&
        group != passes::RuleGroup::Compatibility && group != passes::RuleGroup::Locking)
      continue;
    std::string where;
    if (finding.loc.isValid()) {
      unsigned buffer = sourceMgr.FindBufferContainingLoc(finding.loc);
      auto [line, column] = sourceMgr.getLineAndColumn(finding.loc, buffer);
      where = sys::path::filename(sourceMgr.getMemoryBuffer(buffer)->getBufferIdentifier()).str() +
              ":" + std::to_string(line);
    }
    changelog.rows.push_back({finding.severity == Severity::Error ? "error" : "warning",
                              finding.rule, where, finding.message});
  }
  std::string out;
  raw_string_ostream os(out);
  backends::doc::printChangelog(changelog, os);
  os.flush();
  diags.printText(errs());
  int status = writeOutput(options.output, out);
  if (options.timeReport)
    timer.print(errs());
  return status;
}

} // namespace

int runDoc(const DocCommandOptions &options) {
  if (!options.from.empty() || !options.to.empty()) {
    if (options.from.empty() || options.to.empty())
      return fail("a changelog needs both --from and --to");
    return runChangelog(options);
  }
  PhaseTimer timer;
  SourceMgr sourceMgr;
  DiagnosticEngine diags(sourceMgr, options.diagnostics);
  std::vector<std::string> readFiles;
  std::optional<ir::Schema> schema;
  backends::doc::DocOptions docOptions;
  if (!options.title.empty())
    docOptions.title = options.title;
  if (!options.url.empty()) {
    schema = introspectURL(options.url, diags, timer, options.databaseLimits);
    docOptions.source = "a PostgreSQL database";
  } else {
    if (options.path.empty())
      return fail("doc needs a schema path, --url, or --from and --to");
    schema = loadSchemaIR(options.path, diags, readFiles, timer);
    docOptions.source = sys::path::filename(options.path).str();
  }
  diags.printText(errs());
  if (!schema)
    return exitCodeFor(diags);

  timer.next("document");
  std::string text;
  raw_string_ostream os(text);
  int status = 0;
  switch (options.format) {
  case DocFormat::Markdown: {
    bool folder = !options.output.empty() && options.output != "-" &&
                  !StringRef(options.output).ends_with(".md");
    if (!folder) {
      backends::doc::printMarkdown(*schema, docOptions, os);
      break;
    }
    if (std::error_code error = sys::fs::create_directories(options.output))
      return fail("cannot create '" + options.output + "': " + error.message());
    for (const auto &[name, page] : backends::doc::markdownPages(*schema, docOptions)) {
      SmallString<256> path(options.output);
      sys::path::append(path, name);
      if (Error error = writeFileAtomically(path, page))
        return fail(toString(std::move(error)));
    }
    if (options.timeReport)
      timer.print(errs());
    return 0;
  }
  case DocFormat::Json:
    backends::doc::printJSON(*schema, docOptions, os);
    break;
  case DocFormat::Dbml:
    backends::doc::printDBML(*schema, docOptions, os);
    break;
  case DocFormat::Mermaid:
    backends::doc::printMermaid(*schema, os);
    break;
  case DocFormat::Html: {
    std::string scriptPath = options.mermaidScript;
    if (scriptPath.empty())
      if (const char *env = std::getenv("SCHEMAC_MERMAID_JS"))
        scriptPath = env;
    if (scriptPath.empty()) {
      // Installed (`cmake --install`): share/schemac/ beside the binary's bin/; in a build
      // tree: the copy utils/setup.sh made.
      std::string self = sys::fs::getMainExecutable("schemac", reinterpret_cast<void *>(&runDoc));
      SmallString<256> installed(sys::path::parent_path(sys::path::parent_path(self)));
      sys::path::append(installed, "share", "schemac", "mermaid.min.js");
      scriptPath = sys::fs::exists(installed) ? installed.str().str() : std::string(SCHEMAC_MERMAID_JS);
    }
    ErrorOr<std::unique_ptr<MemoryBuffer>> script = MemoryBuffer::getFile(scriptPath);
    if (scriptPath.empty() || !script)
      return fail("the HTML page inlines the Mermaid renderer, which is not at '" + scriptPath +
                  "'; run utils/setup.sh, or pass --mermaid-js=PATH to mermaid.min.js");
    backends::doc::printHTML(*schema, docOptions, (*script)->getBuffer(), os);
    break;
  }
  }
  os.flush();
  status = writeOutput(options.output, text);
  if (options.timeReport)
    timer.print(errs());
  return status;
}

} // namespace schemac::tools
