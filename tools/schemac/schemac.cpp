//===- tools/schemac/schemac.cpp - the schemac driver ---------------------===//
//
// Part of schemac. `schemac <subcommand> ...`. Exit codes: 0 success (warnings allowed),
// 1 the input has errors, 2 usage or I/O error.
//
//===----------------------------------------------------------------------===//
#include "frontend/Frontend.h"
#include "frontend/Sema.h"
#include "ir/Diagnostic.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>

using namespace llvm;
using namespace schemac;

namespace {

enum class ColorMode { Auto, Always, Never };
enum ExitCode { kExitOk = 0, kExitInvalid = 1, kExitUsage = 2 };

cl::OptionCategory diagCategory("Diagnostic options");

cl::SubCommand checkCommand("check", "Validate Prisma schema files (exit 0 valid, 1 invalid)");

cl::list<std::string> checkPaths(cl::Positional, cl::desc("<schema.prisma | folder>..."),
                                 cl::OneOrMore, cl::sub(checkCommand));

cl::opt<bool> warningsAsErrors("Werror", cl::desc("Treat warnings as errors"),
                               cl::sub(checkCommand), cl::cat(diagCategory));
cl::opt<bool> quiet("quiet", cl::desc("Do not print warnings or the summary line"),
                    cl::sub(checkCommand), cl::cat(diagCategory));
cl::alias quietShort("q", cl::desc("Alias for --quiet"), cl::aliasopt(quiet));
cl::opt<ColorMode> color("color", cl::desc("Use colors in diagnostics"),
                         cl::values(clEnumValN(ColorMode::Auto, "auto", "on a terminal only"),
                                    clEnumValN(ColorMode::Always, "always", "always"),
                                    clEnumValN(ColorMode::Never, "never", "never")),
                         cl::init(ColorMode::Auto), cl::sub(checkCommand), cl::cat(diagCategory));
cl::opt<DiagnosticFormat> diagnosticsFormat(
    "diagnostics-format", cl::desc("How diagnostics are printed"),
    cl::values(clEnumValN(DiagnosticFormat::Text, "text", "clang-style text on stderr"),
               clEnumValN(DiagnosticFormat::Json, "json", "a JSON array on stdout")),
    cl::init(DiagnosticFormat::Text), cl::sub(checkCommand), cl::cat(diagCategory));
cl::opt<unsigned> errorLimit("error-limit",
                             cl::desc("Stop after this many errors (0 = no limit)"),
                             cl::init(50), cl::sub(checkCommand), cl::cat(diagCategory));
cl::opt<bool> timeReport("time-report", cl::desc("Print the time spent in each phase"),
                         cl::sub(checkCommand), cl::cat(diagCategory));
cl::opt<bool> requireUrl(
    "require-url",
    cl::desc("Require `url` in the datasource (default: unless a prisma.config file is found "
             "next to the schema, as in Prisma 7 projects)"),
    cl::init(false), cl::sub(checkCommand), cl::cat(diagCategory));
cl::opt<bool> noRequireUrl("no-require-url",
                           cl::desc("Never require `url` in the datasource"), cl::init(false),
                           cl::sub(checkCommand), cl::cat(diagCategory));

} // namespace

/// Like clang's -disable-free: the process is about to exit, so large trees are not freed
/// node by node. A global with external linkage keeps them reachable, so LeakSanitizer
/// does not report them and the compiler cannot drop the stores.
void *keepAlive[2];

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
    keepAlive[0] = db.release();
  }
  keepAlive[1] = schema.release();
  timer.next("print");
  printDiagnostics(diags);
  if (timeReport)
    timer.print(errs());
  return diags.hasErrors() ? kExitInvalid : kExitOk;
}

} // namespace

int main(int argc, char **argv) {
  InitLLVM initLLVM(argc, argv);
  cl::HideUnrelatedOptions({&diagCategory});
  if (!cl::ParseCommandLineOptions(argc, argv,
                                   "schemac: a compiler-style toolchain for Prisma schemas and "
                                   "PostgreSQL migrations\n",
                                   &errs()))
    return kExitUsage;
  if (checkCommand)
    return runCheck();
  errs() << "schemac: no subcommand given; run `schemac --help` for the list\n";
  return kExitUsage;
}
