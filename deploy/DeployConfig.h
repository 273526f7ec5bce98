//===- deploy/DeployConfig.h - The `database:` configuration ------*- C++ -*-===//
//
// Part of schemac. The `database:` section of `.schemac.yaml`. The block of the original
// request is accepted as written:
//
//   database:
//     migration:
//       autoMigrate: false  # Require manual approval
//       backup:
//         enabled: true
//         retention: 30  # days
//       validation:
//         enabled: true
//         strict: true
//       environments:
//         - development
//         - staging
//         - production
//
// plus, per environment, what a real deployment needs (every key optional):
//
//     environments:            # under `database:`, beside `migration:`
//       production:
//         url: env(PROD_DATABASE_URL)   # an environment variable: never a password here
//         requires: staging             # default: the environment before it in the list
//         autoMigrate: false            # overrides of the settings under `migration:`
//         backup: { enabled: true, retention: 14, folder: /var/backups/app }
//         validation: { strict: true }
//         lockTimeout: 5s
//         statementTimeout: 10m
//         rollback: down                # down | restore | none
//         onSuccess: ./notify.sh        # run with the deploy's JSON event on stdin
//         onFailure: ./page.sh
//     docs: docs/schema                 # where deploys regenerate the documentation
//     migrations: prisma/migrations     # default: next to the schema
//     schema: prisma/schema.prisma
//
// Unknown keys and bad values are errors with file:line:col.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_DEPLOY_DEPLOYCONFIG_H
#define SCHEMAC_DEPLOY_DEPLOYCONFIG_H

#include "llvm/Support/Error.h"

#include <optional>
#include <string>
#include <vector>

namespace schemac::deploy {

enum class RollbackMode { Down, Restore, None, Auto };

struct Environment {
  std::string name;
  std::string urlVariable; ///< `env(NAME)`: the variable holding the URL
  std::string requiredBefore;    ///< "" for the first environment
  bool autoMigrate = false;
  bool backupEnabled = true;
  int retentionDays = 30;
  std::string backupFolder; ///< default .schemac/backups/<env>
  bool validationEnabled = true, strict = true;
  int lockTimeoutMs = 5000, statementTimeoutMs = 0;
  RollbackMode rollback = RollbackMode::Auto;
  std::string onSuccess, onFailure;
};

/// `database: monitor:`: when `schemac monitor` raises an alert.
struct MonitorSettings {
  int unusedIndexDays = 14;
  int tableGrowthPercent = 50;
  int sequencePercent = 75;
  bool drift = true;
  std::string onAlert; ///< run with the alert's JSON event on stdin
};

struct DeployConfig {
  MonitorSettings monitor;
  std::string path;   ///< the file
  std::string folder; ///< its folder: relative paths are from here
  std::vector<Environment> environments; ///< in promotion order
  std::string docsFolder, migrationsFolder, schemaPath;

  const Environment *find(llvm::StringRef name) const;
};

/// Reads the `database:` section; absent: no environments.
llvm::Expected<DeployConfig> readDeployConfig(llvm::StringRef path);

/// "5s", "250ms", "10m", "1h" or a number of milliseconds.
std::optional<int> parseDuration(llvm::StringRef text);

} // namespace schemac::deploy

#endif // SCHEMAC_DEPLOY_DEPLOYCONFIG_H
