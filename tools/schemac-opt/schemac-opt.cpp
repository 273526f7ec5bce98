//===- tools/schemac-opt/schemac-opt.cpp - run named passes ---------------===//
//
// Part of schemac. The developers' driver for the passes, after mlir-opt: reads a schema
// (Prisma files or textual IR), optionally a base version for the change passes, runs
// the passes named with --passes (default: all) and prints their diagnostics. With
// --verify-diagnostics it instead checks them against the `expected-warning {{...}}`
// comments in the inputs (support/DiagnosticVerifier.h); the lint's lit tests use this.
//
//   schemac-opt schema.prisma --passes=foreign-key-indexes --verify-diagnostics
//   schemac-opt next.prisma --base prev.prisma --passes=locking -Wno-error
//
//===----------------------------------------------------------------------===//
#include "Compile.h"

#include "support/DiagnosticVerifier.h"
#include "ir/MigrationPlan.h"
#include "passes/diff/Differ.h"
#include "passes/lint/Lint.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace schemac;

namespace {

cl::opt<std::string> inputPath(cl::Positional, cl::desc("<schema.prisma | folder | file.sir>"));
cl::opt<std::string> basePath("base", cl::desc("The previous version, for the change passes"),
                              cl::value_desc("path"));
cl::list<std::string> passNames("passes", cl::desc("The passes to run (default: all)"),
                                cl::CommaSeparated, cl::value_desc("pass,..."));
cl::list<std::string> warningFlags("W", cl::Prefix, cl::desc("Rule flags, as for schemac lint"),
                                   cl::value_desc("flag"));
cl::list<std::string> onlyRules("only", cl::desc("Enable only these rules"), cl::CommaSeparated,
                                cl::value_desc("rule,..."));
cl::opt<bool> verify("verify-diagnostics",
                     cl::desc("Check the diagnostics against expected-* comments"));
cl::opt<bool> printPlan("print-plan", cl::desc("Print the migration plan (with --base)"));
cl::opt<bool> listPasses("list-passes", cl::desc("List the passes and their rules"));

int run() {
  if (listPasses) {
    for (const passes::PassInfo &pass : passes::allPasses()) {
      outs() << pass.name << ": " << pass.description << "\n";
      for (passes::Rule rule : passes::rulesOfPass(pass.name))
        outs() << "  " << passes::ruleInfo(rule).id << "\n";
    }
    return 0;
  }
  if (inputPath.empty()) {
    WithColor::error(errs(), "schemac-opt") << "no input; see --help\n";
    return 2;
  }
  passes::RulePolicy policy;
  // Every rule runs in schemac-opt unless a flag says otherwise: tests name their passes.
  for (const passes::RuleInfo &info : passes::allRules())
    if (info.defaultSeverity == passes::RuleSeverity::Off)
      policy.setSeverity(info.rule, passes::RuleSeverity::Warning);
  if (!onlyRules.empty()) {
    for (const passes::RuleInfo &info : passes::allRules())
      policy.setSeverity(info.rule, passes::RuleSeverity::Off);
    for (const std::string &id : onlyRules) {
      std::optional<passes::Rule> rule = passes::findRule(id);
      if (!rule) {
        WithColor::error(errs(), "schemac-opt") << "unknown rule '" << id << "'\n";
        return 2;
      }
      policy.setSeverity(*rule, passes::RuleSeverity::Warning);
    }
  }
  for (const std::string &flag : warningFlags)
    if (Error error = policy.applyFlag(flag)) {
      WithColor::error(errs(), "schemac-opt") << toString(std::move(error)) << "\n";
      return 2;
    }
  passes::PassManager manager;
  if (passNames.empty())
    manager.addAllPasses();
  for (const std::string &name : passNames) {
    const passes::PassInfo *pass = passes::findPass(name);
    if (!pass) {
      WithColor::error(errs(), "schemac-opt")
          << "unknown pass '" << name << "'; --list-passes lists them\n";
      return 2;
    }
    manager.addPass(*pass);
  }

  SourceMgr sourceMgr;
  DiagnosticEngine diags(sourceMgr);
  tools::PhaseTimer timer;
  std::vector<std::string> readFiles;
  tools::LoadOptions load;
  load.anchorIRText = true;
  std::optional<ir::Schema> next = tools::loadSchemaIR(inputPath, diags, readFiles, timer, load);
  std::optional<ir::Schema> base;
  if (next && !basePath.empty())
    base = tools::loadSchemaIR(basePath, diags, readFiles, timer, load);
  std::optional<ir::MigrationPlan> plan;
  if (next && (basePath.empty() || base)) {
    if (base)
      plan = passes::diffSchemas(std::make_shared<ir::Schema>(std::move(*base)),
                                 std::make_shared<ir::Schema>(std::move(*next)), {}, &diags);
    passes::LintInput input;
    input.schema = plan ? plan->next.get() : &*next;
    input.plan = plan ? &*plan : nullptr;
    passes::FindingReporter reporter(diags, policy);
    passes::LintContext context{input, reporter, {}};
    manager.run(context);
    if (plan && printPlan)
      ir::printPlan(*plan, outs());
  }
  if (!verify) {
    diags.printText(errs());
    return diags.hasErrors() ? 1 : 0;
  }
  DiagnosticEngine mismatches(sourceMgr);
  bool ok = verifyDiagnostics(diags, mismatches);
  mismatches.printText(errs());
  return ok ? 0 : 1;
}

} // namespace

int main(int argc, char **argv) {
  InitLLVM initLLVM(argc, argv);
  cl::ParseCommandLineOptions(argc, argv, "schemac-opt: run schemac's passes on a schema\n");
  return run();
}
