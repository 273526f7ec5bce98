//===- backends/postgres/MigrationSummary.cpp - Plans as a summary --------===//
//
// Part of schemac. The human-readable summary of a migration plan (`diff --emit=summary`):
// one line per change, in Prisma's words, with the column changes that cause each
// alteration.
//
//===----------------------------------------------------------------------===//
#include "backends/postgres/PostgresMigration.h"
#include "backends/postgres/PostgresSQL.h"

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

std::string arityName(ir::Arity arity) {
  switch (arity) {
  case ir::Arity::Required: return "Required";
  case ir::Arity::Nullable: return "Nullable";
  case ir::Arity::List: return "List";
  }
  return "";
}

/// Rust's Debug form of a describer default (`Some(Value(Int(0)))`), as Prisma prints
/// it in the summary.
std::string debugDefault(const ir::Schema &schema, const ir::Table &table,
                         const ir::Column &column) {
  if (column.autoincrement)
    return "Some(Sequence(\"" + table.name + "_" + column.name + "_seq\"))";
  if (!column.defaultValue || column.defaultValue->kind == ir::Default::Kind::Generated)
    return "None";
  const ir::Default &d = *column.defaultValue;
  auto quote = [](StringRef text) {
    std::string out = "\"";
    for (char c : text) {
      if (c == '"' || c == '\\')
        out += '\\';
      out += c;
    }
    return out + "\"";
  };
  std::function<std::string(const ir::Value &)> value = [&](const ir::Value &v) -> std::string {
    switch (v.kind) {
    case ir::Value::Kind::List: {
      std::string out = "List([";
      for (size_t i = 0; i < v.elements.size(); ++i)
        out += (i ? ", " : "") + value(v.elements[i]);
      return out + "])";
    }
    case ir::Value::Kind::Enum:
      return "Enum(" + quote(v.text) + ")";
    case ir::Value::Kind::Boolean:
      return "Boolean(" + v.text + ")";
    case ir::Value::Kind::Number:
      switch (ir::familyOf(column.type.kind)) {
      case ir::ScalarFamily::Int: return "Int(" + v.text + ")";
      case ir::ScalarFamily::BigInt: return "BigInt(" + v.text + ")";
      default: return "Float(BigDecimal(\"" + v.text + "\"))";
      }
    case ir::Value::Kind::String:
      switch (ir::familyOf(column.type.kind)) {
      case ir::ScalarFamily::Json: return "Json(" + quote(v.text) + ")";
      default: return "String(" + quote(v.text) + ")";
      }
    }
    return "";
  };
  switch (d.kind) {
  case ir::Default::Kind::Now: return "Some(Now)";
  case ir::Default::Kind::DbGenerated:
    return d.hasExpression ? "Some(DbGenerated(Some(" + quote(d.expression) + ")))"
                           : "Some(DbGenerated(None))";
  case ir::Default::Kind::Value: return "Some(Value(" + value(d.value) + "))";
  case ir::Default::Kind::Generated: break;
  }
  (void)schema;
  return "None";
}

std::string columnChangesText(const ir::Schema &previous, const ir::Table &pt,
                              const ir::Column &before, const ir::Schema &next,
                              const ir::Table &nt, const ir::Column &after,
                              const ir::ColumnChanges &changes) {
  std::vector<std::string> parts;
  if (changes.arity)
    parts.push_back("changed from " + arityName(before.arity) + " to " + arityName(after.arity));
  if (changes.defaultValue)
    parts.push_back("default changed from `" + debugDefault(previous, pt, before) + "` to `" +
                    debugDefault(next, nt, after) + "`");
  if (changes.type)
    parts.push_back("type changed");
  if (changes.autoincrement)
    parts.push_back(before.autoincrement ? "column is no longer autoincrementing"
                                         : "column became autoincrementing");
  return "(" + join(parts, ", ") + ")";
}

} // namespace

