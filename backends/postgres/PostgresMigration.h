//===- backends/postgres/PostgresMigration.h - Migration plans as PostgreSQL scripts -*- C++ -*-===//
//
// Part of schemac. Renders a migration plan as the script Prisma Migrate's
// postgres_renderer writes (`-- AlterTable` sections, enum rewrite blocks, ...), and as
// the human summary of `migrate diff` without `--script`.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_BACKENDS_POSTGRES_POSTGRESMIGRATION_H
#define SCHEMAC_BACKENDS_POSTGRES_POSTGRESMIGRATION_H

#include "ir/MigrationPlan.h"

#include <string>
#include <vector>

namespace schemac::backends::postgres {

struct ScriptOptions {
  /// Start with a comment block listing the warnings (Prisma's `Warnings:` header of
  /// `migrate dev`); without it the script is byte-identical to `migrate diff --script`.
  bool annotate = false;
  std::vector<ir::StepWarning> warnings;
  /// With annotate: steps marked with a `-- schemac:` comment line each (a reverse
  /// script's steps whose data cannot come back).
  std::vector<ir::StepWarning> stepNotes;
  /// The previous schema stands for a database (`migrate dev`'s shadow database, as
  /// `schemac migrate new` writes): as Prisma's script then, an enum rewrite names the
  /// previous tables and the old type with their namespace, and a column that loses
  /// autoincrement also drops the sequence its SERIAL type created.
  bool previousFromDatabase = false;
};

/// The statements of one step (empty when it renders to nothing).
std::vector<std::string> stepStatements(const ir::MigrationPlan &plan, const ir::Step &step);

std::string migrationScript(const ir::MigrationPlan &plan, const ScriptOptions &options = {});

/// `[+] Added tables`, `[*] Changed the `T` table`, ...: Prisma's drift summary.
std::string migrationSummary(const ir::MigrationPlan &plan);

} // namespace schemac::backends::postgres

#endif // SCHEMAC_BACKENDS_POSTGRES_POSTGRESMIGRATION_H
