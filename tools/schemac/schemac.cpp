//===- tools/schemac/schemac.cpp - the schemac driver ---------------------===//
//
// Part of schemac. `schemac <subcommand> ...`. Exit codes: 0 success (warnings allowed),
// 1 the input has errors, 2 usage or I/O error.
//
//===----------------------------------------------------------------------===//
#include "Compile.h"
#include "ExitCodes.h"
#include "DocCommand.h"
#include "FormatCommand.h"
#include "LintCommand.h"
#include "MigrateCommand.h"
#include "DeployCommand.h"
#include "AnalyzeCommand.h"
#include "SeedCommand.h"
#include "OutputFile.h"
#include "ScrubbedArguments.h"

#include "backends/postgres/PostgresIntrospection.h"
#include "backends/postgres/PostgresMigration.h"
#include "backends/prisma/PrismaSchema.h"
#include "backends/postgres/PostgresSQL.h"
#include "frontend/Frontend.h"
#include "frontend/Lowering.h"
#include "frontend/Sema.h"
#include "support/Diagnostic.h"
#include "support/Parallel.h"
#include "ir/Parser.h"
#include "ir/Printer.h"
#include "ir/Verifier.h"
#include "passes/diff/Differ.h"
#include "passes/lint/LintOutput.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/PrettyStackTrace.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>

using namespace llvm;
using namespace schemac;
using namespace schemac::tools;

