//===- backends/postgres/PostgresMigration.cpp - Migration plans as PostgreSQL scripts -===//
//
// Part of schemac. Statement by statement what Prisma's postgres_renderer writes for each
// step (render_alter_table, render_postgres_alter_enum, ...), plus schemac's own steps
// (renames, DropSchema).
//
//===----------------------------------------------------------------------===//
#include "backends/postgres/PostgresMigration.h"
#include "backends/postgres/PostgresSQL.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <fmt/format.h>

#include <optional>
#include <set>
#include <tuple>

using namespace llvm;

namespace schemac::backends::postgres {

using ir::Step;
using ir::StepKind;
using ir::TableChangeKind;

namespace {

std::string tableName(const ir::Schema &schema, const ir::Table &table) {
  return qualifiedName(schema, table.qualifiedName());
}

/// A name in the namespace of `table` (indexes, sequences).
std::string nameInNamespace(const ir::Schema &schema, StringRef ns, StringRef name) {
  return qualifiedName(schema, {ns.str(), name.str()});
}

std::string joinColumns(ArrayRef<ir::IndexColumn> columns) {
  std::string out;
  for (size_t i = 0; i < columns.size(); ++i) {
    if (i)
      out += ", ";
    out += quoteIdentifier(columns[i].column);
  }
  return out;
}

/// The sequence PostgreSQL creates for a SERIAL column: `<table>_<column>_seq`, the longer
/// of the two names cut until it fits in 63 bytes (makeObjectName in PostgreSQL's
/// indexcmds.c), at a UTF-8 character boundary.
std::string serialSequenceName(StringRef table, StringRef column) {
  const size_t available = 63 - std::string("_").size() - std::string("_seq").size();
  auto clip = [](StringRef name, size_t length) {
    while (length > 0 && length < name.size() && (name[length] & 0xC0) == 0x80)
      --length;
    return name.take_front(length);
  };
  size_t tableLength = table.size(), columnLength = column.size();
  while (tableLength + columnLength > available) {
    if (tableLength > columnLength)
      --tableLength;
    else
      --columnLength;
  }
  return (clip(table, tableLength) + "_" + clip(column, columnLength) + "_seq").str();
}

void renderAlterColumn(const ir::Schema &previous, const ir::Schema &next,
                       const ir::Table &previousTable, const ir::Table &nextTable,
                       const ir::Column &before, const ir::Column &after,
                       const ir::ColumnChanges &changes, std::vector<std::string> &beforeStmts,
                       std::vector<std::string> &clauses, std::vector<std::string> &afterStmts,
                       const ScriptOptions &options) {
  std::string prefix = "ALTER COLUMN " + quoteIdentifier(before.name);
  bool setType = false;
  if (changes.arity) {
    using ir::Arity;
    if (after.arity == Arity::Nullable && before.arity != Arity::Nullable)
      clauses.push_back(prefix + " DROP NOT NULL");
    else if (after.arity == Arity::Required && before.arity != Arity::Required)
      clauses.push_back(prefix + " SET NOT NULL");
    if (before.arity == Arity::List || after.arity == Arity::List)
      setType = true;
  }
  if (changes.defaultValue) {
    if (after.hasDatabaseDefault())
      clauses.push_back(prefix + " SET DEFAULT " + defaultSQL(next, after));
    else
      clauses.push_back(prefix + " DROP DEFAULT");
  }
  if (changes.type)
    setType = true;
  if (changes.autoincrement) {
    if (before.autoincrement) {
      clauses.push_back(prefix + " DROP DEFAULT");
      if (options.previousFromDatabase)
        afterStmts.push_back("DROP SEQUENCE " +
                             quoteIdentifier(serialSequenceName(previousTable.name, before.name)));
    } else {
      // What a SERIAL column would have had: a sequence owned by the column.
      std::string sequence;
      if (!nextTable.schema.empty() && nextTable.schema != next.defaultNamespace)
        sequence = quoteIdentifier(nextTable.schema) + ".";
      sequence = StringRef(sequence + nextTable.name + "_" + after.name + "_seq").lower();
      beforeStmts.push_back("CREATE SEQUENCE " + sequence);
      clauses.push_back(prefix + " SET DEFAULT nextval(" + quoteString(sequence) + ")");
      afterStmts.push_back("ALTER SEQUENCE " + sequence + " OWNED BY " +
                           tableName(next, nextTable) + "." + quoteIdentifier(after.name));
    }
  }
  if (setType)
    clauses.push_back(prefix + " SET DATA TYPE " + columnTypeSQL(next, after));
  (void)previous;
  (void)previousTable;
}

std::vector<std::string> renderAlterTable(const ir::MigrationPlan &plan, const Step &step,
                                          const ScriptOptions &options) {
  const ir::Schema &previous = *plan.renamed, &next = *plan.next;
  const ir::Table &pt = previous.tables[step.previous], &nt = next.tables[step.next];
  std::vector<std::string> lines, before, after;
  for (const ir::TableChange &change : step.changes) {
    switch (change.kind) {
    case TableChangeKind::DropPrimaryKey:
      lines.push_back("DROP CONSTRAINT " + quoteIdentifier(pt.primaryKey->name));
      break;
    case TableChangeKind::RenamePrimaryKey:
      lines.push_back("RENAME CONSTRAINT " + quoteIdentifier(pt.primaryKey->name) + " TO " +
                      quoteIdentifier(nt.primaryKey->name));
      break;
    case TableChangeKind::AddPrimaryKey:
      lines.push_back("ADD CONSTRAINT " + quoteIdentifier(nt.primaryKey->name) +
                      " PRIMARY KEY (" + joinColumns(nt.primaryKey->columns) + ")");
      break;
    case TableChangeKind::AddColumn:
      lines.push_back("ADD COLUMN " + columnDefinitionSQL(next, nt.columns[change.nextColumn]));
      break;
    case TableChangeKind::DropColumn:
      lines.push_back("DROP COLUMN " + quoteIdentifier(pt.columns[change.previousColumn].name));
      break;
    case TableChangeKind::AlterColumn:
      renderAlterColumn(previous, next, pt, nt, pt.columns[change.previousColumn],
                        nt.columns[change.nextColumn], change.changes, before, lines, after,
                        options);
      break;
    case TableChangeKind::DropAndRecreateColumn:
      lines.push_back("DROP COLUMN " + quoteIdentifier(pt.columns[change.previousColumn].name));
      lines.push_back("ADD COLUMN " + columnDefinitionSQL(next, nt.columns[change.nextColumn]));
      break;
    }
  }
  if (lines.empty())
    return {};
  std::vector<std::string> out = std::move(before);
  out.push_back("ALTER TABLE " + tableName(previous, pt) + " " + join(lines, ",\n"));
  out.insert(out.end(), after.begin(), after.end());
  return out;
}

/// The columns of each enum on both sides of a plan, and the previous tables by name:
/// built once per script, so that each AlterEnum visits only its own columns.
class EnumColumns {
public:
  explicit EnumColumns(const ir::MigrationPlan &plan) {
    index(*plan.renamed, previousUses);
    index(*plan.next, nextUses);
    for (size_t t = 0; t < plan.renamed->tables.size(); ++t)
      previousTables.try_emplace(
          {plan.renamed->tables[t].schema, plan.renamed->tables[t].name}, int(t));
  }
  using Uses = std::vector<std::pair<int, int>>; ///< (table, column), in schema order
  const Uses &previous(const ir::Enum &e) const { return find(previousUses, e); }
  const Uses &next(const ir::Enum &e) const { return find(nextUses, e); }
  const ir::Table *previousTable(const ir::Schema &previous, const ir::Table &t) const {
    auto it = previousTables.find({t.schema, t.name});
    return it == previousTables.end() ? nullptr : &previous.tables[it->second];
  }

private:
  using Key = std::pair<StringRef, StringRef>; ///< (enum namespace, enum name)
  static void index(const ir::Schema &schema, DenseMap<Key, Uses> &out) {
    for (size_t t = 0; t < schema.tables.size(); ++t)
      for (size_t c = 0; c < schema.tables[t].columns.size(); ++c) {
        const ir::Column &column = schema.tables[t].columns[c];
        if (column.type.kind == ir::TypeKind::Enum)
          out[{column.type.enumSchema, column.type.name}].push_back({int(t), int(c)});
      }
  }
  static const Uses &find(const DenseMap<Key, Uses> &map, const ir::Enum &e) {
    static const Uses none;
    auto it = map.find({e.schema, e.name});
    return it == map.end() ? none : it->second;
  }
  DenseMap<Key, Uses> previousUses, nextUses;
  DenseMap<Key, int> previousTables;
};

std::vector<std::string> renderAlterEnum(const ir::MigrationPlan &plan, const Step &step,
                                         const EnumColumns &enumColumns,
                                         const ScriptOptions &options) {
  const ir::Schema &previous = *plan.renamed, &next = *plan.next;
  const ir::Enum &pe = previous.enums[step.previous], &ne = next.enums[step.next];
  // Names read from the previous schema: qualified even in the default namespace when it
  // stands for a database (Prisma's describer gives every table and enum its namespace).
  auto previousName = [&](const ir::QualifiedName &name) {
    if (!options.previousFromDatabase)
      return qualifiedName(previous, name);
    return quoteIdentifier(name.schema.empty() ? previous.defaultNamespace : name.schema) + "." +
           quoteIdentifier(name.name);
  };
  std::string enumName = qualifiedName(previous, pe.qualifiedName());
  if (step.droppedValues.empty()) {
    std::vector<std::string> out;
    for (const std::string &value : step.createdValues)
      out.push_back("ALTER TYPE " + enumName + " ADD VALUE " + quoteString(value));
    if (out.size() > 1)
      out[0] = "-- This migration adds more than one value to an enum.\n"
               "-- With PostgreSQL versions 11 and earlier, this is not possible\n"
               "-- in a single migration. This can be worked around by creating\n"
               "-- multiple migrations, each migration adding only one value to\n"
               "-- the enum.\n\n\n" +
               out[0];
    return out;
  }
  std::vector<std::string> out;
  std::string temporary = qualifiedName(next, {ne.schema, ne.name + "_new"});
  std::string old = pe.name + "_old";
  out.push_back("BEGIN");
  std::string values;
  for (size_t i = 0; i < ne.values.size(); ++i) {
    if (i)
      values += ", ";
    values += quoteString(ne.values[i].name);
  }
  out.push_back("CREATE TYPE " + temporary + " AS ENUM (" + values + ")");
  for (const Step::DefaultUse &use : step.previousUsesAsDefault) {
    const ir::Table &table = previous.tables[use.previousTable];
    out.push_back("ALTER TABLE " + previousName(table.qualifiedName()) + " ALTER COLUMN " +
                  quoteIdentifier(table.columns[use.previousColumn].name) + " DROP DEFAULT");
  }
  // Every column that uses the enum now moves to the new type. Prisma walks the columns
  // of the next schema (in its order) under their next names, which fails when one of
  // them does not exist yet (a created table or column) and leaves behind the columns of
  // dropped or renamed tables, so that DROP TYPE fails. schemac walks the same columns
  // in the same order when they exist on both sides, then the previous schema's other
  // users of the enum.
  auto usesPreviousEnum = [&](const ir::Column &column) {
    return column.type.kind == ir::TypeKind::Enum && column.type.name == pe.name &&
           column.type.enumSchema == pe.schema;
  };
  std::set<std::pair<const ir::Table *, const ir::Column *>> altered;
  auto alterColumn = [&](const ir::Table &table, const ir::Column &column) {
    if (!altered.insert({&table, &column}).second)
      return;
    std::string array = column.isList() ? "[]" : "";
    std::string name = quoteIdentifier(column.name);
    out.push_back("ALTER TABLE " + tableName(previous, table) + " ALTER COLUMN " + name +
                  " TYPE " + temporary + array + " USING (" + name + "::text::" + temporary +
                  array + ")");
  };
  for (auto [t, c] : enumColumns.next(ne)) {
    const ir::Table &table = next.tables[t];
    const ir::Column &column = table.columns[c];
    const ir::Table *before = enumColumns.previousTable(previous, table);
    const ir::Column *old = before ? before->findColumn(column.name) : nullptr;
    if (old && usesPreviousEnum(*old))
      alterColumn(*before, *old);
  }
  for (auto [t, c] : enumColumns.previous(pe))
    alterColumn(previous.tables[t], previous.tables[t].columns[c]);
  out.push_back("ALTER TYPE " + enumName + " RENAME TO " + quoteIdentifier(old));
  out.push_back("ALTER TYPE " + temporary + " RENAME TO " + quoteIdentifier(ne.name));
  out.push_back("DROP TYPE " + previousName({pe.schema, old}));
  for (const Step::DefaultUse &use : step.previousUsesAsDefault) {
    if (use.nextTable < 0)
      continue;
    const ir::Table &table = previous.tables[use.previousTable];
    const ir::Column &column = next.tables[use.nextTable].columns[use.nextColumn];
    std::string value = defaultSQL(next, column);
    out.push_back("ALTER TABLE " + tableName(previous, table) + " ALTER COLUMN " +
                  quoteIdentifier(table.columns[use.previousColumn].name) + " SET DEFAULT " +
                  value);
  }
  out.push_back("COMMIT");
  return out;
}

std::vector<std::string> renderStep(const ir::MigrationPlan &plan, const Step &step,
                                    std::optional<EnumColumns> &enumColumns,
                                    const ScriptOptions &options);

} // namespace

std::vector<std::string> stepStatements(const ir::MigrationPlan &plan, const Step &step) {
  std::optional<EnumColumns> enumColumns;
  return renderStep(plan, step, enumColumns, ScriptOptions());
}

namespace {

std::vector<std::string> renderStep(const ir::MigrationPlan &plan, const Step &step,
                                    std::optional<EnumColumns> &enumColumns,
                                    const ScriptOptions &options) {
  const ir::Schema &original = *plan.previous, &previous = *plan.renamed, &next = *plan.next;
  switch (step.kind) {
  case StepKind::CreateSchema:
    return {createSchemaSQL(step.name)};
  case StepKind::DropSchema:
    return {"DROP SCHEMA " + quoteIdentifier(step.name)};
  case StepKind::DropExtension:
    return {"DROP EXTENSION " + quoteIdentifier(previous.extensions[step.previous].name)};
  case StepKind::CreateExtension:
    return {createExtensionSQL(next.extensions[step.next])};
  case StepKind::AlterExtension: {
    const ir::Extension &before = previous.extensions[step.previous];
    const ir::Extension &after = next.extensions[step.next];
    std::vector<std::string> out;
    if (step.alterExtensionVersion)
      out.push_back("ALTER EXTENSION " + quoteIdentifier(before.name) + " UPDATE TO " +
                    quoteIdentifier(after.version));
    if (step.alterExtensionSchema)
      out.push_back("ALTER EXTENSION " + quoteIdentifier(before.name) + " SET SCHEMA " +
                    quoteIdentifier(after.schema));
    return out;
  }
  case StepKind::RenameTable: {
    const ir::Table &before = original.tables[step.previous];
    const ir::Table &after = previous.tables[step.next];
    std::vector<std::string> out = {"ALTER TABLE " + tableName(original, before) + " RENAME TO " +
                                    quoteIdentifier(after.name)};
    // A serial column's sequence is named after its table (`Customer_id_seq`): renamed with
    // it, so that the database equals one created from the new schema.
    for (const ir::Column &column : before.columns)
      if (column.autoincrement) {
        std::string from = before.name + "_" + column.name + "_seq";
        std::string to = after.name + "_" + column.name + "_seq";
        if (from.size() <= 63 && to.size() <= 63)
          out.push_back("ALTER SEQUENCE IF EXISTS " + nameInNamespace(original, before.schema, from) +
                        " RENAME TO " + quoteIdentifier(to));
      }
    return out;
  }
  case StepKind::RenameColumn: {
    const ir::Table &table = previous.tables[step.previous];
    const ir::Column &before = original.tables[step.previous].columns[step.previousIndex];
    const ir::Column &after = table.columns[step.nextIndex];
    std::vector<std::string> out = {"ALTER TABLE " + tableName(previous, table) + " RENAME COLUMN " +
                                    quoteIdentifier(before.name) + " TO " + quoteIdentifier(after.name)};
    if (before.autoincrement && after.autoincrement) {
      std::string from = table.name + "_" + before.name + "_seq";
      std::string to = table.name + "_" + after.name + "_seq";
      if (from.size() <= 63 && to.size() <= 63)
        out.push_back("ALTER SEQUENCE IF EXISTS " + nameInNamespace(previous, table.schema, from) +
                      " RENAME TO " + quoteIdentifier(to));
    }
    return out;
  }
  case StepKind::CreateEnum:
    return {createEnumSQL(next, next.enums[step.next])};
  case StepKind::AlterEnum:
    if (!enumColumns)
      enumColumns.emplace(plan);
    return renderAlterEnum(plan, step, *enumColumns, options);
  case StepKind::DropForeignKey: {
    const ir::ForeignKey &fk = previous.foreignKeys[step.previous];
    return {"ALTER TABLE " + qualifiedName(previous, fk.table) + " DROP CONSTRAINT " +
            quoteIdentifier(fk.name)};
  }
  case StepKind::DropIndex: {
    const ir::Table &table = previous.tables[step.previous];
    return {"DROP INDEX " +
            nameInNamespace(previous, table.schema, table.indexes[step.previousIndex].name)};
  }
  case StepKind::AlterTable:
    return renderAlterTable(plan, step, options);
  case StepKind::DropTable:
    return {"DROP TABLE " + tableName(previous, previous.tables[step.previous])};
  case StepKind::DropEnum:
    return {"DROP TYPE " + qualifiedName(previous, previous.enums[step.previous].qualifiedName())};
  case StepKind::CreateTable:
    return {createTableSQL(next, next.tables[step.next])};
  case StepKind::CreateIndex: {
    const ir::Table &table = next.tables[step.next];
    return {createIndexSQL(next, table, table.indexes[step.nextIndex])};
  }
  case StepKind::RenameForeignKey: {
    const ir::ForeignKey &before = previous.foreignKeys[step.previous];
    const ir::ForeignKey &after = next.foreignKeys[step.next];
    return {"ALTER TABLE " + qualifiedName(previous, before.table) + " RENAME CONSTRAINT " +
            quoteIdentifier(before.name) + " TO " + quoteIdentifier(after.name)};
  }
  case StepKind::AddForeignKey:
    return {addForeignKeySQL(next, next.foreignKeys[step.next])};
  case StepKind::RenameIndex: {
    const ir::Table &table = previous.tables[step.previous];
    return {"ALTER INDEX " +
            nameInNamespace(previous, table.schema, table.indexes[step.previousIndex].name) +
            " RENAME TO " + quoteIdentifier(next.tables[step.next].indexes[step.nextIndex].name)};
  }
  }
  return {};
}

} // namespace

std::string migrationScript(const ir::MigrationPlan &plan, const ScriptOptions &options) {
  ScriptBuilder script;
  if (options.annotate && !options.warnings.empty()) {
    std::string header = "/*\n  Warnings:\n\n";
    for (const ir::StepWarning &warning : options.warnings)
      header += "  - " + warning.message + "\n";
    header += "\n*/\n";
    script.comment(header);
  }
  // The notes of each step, in their order.
  std::vector<std::string> notes(options.annotate ? plan.steps.size() : 0);
  for (const ir::StepWarning &note : options.stepNotes)
    if (options.annotate && note.step < notes.size())
      notes[note.step] += "-- schemac: " + note.message + "\n";
  std::optional<EnumColumns> enumColumns;
  for (size_t i = 0; i < plan.steps.size(); ++i)
    script.step(ir::stepKindName(plan.steps[i].kind), renderStep(plan, plan.steps[i], enumColumns, options),
                notes.empty() ? std::string() : notes[i]);
  return std::move(script).finish();
}

} // namespace schemac::backends::postgres
