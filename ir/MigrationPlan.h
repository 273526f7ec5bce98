//===- ir/MigrationPlan.h - Typed migration steps between two schemas -*- C++ -*-===//
//
// Part of schemac. A migration plan is the list of typed steps that turns one database
// schema (`previous`) into another (`next`). Steps name what they touch by position in
// the two schemas (table, column, index, foreign key, enum), never by pointer, so a plan
// is cheap to copy, sort and invert and prints deterministically.
//
// The step kinds and their order follow Prisma Migrate's SqlMigrationStep: a plan is
// sorted by kind first and then by the positions it names, which makes every script
// runnable (foreign keys are dropped before what they depend on and added after it) and
// byte-identical to Prisma's. schemac adds renames (which Prisma cannot express) and
// DropSchema (for reverse plans).
//
// Renames are applied in two halves: the rename steps turn `previous` into `renamed`
// (the previous schema with the new table and column names), and every other step
// compares `renamed` with `next`. A plan without renames has renamed == previous.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_IR_MIGRATIONPLAN_H
#define SCHEMAC_IR_MIGRATIONPLAN_H

#include "ir/Schema.h"

#include "llvm/Support/raw_ostream.h"

#include <memory>
#include <string>
#include <vector>

namespace schemac::ir {

/// How a column's values survive a type change (Prisma's ColumnTypeChange).
enum class CastKind : uint8_t {
  Safe,        ///< every value converts
  Risky,       ///< USING a cast that can fail or truncate for some values
  NotCastable, ///< no cast: the column is dropped and recreated (its data is lost)
};
llvm::StringRef castKindName(CastKind kind); ///< "safe", "risky", "not-castable"

/// What changed in a column present on both sides (Prisma's ColumnChanges). The flags
/// are listed in the order their ALTER COLUMN clauses are rendered.
struct ColumnChanges {
  bool arity = false;
  bool defaultValue = false;
  bool type = false;
  bool autoincrement = false;
  std::optional<CastKind> cast; ///< set when `type` is

  bool any() const { return arity || defaultValue || type || autoincrement; }
  bool operator==(const ColumnChanges &) const = default;
};

enum class TableChangeKind : uint8_t {
  AddColumn,
  AlterColumn,
  DropColumn,
  DropAndRecreateColumn,
  DropPrimaryKey,
  AddPrimaryKey,
  RenamePrimaryKey,
};

/// One clause of an ALTER TABLE step.
struct TableChange {
  TableChangeKind kind = TableChangeKind::AddColumn;
  int previousColumn = -1; ///< column position in the previous table
  int nextColumn = -1;     ///< column position in the next table
  ColumnChanges changes;   ///< AlterColumn, DropAndRecreateColumn
};

/// The kinds, in the order steps run.
enum class StepKind : uint8_t {
  CreateSchema,
  DropExtension,
  CreateExtension,
  AlterExtension,
  RenameTable,  ///< schemac: ALTER TABLE ... RENAME TO
  RenameColumn, ///< schemac: ALTER TABLE ... RENAME COLUMN
  CreateEnum,
  AlterEnum,
  DropForeignKey,
  DropIndex,
  AlterTable,
  DropTable,
  DropEnum,
  CreateTable,
  CreateIndex,
  RenameForeignKey,
  AddForeignKey,
  RenameIndex,
  DropSchema, ///< schemac: reverse of CreateSchema
};
llvm::StringRef stepKindName(StepKind kind); ///< "CreateTable": Prisma's `-- ` comment

/// A step. Which positions are set depends on the kind:
///   CreateSchema/DropSchema: `name`.
///   DropExtension/CreateExtension/AlterExtension: previous/next extension.
///   RenameTable: previous/next table. RenameColumn: previous/next table and column.
///   CreateEnum/AlterEnum/DropEnum: previous/next enum (AlterEnum: value lists).
///   DropForeignKey/AddForeignKey/RenameForeignKey: previous/next foreign key.
///   DropIndex/CreateIndex/RenameIndex: previous/next table and index (position in
///     Table::indexes).
///   AlterTable: previous/next table and `changes`. CreateTable/DropTable: the table.
struct Step {
  StepKind kind = StepKind::CreateTable;
  int previous = -1;
  int next = -1;
  int previousIndex = -1; ///< index or column position inside the previous table
  int nextIndex = -1;     ///< index or column position inside the next table
  /// CreateIndex: the index exists on both sides, but a column it covers is dropped and
  /// recreated, which drops the index with it.
  bool fromDropAndRecreate = false;
  std::string name;
  std::vector<TableChange> changes;
  std::vector<std::string> createdValues, droppedValues; ///< AlterEnum
  /// AlterEnum: columns of the previous schema whose default uses the enum (table,
  /// column), with the matching column of the next schema when it keeps such a default.
  struct DefaultUse {
    int previousTable = -1, previousColumn = -1;
    int nextTable = -1, nextColumn = -1;
  };
  std::vector<DefaultUse> previousUsesAsDefault;
  bool alterExtensionVersion = false, alterExtensionSchema = false;
};

/// A warning about a step, for --annotate and lint: data that is lost or may not fit.
struct StepWarning {
  size_t step = 0;
  std::string message;
  bool dataLoss = true; ///< false: the step may fail on existing data, but loses none
};

struct MigrationPlan {
  std::shared_ptr<const Schema> previous;
  std::shared_ptr<const Schema> renamed; ///< previous with the renames applied
  std::shared_ptr<const Schema> next;
  std::vector<Step> steps;

  bool empty() const { return steps.empty(); }
};

/// The plan as text, one step per line with the names it touches: the golden-test form
/// of `schemac diff --emit=plan`.
void printPlan(const MigrationPlan &plan, llvm::raw_ostream &os);

} // namespace schemac::ir

#endif // SCHEMAC_IR_MIGRATIONPLAN_H