namespace {

enum class ColorMode { Auto, Always, Never };

cl::OptionCategory diagCategory("Diagnostic options");

cl::OptionCategory outputCategory("Output options");

cl::OptionCategory runCategory("Run options");

cl::SubCommand checkCommand("check", "Validate Prisma schema files (exit 0 valid, 1 invalid)");
cl::SubCommand diffCommand("diff", "Print the PostgreSQL migration between two schemas "
                                   "(Prisma's `migrate diff --script`)");
cl::SubCommand irCommand("ir", "Print the database IR of a schema, or verify a textual IR file");

cl::list<std::string> checkPaths(cl::Positional, cl::desc("<schema.prisma | folder>..."),
                                 cl::OneOrMore, cl::sub(checkCommand));

cl::opt<bool> diffFromEmpty("from-empty", cl::desc("Diff from an empty database"),
                            cl::sub(diffCommand));
cl::opt<bool> diffToEmpty("to-empty", cl::desc("Diff to an empty database"),
                          cl::sub(diffCommand));
cl::opt<std::string> diffFrom("from",
                              cl::desc("The old schema: a .prisma file, a folder of them, or a "
                                       "textual IR file (.sir)"),
                              cl::value_desc("path"), cl::sub(diffCommand));
cl::opt<std::string> diffTo("to",
                            cl::desc("The new schema: a .prisma file, a folder of them, or a "
                                     "textual IR file (.sir)"),
                            cl::value_desc("path"), cl::sub(diffCommand));
cl::opt<std::string> diffFromUrl("from-url",
                                 cl::desc("The old schema: a live PostgreSQL database "
                                          "(default $DATABASE_URL when the value is empty)"),
                                 cl::value_desc("url"), cl::sub(diffCommand));
cl::opt<std::string> diffToUrl("to-url", cl::desc("The new schema: a live PostgreSQL database"),
                               cl::value_desc("url"), cl::sub(diffCommand));
enum class EmitKind { Up, Down, Plan, Summary };
cl::opt<EmitKind> diffEmit(
    "emit", cl::desc("What to print"),
    cl::values(clEnumValN(EmitKind::Up, "up", "the forward script (Prisma's migrate diff --script)"),
               clEnumValN(EmitKind::Down, "down", "the reverse script of the same plan"),
               clEnumValN(EmitKind::Plan, "plan", "the typed migration steps"),
               clEnumValN(EmitKind::Summary, "summary", "a human summary (Prisma's drift summary)")),
    cl::init(EmitKind::Up), cl::sub(diffCommand), cl::cat(outputCategory));
cl::opt<bool> diffExitCode("exit-code", cl::desc("Exit 3 when the diff is not empty (a CI gate)"),
                           cl::sub(diffCommand), cl::cat(outputCategory));
cl::opt<bool> diffAnnotate("annotate",
                           cl::desc("Start the script with a comment listing its data-loss "
                                    "warnings; in a down script, mark the steps whose data "
                                    "cannot come back"),
                           cl::sub(diffCommand), cl::cat(outputCategory));
cl::list<std::string> diffRenames("rename",
                                  cl::desc("Rename instead of drop and add: Model=NewModel or "
                                           "Model.old=new (new names)"),
                                  cl::value_desc("rename"), cl::sub(diffCommand));
cl::opt<bool> diffNoRenames("no-renames",
                            cl::desc("Ignore @schemac.renamedFrom hints (Prisma's behaviour)"),
                            cl::sub(diffCommand));

cl::SubCommand introspectCommand("introspect",
                                 "Read a live PostgreSQL database into the IR or a Prisma "
                                 "schema (`prisma db pull`)");
cl::opt<std::string> introspectUrl("url",
                                   cl::desc("The database (default: $DATABASE_URL); Prisma's "
                                            "?schema= selects the namespace"),
                                   cl::value_desc("url"), cl::sub(introspectCommand));
enum class IntrospectEmit { IR, Prisma };
cl::opt<IntrospectEmit> introspectEmit(
    "emit", cl::desc("What to print"),
    cl::values(clEnumValN(IntrospectEmit::IR, "ir", "the textual IR"),
               clEnumValN(IntrospectEmit::Prisma, "prisma", "a Prisma schema")),
    cl::init(IntrospectEmit::IR), cl::sub(introspectCommand), cl::cat(outputCategory));

cl::opt<std::string> irPath(cl::Positional, cl::desc("<schema.prisma | folder | file.sir>"),
                            cl::Required, cl::sub(irCommand));
cl::opt<bool> irLocations("print-locations",
                          cl::desc("Print the source location of each construct"),
                          cl::sub(irCommand), cl::cat(outputCategory));
cl::opt<bool> irVerifyOnly("verify-only",
                           cl::desc("Only parse and verify; print nothing on success"),
                           cl::sub(irCommand), cl::cat(outputCategory));

cl::SubCommand lintCommand("lint", "Check a schema, and with a base version its migration, "
                                   "against the lint rules (`--list-rules`)");
cl::list<std::string> lintPaths(cl::Positional, cl::desc("<schema.prisma | folder | file.sir>..."),
                              cl::sub(lintCommand));
cl::opt<std::string> lintBase("base",
                              cl::desc("The previous version (a schema file, folder or IR "
                                       "file): also check the migration to this one"),
                              cl::value_desc("path"), cl::sub(lintCommand));
cl::opt<std::string> lintBaseRef("base-ref",
                                 cl::desc("Read the previous version of the same path from "
                                          "this git revision (origin/main, HEAD~1, ...)"),
                                 cl::value_desc("rev"), cl::sub(lintCommand));
cl::opt<std::string> lintDatabaseUrl(
    "database-url",
    cl::desc("Data-aware mode: count rows, NULLs and duplicates in this database (read only) "
             "to decide which data-dependent findings fail, and which do not matter; without "
             "a base version the database is the base (default: $DATABASE_URL when the value "
             "is empty)"),
    cl::value_desc("url"), cl::sub(lintCommand));
cl::list<std::string> lintWarnings(
    "W", cl::Prefix,
    cl::desc("-W<rule|group> enables, -Wno-<rule|group> disables, -Werror, "
             "-Werror=<rule|group>, -Wno-error=<rule|group>, -Weverything"),
    cl::value_desc("flag"), cl::sub(lintCommand));
cl::opt<std::string> lintConfig("config",
                                cl::desc("The configuration file (default: the nearest "
                                         ".schemac.yaml above the schema)"),
                                cl::value_desc("file"), cl::sub(lintCommand));
cl::opt<bool> lintNoConfig("no-config", cl::desc("Do not read a .schemac.yaml"),
                           cl::sub(lintCommand));
cl::opt<bool> lintNoRenames("no-renames",
                            cl::desc("Ignore @schemac.renamedFrom hints when diffing"),
                            cl::sub(lintCommand));
cl::opt<bool> lintListRules("list-rules", cl::desc("List the rules and exit"),
                            cl::sub(lintCommand));
cl::opt<tools::LintFormat> lintFormat(
    "format", cl::desc("How findings are printed"),
    cl::values(clEnumValN(tools::LintFormat::Text, "text", "clang-style text on stderr"),
               clEnumValN(tools::LintFormat::Json, "json", "JSON on stdout (docs/lint.md)"),
               clEnumValN(tools::LintFormat::Sarif, "sarif", "SARIF 2.1.0 on stdout"),
               clEnumValN(tools::LintFormat::GitHub, "github",
                          "GitHub Actions workflow commands on stdout")),
    cl::init(tools::LintFormat::Text), cl::sub(lintCommand), cl::cat(outputCategory));

cl::SubCommand formatCommand("format", "Format schema files as `prisma format` does (in place, "
                                       "or --check)");
cl::list<std::string> formatPaths(cl::Positional,
                                  cl::desc("<schema.prisma | folder | ->... (a folder is one "
                                           "multi-file schema; - reads standard input)"),
                                  cl::OneOrMore, cl::sub(formatCommand));
cl::opt<bool> formatCheck("check",
                          cl::desc("Write nothing; list the files that are not formatted and "
                                   "exit 3 if there are any"),
                          cl::sub(formatCommand));
cl::opt<bool> formatStdout("stdout", cl::desc("Print the formatted schema instead of writing it"),
                           cl::sub(formatCommand));
cl::opt<bool> formatKeepInvalid(
    "keep-invalid-lines",
    cl::desc("Keep lines that are not valid syntax as they are (Prisma's behaviour) instead "
             "of refusing to format the file"),
    cl::sub(formatCommand));
cl::opt<bool> formatNoRelations(
    "no-complete-relations",
    cl::desc("Do not add missing relation fields and @relation arguments"),
    cl::sub(formatCommand));
cl::opt<unsigned> formatIndent("indent-width", cl::desc("Spaces per indentation level"),
                               cl::init(2), cl::sub(formatCommand));

cl::SubCommand docCommand("doc", "Document a schema (Markdown with an ER diagram, JSON, DBML, "
                                 "Mermaid, HTML), or the changes of a migration (--from/--to)");
cl::opt<std::string> docPath(cl::Positional, cl::desc("<schema.prisma | folder | file.sir>"),
                             cl::sub(docCommand));
cl::opt<tools::DocFormat> docFormat(
    "format", cl::desc("What to write"),
    cl::values(clEnumValN(tools::DocFormat::Markdown, "markdown",
                          "a Markdown reference with a Mermaid ER diagram (-o DIR: one page "
                          "per namespace and an index)"),
               clEnumValN(tools::DocFormat::Json, "json", "the documentation model as JSON"),
               clEnumValN(tools::DocFormat::Dbml, "dbml", "DBML, for dbdiagram.io"),
               clEnumValN(tools::DocFormat::Mermaid, "mermaid", "the Mermaid erDiagram alone"),
               clEnumValN(tools::DocFormat::Html, "html",
                          "one self-contained HTML page (works offline)")),
    cl::init(tools::DocFormat::Markdown), cl::sub(docCommand));
cl::opt<std::string> docFrom("from", cl::desc("Changelog: the previous version"),
                             cl::value_desc("path"), cl::sub(docCommand));
cl::opt<std::string> docTo("to", cl::desc("Changelog: the next version"), cl::value_desc("path"),
                           cl::sub(docCommand));
cl::opt<std::string> docUrl("url", cl::desc("Document a live PostgreSQL database"),
                            cl::value_desc("url"), cl::sub(docCommand));
cl::opt<std::string> docTitle("title", cl::desc("The title of the documentation"),
                              cl::sub(docCommand));
cl::opt<std::string> docMermaid("mermaid-js",
                                cl::desc("mermaid.min.js to inline in the HTML page (default: "
                                         "$SCHEMAC_MERMAID_JS, then the one set up with the "
                                         "build)"),
                                cl::value_desc("file"), cl::sub(docCommand));
cl::opt<std::string> docOutput("o", cl::desc("Write to this file, or folder for Markdown pages"),
                               cl::value_desc("path"), cl::sub(docCommand));

cl::opt<std::string> outputPath("o", cl::desc("Write the output to this file (atomically)"),
                                cl::value_desc("file"), cl::sub(diffCommand), cl::sub(irCommand),
                                cl::sub(introspectCommand), cl::cat(outputCategory));
cl::opt<bool> writeDepfile("MD",
                           cl::desc("Write a Make-style depfile of the schema files read"),
                           cl::sub(diffCommand), cl::sub(irCommand), cl::cat(outputCategory));
cl::opt<std::string> depfilePath("MF", cl::desc("The depfile to write (default: <output>.d)"),
                                 cl::value_desc("file"), cl::sub(diffCommand),
                                 cl::sub(irCommand), cl::cat(outputCategory));
cl::opt<std::string> depfileTarget("MT",
                                   cl::desc("The target named in the depfile (default: the -o "
                                            "file)"),
                                   cl::value_desc("target"), cl::sub(diffCommand),
                                   cl::sub(irCommand), cl::sub(introspectCommand), cl::cat(outputCategory));

cl::opt<bool> warningsAsErrors("Werror", cl::desc("Treat warnings as errors"),
                               cl::sub(checkCommand), cl::sub(diffCommand), cl::sub(irCommand), cl::sub(introspectCommand), cl::cat(diagCategory));
cl::opt<bool> quiet("quiet", cl::desc("Do not print warnings or the summary line"),
                    cl::sub(formatCommand), cl::sub(docCommand), cl::sub(checkCommand), cl::sub(lintCommand), cl::sub(diffCommand), cl::sub(irCommand), cl::sub(introspectCommand), cl::cat(diagCategory));
cl::alias quietShort("q", cl::desc("Alias for --quiet"), cl::aliasopt(quiet));
cl::opt<ColorMode> color("color", cl::desc("Use colors in diagnostics"),
                         cl::values(clEnumValN(ColorMode::Auto, "auto", "on a terminal only"),
                                    clEnumValN(ColorMode::Always, "always", "always"),
                                    clEnumValN(ColorMode::Never, "never", "never")),
                         cl::init(ColorMode::Auto), cl::sub(formatCommand), cl::sub(docCommand), cl::sub(checkCommand), cl::sub(lintCommand), cl::sub(diffCommand),
                         cl::sub(irCommand), cl::sub(introspectCommand), cl::cat(diagCategory));
cl::opt<DiagnosticFormat> diagnosticsFormat(
    "diagnostics-format", cl::desc("How diagnostics are printed"),
    cl::values(clEnumValN(DiagnosticFormat::Text, "text", "clang-style text on stderr"),
               clEnumValN(DiagnosticFormat::Json, "json", "a JSON array on stdout")),
    cl::init(DiagnosticFormat::Text), cl::sub(checkCommand), cl::sub(diffCommand),
    cl::sub(irCommand), cl::sub(introspectCommand), cl::cat(diagCategory));
cl::opt<unsigned> errorLimit("error-limit",
                             cl::desc("Stop after this many errors (0 = no limit)"),
                             cl::init(50), cl::sub(formatCommand), cl::sub(docCommand), cl::sub(checkCommand), cl::sub(lintCommand), cl::sub(diffCommand),
                             cl::sub(irCommand), cl::sub(introspectCommand), cl::cat(diagCategory));
cl::opt<bool> timeReport("time-report", cl::desc("Print the time spent in each phase"),
                         cl::sub(formatCommand), cl::sub(docCommand), cl::sub(checkCommand), cl::sub(lintCommand), cl::sub(diffCommand), cl::sub(irCommand), cl::sub(introspectCommand),
                         cl::cat(diagCategory));
cl::opt<unsigned> threads("threads",
                         cl::desc("Use at most this many threads (1: no worker threads; "
                                  "default: the cores this process may run on, up to 4)"),
                         cl::init(0), cl::sub(cl::SubCommand::getAll()),
                         cl::cat(runCategory));
// Crashes on purpose after the command line is parsed: tests check what the crash handler
// prints (no secrets, schemac's own bug-report message).
cl::opt<bool> debugCrash("debug-crash", cl::Hidden, cl::sub(cl::SubCommand::getAll()));
cl::opt<bool> requireUrl(
    "require-url",
    cl::desc("Require `url` in the datasource (default: unless a prisma.config file is found "
             "next to the schema, as in Prisma 7 projects)"),
    cl::init(false), cl::sub(checkCommand), cl::sub(diffCommand), cl::sub(irCommand), cl::cat(diagCategory));
cl::opt<bool> noRequireUrl("no-require-url",
                           cl::desc("Never require `url` in the datasource"), cl::init(false),
                           cl::sub(checkCommand), cl::sub(diffCommand), cl::sub(irCommand), cl::cat(diagCategory));

cl::OptionCategory databaseCategory("Database options");
// Commands that only read a database open read-only sessions with these timeouts.
cl::opt<unsigned> readStatementTimeout(
    "statement-timeout",
    cl::desc("statement_timeout of the queries on the database (ms; 0: the server's)"),
    cl::init(ReadOnlyLimits().statementTimeoutMs), cl::sub(introspectCommand),
    cl::sub(diffCommand), cl::sub(lintCommand), cl::sub(docCommand), cl::cat(databaseCategory));
cl::opt<unsigned> readLockTimeout(
    "lock-timeout",
    cl::desc("lock_timeout of the queries on the database (ms; 0: the server's)"),
    cl::init(ReadOnlyLimits().lockTimeoutMs), cl::sub(introspectCommand), cl::sub(diffCommand),
    cl::sub(lintCommand), cl::sub(docCommand), cl::cat(databaseCategory));

ReadOnlyLimits readOnlyLimits() { return {readStatementTimeout, readLockTimeout}; }

} // namespace

