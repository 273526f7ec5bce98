//===- backends/prisma/PrismaSchema.cpp - The IR as a Prisma schema --------------===//
#include "backends/prisma/PrismaSchema.h"

#include "ir/ConstraintNames.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

#include <fmt/format.h>

#include <map>

using namespace llvm;

namespace schemac::backends::prisma {

namespace {

/// A Prisma identifier for a database name: invalid characters become `_`, and a name
/// that does not start with a letter gets a prefix.
std::string identifierFor(StringRef name, StringRef prefix) {
  std::string out;
  for (char c : name)
    out += (isAlnum(c) || c == '_') ? c : '_';
  while (!out.empty() && out[0] == '_')
    out.erase(0, 1);
  if (out.empty() || !isAlpha(out[0]))
    out = prefix.str() + out;
  return out;
}

std::string quoted(StringRef text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\')
      out += '\\';
    out += c;
  }
  return out + "\"";
}

/// Names unique within a scope.
class NameScope {
public:
  std::string claim(std::string name) {
    std::string candidate = name;
    for (int i = 2; used.count(candidate); ++i)
      candidate = name + std::to_string(i);
    used.insert(candidate);
    return candidate;
  }
  void reserve(StringRef name) { used.insert(name); }

private:
  StringSet<> used;
};

struct Field {
  std::string name, type, attributes;
};

struct ModelInfo {
  std::string name;
  std::vector<std::string> columnFields; ///< field name of each column
  std::vector<Field> fields;
  std::vector<std::string> blockAttributes;
  NameScope names;
};

std::string lowerFirst(StringRef s) {
  std::string out = s.str();
  if (!out.empty())
    out[0] = toLower(out[0]);
  return out;
}

std::string nativeType(const ir::ColumnType &t, std::string &scalar) {
  using K = ir::TypeKind;
  auto arg = [&](std::string name) {
    return t.length ? fmt::format("@db.{}({})", name, *t.length) : "@db." + name;
  };
  switch (t.kind) {
  case K::Text: scalar = "String"; return "";
  case K::VarChar: scalar = "String"; return arg("VarChar");
  case K::Char: scalar = "String"; return arg("Char");
  case K::Citext: scalar = "String"; return "@db.Citext";
  case K::Uuid: scalar = "String"; return "@db.Uuid";
  case K::Xml: scalar = "String"; return "@db.Xml";
  case K::Inet: scalar = "String"; return "@db.Inet";
  case K::Bit: scalar = "String"; return arg("Bit");
  case K::VarBit: scalar = "String"; return arg("VarBit");
  case K::SmallInt: scalar = "Int"; return "@db.SmallInt";
  case K::Integer: scalar = "Int"; return "";
  case K::Oid: scalar = "Int"; return "@db.Oid";
  case K::BigInt: scalar = "BigInt"; return "";
  case K::Real: scalar = "Float"; return "@db.Real";
  case K::DoublePrecision: scalar = "Float"; return "";
  case K::Decimal:
    scalar = "Decimal";
    if (t.length && t.scale && *t.length == 65 && *t.scale == 30)
      return "";
    if (t.length && t.scale)
      return fmt::format("@db.Decimal({}, {})", *t.length, *t.scale);
    return "@db.Decimal";
  case K::Money: scalar = "Decimal"; return "@db.Money";
  case K::Boolean: scalar = "Boolean"; return "";
  case K::Date: scalar = "DateTime"; return "@db.Date";
  case K::Time: scalar = "DateTime"; return arg("Time");
  case K::Timetz: scalar = "DateTime"; return arg("Timetz");
  case K::Timestamp:
    scalar = "DateTime";
    return t.length && *t.length == 3 ? "" : arg("Timestamp");
  case K::Timestamptz: scalar = "DateTime"; return arg("Timestamptz");
  case K::Json: scalar = "Json"; return "@db.Json";
  case K::JsonB: scalar = "Json"; return "";
  case K::ByteA: scalar = "Bytes"; return "";
  case K::Enum:
  case K::Unsupported: break;
  }
  return "";
}

std::string valueText(const ir::Value &value, const std::map<std::string, std::string> &enumValues) {
  switch (value.kind) {
  case ir::Value::Kind::String: return quoted(value.text);
  case ir::Value::Kind::Number:
  case ir::Value::Kind::Boolean: return value.text;
  case ir::Value::Kind::Enum: {
    auto it = enumValues.find(value.text);
    return it == enumValues.end() ? value.text : it->second;
  }
  case ir::Value::Kind::List: {
    std::string out = "[";
    for (size_t i = 0; i < value.elements.size(); ++i)
      out += (i ? ", " : "") + valueText(value.elements[i], enumValues);
    return out + "]";
  }
  }
  return "";
}

} // namespace

