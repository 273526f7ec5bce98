//===- tools/schemac/DeployCommand.h - deploys, logs, backups ----*- C++ -*-===//
//
// Part of schemac. `schemac migrate deploy --env NAME`, `schemac migrate log --env NAME`
// and `schemac backup create|list|restore|prune`. Exit codes: 0 success; 1 the deploy
// failed (and was rolled back) or was refused (promotion, validation, approval); 2
// usage, configuration, I/O or connection error.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_TOOLS_DEPLOYCOMMAND_H
#define SCHEMAC_TOOLS_DEPLOYCOMMAND_H

#include "llvm/Support/CommandLine.h"

#include <optional>
#include <string>

namespace schemac::tools {

llvm::cl::SubCommand &migrateSubCommand();

struct DeployInputs {
  std::string migrationsDir, schemaPath;
  bool dryRun = false;
  std::optional<std::string> to;
};

bool deployEnvironmentGiven();
bool migrateFormatIsJson();
int runDeployCommand(const DeployInputs &inputs);
int runDeployLog();

bool backupCommandChosen();
int runBackupCommand();

} // namespace schemac::tools

#endif // SCHEMAC_TOOLS_DEPLOYCOMMAND_H
