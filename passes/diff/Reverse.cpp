//===- passes/diff/Reverse.cpp - The reverse of a migration plan, and its warnings -===//
//
// Part of schemac. invertPlan() builds the down migration from the up plan's own steps:
// every step is replaced by its inverse over the swapped schemas (CreateTable by
// DropTable, AddColumn by DropColumn, an enum's added values by removed ones, a rename by
// the opposite rename, ...). What an inverse needs beyond the step itself is derived from
// the two schemas: the cast classification of a column type change back (Int to Text is
// safe, Text to Int is not castable, so the column is dropped and recreated and its
// indexes with it), and the columns whose defaults use an enum being rewritten. The
// inverse steps are then put in run order with the same rules as a forward plan.
//
//===----------------------------------------------------------------------===//
#include "passes/diff/Differ.h"
#include "passes/diff/DifferImpl.h"

#include "llvm/ADT/STLExtras.h"

#include <fmt/format.h>

#include <map>
#include <optional>

using namespace llvm;

namespace schemac::passes {

using ir::Step;
using ir::StepKind;
using ir::TableChange;
using ir::TableChangeKind;

namespace {

/// Canonical order of ALTER TABLE clauses (Prisma's): drop primary key, rename primary
/// key, dropped columns and added columns by name, altered columns by position, add
/// primary key.
void sortTableChanges(const ir::Table &previous, const ir::Table &next,
                      std::vector<TableChange> &changes) {
  auto rank = [](const TableChange &c) {
    switch (c.kind) {
    case TableChangeKind::DropPrimaryKey: return 0;
    case TableChangeKind::RenamePrimaryKey: return 1;
    case TableChangeKind::DropColumn: return 2;
    case TableChangeKind::AddColumn: return 3;
    case TableChangeKind::AlterColumn:
    case TableChangeKind::DropAndRecreateColumn: return 4;
    case TableChangeKind::AddPrimaryKey: return 5;
    }
    return 6;
  };
  std::stable_sort(changes.begin(), changes.end(), [&](const TableChange &a, const TableChange &b) {
    int ra = rank(a), rb = rank(b);
    if (ra != rb)
      return ra < rb;
    if (ra == 2)
      return previous.columns[a.previousColumn].name < previous.columns[b.previousColumn].name;
    if (ra == 3)
      return next.columns[a.nextColumn].name < next.columns[b.nextColumn].name;
    if (ra == 4)
      return std::tie(a.previousColumn, a.nextColumn) < std::tie(b.previousColumn, b.nextColumn);
    return false;
  });
}

} // namespace

ir::MigrationPlan invertPlan(const ir::MigrationPlan &plan) {
  const ir::Schema &P = *plan.previous, &R = *plan.renamed, &N = *plan.next;
  ir::MigrationPlan out;
  out.previous = plan.next;
  out.next = plan.previous;

  // The intermediate schema of the reverse plan: the new schema with the renames undone.
  std::shared_ptr<ir::Schema> undone;
  std::vector<Step> steps;
  // Column renames keep table names and order, so N's positions hold for `undone` until
  // the table renames below.
  ir::TableIndex nTables(N);
  std::optional<ForeignKeysOfTables> nForeignKeys;
  for (const Step &s : plan.steps) {
    if (s.kind != StepKind::RenameTable && s.kind != StepKind::RenameColumn)
      continue;
    if (!undone) {
      undone = std::make_shared<ir::Schema>(N);
      nForeignKeys.emplace(N);
    }
    const ir::Table &renamedTable = R.tables[s.previous];
    int n = nTables.find(renamedTable.qualifiedName());
    if (s.kind == StepKind::RenameColumn) {
      // The column is found in N under its new name; the table may itself be renamed,
      // which is undone below (RenameTable sorts first, so look it up by R's name).
      int tn = nTables.find(renamedTable.qualifiedName());
      if (tn < 0)
        continue;
      const std::string &newName = renamedTable.columns[s.nextIndex].name;
      const std::string &oldName = P.tables[s.previous].columns[s.previousIndex].name;
      int c = N.tables[tn].findColumnIndex(newName);
      if (c < 0)
        continue;
      renameColumn(*undone, tn, c, oldName, &*nForeignKeys);
      Step r;
      r.kind = StepKind::RenameColumn;
      r.previous = r.next = tn;
      r.previousIndex = r.nextIndex = c;
      steps.push_back(r);
      continue;
    }
    if (n < 0)
      continue;
    Step r;
    r.kind = StepKind::RenameTable;
    r.previous = r.next = n;
    steps.push_back(r);
  }
  // Table renames last, so that the column renames above found their tables by new name.
  if (undone) {
    for (const Step &s : plan.steps) {
      if (s.kind != StepKind::RenameTable)
        continue;
      ir::QualifiedName from = R.tables[s.previous].qualifiedName();
      ir::QualifiedName to = P.tables[s.previous].qualifiedName();
      int n = nTables.find(from);
      if (n >= 0)
        renameTable(*undone, n, to, &*nForeignKeys);
    }
  }
  out.renamed = undone ? std::shared_ptr<const ir::Schema>(undone) : plan.next;
  const ir::Schema &from = *out.renamed, &to = P;

  // Table pairs of the forward plan, by position: R (= P positions) -> N (= from).
  ir::TableIndex fromTables(from);
  auto pairOf = [&](int previousTable) {
    return fromTables.find(to.tables[previousTable].qualifiedName());
  };

  std::optional<EnumDefaultUses> defaultUses;
  for (const Step &s : plan.steps) {
    Step r;
    switch (s.kind) {
    case StepKind::RenameTable:
    case StepKind::RenameColumn:
      continue; // done above
    case StepKind::CreateSchema:
      r.kind = StepKind::DropSchema;
      r.name = s.name;
      break;
    case StepKind::DropSchema:
      r.kind = StepKind::CreateSchema;
      r.name = s.name;
      break;
    case StepKind::DropExtension:
      r.kind = StepKind::CreateExtension;
      r.next = s.previous;
      break;
    case StepKind::CreateExtension:
      r.kind = StepKind::DropExtension;
      r.previous = s.next;
      break;
    case StepKind::AlterExtension:
      r = s;
      std::swap(r.previous, r.next);
      break;
    case StepKind::CreateEnum:
      r.kind = StepKind::DropEnum;
      r.previous = s.next;
      break;
    case StepKind::DropEnum:
      r.kind = StepKind::CreateEnum;
      r.next = s.previous;
      break;
    case StepKind::AlterEnum:
      r.kind = StepKind::AlterEnum;
      r.previous = s.next;
      r.next = s.previous;
      r.createdValues = s.droppedValues;
      r.droppedValues = s.createdValues;
      if (!defaultUses)
        defaultUses.emplace(from, to);
      r.previousUsesAsDefault = defaultUses->uses(r.previous, r.next);
      break;
    case StepKind::DropForeignKey:
      r.kind = StepKind::AddForeignKey;
      r.next = s.previous;
      break;
    case StepKind::AddForeignKey:
      r.kind = StepKind::DropForeignKey;
      r.previous = s.next;
      break;
    case StepKind::RenameForeignKey:
    case StepKind::RenameIndex:
      r = s;
      std::swap(r.previous, r.next);
      std::swap(r.previousIndex, r.nextIndex);
      break;
    case StepKind::DropIndex:
      r.kind = StepKind::CreateIndex;
      r.previous = pairOf(s.previous);
      r.next = s.previous;
      r.nextIndex = s.previousIndex;
      break;
    case StepKind::CreateIndex:
      if (s.previous < 0 || s.fromDropAndRecreate)
        continue; // dropped with its table; recreated indexes are derived below
      r.kind = StepKind::DropIndex;
      r.previous = s.next;
      r.previousIndex = s.nextIndex;
      break;
    case StepKind::CreateTable:
      r.kind = StepKind::DropTable;
      r.previous = s.next;
      break;
    case StepKind::DropTable: {
      r.kind = StepKind::CreateTable;
      r.next = s.previous;
      for (size_t i = 0; i < to.tables[s.previous].indexes.size(); ++i) {
        Step index;
        index.kind = StepKind::CreateIndex;
        index.next = s.previous;
        index.nextIndex = int(i);
        steps.push_back(index);
      }
      break;
    }
    case StepKind::AlterTable: {
      r.kind = StepKind::AlterTable;
      r.previous = s.next;
      r.next = s.previous;
      const ir::Table &pt = from.tables[r.previous], &nt = to.tables[r.next];
      std::vector<int> recreated; // columns of `to` dropped and recreated
      for (const TableChange &c : s.changes) {
        TableChange inverse;
        inverse.previousColumn = c.nextColumn;
        inverse.nextColumn = c.previousColumn;
        switch (c.kind) {
        case TableChangeKind::AddColumn: inverse.kind = TableChangeKind::DropColumn; break;
        case TableChangeKind::DropColumn: inverse.kind = TableChangeKind::AddColumn; break;
        case TableChangeKind::DropPrimaryKey: inverse.kind = TableChangeKind::AddPrimaryKey; break;
        case TableChangeKind::AddPrimaryKey: inverse.kind = TableChangeKind::DropPrimaryKey; break;
        case TableChangeKind::RenamePrimaryKey: inverse.kind = TableChangeKind::RenamePrimaryKey; break;
        case TableChangeKind::AlterColumn:
        case TableChangeKind::DropAndRecreateColumn:
          inverse.changes = columnChanges(pt.columns[inverse.previousColumn],
                                          nt.columns[inverse.nextColumn]);
          inverse.kind = inverse.changes.cast == ir::CastKind::NotCastable
                             ? TableChangeKind::DropAndRecreateColumn
                             : TableChangeKind::AlterColumn;
          if (inverse.kind == TableChangeKind::DropAndRecreateColumn)
            recreated.push_back(inverse.nextColumn);
          break;
        }
        r.changes.push_back(inverse);
      }
      sortTableChanges(pt, nt, r.changes);
      // Indexes on a dropped and recreated column go with it and come back: the ones
      // both sides have, and that are the only index on their columns (Prisma's rule).
      for (size_t j = 0; j < nt.indexes.size(); ++j) {
        const ir::Index &index = nt.indexes[j];
        bool covers = any_of(index.columns, [&](const ir::IndexColumn &c) {
          return is_contained(recreated, nt.findColumnIndex(c.column));
        });
        if (!covers)
          continue;
        for (const ir::Index &candidate : pt.indexes) {
          bool same = candidate.kind == index.kind && candidate.algorithm == index.algorithm &&
                      candidate.columns == index.columns;
          if (!same)
            continue;
          if (!isSingularIndex(pt, candidate))
            break;
          Step index2;
          index2.kind = StepKind::CreateIndex;
          index2.previous = r.previous;
          index2.next = r.next;
          index2.nextIndex = int(j);
          index2.fromDropAndRecreate = true;
          steps.push_back(index2);
          break;
        }
      }
      break;
    }
    }
    steps.push_back(std::move(r));
  }
  sortPlanSteps(from, to, steps);
  out.steps = std::move(steps);
  return out;
}

//===----------------------------------------------------------------------===//
// Warnings
//===----------------------------------------------------------------------===//

std::string columnTypeText(const ir::Column &column) {
  std::string out(ir::typeKindName(column.type.kind));
  if (column.type.kind == ir::TypeKind::Enum || column.type.kind == ir::TypeKind::Unsupported)
    out = column.type.name;
  if (column.type.length && column.type.scale)
    out += fmt::format("({},{})", *column.type.length, *column.type.scale);
  else if (column.type.length)
    out += fmt::format("({})", *column.type.length);
  if (column.isList())
    out += "[]";
  return out;
}


std::vector<ir::StepWarning> planWarnings(const ir::MigrationPlan &plan) {
  // Prisma's destructive change checker without a database (pure_check, what
  // `migrate dev --create-only` writes): warnings in step order, then the steps that
  // cannot run on a table with rows, in step order; the texts are Prisma's.
  const ir::Schema &previous = *plan.renamed, &next = *plan.next;
  std::vector<ir::StepWarning> out, unexecutable;
  auto warn = [&](size_t step, std::string message, bool dataLoss) {
    out.push_back({step, std::move(message), dataLoss});
  };
  auto cannotRun = [&](size_t step, std::string message) {
    unexecutable.push_back({step, std::move(message), false});
  };
  for (size_t i = 0; i < plan.steps.size(); ++i) {
    const Step &s = plan.steps[i];
    switch (s.kind) {
    case StepKind::DropTable:
      warn(i, fmt::format("You are about to drop the `{}` table. If the table is not empty, all "
                          "the data it contains will be lost.",
                          previous.tables[s.previous].name),
           true);
      break;
    case StepKind::AlterEnum:
      if (!s.droppedValues.empty()) {
        std::string values;
        for (size_t v = 0; v < s.droppedValues.size(); ++v)
          values += (v ? "," : "") + s.droppedValues[v];
        warn(i, fmt::format("The values [{}] on the enum `{}` will be removed. If these variants "
                            "are still used in the database, this will fail.",
                            values, previous.enums[s.previous].name),
             true);
      }
      break;
    case StepKind::CreateIndex: {
      const ir::Table &table = next.tables[s.next];
      const ir::Index &index = table.indexes[s.nextIndex];
      if (s.previous < 0 || !index.isUnique())
        break;
      std::string columns;
      for (size_t c = 0; c < index.columns.size(); ++c)
        columns += (c ? "," : "") + index.columns[c].column;
      warn(i, fmt::format("A unique constraint covering the columns `[{}]` on the table `{}` "
                          "will be added. If there are existing duplicate values, this will fail.",
                          columns, table.name),
           false);
      break;
    }
    case StepKind::AlterTable: {
      const ir::Table &pt = previous.tables[s.previous], &nt = next.tables[s.next];
      for (const TableChange &c : s.changes) {
        switch (c.kind) {
        case TableChangeKind::DropPrimaryKey:
          warn(i, fmt::format("The primary key for the `{}` table will be changed. If it "
                              "partially fails, the table could be left without primary key "
                              "constraint.",
                              pt.name),
               false);
          break;
        case TableChangeKind::DropColumn:
          warn(i, fmt::format("You are about to drop the column `{}` on the `{}` table. All the "
                              "data in the column will be lost.",
                              pt.columns[c.previousColumn].name, pt.name),
               true);
          break;
        case TableChangeKind::AddColumn: {
          const ir::Column &column = nt.columns[c.nextColumn];
          if (column.isRequired() && !column.hasDatabaseDefault())
            cannotRun(i, fmt::format("Added the required column `{}` to the `{}` table without "
                                     "a default value. This is not possible if the table is "
                                     "not empty.",
                                     column.name, nt.name));
          break;
        }
        case TableChangeKind::DropAndRecreateColumn: {
          const ir::Column &before = pt.columns[c.previousColumn];
          const ir::Column &after = nt.columns[c.nextColumn];
          bool noDefault = after.isRequired() && !after.hasDatabaseDefault();
          if (c.changes.arity && !before.isRequired() && !before.isList() && noDefault)
            cannotRun(i, fmt::format("Added the required column `{}` to the `{}` table without "
                                     "a default value. This is not possible if the table is "
                                     "not empty.",
                                     before.name, pt.name));
          else if (noDefault)
            cannotRun(i, fmt::format("Changed the type of `{}` on the `{}` table. No cast "
                                     "exists, the column would be dropped and recreated, which "
                                     "cannot be done if there is data, since the column is "
                                     "required.",
                                     before.name, pt.name));
          else
            warn(i, fmt::format("The `{}` column on the `{}` table would be dropped and "
                                "recreated. This will lead to data loss if there is data in "
                                "the column.",
                                before.name, pt.name),
                 true);
          break;
        }
        case TableChangeKind::AlterColumn: {
          const ir::Column &before = pt.columns[c.previousColumn];
          const ir::Column &after = nt.columns[c.nextColumn];
          if (c.changes.arity && !before.isRequired() && !before.isList() && after.isRequired())
            cannotRun(i, fmt::format("Made the column `{}` on table `{}` required. This step "
                                     "will fail if there are existing NULL values in that "
                                     "column.",
                                     before.name, pt.name));
          if (c.changes.arity && !before.isList() && after.isList())
            cannotRun(i, fmt::format("Changed the column `{}` on the `{}` table from a scalar "
                                     "field to a list field. If there are non-null values in "
                                     "that column, this step will fail.",
                                     before.name, pt.name));
          if (c.changes.cast == ir::CastKind::Risky)
            warn(i, fmt::format("You are about to alter the column `{}` on the `{}` table. The "
                                "data in that column could be lost. The data in that column "
                                "will be cast from `{}` to `{}`.",
                                before.name, pt.name, columnTypeText(before), columnTypeText(after)),
                 true);
          else if (c.changes.cast == ir::CastKind::NotCastable)
            warn(i, fmt::format("You are about to alter the column `{}` on the `{}` table. The "
                                "data in that column will be cast from `{}` to `{}`. This cast "
                                "may fail. Please make sure the data in the column can be cast.",
                                before.name, pt.name, columnTypeText(before), columnTypeText(after)),
                 true);
          break;
        }
        case TableChangeKind::AddPrimaryKey:
        case TableChangeKind::RenamePrimaryKey:
          break;
        }
      }
      break;
    }
    default:
      break;
    }
  }
  for (ir::StepWarning &warning : unexecutable)
    out.push_back(std::move(warning));
  return out;
}

std::vector<ir::StepWarning> irreversibleSteps(const ir::MigrationPlan &reverse) {
  const ir::Schema &previous = *reverse.renamed, &next = *reverse.next;
  std::vector<ir::StepWarning> out;
  for (size_t i = 0; i < reverse.steps.size(); ++i) {
    const Step &s = reverse.steps[i];
    if (s.kind == StepKind::CreateTable) {
      out.push_back({i, fmt::format("The `{}` table comes back empty: the rows the up migration "
                                    "dropped cannot come back.",
                                    next.tables[s.next].name)});
      continue;
    }
    if (s.kind != StepKind::AlterTable)
      continue;
    const ir::Table &pt = previous.tables[s.previous], &nt = next.tables[s.next];
    for (const TableChange &c : s.changes) {
      if (c.kind == TableChangeKind::AddColumn)
        out.push_back({i, fmt::format("The column `{}` on the `{}` table comes back without the "
                                      "data the up migration dropped.",
                                      nt.columns[c.nextColumn].name, nt.name)});
      else if (c.kind == TableChangeKind::DropAndRecreateColumn)
        out.push_back({i, fmt::format("The column `{}` on the `{}` table is recreated empty: its "
                                      "values before the up migration cannot come back.",
                                      pt.columns[c.previousColumn].name, pt.name)});
    }
  }
  return out;
}

} // namespace schemac::passes
