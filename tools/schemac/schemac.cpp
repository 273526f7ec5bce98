//===- tools/schemac/schemac.cpp - the schemac driver ---------------------===//
//
// Part of schemac. `schemac <subcommand> ...`. Exit codes: 0 success (warnings allowed),
// 1 the input has errors, 2 usage or I/O error.
//
//===----------------------------------------------------------------------===//
#include "OutputFile.h"

#include "backends/PostgresIntrospection.h"
#include "backends/PostgresMigration.h"
#include "backends/PrismaSchema.h"
#include "backends/PostgresSQL.h"
#include "frontend/Frontend.h"
#include "frontend/Lowering.h"
#include "frontend/Sema.h"
#include "ir/Diagnostic.h"
#include "ir/Parser.h"
#include "ir/Printer.h"
#include "ir/Verifier.h"
#include "passes/Differ.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>

using namespace llvm;
using namespace schemac;

namespace {

enum class ColorMode { Auto, Always, Never };
enum ExitCode { kExitOk = 0, kExitInvalid = 1, kExitUsage = 2, kExitDifferent = 2 };

cl::OptionCategory diagCategory("Diagnostic options");

cl::OptionCategory outputCategory("Output options");

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
cl::opt<bool> diffExitCode("exit-code", cl::desc("Exit 2 when the diff is not empty (a CI gate)"),
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
                    cl::sub(checkCommand), cl::sub(diffCommand), cl::sub(irCommand), cl::sub(introspectCommand), cl::cat(diagCategory));
cl::alias quietShort("q", cl::desc("Alias for --quiet"), cl::aliasopt(quiet));
cl::opt<ColorMode> color("color", cl::desc("Use colors in diagnostics"),
                         cl::values(clEnumValN(ColorMode::Auto, "auto", "on a terminal only"),
                                    clEnumValN(ColorMode::Always, "always", "always"),
                                    clEnumValN(ColorMode::Never, "never", "never")),
                         cl::init(ColorMode::Auto), cl::sub(checkCommand), cl::sub(diffCommand),
                         cl::sub(irCommand), cl::sub(introspectCommand), cl::cat(diagCategory));
cl::opt<DiagnosticFormat> diagnosticsFormat(
    "diagnostics-format", cl::desc("How diagnostics are printed"),
    cl::values(clEnumValN(DiagnosticFormat::Text, "text", "clang-style text on stderr"),
               clEnumValN(DiagnosticFormat::Json, "json", "a JSON array on stdout")),
    cl::init(DiagnosticFormat::Text), cl::sub(checkCommand), cl::sub(diffCommand),
    cl::sub(irCommand), cl::sub(introspectCommand), cl::cat(diagCategory));
cl::opt<unsigned> errorLimit("error-limit",
                             cl::desc("Stop after this many errors (0 = no limit)"),
                             cl::init(50), cl::sub(checkCommand), cl::sub(diffCommand),
                             cl::sub(irCommand), cl::sub(introspectCommand), cl::cat(diagCategory));
cl::opt<bool> timeReport("time-report", cl::desc("Print the time spent in each phase"),
                         cl::sub(checkCommand), cl::sub(diffCommand), cl::sub(irCommand), cl::sub(introspectCommand),
                         cl::cat(diagCategory));
cl::opt<bool> requireUrl(
    "require-url",
    cl::desc("Require `url` in the datasource (default: unless a prisma.config file is found "
             "next to the schema, as in Prisma 7 projects)"),
    cl::init(false), cl::sub(checkCommand), cl::sub(diffCommand), cl::sub(irCommand), cl::cat(diagCategory));
cl::opt<bool> noRequireUrl("no-require-url",
                           cl::desc("Never require `url` in the datasource"), cl::init(false),
                           cl::sub(checkCommand), cl::sub(diffCommand), cl::sub(irCommand), cl::cat(diagCategory));

} // namespace

/// Like clang's -disable-free: the process is about to exit, so large trees are not freed
/// node by node. A global with external linkage keeps them reachable, so LeakSanitizer
/// does not report them and the compiler cannot drop the stores.
void *keepAlive[8];
static unsigned keepAliveCount = 0;

