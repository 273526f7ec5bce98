//===- tools/schemac/ScrubbedArguments.h - argv without secrets -*- C++ -*-===//
//
// Part of schemac. The command line as the crash handler may print it (LLVM's stack-trace
// handler shows "Program arguments: ..."), with every secret replaced.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_TOOLS_SCHEMAC_SCRUBBEDARGUMENTS_H
#define SCHEMAC_TOOLS_SCHEMAC_SCRUBBEDARGUMENTS_H

#include <string>
#include <vector>

namespace schemac::tools {

/// argv with the value of every argument that can carry a connection URL (an option
/// named `*url`, `--dsn`), and any argument with `://` or `password=`, replaced by
/// `<redacted>`.
std::vector<std::string> scrubbedArguments(int argc, char **argv);

} // namespace schemac::tools

#endif // SCHEMAC_TOOLS_SCHEMAC_SCRUBBEDARGUMENTS_H