namespace {


DiagnosticOptions makeDiagnosticOptions() {
  DiagnosticOptions options;
  options.warningsAsErrors = warningsAsErrors;
  options.suppressWarnings = quiet;
  options.errorLimit = errorLimit;
  switch (color) {
  case ColorMode::Auto:
    options.showColors = errs().has_colors();
    break;
  case ColorMode::Always:
    options.showColors = true;
    break;
  case ColorMode::Never:
    options.showColors = false;
    break;
  }
  return options;
}

void printDiagnostics(const DiagnosticEngine &diags) {
  if (diagnosticsFormat == DiagnosticFormat::Json) {
    diags.printJson(outs());
    return;
  }
  if (quiet && !diags.hasErrors())
    return;
  diags.printText(errs());
}

/// Checks one schema (a file, a folder, or `-`).
int checkSchema(const std::string &path) {
  PhaseTimer timer;
  timer.next("read");
  SourceMgr sourceMgr;
  DiagnosticEngine diags(sourceMgr, makeDiagnosticOptions());
  Expected<std::vector<unsigned>> buffers = frontend::loadSchemaFiles({path}, sourceMgr);
  if (!buffers) {
    WithColor::error(errs(), "schemac") << toString(buffers.takeError()) << "\n";
    return kExitCannotRun;
  }
  timer.next("parse");
  std::unique_ptr<ast::Schema> schema = frontend::parseSchema(*buffers, diags);
  timer.next("validate");
  if (!diags.errorLimitReached()) {
    frontend::ValidationOptions options;
    options.requireDatasourceUrl =
        !noRequireUrl && (requireUrl || !frontend::hasPrismaConfigFile(path));
    std::unique_ptr<frontend::SchemaDatabase> db =
        frontend::validateSchema(*schema, diags, options);
    keepUntilExit(db.release());
  }
  keepUntilExit(schema.release());
  timer.next("print");
  printDiagnostics(diags);
  if (timeReport)
    timer.print(errs());
  return diags.hasErrors() ? kExitFailed : kExitOk;
}

/// Several paths (pre-commit passes every staged file) are checked schema by schema:
/// each file with the schema it belongs to (frontend::schemaRootsOf).
int runCheck() {
  int status = kExitOk;
  for (const std::string &root : frontend::schemaRootsOf(checkPaths))
    status = combineExitCodes(status, checkSchema(root));
  return status;
}

/// Writes the output (-o, default stdout) and the depfile (-MD/-MF).
int emitOutput(StringRef contents, ArrayRef<std::string> readFiles) {
  std::string output = outputPath.empty() ? "-" : outputPath.getValue();
  if (Error error = tools::writeFileAtomically(output, contents)) {
    WithColor::error(errs(), "schemac") << toString(std::move(error)) << "\n";
    return kExitCannotRun;
  }
  if (writeDepfile || !depfilePath.empty()) {
    if (depfilePath.empty() && output == "-") {
      WithColor::error(errs(), "schemac") << "-MD needs -o or -MF\n";
      return kExitCannotRun;
    }
    std::string depfile = depfilePath.empty() ? output + ".d" : depfilePath.getValue();
    std::string target = !depfileTarget.empty() ? depfileTarget.getValue() : output;
    std::vector<std::string> dependencies;
    for (const std::string &file : readFiles)
      if (file != "-" && !is_contained(dependencies, file))
        dependencies.push_back(file);
    if (Error error = tools::writeDepfile(depfile, target, dependencies)) {
      WithColor::error(errs(), "schemac") << toString(std::move(error)) << "\n";
      return kExitCannotRun;
    }
  }
  return kExitOk;
}

/// One side of a diff: empty, a schema path, or a database URL.
std::optional<ir::Schema> loadDiffSide(bool empty, StringRef path, StringRef url, bool urlGiven,
                                       DiagnosticEngine &diags,
                                       std::vector<std::string> &readFiles, PhaseTimer &timer,
                                       ArrayRef<std::string> alsoRead = {}) {
  if (empty)
    return ir::Schema();
  if (urlGiven)
    return introspectURL(url, diags, timer, readOnlyLimits(), alsoRead);
  return loadSchemaIR(path, diags, readFiles, timer);
}

int runDiff() {
  bool fromUrl = diffFromUrl.getNumOccurrences() > 0, toUrl = diffToUrl.getNumOccurrences() > 0;
  int fromCount = diffFromEmpty + !diffFrom.empty() + fromUrl;
  int toCount = diffToEmpty + !diffTo.empty() + toUrl;
  if (fromCount != 1 || toCount != 1) {
    WithColor::error(errs(), "schemac")
        << "diff needs one of --from, --from-empty, --from-url and one of --to, --to-empty, "
           "--to-url; see `schemac diff --help`\n";
    return kExitCannotRun;
  }
  passes::DiffOptions options;
  options.renames = !diffNoRenames;
  for (const std::string &text : diffRenames) {
    std::optional<passes::RenameRequest> request = passes::parseRenameRequest(text);
    if (!request) {
      WithColor::error(errs(), "schemac")
          << "--rename `" << text << "`: expected Model=NewModel or Model.old=new\n";
      return kExitCannotRun;
    }
    options.requests.push_back(*request);
  }
  PhaseTimer timer;
  SourceMgr sourceMgr;
  DiagnosticEngine diags(sourceMgr, makeDiagnosticOptions());
  std::vector<std::string> readFiles;
  // Both schemas, the plan and the output live until exit: freeing them would only delay it.
  std::optional<ir::Schema> &from = keepUntilExit(std::optional<ir::Schema>());
  std::optional<ir::Schema> &to = keepUntilExit(std::optional<ir::Schema>());
  if (!diffFromEmpty && !fromUrl && !diffToEmpty && !toUrl) {
    // Both from files: read one after the other, then compiled at once.
    std::tie(from, to) =
        loadSchemaIRs(diffFrom, diffTo, diags, readFiles, timer, {"from: ", "to: "});
  } else {
    // A database is read with the namespaces the schema it is compared with declares
    // (`schemas = [...]`), as Prisma does: the schema side is loaded first.
    if (fromUrl && !toUrl) {
      to = loadDiffSide(diffToEmpty, diffTo, diffToUrl, toUrl, diags, readFiles, timer);
      if (to)
        from = loadDiffSide(false, "", diffFromUrl, true, diags, readFiles, timer, to->namespaces);
    } else {
      from = loadDiffSide(diffFromEmpty, diffFrom, diffFromUrl, fromUrl, diags, readFiles, timer);
      if (from)
        to = loadDiffSide(diffToEmpty, diffTo, diffToUrl, toUrl, diags, readFiles, timer,
                          toUrl && !fromUrl ? ArrayRef<std::string>(from->namespaces)
                                            : ArrayRef<std::string>());
    }
  }
  if (!from || !to) {
    printDiagnostics(diags);
    return exitCodeFor(diags);
  }
  std::string &output = keepUntilExit(std::string());
  bool different;
  if (diffFromEmpty && diffEmit == EmitKind::Up && !diffAnnotate) {
    // The common build-system case, without a plan.
    timer.next("render");
    output = backends::postgres::createScript(*to);
    different = !to->tables.empty() || !to->enums.empty() || !to->extensions.empty();
  } else {
    timer.next("diff");
    ir::MigrationPlan &plan = keepUntilExit(
        passes::diffSchemas(std::make_shared<ir::Schema>(std::move(*from)),
                            std::make_shared<ir::Schema>(std::move(*to)), options, &diags));
    different = !plan.empty();
    timer.next("render");
    backends::postgres::ScriptOptions scriptOptions;
    scriptOptions.annotate = diffAnnotate;
    switch (diffEmit) {
    case EmitKind::Up:
      if (diffAnnotate)
        scriptOptions.warnings = passes::planWarnings(plan);
      output = backends::postgres::migrationScript(plan, scriptOptions);
      break;
    case EmitKind::Down: {
      ir::MigrationPlan &reverse = keepUntilExit(passes::invertPlan(plan));
      if (diffAnnotate) {
        scriptOptions.warnings = passes::planWarnings(reverse);
        scriptOptions.stepNotes = passes::irreversibleSteps(reverse);
        for (const ir::StepWarning &note : scriptOptions.stepNotes)
          scriptOptions.warnings.push_back(note);
      }
      output = backends::postgres::migrationScript(reverse, scriptOptions);
      break;
    }
    case EmitKind::Plan: {
      raw_string_ostream os(output);
      ir::printPlan(plan, os);
      break;
    }
    case EmitKind::Summary:
      output = backends::postgres::migrationSummary(plan);
      if (!output.empty() && output.back() != '\n')
        output += '\n';
      break;
    }
  }
  timer.next("write");
  printDiagnostics(diags);
  if (diags.hasErrors())
    return kExitFailed;
  int status = emitOutput(output, readFiles);
  if (timeReport)
    timer.print(errs());
  if (status == kExitOk && diffExitCode && different)
    return kExitFound;
  return status;
}

int runIR() {
  PhaseTimer timer;
  SourceMgr sourceMgr;
  DiagnosticEngine diags(sourceMgr, makeDiagnosticOptions());
  std::vector<std::string> readFiles;
  std::optional<ir::Schema> schema = loadSchemaIR(irPath, diags, readFiles, timer);
  if (!schema) {
    printDiagnostics(diags);
    return exitCodeFor(diags);
  }
  timer.next("print");
  std::string text;
  if (!irVerifyOnly) {
    raw_string_ostream os(text);
    ir::PrintOptions options;
    options.locations = irLocations;
    ir::printSchema(*schema, os, options);
  }
  printDiagnostics(diags);
  int status = emitOutput(text, readFiles);
  if (timeReport)
    timer.print(errs());
  return status;
}

int runIntrospect() {
  PhaseTimer timer;
  SourceMgr sourceMgr;
  DiagnosticEngine diags(sourceMgr, makeDiagnosticOptions());
  std::optional<ir::Schema> schema = introspectURL(introspectUrl, diags, timer, readOnlyLimits());
  if (!schema) {
    printDiagnostics(diags);
    return exitCodeFor(diags);
  }
  timer.next("print");
  std::string text;
  raw_string_ostream os(text);
  if (introspectEmit == IntrospectEmit::Prisma)
    backends::prisma::printPrismaSchema(*schema, os);
  else
    ir::printSchema(*schema, os, ir::PrintOptions());
  os.flush();
  printDiagnostics(diags);
  int status = emitOutput(text, {});
  if (timeReport)
    timer.print(errs());
  return status;
}

int runLintCommand() {
  if (lintListRules) {
    passes::printRuleList(outs(), lintFormat == tools::LintFormat::Json);
    return kExitOk;
  }
  if (lintPaths.empty()) {
    WithColor::error(errs(), "schemac") << "lint needs a schema path; see `schemac lint --help`\n";
    return kExitCannotRun;
  }
  if (!lintBase.empty() && !lintBaseRef.empty()) {
    WithColor::error(errs(), "schemac") << "--base and --base-ref are exclusive\n";
    return kExitCannotRun;
  }
  tools::LintCommandOptions options;
  options.base = lintBase;
  options.baseRef = lintBaseRef;
  if (lintDatabaseUrl.getNumOccurrences()) {
    options.databaseUrl = lintDatabaseUrl.getValue();
    options.databaseLimits = readOnlyLimits();
    if (options.databaseUrl->empty())
      if (std::optional<std::string> env = sys::Process::GetEnv("DATABASE_URL"))
        options.databaseUrl = *env;
  }
  options.warningFlags.assign(lintWarnings.begin(), lintWarnings.end());
  options.configPath = lintConfig;
  options.noConfig = lintNoConfig;
  options.noRenames = lintNoRenames;
  options.format = lintFormat;
  options.diagnostics = makeDiagnosticOptions();
  options.timeReport = timeReport;
  // Several paths (pre-commit passes every staged file): each schema is linted on its
  // own, against its own version at --base-ref.
  std::vector<std::string> roots = frontend::schemaRootsOf(lintPaths);
  if (roots.size() > 1 && (!lintBase.empty() || lintFormat == tools::LintFormat::Json ||
                           lintFormat == tools::LintFormat::Sarif)) {
    WithColor::error(errs(), "schemac")
        << "the paths belong to " << roots.size() << " schemas; --base, --format=json and "
        << "--format=sarif take one schema at a time\n";
    return kExitCannotRun;
  }
  int status = kExitOk;
  for (const std::string &root : roots) {
    options.path = root;
    status = combineExitCodes(status, tools::runLint(options));
  }
  return status;
}

} // namespace

