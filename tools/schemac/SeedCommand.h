//===- tools/schemac/SeedCommand.h - `schemac seed`, `schemac anonymize` -*- C++ -*-===//
//
// Part of schemac. Exit codes: 0 success; 1 the request cannot be satisfied or the load
// failed (nothing was written); 2 usage, I/O or connection error.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_TOOLS_SEEDCOMMAND_H
#define SCHEMAC_TOOLS_SEEDCOMMAND_H

namespace schemac::tools {

bool seedCommandChosen();
int runSeedCommand();

} // namespace schemac::tools

#endif // SCHEMAC_TOOLS_SEEDCOMMAND_H
