//===- passes/lint/Lint.cpp - Pass manager and finding reporter ---------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//
#include "passes/lint/Lint.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace llvm;

namespace schemac::passes {

//===----------------------------------------------------------------------===//
// FindingReporter
//===----------------------------------------------------------------------===//

const ir::OriginLocator &FindingReporter::locator(const ir::Schema &schema) {
  std::unique_ptr<ir::OriginLocator> &slot = locators[&schema];
  if (!slot)
    slot = std::make_unique<ir::OriginLocator>(diags.getSourceMgr(), schema);
  return *slot;
}

Diagnostic *FindingReporter::report(Rule rule, const ir::Schema &schema,
                                    const ir::Origin &origin, const Twine &message,
                                    Subject subject, bool fails) {
  RuleSeverity severity = policy.effectiveSeverity(rule);
  if (severity == RuleSeverity::Off)
    return nullptr;
  StringRef id = ruleInfo(rule).id;
  auto suppressedBy = [&](const std::vector<ir::Suppression> &list) -> bool {
    for (const ir::Suppression &suppression : list)
      if (suppression.rule == id) {
        used.insert(&suppression);
        return true;
      }
    return false;
  };
  if ((subject.column && suppressedBy(subject.column->suppressions)) ||
      (subject.table && suppressedBy(subject.table->suppressions)))
    return nullptr;
  Severity level = fails || severity == RuleSeverity::Error ? Severity::Error : Severity::Warning;
  Diagnostic &diag =
      diags.report(level, locator(schema).nameRange(origin), message, /*promote=*/false);
  if (diag.message.empty())
    return nullptr; // dropped by --quiet or the error limit
  diag.rule = id.str();
  return &diag;
}

void FindingReporter::note(Diagnostic &diag, const ir::Schema &schema, const ir::Origin &origin,
                           const Twine &message) {
  diag.notes.push_back({locator(schema).loc(origin), message.str()});
}

void FindingReporter::insertBlockAttribute(Diagnostic &diag, const ir::Schema &schema,
                                           const ir::Table &table, StringRef line) {
  SMLoc brace = locator(schema).end(table.origin);
  if (!brace.isValid() || table.origin.endColumn != 1)
    return; // a one-line model: no fix-it rather than a mangled one
  // The line above the brace: a block attribute already there, or the last field (then
  // a blank line separates fields from block attributes, as `prisma format` keeps it).
  const char *cursor = brace.getPointer() - 1;
  const MemoryBuffer *buffer =
      diags.getSourceMgr().getMemoryBuffer(diags.getSourceMgr().FindBufferContainingLoc(brace));
  const char *begin = buffer->getBufferStart();
  while (cursor > begin && (cursor[-1] == '\n' || cursor[-1] == '\r'))
    --cursor;
  const char *lineStart = cursor;
  while (lineStart > begin && lineStart[-1] != '\n')
    --lineStart;
  StringRef previous = StringRef(lineStart, cursor - lineStart).trim();
  std::string text = (previous.startswith("@@") || previous.endswith("{") ? "" : "\n");
  text += "  " + line.str() + "\n";
  diag.fixIts.emplace_back(SMRange(brace, brace), text);
}

void FindingReporter::reportUnusedSuppressions(const ir::Schema &schema,
                                               const std::set<Rule> &checkedRules) {
  auto check = [&](const std::vector<ir::Suppression> &list, const ir::Table &table,
                   const ir::Column *column) {
    for (const ir::Suppression &suppression : list) {
      if (used.count(&suppression))
        continue;
      std::optional<Rule> rule = findRule(suppression.rule);
      if (rule && !checkedRules.count(*rule))
        continue;
      StringRef what = column ? "field" : "model";
      std::string name = table.origin.name.empty() ? table.name : table.origin.name;
      if (column)
        name += "." + (column->origin.name.empty() ? column->name : column->origin.name);
      if (!rule) {
        std::vector<StringRef> ids;
        for (const RuleInfo &info : allRules())
          ids.push_back(info.id);
        std::string guess = closestMatch(suppression.rule, ids);
        report(Rule::UnusedSuppression, schema, suppression.origin,
               "`schemac-ignore " + suppression.rule + "` on " + what + " `" + name +
                   "` names no rule" + (guess.empty() ? "" : "; did you mean `" + guess + "`?"),
               {&table, nullptr});
        continue;
      }
      report(Rule::UnusedSuppression, schema, suppression.origin,
             "`schemac-ignore " + suppression.rule + "` on " + what + " `" + name +
                 "` suppresses nothing; remove it",
             {&table, nullptr});
    }
  };
  for (const ir::Table &table : schema.tables) {
    check(table.suppressions, table, nullptr);
    for (const ir::Column &column : table.columns)
      check(column.suppressions, table, &column);
  }
}

//===----------------------------------------------------------------------===//
// Registry and pass manager
//===----------------------------------------------------------------------===//

namespace {
constexpr PassInfo kPasses[] = {
#define PASS(NAME, FUNCTION, KIND, DESCRIPTION) {NAME, PassKind::KIND, DESCRIPTION, FUNCTION},
#include "passes/lint/Passes.def"
};
} // namespace

ArrayRef<PassInfo> allPasses() { return kPasses; }

const PassInfo *findPass(StringRef name) {
  for (const PassInfo &pass : kPasses)
    if (pass.name == name)
      return &pass;
  return nullptr;
}

SmallVector<Rule, 8> rulesOfPass(StringRef pass) {
  SmallVector<Rule, 8> rules;
  for (const RuleInfo &info : allRules())
    if (info.pass == pass)
      rules.push_back(info.rule);
  return rules;
}

void PassManager::addAllPasses() {
  for (const PassInfo &pass : kPasses)
    addPass(pass);
}

void PassManager::run(LintContext &context) const {
  // Schema passes first, then change passes, then final ones, each in the order added.
  for (PassKind stage : {PassKind::Schema, PassKind::Change, PassKind::Final})
    for (const PassInfo *pass : passes) {
      if (pass->kind != stage)
        continue;
      if (pass->kind == PassKind::Change && !context.input.plan)
        continue;
      SmallVector<Rule, 8> rules = rulesOfPass(pass->name);
      if (none_of(rules, [&](Rule rule) { return context.enabled(rule); }))
        continue;
      if (pass->kind != PassKind::Final)
        context.checkedRules.insert(rules.begin(), rules.end());
      pass->run(context);
    }
}

std::set<ir::DataQuery> collectDataQueries(const PassManager &passes, const LintInput &input,
                                           const RulePolicy &policy) {
  SourceMgr scratchSources;
  DiagnosticEngine scratch(scratchSources);
  FindingReporter reporter(scratch, policy);
  ir::DataFacts recording = ir::DataFacts::recording();
  LintInput recorded = input;
  recorded.data = &recording;
  LintContext context{recorded, reporter, {}};
  passes.run(context);
  return recording.questions();
}

void runSuppressions(LintContext &context) {
  context.reporter.reportUnusedSuppressions(context.schema(), context.checkedRules);
}

} // namespace schemac::passes
