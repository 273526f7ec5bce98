//===- ir/MigrationPlan.cpp - Typed migration steps between two schemas ---===//
#include "ir/MigrationPlan.h"

#include "llvm/ADT/Twine.h"

using namespace llvm;

namespace schemac::ir {

StringRef castKindName(CastKind kind) {
  switch (kind) {
  case CastKind::Safe: return "safe";
  case CastKind::Risky: return "risky";
  case CastKind::NotCastable: return "not-castable";
  }
  return "";
}

StringRef stepKindName(StepKind kind) {
  switch (kind) {
  case StepKind::CreateSchema: return "CreateSchema";
  case StepKind::DropExtension: return "DropExtension";
  case StepKind::CreateExtension: return "CreateExtension";
  case StepKind::AlterExtension: return "AlterExtension";
  case StepKind::RenameTable: return "RenameTable";
  case StepKind::RenameColumn: return "RenameColumn";
  case StepKind::CreateEnum: return "CreateEnum";
  case StepKind::AlterEnum: return "AlterEnum";
  case StepKind::DropForeignKey: return "DropForeignKey";
  case StepKind::DropIndex: return "DropIndex";
  case StepKind::AlterTable: return "AlterTable";
  case StepKind::DropTable: return "DropTable";
  case StepKind::DropEnum: return "DropEnum";
  case StepKind::CreateTable: return "CreateTable";
  case StepKind::CreateIndex: return "CreateIndex";
  case StepKind::RenameForeignKey: return "RenameForeignKey";
  case StepKind::AddForeignKey: return "AddForeignKey";
  case StepKind::RenameIndex: return "RenameIndex";
  case StepKind::DropSchema: return "DropSchema";
  }
  return "";
}

namespace {

void quoted(raw_ostream &os, StringRef text) {
  os << '"';
  for (char c : text) {
    if (c == '"' || c == '\\')
      os << '\\';
    os << c;
  }
  os << '"';
}

void qualified(raw_ostream &os, StringRef schema, StringRef name) {
  quoted(os, schema);
  os << '.';
  quoted(os, name);
}

void printColumnChanges(raw_ostream &os, const ColumnChanges &changes) {
  os << " (";
  bool first = true;
  auto item = [&](StringRef text) {
    os << (first ? "" : ", ") << text;
    first = false;
  };
  if (changes.arity)
    item("arity");
  if (changes.defaultValue)
    item("default");
  if (changes.type)
    item((Twine("type ") + castKindName(*changes.cast)).str());
  if (changes.autoincrement)
    item("autoincrement");
  os << ')';
}

} // namespace

void printPlan(const MigrationPlan &plan, raw_ostream &os) {
  const Schema &original = *plan.previous, &previous = *plan.renamed, &next = *plan.next;
  os << "schemac.plan 1\n";
  for (const Step &step : plan.steps) {
    os << stepKindName(step.kind);
    switch (step.kind) {
    case StepKind::CreateSchema:
    case StepKind::DropSchema:
      os << ' ';
      quoted(os, step.name);
      break;
    case StepKind::DropExtension:
      os << ' ';
      quoted(os, previous.extensions[step.previous].name);
      break;
    case StepKind::CreateExtension:
    case StepKind::AlterExtension:
      os << ' ';
      quoted(os, next.extensions[step.next].name);
      if (step.alterExtensionVersion)
        os << " version";
      if (step.alterExtensionSchema)
        os << " schema";
      break;
    case StepKind::RenameTable: {
      const Table &t = original.tables[step.previous];
      os << ' ';
      qualified(os, t.schema, t.name);
      os << " -> ";
      quoted(os, previous.tables[step.next].name);
      break;
    }
    case StepKind::RenameColumn: {
      const Table &t = previous.tables[step.previous];
      os << ' ';
      qualified(os, t.schema, t.name);
      os << ' ';
      quoted(os, original.tables[step.previous].columns[step.previousIndex].name);
      os << " -> ";
      quoted(os, t.columns[step.nextIndex].name);
      break;
    }
    case StepKind::CreateEnum: {
      const Enum &e = next.enums[step.next];
      os << ' ';
      qualified(os, e.schema, e.name);
      break;
    }
    case StepKind::DropEnum: {
      const Enum &e = previous.enums[step.previous];
      os << ' ';
      qualified(os, e.schema, e.name);
      break;
    }
    case StepKind::AlterEnum: {
      const Enum &e = previous.enums[step.previous];
      os << ' ';
      qualified(os, e.schema, e.name);
      for (const std::string &v : step.createdValues) {
        os << " add ";
        quoted(os, v);
      }
      for (const std::string &v : step.droppedValues) {
        os << " drop ";
        quoted(os, v);
      }
      break;
    }
    case StepKind::DropForeignKey:
    case StepKind::AddForeignKey: {
      const ForeignKey &fk = step.kind == StepKind::DropForeignKey
                                 ? previous.foreignKeys[step.previous]
                                 : next.foreignKeys[step.next];
      os << ' ';
      quoted(os, fk.name);
      os << " on ";
      qualified(os, fk.table.schema, fk.table.name);
      break;
    }
    case StepKind::RenameForeignKey: {
      const ForeignKey &fk = previous.foreignKeys[step.previous];
      os << ' ';
      quoted(os, fk.name);
      os << " -> ";
      quoted(os, next.foreignKeys[step.next].name);
      os << " on ";
      qualified(os, fk.table.schema, fk.table.name);
      break;
    }
    case StepKind::DropIndex: {
      const Table &t = previous.tables[step.previous];
      os << ' ';
      quoted(os, t.indexes[step.previousIndex].name);
      os << " on ";
      qualified(os, t.schema, t.name);
      break;
    }
    case StepKind::CreateIndex: {
      const Table &t = next.tables[step.next];
      os << ' ';
      quoted(os, t.indexes[step.nextIndex].name);
      os << " on ";
      qualified(os, t.schema, t.name);
      if (step.fromDropAndRecreate)
        os << " recreated";
      break;
    }
    case StepKind::RenameIndex: {
      const Table &t = previous.tables[step.previous];
      os << ' ';
      quoted(os, t.indexes[step.previousIndex].name);
      os << " -> ";
      quoted(os, next.tables[step.next].indexes[step.nextIndex].name);
      os << " on ";
      qualified(os, t.schema, t.name);
      break;
    }
    case StepKind::CreateTable: {
      const Table &t = next.tables[step.next];
      os << ' ';
      qualified(os, t.schema, t.name);
      break;
    }
    case StepKind::DropTable: {
      const Table &t = previous.tables[step.previous];
      os << ' ';
      qualified(os, t.schema, t.name);
      break;
    }
    case StepKind::AlterTable: {
      const Table &pt = previous.tables[step.previous], &nt = next.tables[step.next];
      os << ' ';
      qualified(os, pt.schema, pt.name);
      os << " {\n";
      for (const TableChange &c : step.changes) {
        os << "  ";
        switch (c.kind) {
        case TableChangeKind::AddColumn:
          os << "add_column ";
          quoted(os, nt.columns[c.nextColumn].name);
          break;
        case TableChangeKind::DropColumn:
          os << "drop_column ";
          quoted(os, pt.columns[c.previousColumn].name);
          break;
        case TableChangeKind::AlterColumn:
          os << "alter_column ";
          quoted(os, pt.columns[c.previousColumn].name);
          printColumnChanges(os, c.changes);
          break;
        case TableChangeKind::DropAndRecreateColumn:
          os << "drop_and_recreate_column ";
          quoted(os, pt.columns[c.previousColumn].name);
          printColumnChanges(os, c.changes);
          break;
        case TableChangeKind::DropPrimaryKey:
          os << "drop_primary_key ";
          quoted(os, pt.primaryKey->name);
          break;
        case TableChangeKind::AddPrimaryKey:
          os << "add_primary_key ";
          quoted(os, nt.primaryKey->name);
          break;
        case TableChangeKind::RenamePrimaryKey:
          os << "rename_primary_key ";
          quoted(os, pt.primaryKey->name);
          os << " -> ";
          quoted(os, nt.primaryKey->name);
          break;
        }
        os << "\n";
      }
      os << "}";
      break;
    }
    }
    os << "\n";
  }
}

} // namespace schemac::ir