std::string migrationSummary(const ir::MigrationPlan &plan) {
  if (plan.steps.empty())
    return "No difference detected.";
  const ir::Schema &previous = *plan.renamed, &next = *plan.next;
  enum Drift {
    AddedSchema,
    AlteredExtension, DroppedExtension, CreatedExtension, AddedEnum, AddedTable,
    RemovedEnum, RemovedTable, RemovedSchema, RemovedUdt, RemovedView, RedefinedTable, RenamedTable,
    ChangedEnum, ChangedTable
  };
  std::set<std::tuple<int, std::string, size_t>> items;
  for (size_t i = 0; i < plan.steps.size(); ++i) {
    const Step &s = plan.steps[i];
    switch (s.kind) {
    case StepKind::CreateSchema: items.insert({AddedSchema, "", i}); break;
    case StepKind::DropSchema: items.insert({RemovedSchema, "", i}); break;
    case StepKind::CreateEnum: items.insert({AddedEnum, "", i}); break;
    case StepKind::AlterEnum: items.insert({ChangedEnum, previous.enums[s.previous].name, i}); break;
    case StepKind::DropForeignKey:
      items.insert({ChangedTable, previous.foreignKeys[s.previous].table.name, i});
      break;
    case StepKind::DropIndex:
    case StepKind::AlterTable:
    case StepKind::RenameIndex:
      items.insert({ChangedTable, previous.tables[s.previous].name, i});
      break;
    case StepKind::RenameTable:
      items.insert({RenamedTable, plan.previous->tables[s.previous].name, i});
      break;
    case StepKind::RenameColumn:
      items.insert({ChangedTable, previous.tables[s.previous].name, i});
      break;
    case StepKind::DropTable: items.insert({RemovedTable, "", i}); break;
    case StepKind::DropEnum: items.insert({RemovedEnum, "", i}); break;
    case StepKind::CreateTable: items.insert({AddedTable, "", i}); break;
    case StepKind::RenameForeignKey:
      items.insert({ChangedTable, next.foreignKeys[s.next].table.name, i});
      break;
    case StepKind::CreateIndex: items.insert({ChangedTable, next.tables[s.next].name, i}); break;
    case StepKind::AddForeignKey:
      items.insert({ChangedTable, next.foreignKeys[s.next].table.name, i});
      break;
    case StepKind::CreateExtension:
      items.insert({CreatedExtension, next.extensions[s.next].name, i});
      break;
    case StepKind::AlterExtension:
      items.insert({AlteredExtension, previous.extensions[s.previous].name, i});
      break;
    case StepKind::DropExtension:
      items.insert({DroppedExtension, previous.extensions[s.previous].name, i});
      break;
    }
  }
  std::string out;
  std::pair<int, std::string> state{AddedEnum, ""};
  bool first = true;
  auto indexColumns = [](const ir::Index &index) {
    std::vector<std::string> names;
    for (const ir::IndexColumn &c : index.columns)
      names.push_back(c.column);
    return join(names, ", ");
  };
  for (const auto &[type, name, idx] : items) {
    if (first || state != std::make_pair(type, name)) {
      switch (type) {
      case AddedSchema: out += "\n[+] Added Schemas\n"; break;
      case RemovedSchema: out += "\n[-] Removed Schemas\n"; break;
      case AddedEnum: out += "\n[+] Added enums\n"; break;
      case AddedTable: out += "\n[+] Added tables\n"; break;
      case RemovedEnum: out += "\n[-] Removed enums\n"; break;
      case RemovedTable: out += "\n[-] Removed tables\n"; break;
      case RenamedTable: out += "\n[*] Renamed tables\n"; break;
      case ChangedEnum: out += "\n[*] Changed the `" + name + "` enum\n"; break;
      case ChangedTable: out += "\n[*] Changed the `" + name + "` table\n"; break;
      case CreatedExtension: out += "\n[+] Added extensions\n"; break;
      case AlteredExtension: out += "\n[*] Changed the `" + name + "` extension\n"; break;
      case DroppedExtension: out += "\n[-] Removed extensions\n`"; break;
      default: break;
      }
    }
    first = false;
    state = {type, name};
    const Step &s = plan.steps[idx];
    switch (s.kind) {
    case StepKind::CreateSchema:
    case StepKind::DropSchema:
      out += "  - " + s.name + "\n";
      break;
    case StepKind::CreateEnum:
      out += "  - " + next.enums[s.next].name + "\n";
      break;
    case StepKind::AlterEnum:
      for (const std::string &v : s.createdValues)
        out += "  [+] Added variant `" + v + "`\n";
      for (const std::string &v : s.droppedValues)
        out += "  [-] Removed variant `" + v + "`\n";
      break;
    case StepKind::DropForeignKey:
      out += "  [-] Removed foreign key on columns (" +
             join(previous.foreignKeys[s.previous].columns, ", ") + ")\n";
      break;
    case StepKind::DropIndex: {
      const ir::Index &index = previous.tables[s.previous].indexes[s.previousIndex];
      out += std::string("  [-] Removed ") + (index.isUnique() ? "unique " : "") +
             "index on columns (" + indexColumns(index) + ")\n";
      break;
    }
    case StepKind::AlterTable: {
      const ir::Table &pt = previous.tables[s.previous], &nt = next.tables[s.next];
      auto pkColumns = [&](const ir::Table &t) {
        return t.primaryKey ? indexColumns(*t.primaryKey) : std::string();
      };
      for (const ir::TableChange &c : s.changes) {
        switch (c.kind) {
        case TableChangeKind::AddColumn:
          out += "  [+] Added column `" + nt.columns[c.nextColumn].name + "`\n";
          break;
        case TableChangeKind::AlterColumn:
          out += "  [*] Altered column `" + nt.columns[c.nextColumn].name + "` " +
                 columnChangesText(previous, pt, pt.columns[c.previousColumn], next, nt,
                                   nt.columns[c.nextColumn], c.changes) +
                 "\n";
          break;
        case TableChangeKind::DropColumn:
          out += "  [-] Removed column `" + pt.columns[c.previousColumn].name + "`\n";
          break;
        case TableChangeKind::DropAndRecreateColumn:
          out += "  [*] Column `" + nt.columns[c.nextColumn].name +
                 "` would be dropped and recreated " +
                 columnChangesText(previous, pt, pt.columns[c.previousColumn], next, nt,
                                   nt.columns[c.nextColumn], c.changes) +
                 "\n";
          break;
        case TableChangeKind::DropPrimaryKey:
          out += "  [-] Dropped the primary key on columns (" + pkColumns(pt) + ")\n";
          break;
        case TableChangeKind::RenamePrimaryKey:
          out += "  [*] Renamed the primary key on columns (" + pkColumns(pt) + ")\n";
          break;
        case TableChangeKind::AddPrimaryKey:
          out += "  [+] Added primary key on columns (" + pkColumns(nt) + ")\n)\n";
          break;
        }
      }
      break;
    }
    case StepKind::DropTable:
      out += "  - " + previous.tables[s.previous].name + "\n";
      break;
    case StepKind::DropEnum:
      out += "  - " + previous.enums[s.previous].name + "\n";
      break;
    case StepKind::CreateTable:
      out += "  - " + next.tables[s.next].name + "\n";
      break;
    case StepKind::RenameTable:
      out += "  - " + plan.previous->tables[s.previous].name + " -> " +
             previous.tables[s.next].name + "\n";
      break;
    case StepKind::RenameColumn:
      out += "  [*] Renamed column `" +
             plan.previous->tables[s.previous].columns[s.previousIndex].name + "` to `" +
             previous.tables[s.previous].columns[s.nextIndex].name + "`\n";
      break;
    case StepKind::RenameForeignKey:
      out += "  [*] Renamed the foreign key \"" + previous.foreignKeys[s.previous].name +
             "\" to \"" + next.foreignKeys[s.next].name + "\"\n";
      break;
    case StepKind::CreateIndex: {
      const ir::Index &index = next.tables[s.next].indexes[s.nextIndex];
      out += std::string("  [+] Added ") + (index.isUnique() ? "unique " : "") +
             "index on columns (" + indexColumns(index) + ")\n";
      break;
    }
    case StepKind::AddForeignKey:
      out += "  [+] Added foreign key on columns (" +
             join(next.foreignKeys[s.next].columns, ", ") + ")\n";
      break;
    case StepKind::RenameIndex:
      out += "  [*] Renamed index `" + previous.tables[s.previous].indexes[s.previousIndex].name +
             "` to `" + next.tables[s.next].indexes[s.nextIndex].name + "`\n";
      break;
    case StepKind::CreateExtension:
      out += "  - " + next.extensions[s.next].name + "\n";
      break;
    default:
      break;
    }
  }
  return out;
}

} // namespace schemac::backends::postgres
