//===- deploy/Deploy.h - The safe migration process --------------*- C++ -*-===//
//
// Part of schemac. `schemac migrate deploy --env NAME`: the original request's safe
// migration process for one environment, each step logged as a JSON line:
//   promotion  every pending migration was applied in the environment this one requires
//   validate   the schema compiles; each pending migration's plan is linted (with the
//              database for data-aware rules); strict mode stops on destructive,
//              data-dependent and locking findings
//   approve    autoMigrate: false asks on a terminal (or needs --yes)
//   backup     pg_dump -Fc with a manifest (backup.enabled), then retention pruning
//   apply      the runtime's apply (lock, one transaction per migration, timeouts)
//   verify     the database equals the schema after the last migration; rows of tables the
//              deploy neither created nor dropped are unchanged (renames followed); no
//              invalid index or NOT VALID constraint
//   docs       the schema documentation regenerated into the configured folder
// When apply or verify fails: rollback (down scripts of what this deploy applied, or the
// backup restored when down cannot bring the data back), then the onFailure hook.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_DEPLOY_DEPLOY_H
#define SCHEMAC_DEPLOY_DEPLOY_H

#include "deploy/DeployConfig.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace schemac::deploy {

struct DeployOptions {
  const DeployConfig *config = nullptr;
  const Environment *environment = nullptr;
  std::string migrationsDir;
  bool dryRun = false, yes = false;
  std::optional<std::string> to;
  std::optional<RollbackMode> rollback; ///< --rollback, over the configuration's
  bool skipPromotionCheck = false;
  std::string reason; ///< why the promotion check was skipped (logged)
  /// Compiles and validates the schema (the tools' frontend); an error stops the deploy.
  std::function<llvm::Error()> checkSchema;
  /// Regenerates the documentation into the folder after a successful deploy, and the
  /// changelog of the applied migrations (from the schema before them to the schema after
  /// them, both snapshot files; empty when unknown) under `changelog`.
  std::function<llvm::Error(llvm::StringRef folder, llvm::StringRef changelog,
                            llvm::StringRef fromSnapshot, llvm::StringRef toSnapshot)>
      writeDocs;
  /// Asks the operator; false (or no terminal) refuses.
  std::function<bool(llvm::StringRef summary)> confirm;
  /// Tests only: after apply, another session deletes one row of this table.
  std::string testDeleteRowFrom;
};

struct DeployStep {
  std::string name;
  bool ok = true;
  double ms = 0;
  llvm::json::Object details;
};

struct DeployReport {
  std::string id; ///< of this deploy, in every log line
  bool ok = false;
  std::vector<DeployStep> steps;
  std::vector<std::string> applied;
  std::string failure; ///< what stopped it
};

/// The URL of an environment: $VARIABLE of its `url: env(VARIABLE)`.
llvm::Expected<std::string> environmentUrl(const Environment &environment);

/// The folder of an environment's backups (relative paths from the configuration file).
std::string backupFolder(const DeployConfig &config, const Environment &environment);

/// The log of an environment: <config folder>/.schemac/logs/<env>.jsonl.
std::string logPath(const DeployConfig &config, llvm::StringRef environment);

/// Runs the deploy; the report says what happened (also when it failed). Errors are only
/// for what prevented a report (no URL, unreachable log folder).
llvm::Expected<DeployReport> runDeploy(const DeployOptions &options, llvm::raw_ostream &progress);

/// Appends one JSON line to the environment's log.
void appendLog(const DeployConfig &config, llvm::StringRef environment, llvm::json::Object line);

/// Runs a hook command with `event` on its standard input.
llvm::Error runHook(llvm::StringRef command, const llvm::json::Value &event);

} // namespace schemac::deploy

#endif // SCHEMAC_DEPLOY_DEPLOY_H
