//===- passes/lint/LintOutput.h - Lint findings for machines ---------*- C++ -*-===//
//
// Part of schemac. The lint's findings (and any other diagnostic of the run) as JSON
// (schemac's own versioned shape, docs/lint.md), SARIF 2.1.0 (code scanning) or GitHub
// Actions workflow commands (annotations). Text output is DiagnosticEngine::printText.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_PASSES_LINT_LINTOUTPUT_H
#define SCHEMAC_PASSES_LINT_LINTOUTPUT_H

#include "support/Diagnostic.h"

#include "llvm/Support/raw_ostream.h"

namespace schemac::passes {

/// The version of the JSON shape; bumped when a field changes meaning or goes away.
constexpr int kLintJsonVersion = 1;

void printLintJson(const DiagnosticEngine &diags, llvm::raw_ostream &os);
void printLintSarif(const DiagnosticEngine &diags, llvm::raw_ostream &os);
void printLintGitHub(const DiagnosticEngine &diags, llvm::raw_ostream &os);

/// The rule table as text (`--list-rules`) or JSON.
void printRuleList(llvm::raw_ostream &os, bool json);

} // namespace schemac::passes

#endif // SCHEMAC_PASSES_LINT_LINTOUTPUT_H