void printVersion(raw_ostream &os) {
  os << "schemac " << SCHEMAC_VERSION;
  if (StringRef(SCHEMAC_GIT_REVISION).size())
    os << " (" << SCHEMAC_GIT_REVISION << ")";
  os << "\n";
}

int main(int argc, char **argv) {
  // The crash handler prints the command line: give it one without connection URLs.
  std::vector<std::string> &scrubbed = keepUntilExit(scrubbedArguments(argc, argv));
  std::vector<const char *> &scrubbedPointers = keepUntilExit(std::vector<const char *>());
  for (const std::string &arg : scrubbed)
    scrubbedPointers.push_back(arg.c_str());
  scrubbedPointers.push_back(nullptr);
  int scrubbedArgc = argc;
  const char **scrubbedArgv = scrubbedPointers.data();
  InitLLVM initLLVM(scrubbedArgc, scrubbedArgv);
  setBugReportMsg("PLEASE report this schemac crash with the stack trace below and, if you "
                  "can, the schema or migration that caused it (never a password or a "
                  "connection URL).\n");
  cl::SetVersionPrinter(printVersion);
  cl::HideUnrelatedOptions({&diagCategory, &outputCategory, &runCategory});
  if (!cl::ParseCommandLineOptions(argc, argv,
                                   "schemac: a compiler-style toolchain for Prisma schemas and "
                                   "PostgreSQL migrations\n",
                                   &errs()))
    return kExitCannotRun;
  setProcessThreads(threads);
  if (debugCrash)
    LLVM_BUILTIN_TRAP;
  if (tools::migrateCommandChosen())
    return tools::runMigrateCommand();
  if (tools::dbCommandChosen())
    return tools::runDbCommand();
  if (tools::analyzeCommandChosen())
    return tools::runAnalyzeCommand();
  if (tools::backupCommandChosen())
    return tools::runBackupCommand();
  if (tools::seedCommandChosen())
    return tools::runSeedCommand();
  if (checkCommand)
    return runCheck();
  if (diffCommand)
    return runDiff();
  if (irCommand)
    return runIR();
  if (introspectCommand)
    return runIntrospect();
  if (lintCommand)
    return runLintCommand();
  if (docCommand) {
    tools::DocCommandOptions options;
    options.path = docPath;
    options.url = docUrl;
    options.databaseLimits = readOnlyLimits();
    options.from = docFrom;
    options.to = docTo;
    options.output = docOutput;
    options.title = docTitle;
    options.mermaidScript = docMermaid;
    options.format = docFormat;
    options.diagnostics = makeDiagnosticOptions();
    options.timeReport = timeReport;
    return tools::runDoc(options);
  }
  if (formatCommand) {
    tools::FormatCommandOptions options;
    options.paths.assign(formatPaths.begin(), formatPaths.end());
    options.check = formatCheck;
    options.toStdout = formatStdout;
    options.keepInvalidLines = formatKeepInvalid;
    options.completeRelations = !formatNoRelations;
    options.indentWidth = formatIndent;
    options.diagnostics = makeDiagnosticOptions();
    options.timeReport = timeReport;
    return tools::runFormat(options);
  }
  errs() << "schemac: no subcommand given; run `schemac --help` for the list\n";
  return kExitCannotRun;
}
