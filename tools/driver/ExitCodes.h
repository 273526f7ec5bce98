//===- tools/driver/ExitCodes.h - One meaning per exit code -----*- C++ -*-===//
//
// Part of schemac. The exit codes of every command, so that a build system, a hook or a
// deploy pipeline can tell "your input is wrong" from "schemac could not run" from "what
// you asked about was found". The README's exit-code table and
// test/Driver/exit-codes.test follow this file.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_TOOLS_DRIVER_EXITCODES_H
#define SCHEMAC_TOOLS_DRIVER_EXITCODES_H

#include "support/Diagnostic.h"

namespace schemac::tools {
inline namespace exitcodes {

enum ExitCode : int {
  /// Success; nothing to report.
  kExitOk = 0,
  /// The input was rejected or the operation failed: an invalid schema, lint errors, a
  /// failed migration, seed or deploy (the database is left as before it), a refused
  /// rollback.
  kExitFailed = 1,
  /// schemac could not run: a usage error, a file that cannot be read or written, a
  /// database that cannot be reached. Nothing was changed.
  kExitCannotRun = 2,
  /// What the caller asked about was found: differences (`diff --exit-code`), files not
  /// formatted (`format --check`), pending migrations or drift (`--exit-code`), problems
  /// in the migrations folder (`migrate check`), analysis findings (`--exit-code`).
  kExitFound = 3,
};

/// The exit code after a command that reported into `diags`: could not run when any
/// error was about the environment, failed when the input had errors, success otherwise.
inline int exitCodeFor(const DiagnosticEngine &diags) {
  if (diags.hasEnvironmentErrors())
    return kExitCannotRun;
  return diags.hasErrors() ? kExitFailed : kExitOk;
}

/// The code of several results together (files of one `format --check`, say): could not
/// run outranks failed, which outranks found.
inline int combineExitCodes(int a, int b) {
  auto rank = [](int code) {
    return code == kExitCannotRun ? 3 : code == kExitFailed ? 2 : code == kExitFound ? 1 : 0;
  };
  return rank(a) >= rank(b) ? a : b;
}

} // namespace exitcodes
} // namespace schemac::tools

#endif // SCHEMAC_TOOLS_DRIVER_EXITCODES_H
