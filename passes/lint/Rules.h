//===- passes/lint/Rules.h - Lint rules and their severity policy ----*- C++ -*-===//
//
// Part of schemac. The rule table (passes/lint/Rules.def) as data, and RulePolicy: what the
// user asked for with -W flags and .schemac.yaml (which rules are on, which are errors,
// the naming styles). The policy is applied when a pass reports a finding.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_PASSES_LINT_RULES_H
#define SCHEMAC_PASSES_LINT_RULES_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <array>
#include <optional>
#include <string>

namespace schemac::passes {

enum class Rule : uint16_t {
#define RULE(ID, NAME, GROUP, SEVERITY, PASS, SUMMARY) ID,
#include "passes/lint/Rules.def"
};

enum class RuleGroup : uint8_t {
  Schema, Timezone, Relations, Naming, Destructive, DataDependent, Compatibility, Locking, Meta
};

enum class RuleSeverity : uint8_t { Off, Warning, Error };

struct RuleInfo {
  Rule rule;
  llvm::StringRef id;
  RuleGroup group;
  RuleSeverity defaultSeverity;
  llvm::StringRef pass;
  llvm::StringRef summary;
};

llvm::ArrayRef<RuleInfo> allRules();
const RuleInfo &ruleInfo(Rule rule);
std::optional<Rule> findRule(llvm::StringRef id);

llvm::ArrayRef<RuleGroup> allRuleGroups();
llvm::StringRef ruleGroupName(RuleGroup group); ///< "schema", "data-dependent", ...
std::optional<RuleGroup> findRuleGroup(llvm::StringRef name);
llvm::StringRef ruleSeverityName(RuleSeverity severity); ///< "off", "warning", "error"
std::optional<RuleSeverity> parseRuleSeverity(llvm::StringRef name);

/// Naming styles for the `naming` rules: "PascalCase", "camelCase", "snake_case",
/// "UPPER_CASE" (upper snake case), or "any".
struct NamingStyles {
  std::string model = "PascalCase";
  std::string field = "camelCase";
  std::string enumName = "PascalCase";
  std::string enumValue = "UPPER_CASE";
  std::string database = "snake_case";
};

/// Whether `name` follows `style` (one of the NamingStyles spellings).
bool followsNamingStyle(llvm::StringRef name, llvm::StringRef style);
bool isKnownNamingStyle(llvm::StringRef style);

/// The lower-cased words of an identifier: `unitPrice`, `unit_price` and `UnitPrice` give
/// {"unit", "price"}.
llvm::SmallVector<std::string, 4> splitIdentifierWords(llvm::StringRef name);

class RulePolicy {
public:
  RulePolicy();

  RuleSeverity severity(Rule rule) const { return severities[size_t(rule)]; }
  bool enabled(Rule rule) const { return severity(rule) != RuleSeverity::Off; }
  void setSeverity(Rule rule, RuleSeverity severity) { severities[size_t(rule)] = severity; }
  void setGroupSeverity(RuleGroup group, RuleSeverity severity);

  /// Applies one -W flag (without the `W`): `<rule>`, `no-<rule>`, `<group>`,
  /// `no-<group>`, `everything`, `error`, `error=<rule|group>`, `no-error=<rule|group>`.
  llvm::Error applyFlag(llvm::StringRef flag);

  /// Reads a .schemac.yaml file (see docs/lint.md); errors carry the file's line and
  /// column, with a caret.
  llvm::Error applyConfigFile(llvm::StringRef path);

  /// The severity a finding of `rule` is reported with: severity() with -Werror applied
  /// (except to rules named by -Wno-error=).
  RuleSeverity effectiveSeverity(Rule rule) const;

  bool warningsAsErrors = false;
  NamingStyles naming;

private:
  std::array<RuleSeverity, 64> severities;
  std::array<bool, 64> neverErrors{};
};

/// The nearest `.schemac.yaml` in the folder of `schemaPath` (or `schemaPath` itself
/// when it is a folder) and its parents; "" when there is none.
std::string findConfigFile(llvm::StringRef schemaPath);

} // namespace schemac::passes

#endif // SCHEMAC_PASSES_LINT_RULES_H
