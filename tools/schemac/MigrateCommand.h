//===- tools/schemac/MigrateCommand.h - `schemac migrate`, `schemac db` -*- C++ -*-===//
//
// Part of schemac. The migration runtime's commands. Their options are declared in
// MigrateCommand.cpp, under their own subcommands.
//
// Exit codes: 0 success; 1 a migration failed or was refused (data loss, failed
// history); 2 usage, I/O or connection error; 3 `--exit-code` found the database not up
// to date (status) or drifted (drift), or `check` found problems.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_TOOLS_MIGRATECOMMAND_H
#define SCHEMAC_TOOLS_MIGRATECOMMAND_H

namespace schemac::tools {

/// Whether the command line chose `migrate` / `db`.
bool migrateCommandChosen();
bool dbCommandChosen();

int runMigrateCommand();
int runDbCommand();

} // namespace schemac::tools

#endif // SCHEMAC_TOOLS_MIGRATECOMMAND_H
