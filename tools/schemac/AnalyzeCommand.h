//===- tools/schemac/AnalyzeCommand.h - `schemac analyze`, `schemac monitor` -*- C++ -*-===//
//
// Part of schemac. Exit codes: analyze 0 (findings are the report, not a failure; with
// --exit-code, 3 when a finding is an error); monitor 0, or 3 when it raised an alert;
// 2 usage, configuration, I/O or connection error (analyze; monitor reports an
// unreachable database as an alert).
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_TOOLS_ANALYZECOMMAND_H
#define SCHEMAC_TOOLS_ANALYZECOMMAND_H

namespace schemac::tools {

bool analyzeCommandChosen();
int runAnalyzeCommand();

} // namespace schemac::tools

#endif // SCHEMAC_TOOLS_ANALYZECOMMAND_H
