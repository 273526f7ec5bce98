//===- passes/diff/Renames.cpp - Renames declared in the schema or on the command line -===//
//
// Part of schemac. Prisma Migrate cannot rename: a renamed model or field becomes a
// dropped table or column and a new, empty one. schemac renames in place when the new
// schema says so, with `/// @schemac.renamedFrom("old")` on the model or field (lowered
// into Table::renamedFrom and Column::renamedFrom) or `--rename` on the command line.
//
// A rename is applied to a copy of the previous schema (`renamed`): the table or column
// gets its new name, and so do the references to it in indexes, the primary key and
// foreign keys. The usual differ then compares `renamed` with `next`, so constraint
// names that follow the new names become RENAME CONSTRAINT / ALTER INDEX ... RENAME.
//
//===----------------------------------------------------------------------===//
#include "passes/diff/Differ.h"
#include "passes/diff/DifferImpl.h"

#include "ir/Locations.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"

#include <optional>

using namespace llvm;

namespace schemac::passes {

std::optional<RenameRequest> parseRenameRequest(StringRef text) {
  auto [left, right] = text.split('=');
  if (left.empty() || right.empty() || right.contains('.') || right.contains('='))
    return std::nullopt;
  RenameRequest request;
  auto [model, field] = left.split('.');
  if (model.empty())
    return std::nullopt;
  if (left.contains('.')) {
    if (field.empty() || field.contains('.'))
      return std::nullopt;
    request.model = model.str();
    request.from = field.str();
  } else {
    request.model = model.str();
  }
  request.to = right.str();
  return request;
}

namespace {

/// Prisma name of a table or column, or its database name when it has none (a schema
/// read from a database).
StringRef prismaName(const ir::Origin &origin, StringRef databaseName) {
  return origin.name.empty() ? databaseName : StringRef(origin.name);
}

int findTableByPrismaName(const ir::Schema &schema, StringRef name) {
  for (size_t i = 0; i < schema.tables.size(); ++i)
    if (prismaName(schema.tables[i].origin, schema.tables[i].name) == name)
      return int(i);
  for (size_t i = 0; i < schema.tables.size(); ++i)
    if (schema.tables[i].name == name)
      return int(i);
  return -1;
}

int findColumnByPrismaName(const ir::Table &table, StringRef name) {
  for (size_t i = 0; i < table.columns.size(); ++i)
    if (prismaName(table.columns[i].origin, table.columns[i].name) == name)
      return int(i);
  return table.findColumnIndex(name);
}

void warnAt(DiagnosticEngine *diags, const ir::Schema &schema, const ir::Origin &origin,
            const Twine &message) {
  if (!diags)
    return;
  // Origins point into files the SourceMgr holds when the schema was just lowered.
  SMLoc loc = ir::OriginLocator(diags->getSourceMgr(), schema).loc(origin);
  diags->warning(SMRange(loc, loc), message);
}

} // namespace

ir::MigrationPlan diffSchemas(std::shared_ptr<const ir::Schema> previous,
                              std::shared_ptr<const ir::Schema> next,
                              const DiffOptions &options, DiagnosticEngine *diags) {
  ir::MigrationPlan plan;
  plan.previous = previous;
  plan.next = next;
  plan.renamed = previous;
  std::vector<ir::Step> renameSteps;

  // Command-line requests become hints on a copy of the next schema.
  if (options.renames && !options.requests.empty()) {
    auto hinted = std::make_shared<ir::Schema>(*next);
    for (const RenameRequest &request : options.requests) {
      if (request.from.empty()) {
        int t = findTableByPrismaName(*hinted, request.to);
        if (t < 0) {
          if (diags)
            diags->warning(SMRange(), "--rename " + request.model + "=" + request.to +
                                        ": no model `" + request.to + "` in the new schema");
          continue;
        }
        hinted->tables[t].renamedFrom = request.model;
        continue;
      }
      int t = findTableByPrismaName(*hinted, request.model);
      int c = t < 0 ? -1 : findColumnByPrismaName(hinted->tables[t], request.to);
      if (c < 0) {
        if (diags)
          diags->warning(SMRange(), "--rename " + request.model + "." + request.from + "=" +
                                      request.to + ": no field `" + request.model + "." +
                                      request.to + "` in the new schema");
        continue;
      }
      hinted->tables[t].columns[c].renamedFrom = request.from;
    }
    next = hinted;
    plan.next = hinted;
  }

  if (options.renames) {
    std::shared_ptr<ir::Schema> renamed;
    std::optional<ForeignKeysOfTables> foreignKeys;
    auto mutableRenamed = [&]() -> ir::Schema & {
      if (!renamed) {
        renamed = std::make_shared<ir::Schema>(*previous);
        foreignKeys.emplace(*previous);
      }
      return *renamed;
    };
    // Previous tables by Prisma name, then by table name (first of each), built on the
    // first hint.
    std::optional<StringMap<int>> previousByPrismaName, previousByName;
    auto findPreviousTable = [&](StringRef name) {
      if (!previousByPrismaName) {
        previousByPrismaName.emplace();
        previousByName.emplace();
        for (size_t i = 0; i < previous->tables.size(); ++i) {
          const ir::Table &t = previous->tables[i];
          previousByPrismaName->try_emplace(prismaName(t.origin, t.name), int(i));
          previousByName->try_emplace(t.name, int(i));
        }
      }
      auto it = previousByPrismaName->find(name);
      if (it != previousByPrismaName->end())
        return it->second;
      it = previousByName->find(name);
      return it == previousByName->end() ? -1 : it->second;
    };
    std::vector<bool> tableTaken(previous->tables.size());
    SchemaIndex previousIndex(*previous), nextIndex(*next);
    for (const ir::Table &table : next->tables) {
      // The previous table this one continues: by name, or by its rename hint.
      int p = -1;
      int existing = previousIndex.findTable(table.qualifiedName());
      bool exists = existing >= 0;
      if (!table.renamedFrom.empty() && !exists) {
        p = findPreviousTable(table.renamedFrom);
        if (p < 0 || tableTaken[p]) {
          warnAt(diags, *next, table.origin,
                 "`@schemac.renamedFrom(\"" + table.renamedFrom + "\")`: the previous schema "
                 "has no model `" + table.renamedFrom + "`; the table is created instead");
          p = -1;
        } else if (nextIndex.findTable(previous->tables[p].qualifiedName()) >= 0) {
          warnAt(diags, *next, table.origin,
                 "`@schemac.renamedFrom(\"" + table.renamedFrom + "\")`: table `" +
                     previous->tables[p].name + "` still exists in the new schema; not a rename");
          p = -1;
        } else {
          tableTaken[p] = true;
          ir::Schema &target = mutableRenamed();
          renameTable(target, p, table.qualifiedName(), &*foreignKeys);
          ir::Step step;
          step.kind = ir::StepKind::RenameTable;
          step.previous = p;
          step.next = p;
          renameSteps.push_back(step);
        }
      } else if (exists) {
        p = existing;
      }
      if (p < 0)
        continue;
      for (const ir::Column &column : table.columns) {
        if (column.renamedFrom.empty())
          continue;
        const ir::Table &current = renamed ? renamed->tables[p] : previous->tables[p];
        if (current.findColumn(column.name))
          continue; // already renamed, or never was: nothing to do
        int c = findColumnByPrismaName(current, column.renamedFrom);
        if (c < 0) {
          warnAt(diags, *next, column.origin,
                 "`@schemac.renamedFrom(\"" + column.renamedFrom + "\")`: model `" +
                     prismaName(table.origin, table.name) + "` had no field `" +
                     column.renamedFrom + "`; the column is added instead");
          continue;
        }
        std::string oldName = current.columns[c].name;
        if (table.findColumn(oldName)) {
          warnAt(diags, *next, column.origin,
                 "`@schemac.renamedFrom(\"" + column.renamedFrom + "\")`: column `" + oldName +
                     "` still exists in the new schema; not a rename");
          continue;
        }
        ir::Schema &target = mutableRenamed();
        renameColumn(target, p, c, column.name, &*foreignKeys);
        ir::Step step;
        step.kind = ir::StepKind::RenameColumn;
        step.previous = p;
        step.next = p;
        step.previousIndex = c;
        step.nextIndex = c;
        renameSteps.push_back(step);
      }
    }
    if (renamed)
      plan.renamed = renamed;
  }

  plan.steps = diffSteps(*plan.renamed, *next);
  if (!renameSteps.empty()) {
    renameSteps.insert(renameSteps.end(), plan.steps.begin(), plan.steps.end());
    plan.steps = std::move(renameSteps);
    sortPlanSteps(*plan.renamed, *next, plan.steps);
  }
  return plan;
}

//===----------------------------------------------------------------------===//
// Applying a rename to a schema
//===----------------------------------------------------------------------===//

ForeignKeysOfTables::ForeignKeysOfTables(const ir::Schema &schema)
    : from(schema.tables.size()), to(schema.tables.size()) {
  ir::TableIndex tables(schema);
  for (size_t i = 0; i < schema.foreignKeys.size(); ++i) {
    int source = tables.find(schema.foreignKeys[i].table);
    int target = tables.find(schema.foreignKeys[i].referencedTable);
    if (source >= 0)
      from[source].push_back(int(i));
    if (target >= 0)
      to[target].push_back(int(i));
  }
}

void renameTable(ir::Schema &schema, int table, const ir::QualifiedName &to,
                 const ForeignKeysOfTables *fks) {
  ir::QualifiedName from = schema.tables[table].qualifiedName();
  schema.tables[table].schema = to.schema;
  schema.tables[table].name = to.name;
  auto fix = [&](ir::ForeignKey &fk) {
    if (fk.table == from)
      fk.table = to;
    if (fk.referencedTable == from)
      fk.referencedTable = to;
  };
  if (!fks) {
    for_each(schema.foreignKeys, fix);
    return;
  }
  for (int i : fks->from[table])
    fix(schema.foreignKeys[i]);
  for (int i : fks->to[table])
    fix(schema.foreignKeys[i]);
}

void renameColumn(ir::Schema &schema, int tableIndex, int column, StringRef to,
                  const ForeignKeysOfTables *fks) {
  ir::Table &table = schema.tables[tableIndex];
  std::string from = table.columns[column].name;
  table.columns[column].name = to.str();
  auto fix = [&](std::string &name) {
    if (name == from)
      name = to.str();
  };
  if (table.primaryKey)
    for (ir::IndexColumn &c : table.primaryKey->columns)
      fix(c.column);
  for (ir::Index &index : table.indexes)
    for (ir::IndexColumn &c : index.columns)
      fix(c.column);
  ir::QualifiedName name = table.qualifiedName();
  auto fixForeignKey = [&](ir::ForeignKey &fk) {
    if (fk.table == name)
      for_each(fk.columns, fix);
    if (fk.referencedTable == name)
      for_each(fk.referencedColumns, fix);
  };
  if (!fks) {
    for_each(schema.foreignKeys, fixForeignKey);
    return;
  }
  // A self relation is in both lists: fixing it twice is harmless.
  for (int i : fks->from[tableIndex])
    fixForeignKey(schema.foreignKeys[i]);
  for (int i : fks->to[tableIndex])
    fixForeignKey(schema.foreignKeys[i]);
}

} // namespace schemac::passes
