//===- tools/schemac/LintCommand.h - `schemac lint` -------------*- C++ -*-===//
//
// Part of schemac. The lint subcommand, given its options as plain values (the cl::opt
// declarations stay in schemac.cpp, next to the other subcommands').
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_TOOLS_LINTCOMMAND_H
#define SCHEMAC_TOOLS_LINTCOMMAND_H

#include "Compile.h"
#include "support/Diagnostic.h"

#include <optional>
#include <string>
#include <vector>

namespace schemac::tools {

enum class LintFormat { Text, Json, Sarif, GitHub };

struct LintCommandOptions {
  std::string path;                       ///< the schema to lint (file or folder)
  std::string base;                       ///< --base: the previous version
  std::string baseRef;                    ///< --base-ref: the previous version from git
  std::optional<std::string> databaseUrl; ///< --database-url (data-aware mode)
  ReadOnlyLimits databaseLimits;          ///< --statement-timeout, --lock-timeout
  std::vector<std::string> warningFlags;  ///< -W<flag> values, in order
  std::string configPath;                 ///< --config; "" searches upwards
  bool noConfig = false;
  bool noRenames = false;
  LintFormat format = LintFormat::Text;
  DiagnosticOptions diagnostics;
  bool timeReport = false;
};

/// Runs the lint; returns the exit code (0 clean or warnings, 1 errors, 2 tool failure).
int runLint(const LintCommandOptions &options);

} // namespace schemac::tools

#endif // SCHEMAC_TOOLS_LINTCOMMAND_H
