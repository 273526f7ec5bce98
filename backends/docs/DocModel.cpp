//===- backends/docs/DocModel.cpp - The documentation model -----------------===//
//
// Part of schemac. Builds the documentation model from the IR (backends/docs/DocModel.h).
//
//===----------------------------------------------------------------------===//
#include "backends/docs/DocModel.h"

#include "backends/postgres/PostgresSQL.h"
#include "backends/prisma/PrismaSchema.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <map>

using namespace llvm;

namespace schemac::backends::doc {

std::string modelName(const ir::Table &table) {
  return table.origin.name.empty() ? table.name : table.origin.name;
}
std::string fieldName(const ir::Column &column) {
  return column.origin.name.empty() ? column.name : column.origin.name;
}

std::string valueText(const ir::Value &value) {
  switch (value.kind) {
  case ir::Value::Kind::String:
    return "\"" + value.text + "\"";
  case ir::Value::Kind::List: {
    std::vector<std::string> items;
    for (const ir::Value &element : value.elements)
      items.push_back(valueText(element));
    return "[" + join(items, ", ") + "]";
  }
  default:
    return value.text;
  }
}

std::string defaultText(const ir::Column &column) {
  if (column.autoincrement)
    return "autoincrement()";
  if (!column.defaultValue)
    return "";
  const ir::Default &d = *column.defaultValue;
  switch (d.kind) {
  case ir::Default::Kind::Value:
    return valueText(d.value);
  case ir::Default::Kind::Now:
    return "now()";
  case ir::Default::Kind::DbGenerated:
    return "dbgenerated(" + d.expression + ")";
  case ir::Default::Kind::Generated:
    return d.expression + "(" + (d.argument ? std::to_string(*d.argument) : "") + ")";
  }
  return "";
}

std::string indexKindName(ir::IndexKind kind) {
  switch (kind) {
  case ir::IndexKind::PrimaryKey:
    return "primary key";
  case ir::IndexKind::Unique:
    return "unique";
  case ir::IndexKind::Index:
    return "index";
  case ir::IndexKind::Fulltext:
    return "fulltext";
  }
  return "";
}

std::string actionName(ir::ReferentialAction action) {
  return ir::referentialActionPrismaName(action).str();
}

Model buildModel(const ir::Schema &schema) {
  Model out;
  StringMap<std::string> modelOfTable; // "schema.table" -> model name
  auto key = [](StringRef schemaName, StringRef table) { return (schemaName + "." + table).str(); };
  auto noteNamespace = [&](const std::string &ns) {
    if (!llvm::is_contained(out.namespaces, ns))
      out.namespaces.push_back(ns);
  };
  StringMap<const ir::Table *> tableByKey;
  for (const ir::Table &table : schema.tables) {
    modelOfTable[key(table.schema, table.name)] = modelName(table);
    tableByKey[key(table.schema, table.name)] = &table;
  }

  // Foreign key columns, for the FK marker.
  std::map<std::pair<std::string, std::string>, bool> fkColumns;
  for (const ir::ForeignKey &fk : schema.foreignKeys)
    for (const std::string &column : fk.columns)
      fkColumns[{key(fk.table.schema, fk.table.name), column}] = true;

  std::map<std::string, DocEnum *> enumByKey;
  for (const ir::Enum &enm : schema.enums) {
    DocEnum e;
    e.enm = &enm;
    e.name = enm.origin.name.empty() ? enm.name : enm.origin.name;
    e.schema = enm.schema;
    e.doc = enm.origin.doc;
    for (const ir::EnumValue &value : enm.values)
      e.values.emplace_back(value.origin.name.empty() ? value.name : value.origin.name,
                            value.name, value.origin.doc);
    out.enums.push_back(std::move(e));
  }
  for (DocEnum &e : out.enums)
    enumByKey[key(e.enm->schema, e.enm->name)] = &e;

  for (const ir::Table &table : schema.tables) {
    if (table.implicitManyToMany)
      continue;
    DocModel m;
    m.table = &table;
    m.name = modelName(table);
    m.doc = table.origin.doc;
    m.schema = table.schema;
    noteNamespace(table.schema);
    std::string tableKey = key(table.schema, table.name);
    for (const ir::Column &column : table.columns) {
      DocField f;
      f.name = fieldName(column);
      DocEnum *enumType = nullptr;
      if (column.type.kind == ir::TypeKind::Enum) {
        auto it = enumByKey.find(key(column.type.enumSchema.empty() ? table.schema
                                                                     : column.type.enumSchema,
                                     column.type.name));
        if (it != enumByKey.end())
          enumType = it->second;
      }
      f.type = enumType ? enumType->name : prisma::prismaTypeName(schema, column.type);
      f.list = column.isList();
      f.nullable = column.arity == ir::Arity::Nullable;
      f.type += f.list ? "[]" : f.nullable ? "?" : "";
      f.column = column.name;
      f.databaseType = postgres::columnTypeSQL(schema, column);
      f.defaultText = defaultText(column);
      f.doc = column.origin.doc;
      if (table.primaryKey && llvm::any_of(table.primaryKey->columns, [&](const ir::IndexColumn &c) {
            return c.column == column.name;
          }))
        f.constraints.push_back("PK");
      for (const ir::Index &index : table.indexes)
        if (index.kind == ir::IndexKind::Unique && index.columns.size() == 1 &&
            index.columns[0].column == column.name)
          f.constraints.push_back("UK");
      if (fkColumns.count({tableKey, column.name}))
        f.constraints.push_back("FK");
      if (column.updatedAt)
        f.constraints.push_back("updatedAt");
      if (enumType)
        enumType->usedBy.push_back(m.name + "." + f.name);
      m.fields.push_back(std::move(f));
    }
    auto addIndex = [&](const ir::Index &index) {
      DocIndex i;
      i.name = index.name;
      i.kind = indexKindName(index.kind);
      i.type = index.algorithm == ir::IndexAlgorithm::BTree
                   ? ""
                   : ir::indexAlgorithmName(index.algorithm).upper();
      for (const ir::IndexColumn &c : index.columns) {
        std::string text = c.column;
        if (c.sort && *c.sort == ir::SortOrder::Desc)
          text += " DESC";
        i.columns.push_back(text);
      }
      m.indexes.push_back(std::move(i));
    };
    if (table.primaryKey)
      addIndex(*table.primaryKey);
    for (const ir::Index &index : table.indexes)
      addIndex(index);
    out.models.push_back(std::move(m));
  }
  for (const ir::Enum &enm : schema.enums)
    noteNamespace(enm.schema);
  out.multiNamespace = out.namespaces.size() > 1;

  // Relations: implicit m:n from join tables, the others from foreign keys.
  std::map<std::string, std::vector<const ir::ForeignKey *>> fksOfTable;
  for (const ir::ForeignKey &fk : schema.foreignKeys)
    fksOfTable[key(fk.table.schema, fk.table.name)].push_back(&fk);
  for (const ir::ForeignKey &fk : schema.foreignKeys) {
    std::string tableKey = key(fk.table.schema, fk.table.name);
    const ir::Table *table = tableByKey.lookup(tableKey);
    if (!table)
      continue;
    if (table->implicitManyToMany) {
      // Recorded once, from the join table's first foreign key (column A).
      auto &fks = fksOfTable[tableKey];
      if (fks.size() != 2 || fks[0] != &fk)
        continue;
      DocRelation r;
      r.from = modelOfTable.lookup(key(fks[0]->referencedTable.schema, fks[0]->referencedTable.name));
      r.to = modelOfTable.lookup(key(fks[1]->referencedTable.schema, fks[1]->referencedTable.name));
      r.cardinality = Cardinality::ManyToMany;
      r.onDelete = r.onUpdate = ir::ReferentialAction::Cascade;
      r.constraint = table->name;
      r.name = table->origin.name;
      out.relations.push_back(std::move(r));
      continue;
    }
    DocRelation r;
    r.from = modelOfTable.lookup(tableKey);
    r.to = modelOfTable.lookup(key(fk.referencedTable.schema, fk.referencedTable.name));
    StringRef origin = fk.origin.name;
    r.field = origin.contains('.') ? origin.split('.').second.str() : "";
    r.columns = fk.columns;
    r.referencedColumns = fk.referencedColumns;
    r.onDelete = fk.onDelete;
    r.onUpdate = fk.onUpdate;
    r.constraint = fk.name;
    for (const std::string &c : fk.columns)
      if (const ir::Column *column = table->findColumn(c))
        r.optional |= column->arity == ir::Arity::Nullable;
    auto sameColumns = [&](const ir::Index &index) {
      if (index.columns.size() != fk.columns.size())
        return false;
      for (const ir::IndexColumn &c : index.columns)
        if (!llvm::is_contained(fk.columns, c.column))
          return false;
      return true;
    };
    bool unique = table->primaryKey && sameColumns(*table->primaryKey);
    for (const ir::Index &index : table->indexes)
      unique |= index.kind == ir::IndexKind::Unique && sameColumns(index);
    r.cardinality = unique ? Cardinality::OneToOne : Cardinality::ManyToOne;
    out.relations.push_back(std::move(r));
  }
  for (const DocRelation &r : out.relations) {
    out.relationsOf[r.from].push_back(&r);
    if (r.to != r.from)
      out.relationsOf[r.to].push_back(&r);
  }
  return out;
}

/// GitHub's heading anchors: lower case, spaces to `-`, punctuation dropped.
std::string anchorOf(StringRef heading) {
  std::string out;
  for (char c : heading) {
    if (isAlnum(c) || c == '_' || c == '-')
      out += toLower(c);
    else if (c == ' ')
      out += '-';
  }
  return out;
}

std::string cardinalityText(const DocRelation &r, bool fromSide) {
  switch (r.cardinality) {
  case Cardinality::ManyToMany:
    return "many-to-many";
  case Cardinality::OneToOne:
    return std::string(r.optional ? "optional " : "") + "one-to-one";
  case Cardinality::ManyToOne:
    return fromSide ? std::string(r.optional ? "optional " : "") + "many-to-one"
                    : std::string(r.optional ? "optional " : "") + "one-to-many";
  }
  return "";
}

} // namespace schemac::backends::doc