std::string prismaTypeName(const ir::Schema &schema, const ir::ColumnType &type,
                           std::string *nativeAttribute) {
  if (type.kind == ir::TypeKind::Enum) {
    for (const ir::Enum &enm : schema.enums)
      if (enm.name == type.name && (type.enumSchema.empty() || enm.schema == type.enumSchema))
        return enm.origin.name.empty() ? enm.name : enm.origin.name;
    return type.name;
  }
  if (type.kind == ir::TypeKind::Unsupported)
    return "Unsupported(" + quoted(type.name) + ")";
  std::string scalar;
  std::string native = nativeType(type, scalar);
  if (nativeAttribute)
    *nativeAttribute = native;
  return scalar;
}

void printPrismaSchema(const ir::Schema &schema, raw_ostream &os) {
  bool multiSchema = !schema.namespaces.empty();
  os << "generator client {\n  provider = \"prisma-client-js\"\n}\n\n";
  os << "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n";
  if (multiSchema) {
    os << "  schemas  = [";
    for (size_t i = 0; i < schema.namespaces.size(); ++i)
      os << (i ? ", " : "") << quoted(schema.namespaces[i]);
    os << "]\n";
  }
  os << "}\n";

  NameScope topLevel;
  // Enums: Prisma names, and the value names of each (database value -> identifier).
  std::map<std::pair<std::string, std::string>, std::string> enumNames;
  std::map<std::pair<std::string, std::string>, std::map<std::string, std::string>> enumValueNames;
  for (const ir::Enum &e : schema.enums)
    enumNames[{e.schema, e.name}] = topLevel.claim(identifierFor(e.name, "Enum"));
  std::vector<ModelInfo> models(schema.tables.size());
  for (size_t t = 0; t < schema.tables.size(); ++t)
    models[t].name = topLevel.claim(identifierFor(schema.tables[t].name, "Model"));

  ir::TableIndex tables(schema);
  auto tableIndex = [&](const ir::QualifiedName &name) { return tables.find(name); };

  // Columns.
  for (size_t t = 0; t < schema.tables.size(); ++t) {
    const ir::Table &table = schema.tables[t];
    ModelInfo &model = models[t];
    for (const ir::Column &column : table.columns) {
      Field field;
      field.name = model.names.claim(identifierFor(column.name, "field"));
      model.columnFields.push_back(field.name);
      std::vector<std::string> attributes;
      std::string scalar, native;
      const std::map<std::string, std::string> *values = nullptr;
      if (column.type.kind == ir::TypeKind::Enum) {
        auto key = std::make_pair(column.type.enumSchema, column.type.name);
        scalar = enumNames.count(key) ? enumNames[key] : identifierFor(column.type.name, "Enum");
        values = &enumValueNames[key];
      } else if (column.type.kind == ir::TypeKind::Unsupported) {
        scalar = "Unsupported(" + quoted(column.type.name) + ")";
      } else {
        native = nativeType(column.type, scalar);
      }
      field.type = scalar + (column.isList() ? "[]" : column.isRequired() ? "" : "?");
      bool isId = table.primaryKey && table.primaryKey->columns.size() == 1 &&
                  table.primaryKey->columns[0].column == column.name &&
                  !table.primaryKey->columns[0].sort;
      if (isId) {
        std::string id = "@id";
        if (table.primaryKey->name != ir::primaryKeyName(table.name))
          id = "@id(map: " + quoted(table.primaryKey->name) + ")";
        attributes.push_back(id);
      }
      if (column.autoincrement) {
        attributes.push_back("@default(autoincrement())");
      } else if (column.defaultValue) {
        const ir::Default &d = *column.defaultValue;
        switch (d.kind) {
        case ir::Default::Kind::Now:
          attributes.push_back("@default(now())");
          break;
        case ir::Default::Kind::DbGenerated:
          attributes.push_back(d.hasExpression ? "@default(dbgenerated(" + quoted(d.expression) + "))"
                                               : "@default(dbgenerated())");
          break;
        case ir::Default::Kind::Generated:
          attributes.push_back("@default(" + d.expression + "())");
          break;
        case ir::Default::Kind::Value:
          if (ir::familyOf(column.type.kind) == ir::ScalarFamily::DateTime)
            attributes.push_back("@default(dbgenerated(" + quoted("'" + d.value.text + "'") + "))");
          else
            attributes.push_back("@default(" + valueText(d.value, values ? *values : std::map<std::string, std::string>()) + ")");
          break;
        }
      }
      if (!native.empty())
        attributes.push_back(native);
      if (field.name != column.name)
        attributes.push_back("@map(" + quoted(column.name) + ")");
      field.attributes = join(attributes, " ");
      model.fields.push_back(std::move(field));
    }
  }

  auto fieldList = [&](const ModelInfo &model, const ir::Table &table,
                       ArrayRef<std::string> columns) {
    std::vector<std::string> names;
    for (const std::string &c : columns) {
      int i = table.findColumnIndex(c);
      names.push_back(i >= 0 ? model.columnFields[i] : c);
    }
    return "[" + join(names, ", ") + "]";
  };

  // Keys and indexes.
  for (size_t t = 0; t < schema.tables.size(); ++t) {
    const ir::Table &table = schema.tables[t];
    ModelInfo &model = models[t];
    auto indexFields = [&](const ir::Index &index) {
      std::vector<std::string> parts;
      for (const ir::IndexColumn &c : index.columns) {
        int i = table.findColumnIndex(c.column);
        std::string part = i >= 0 ? model.columnFields[i] : c.column;
        std::vector<std::string> args;
        if (c.sort)
          args.push_back(*c.sort == ir::SortOrder::Desc ? "sort: Desc" : "sort: Asc");
        if (!c.operatorClass.empty())
          args.push_back("ops: raw(" + quoted(c.operatorClass) + ")");
        if (!args.empty())
          part += "(" + join(args, ", ") + ")";
        parts.push_back(part);
      }
      return "[" + join(parts, ", ") + "]";
    };
    auto columnNames = [](const ir::Index &index) {
      std::vector<StringRef> names;
      for (const ir::IndexColumn &c : index.columns)
        names.push_back(c.column);
      return names;
    };
    bool hasUnique = false;
    if (table.primaryKey) {
      hasUnique = true;
      const ir::Index &pk = *table.primaryKey;
      if (pk.columns.size() != 1 || pk.columns[0].sort) {
        std::string attr = "@@id(" + indexFields(pk);
        if (pk.name != ir::primaryKeyName(table.name))
          attr += ", map: " + quoted(pk.name);
        model.blockAttributes.push_back(attr + ")");
      }
    }
    for (const ir::Index &index : table.indexes) {
      std::vector<StringRef> names = columnNames(index);
      std::string defaultName = index.isUnique() ? ir::uniqueIndexName(table.name, names)
                                                 : ir::indexName(table.name, names);
      bool plain = index.algorithm == ir::IndexAlgorithm::BTree &&
                   all_of(index.columns, [](const ir::IndexColumn &c) {
                     return !c.sort && c.operatorClass.empty();
                   });
      if (index.kind == ir::IndexKind::Unique) {
        hasUnique = true;
        int column = index.columns.size() == 1 ? table.findColumnIndex(index.columns[0].column) : -1;
        if (plain && column >= 0) {
          std::string attr = index.name == defaultName ? "@unique"
                                                       : "@unique(map: " + quoted(index.name) + ")";
          std::string &attrs = model.fields[column].attributes;
          attrs += (attrs.empty() ? "" : " ") + attr;
          continue;
        }
      }
      std::string attr = std::string(index.kind == ir::IndexKind::Unique ? "@@unique(" : "@@index(") +
                         indexFields(index);
      if (index.algorithm != ir::IndexAlgorithm::BTree) {
        static const char *types[] = {"BTree", "Hash", "Gist", "Gin", "SpGist", "Brin"};
        attr += std::string(", type: ") + types[size_t(index.algorithm)];
      }
      if (index.name != defaultName)
        attr += ", map: " + quoted(index.name);
      model.blockAttributes.push_back(attr + ")");
    }
    if (!hasUnique)
      model.blockAttributes.push_back("@@ignore");
    if (model.name != table.name)
      model.blockAttributes.push_back("@@map(" + quoted(table.name) + ")");
    if (multiSchema)
      model.blockAttributes.push_back("@@schema(" + quoted(table.schema) + ")");
  }

  // Relations: both sides of every foreign key.
  for (const ir::ForeignKey &fk : schema.foreignKeys) {
    int from = tableIndex(fk.table), to = tableIndex(fk.referencedTable);
    if (from < 0 || to < 0)
      continue;
    const ir::Table &table = schema.tables[from];
    ModelInfo &model = models[from];
    ModelInfo &target = models[to];
    bool optional = any_of(fk.columns, [&](const std::string &c) {
      const ir::Column *column = table.findColumn(c);
      return column && !column->isRequired();
    });
    // A foreign key whose columns are unique is one-to-one.
    auto sameColumns = [&](const ir::Index &index) {
      if (index.columns.size() != fk.columns.size())
        return false;
      for (size_t i = 0; i < fk.columns.size(); ++i)
        if (index.columns[i].column != fk.columns[i])
          return false;
      return true;
    };
    bool oneToOne = (table.primaryKey && sameColumns(*table.primaryKey)) ||
                    any_of(table.indexes, [&](const ir::Index &index) {
                      return index.kind == ir::IndexKind::Unique && sameColumns(index);
                    });
    std::string base = lowerFirst(target.name);
    if (fk.columns.size() == 1) {
      StringRef column = fk.columns[0];
      if ((column.endswith("Id") || column.endswith("_id")) && column.size() > 3)
        base = identifierFor(column.drop_back(column.endswith("Id") ? 2 : 3), "relation");
    }
    std::string forward = model.names.claim(base);
    std::string backward =
        target.names.claim(lowerFirst(model.name) + (oneToOne ? "" : "s"));
    std::string relation = quoted(fk.name);
    std::vector<std::string> args = {relation, "fields: " + fieldList(model, table, fk.columns),
                                     "references: " + fieldList(target, schema.tables[to], fk.referencedColumns)};
    args.push_back("onDelete: " + ir::referentialActionPrismaName(fk.onDelete).str());
    args.push_back("onUpdate: " + ir::referentialActionPrismaName(fk.onUpdate).str());
    std::vector<StringRef> cols(fk.columns.begin(), fk.columns.end());
    if (fk.name != ir::foreignKeyName(table.name, cols))
      args.push_back("map: " + quoted(fk.name));
    model.fields.push_back({forward, target.name + (optional ? "?" : ""),
                            "@relation(" + join(args, ", ") + ")"});
    target.fields.push_back({backward, model.name + (oneToOne ? "?" : "[]"),
                             "@relation(" + relation + ")"});
  }

  for (const ir::Enum &e : schema.enums) {
    os << "\nenum " << enumNames[{e.schema, e.name}] << " {\n";
    NameScope valueNames;
    auto &mapping = enumValueNames[{e.schema, e.name}];
    for (const ir::EnumValue &v : e.values) {
      std::string name = valueNames.claim(identifierFor(v.name, "VALUE"));
      mapping[v.name] = name;
      os << "  " << name;
      if (name != v.name)
        os << " @map(" << quoted(v.name) << ")";
      os << "\n";
    }
    std::string mappedName = enumNames[{e.schema, e.name}];
    if (mappedName != e.name)
      os << "\n  @@map(" << quoted(e.name) << ")\n";
    if (multiSchema)
      os << (mappedName != e.name ? "" : "\n") << "  @@schema(" << quoted(e.schema) << ")\n";
    os << "}\n";
  }
  // Enum defaults were printed before the value names were known: fix them up.
  for (size_t t = 0; t < schema.tables.size(); ++t) {
    const ir::Table &table = schema.tables[t];
    for (size_t c = 0; c < table.columns.size(); ++c) {
      const ir::Column &column = table.columns[c];
      if (column.type.kind != ir::TypeKind::Enum || !column.defaultValue ||
          column.defaultValue->kind != ir::Default::Kind::Value)
        continue;
      const auto &mapping = enumValueNames[{column.type.enumSchema, column.type.name}];
      std::string before = "@default(" + valueText(column.defaultValue->value, {}) + ")";
      std::string after = "@default(" + valueText(column.defaultValue->value, mapping) + ")";
      std::string &attrs = models[t].fields[c].attributes;
      size_t at = attrs.find(before);
      if (at != std::string::npos)
        attrs.replace(at, before.size(), after);
    }
  }

  for (ModelInfo &model : models) {
    os << "\nmodel " << model.name << " {\n";
    size_t nameWidth = 0, typeWidth = 0;
    for (const Field &f : model.fields) {
      nameWidth = std::max(nameWidth, f.name.size());
      typeWidth = std::max(typeWidth, f.type.size());
    }
    for (const Field &f : model.fields) {
      std::string line = "  " + f.name + std::string(nameWidth - f.name.size() + 1, ' ') + f.type;
      if (!f.attributes.empty())
        line += std::string(typeWidth - f.type.size() + 1, ' ') + f.attributes;
      os << StringRef(line).rtrim() << "\n";
    }
    if (!model.blockAttributes.empty()) {
      os << "\n";
      for (const std::string &attr : model.blockAttributes)
        os << "  " << attr << "\n";
    }
    os << "}\n";
  }
}

} // namespace schemac::backends::prisma