namespace {
/// Keeps `pointer` reachable until exit (a diff compiles two schemas).
void keepUntilExit(void *pointer) {
  if (keepAliveCount < std::size(keepAlive))
    keepAlive[keepAliveCount++] = pointer;
}
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

/// Wall time of each phase, for --time-report (like clang's -ftime-report).
class PhaseTimer {
public:
  void next(StringRef phase) {
    auto now = std::chrono::steady_clock::now();
    if (!current.empty())
      phases.push_back({current, std::chrono::duration<double, std::milli>(now - start).count()});
    current = phase.str();
    start = now;
  }
  void print(raw_ostream &os) {
    next("");
    double total = 0;
    for (auto &[name, ms] : phases)
      total += ms;
    for (auto &[name, ms] : phases)
      os << format("%10.2f ms  %5.1f%%  ", ms, total > 0 ? 100 * ms / total : 0.0) << name << "\n";
    os << format("%10.2f ms  total\n", total);
  }

private:
  std::string current;
  std::chrono::steady_clock::time_point start;
  std::vector<std::pair<std::string, double>> phases;
};

int runCheck() {
  PhaseTimer timer;
  timer.next("read");
  SourceMgr sourceMgr;
  DiagnosticEngine diags(sourceMgr, makeDiagnosticOptions());
  Expected<std::vector<unsigned>> buffers = frontend::loadSchemaFiles(checkPaths, sourceMgr);
  if (!buffers) {
    WithColor::error(errs(), "schemac") << toString(buffers.takeError()) << "\n";
    return kExitUsage;
  }
  timer.next("parse");
  std::unique_ptr<ast::Schema> schema = frontend::parseSchema(*buffers, diags);
  timer.next("validate");
  if (!diags.errorLimitReached()) {
    frontend::ValidationOptions options;
    options.requireDatasourceUrl =
        !noRequireUrl && (requireUrl || !frontend::hasPrismaConfigFile(checkPaths.front()));
    std::unique_ptr<frontend::SchemaDatabase> db =
        frontend::validateSchema(*schema, diags, options);
    keepUntilExit(db.release());
  }
  keepUntilExit(schema.release());
  timer.next("print");
  printDiagnostics(diags);
  if (timeReport)
    timer.print(errs());
  return diags.hasErrors() ? kExitInvalid : kExitOk;
}

/// Reads a schema target into the IR: a textual IR file (`.sir`, or any file starting
/// with `schemac.ir`), or Prisma schema files (a file or a folder). Appends the files read
/// to `readFiles`. Returns std::nullopt after reporting errors.
std::optional<ir::Schema> loadSchemaIR(StringRef path, DiagnosticEngine &diags,
                                       std::vector<std::string> &readFiles, PhaseTimer &timer) {
  SourceMgr &sourceMgr = diags.getSourceMgr();
  timer.next("read");
  bool isIR = sys::path::extension(path) == ".sir";
  if (!isIR && !sys::fs::is_directory(path) && path != "-") {
    ErrorOr<std::unique_ptr<MemoryBuffer>> buffer = MemoryBuffer::getFile(path);
    isIR = buffer && ir::looksLikeSchemaText((*buffer)->getBuffer());
  }
  if (isIR) {
    ErrorOr<std::unique_ptr<MemoryBuffer>> buffer = MemoryBuffer::getFileOrSTDIN(path);
    if (!buffer) {
      diags.error(SMRange(), "cannot read `" + path + "`: " + buffer.getError().message());
      return std::nullopt;
    }
    readFiles.push_back(path.str());
    unsigned id = sourceMgr.AddNewSourceBuffer(std::move(*buffer), SMLoc());
    timer.next("parse IR");
    ir::SchemaLocations locations;
    std::optional<ir::Schema> schema = ir::parseSchemaText(id, diags, &locations);
    if (!schema)
      return std::nullopt;
    timer.next("verify");
    if (!ir::verifySchema(*schema, diags, &locations))
      return std::nullopt;
    return schema;
  }
  Expected<std::vector<unsigned>> buffers =
      frontend::loadSchemaFiles({path.str()}, sourceMgr, &readFiles);
  if (!buffers) {
    diags.error(SMRange(), toString(buffers.takeError()));
    return std::nullopt;
  }
  timer.next("parse");
  std::unique_ptr<ast::Schema> schema = frontend::parseSchema(*buffers, diags);
  keepUntilExit(schema.get());
  if (diags.hasErrors()) {
    schema.release();
    return std::nullopt;
  }
  timer.next("validate");
  frontend::ValidationOptions options;
  options.requireDatasourceUrl = false; // SQL does not depend on where the database is
  std::unique_ptr<frontend::SchemaDatabase> db = frontend::validateSchema(*schema, diags, options);
  keepUntilExit(db.get());
  schema.release();
  if (diags.hasErrors()) {
    db.release();
    return std::nullopt;
  }
  timer.next("lower");
  std::optional<ir::Schema> lowered = frontend::lowerToIR(*db, diags);
  db.release();
  return lowered;
}

/// Writes the output (-o, default stdout) and the depfile (-MD/-MF).
int emitOutput(StringRef contents, ArrayRef<std::string> readFiles) {
  std::string output = outputPath.empty() ? "-" : outputPath.getValue();
  if (Error error = tools::writeFileAtomically(output, contents)) {
    WithColor::error(errs(), "schemac") << toString(std::move(error)) << "\n";
    return kExitUsage;
  }
  if (writeDepfile || !depfilePath.empty()) {
    if (depfilePath.empty() && output == "-") {
      WithColor::error(errs(), "schemac") << "-MD needs -o or -MF\n";
      return kExitUsage;
    }
    std::string depfile = depfilePath.empty() ? output + ".d" : depfilePath.getValue();
    std::string target = !depfileTarget.empty() ? depfileTarget.getValue() : output;
    std::vector<std::string> dependencies;
    for (const std::string &file : readFiles)
      if (file != "-" && !is_contained(dependencies, file))
        dependencies.push_back(file);
    if (Error error = tools::writeDepfile(depfile, target, dependencies)) {
      WithColor::error(errs(), "schemac") << toString(std::move(error)) << "\n";
      return kExitUsage;
    }
  }
  return kExitOk;
}

std::optional<ir::Schema> introspectURL(StringRef url, DiagnosticEngine &diags,
                                        PhaseTimer &timer);

/// One side of a diff: empty, a schema path, or a database URL.
std::optional<ir::Schema> loadDiffSide(bool empty, StringRef path, StringRef url, bool urlGiven,
                                       DiagnosticEngine &diags,
                                       std::vector<std::string> &readFiles, PhaseTimer &timer) {
  if (empty)
    return ir::Schema();
  if (urlGiven)
    return introspectURL(url, diags, timer);
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
    return kExitUsage;
  }
  passes::DiffOptions options;
  options.renames = !diffNoRenames;
  for (const std::string &text : diffRenames) {
    std::optional<passes::RenameRequest> request = passes::parseRenameRequest(text);
    if (!request) {
      WithColor::error(errs(), "schemac")
          << "--rename `" << text << "`: expected Model=NewModel or Model.old=new\n";
      return kExitUsage;
    }
    options.requests.push_back(*request);
  }
  PhaseTimer timer;
  SourceMgr sourceMgr;
  DiagnosticEngine diags(sourceMgr, makeDiagnosticOptions());
  std::vector<std::string> readFiles;
  std::optional<ir::Schema> from =
      loadDiffSide(diffFromEmpty, diffFrom, diffFromUrl, fromUrl, diags, readFiles, timer);
  std::optional<ir::Schema> to =
      from ? loadDiffSide(diffToEmpty, diffTo, diffToUrl, toUrl, diags, readFiles, timer)
           : std::nullopt;
  if (!from || !to) {
    printDiagnostics(diags);
    return kExitInvalid;
  }
  std::string output;
  bool different;
  if (diffFromEmpty && diffEmit == EmitKind::Up && !diffAnnotate) {
    // The common build-system case, without a plan.
    timer.next("render");
    output = backends::postgres::createScript(*to);
    different = !to->tables.empty() || !to->enums.empty() || !to->extensions.empty();
  } else {
    timer.next("diff");
    ir::MigrationPlan plan = passes::diffSchemas(std::make_shared<ir::Schema>(std::move(*from)),
                                                 std::make_shared<ir::Schema>(std::move(*to)),
                                                 options, &diags);
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
      ir::MigrationPlan reverse = passes::invertPlan(plan);
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
    return kExitInvalid;
  int status = emitOutput(output, readFiles);
  if (timeReport)
    timer.print(errs());
  if (status == kExitOk && diffExitCode && different)
    return kExitDifferent;
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
    return kExitInvalid;
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

std::optional<ir::Schema> introspectURL(StringRef url, DiagnosticEngine &diags,
                                        PhaseTimer &timer) {
  timer.next("connect");
  Expected<backends::postgres::ConnectionTarget> target =
      backends::postgres::parseConnectionTarget(url);
  if (!target) {
    diags.error(SMRange(), toString(target.takeError()));
    return std::nullopt;
  }
  Expected<std::unique_ptr<backends::postgres::Connection>> connection =
      backends::postgres::Connection::open(*target);
  if (!connection) {
    diags.error(SMRange(), toString(connection.takeError()));
    return std::nullopt;
  }
  timer.next("introspect");
  Expected<ir::Schema> schema = backends::postgres::introspect(**connection);
  if (!schema) {
    diags.error(SMRange(), toString(schema.takeError()));
    return std::nullopt;
  }
  return std::move(*schema);
}

int runIntrospect() {
  PhaseTimer timer;
  SourceMgr sourceMgr;
  DiagnosticEngine diags(sourceMgr, makeDiagnosticOptions());
  std::optional<ir::Schema> schema = introspectURL(introspectUrl, diags, timer);
  if (!schema) {
    printDiagnostics(diags);
    return kExitInvalid;
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

} // namespace

int main(int argc, char **argv) {
  InitLLVM initLLVM(argc, argv);
  cl::HideUnrelatedOptions({&diagCategory, &outputCategory});
  if (!cl::ParseCommandLineOptions(argc, argv,
                                   "schemac: a compiler-style toolchain for Prisma schemas and "
                                   "PostgreSQL migrations\n",
                                   &errs()))
    return kExitUsage;
  if (checkCommand)
    return runCheck();
  if (diffCommand)
    return runDiff();
  if (irCommand)
    return runIR();
  if (introspectCommand)
    return runIntrospect();
  errs() << "schemac: no subcommand given; run `schemac --help` for the list\n";
  return kExitUsage;
}
