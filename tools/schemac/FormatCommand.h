//===- tools/schemac/FormatCommand.h - `schemac format` ---------*- C++ -*-===//
//
// Part of schemac. The format subcommand, given its options as plain values (the cl::opt
// declarations stay in schemac.cpp).
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_TOOLS_FORMATCOMMAND_H
#define SCHEMAC_TOOLS_FORMATCOMMAND_H

#include "support/Diagnostic.h"

#include <string>
#include <vector>

namespace schemac::tools {

struct FormatCommandOptions {
  /// Files or folders; a folder is one multi-file schema, `-` is standard input.
  std::vector<std::string> paths;
  bool check = false;            ///< --check: report unformatted files, write nothing
  bool toStdout = false;         ///< --stdout: print the result instead of writing files
  bool keepInvalidLines = false; ///< --keep-invalid-lines: Prisma's behaviour on bad lines
  bool completeRelations = true; ///< --no-complete-relations turns it off
  unsigned indentWidth = 2;
  DiagnosticOptions diagnostics;
  bool timeReport = false;
};

/// Exit code: 0 formatted (or already formatted), 1 unformatted with --check or a syntax
/// error (files untouched), 2 I/O error.
int runFormat(const FormatCommandOptions &options);

} // namespace schemac::tools

#endif // SCHEMAC_TOOLS_FORMATCOMMAND_H
