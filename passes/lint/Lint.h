//===- passes/lint/Lint.h - Pass manager and finding reporter --------*- C++ -*-===//
//
// Part of schemac. The lint is a sequence of passes over the IR (and, for two versions,
// the migration plan between them), in the style of MLIR's pass registry: every pass is
// listed once in passes/lint/Passes.def with its name and what it needs; every finding it
// reports belongs to a rule of passes/lint/Rules.def. The FindingReporter applies the user's
// policy (rule on or off, warning or error), the `schemac-ignore` suppressions, and turns
// IR origins back into source locations.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_PASSES_LINT_LINT_H
#define SCHEMAC_PASSES_LINT_LINT_H

#include "ir/DataFacts.h"
#include "support/Diagnostic.h"
#include "ir/Locations.h"
#include "ir/MigrationPlan.h"
#include "ir/Schema.h"
#include "passes/lint/Rules.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <map>
#include <memory>
#include <set>
#include <vector>

namespace schemac::passes {

/// The Prisma name of a construct (model, field), or its database name when it has none.
inline llvm::StringRef prismaName(const ir::Origin &origin, llvm::StringRef databaseName) {
  return origin.name.empty() ? databaseName : llvm::StringRef(origin.name);
}

/// What the passes look at.
struct LintInput {
  const ir::Schema *schema = nullptr;      ///< the version being linted
  const ir::MigrationPlan *plan = nullptr; ///< from the base version; null: one version
  const ir::DataFacts *data = nullptr;     ///< data-aware mode
};

/// The construct a finding is about: its suppressions (and its table's) apply.
struct FindingSubject {
  const ir::Table *table = nullptr;
  const ir::Column *column = nullptr;
};

/// Reports findings through a DiagnosticEngine under a RulePolicy.
class FindingReporter {
public:
  FindingReporter(DiagnosticEngine &diags, const RulePolicy &policy)
      : diags(diags), policy(policy) {}

  using Subject = FindingSubject;

  /// Reports a finding of `rule` at `origin` in `schema`. `fails`: the data shows that the
  /// migration will fail, which is an error whatever the rule's severity. Returns null
  /// when the rule is off or the finding is suppressed.
  Diagnostic *report(Rule rule, const ir::Schema &schema, const ir::Origin &origin,
                     const llvm::Twine &message, Subject subject = {}, bool fails = false);

  /// Adds a note at `origin` (or without a location).
  void note(Diagnostic &diag, const ir::Schema &schema, const ir::Origin &origin,
            const llvm::Twine &message);
  /// A fix-it that inserts `line` (a block attribute) before the table's closing brace.
  void insertBlockAttribute(Diagnostic &diag, const ir::Schema &schema, const ir::Table &table,
                            llvm::StringRef line);

  /// Reports the suppressions of `schema` that suppressed nothing, for the rules in
  /// `checkedRules` (a rule that did not run cannot have used its suppression).
  void reportUnusedSuppressions(const ir::Schema &schema, const std::set<Rule> &checkedRules);

  const RulePolicy &getPolicy() const { return policy; }

private:
  const ir::OriginLocator &locator(const ir::Schema &schema);

  DiagnosticEngine &diags;
  const RulePolicy &policy;
  std::map<const ir::Schema *, std::unique_ptr<ir::OriginLocator>> locators;
  std::set<const ir::Suppression *> used;
};

struct LintContext {
  LintInput input;
  FindingReporter &reporter;
  /// The rules of the passes run so far (for the suppressions pass).
  std::set<Rule> checkedRules;

  const ir::Schema &schema() const { return *input.schema; }
  bool enabled(Rule rule) const { return reporter.getPolicy().enabled(rule); }
  /// The data-aware answer to `query`; std::nullopt without a database.
  std::optional<uint64_t> ask(const ir::DataQuery &query) const {
    return input.data ? input.data->lookup(query) : std::nullopt;
  }
};

enum class PassKind : uint8_t {
  Schema, ///< one version
  Change, ///< the migration plan between two versions
  Final,  ///< after every other pass (suppression bookkeeping)
};

struct PassInfo {
  llvm::StringRef name;
  PassKind kind;
  llvm::StringRef description;
  void (*run)(LintContext &context);
};

llvm::ArrayRef<PassInfo> allPasses();
const PassInfo *findPass(llvm::StringRef name);
/// The rules a pass reports (from the rule table).
llvm::SmallVector<Rule, 8> rulesOfPass(llvm::StringRef pass);

/// Runs passes in registry order. A pass runs when it was added, has a plan if it needs
/// one, and at least one of its rules is enabled.
class PassManager {
public:
  void addPass(const PassInfo &pass) { passes.push_back(&pass); }
  /// Every registered pass (the `schemac lint` pipeline).
  void addAllPasses();

  void run(LintContext &context) const;

private:
  std::vector<const PassInfo *> passes;
};

/// The questions a data-aware lint asks the database: the passes run once with a
/// recording DataFacts and a reporter that discards everything.
std::set<ir::DataQuery> collectDataQueries(const PassManager &passes, const LintInput &input,
                                           const RulePolicy &policy);

// The passes (passes/lint/SchemaRules.cpp, passes/lint/ChangeRules.cpp, passes/lint/Lint.cpp).
#define PASS(NAME, FUNCTION, KIND, DESCRIPTION) void FUNCTION(LintContext &context);
#include "passes/lint/Passes.def"

} // namespace schemac::passes

#endif // SCHEMAC_PASSES_LINT_LINT_H
