//===- passes/diff/Differ.h - Compute the migration plan between two schemas -*- C++ -*-===//
//
// Part of schemac. diffSchemas() compares two database IRs and returns the typed steps
// that turn the first into the second, with the decisions Prisma Migrate's
// sql_schema_differ makes for PostgreSQL: tables and columns matched by name, cast
// classification (safe, risky, not castable: dropped and recreated), enum value changes,
// primary keys, indexes and foreign keys matched by shape so that renamed constraints
// become renames, and the same step order. Unlike Prisma it also understands renames:
// a table or column that carries `renamedFrom` (from `/// @schemac.renamedFrom("old")`
// or `--rename`) is renamed in place instead of dropped and recreated.
//
// invertPlan() computes the reverse plan from a plan's own steps (see Reverse.cpp).
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_PASSES_DIFF_DIFFER_H
#define SCHEMAC_PASSES_DIFF_DIFFER_H

#include "support/Diagnostic.h"
#include "ir/MigrationPlan.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace schemac::passes {

/// A rename asked for on the command line: `Model=NewModel` or `Model.old=new`, in
/// Prisma names of the new schema (or database names when there is no Prisma name).
struct RenameRequest {
  std::string model; ///< the model (table) in the next schema; for a model rename, its old name
  std::string from;  ///< the old field name; empty for a model rename
  std::string to;    ///< the new field or model name
};

/// Parses `A=B` or `A.b=c`; std::nullopt when malformed.
std::optional<RenameRequest> parseRenameRequest(llvm::StringRef text);

struct DiffOptions {
  /// Apply `renamedFrom` hints (and requests); false: output identical to Prisma's.
  bool renames = true;
  std::vector<RenameRequest> requests;
};

/// The plan from `previous` to `next`. Rename hints that do not match anything in
/// `previous` are reported to `diags` as warnings (with the hint's location) and ignored.
ir::MigrationPlan diffSchemas(std::shared_ptr<const ir::Schema> previous,
                              std::shared_ptr<const ir::Schema> next,
                              const DiffOptions &options, DiagnosticEngine *diags);

/// How a column's values convert from `previous`'s type to `next`'s (PostgreSQL rules);
/// std::nullopt when the type does not change.
std::optional<ir::CastKind> columnTypeChange(const ir::Column &previous,
                                             const ir::Column &next);

/// A column's type as the warnings spell it: `VarChar(20)`, `Decimal(10,2)`, `Text[]`.
std::string columnTypeText(const ir::Column &column);

/// Whether two columns' database defaults are the same (Prisma's defaults_match).
bool defaultsMatch(const ir::Column &previous, const ir::Column &next);

/// The plan that undoes `plan`: built from its steps (each step's inverse), over the
/// swapped schemas, in run order.
ir::MigrationPlan invertPlan(const ir::MigrationPlan &plan);

/// The warnings of a plan's steps: data that is lost (dropped tables, columns, enum
/// values, not castable type changes) or may not survive (risky casts, new NOT NULL or
/// unique constraints on existing rows). Prisma's `migrate dev` warnings, for --annotate.
std::vector<ir::StepWarning> planWarnings(const ir::MigrationPlan &plan);

/// For a reverse plan: the steps that recreate what the forward migration dropped, whose
/// data cannot come back (tables and columns come back empty or with their default).
std::vector<ir::StepWarning> irreversibleSteps(const ir::MigrationPlan &reverse);

} // namespace schemac::passes

#endif // SCHEMAC_PASSES_DIFF_DIFFER_H
