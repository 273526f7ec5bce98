//===- ir/Printer.cpp - The textual form of the IR ------------------------===//
#include "ir/Printer.h"

#include "llvm/Support/Format.h"

using namespace llvm;

namespace schemac::ir {

void printStringLiteral(StringRef text, raw_ostream &os) {
  os << '"';
  for (unsigned char c : text) {
    switch (c) {
    case '"':
      os << "\\\"";
      break;
    case '\\':
      os << "\\\\";
      break;
    case '\n':
      os << "\\n";
      break;
    case '\t':
      os << "\\t";
      break;
    default:
      if (c < 0x20 || c == 0x7f)
        os << format("\\x%02x", c);
      else
        os << char(c);
    }
  }
  os << '"';
}

namespace {

class Printer {
public:
  Printer(raw_ostream &os, const PrintOptions &options) : os(os), options(options) {}

  void print(const Schema &schema) {
    files = &schema.files;
    os << "schemac.ir 1\n";
    os << "default_namespace ";
    str(schema.defaultNamespace);
    os << "\n";
    for (const std::string &ns : schema.namespaces) {
      os << "namespace ";
      str(ns);
      os << "\n";
    }
    for (const Extension &extension : schema.extensions) {
      os << "extension ";
      str(extension.name);
      if (!extension.schema.empty()) {
        os << " schema ";
        str(extension.schema);
      }
      if (!extension.version.empty()) {
        os << " version ";
        str(extension.version);
      }
      origin(extension.origin);
      os << "\n";
    }
    for (const Enum &enm : schema.enums) {
      os << "\nenum ";
      qualified(enm.schema, enm.name);
      origin(enm.origin);
      os << " {\n";
      for (const EnumValue &value : enm.values) {
        os << "  ";
        str(value.name);
        origin(value.origin);
        os << "\n";
      }
      os << "}\n";
    }
    for (const Table &table : schema.tables)
      print(table);
    if (!schema.foreignKeys.empty())
      os << "\n";
    for (const ForeignKey &fk : schema.foreignKeys)
      print(fk);
  }

private:
  raw_ostream &os;
  const PrintOptions &options;
  const std::vector<std::string> *files = nullptr;

  void str(StringRef text) { printStringLiteral(text, os); }

  void qualified(StringRef schema, StringRef name) {
    str(schema);
    os << '.';
    str(name);
  }

  void origin(const Origin &origin) {
    if (!origin.name.empty()) {
      os << " from ";
      str(origin.name);
    }
    if (!origin.doc.empty()) {
      os << " doc ";
      str(origin.doc);
    }
    if (options.locations && origin.hasLocation()) {
      os << " loc(";
      str(origin.file <= files->size() ? StringRef((*files)[origin.file - 1]) : StringRef());
      os << ':' << origin.line << ':' << origin.column << ')';
    }
  }

  void suppressions(const std::vector<Suppression> &list) {
    for (const Suppression &suppression : list) {
      os << " ignore ";
      str(suppression.rule);
      os << ' ';
      str(suppression.reason);
    }
  }

  void print(const Table &table) {
    os << "\ntable ";
    qualified(table.schema, table.name);
    if (table.implicitManyToMany)
      os << " implicit_m2m";
    if (!table.renamedFrom.empty()) {
      os << " renamed_from ";
      str(table.renamedFrom);
    }
    suppressions(table.suppressions);
    origin(table.origin);
    os << " {\n";
    for (const Column &column : table.columns)
      print(column);
    if (table.primaryKey)
      print(*table.primaryKey);
    for (const Index &index : table.indexes)
      print(index);
    os << "}\n";
  }

  void print(const ColumnType &type) {
    switch (type.kind) {
    case TypeKind::Enum:
      os << "enum(";
      qualified(type.enumSchema, type.name);
      os << ')';
      return;
    case TypeKind::Unsupported:
      os << "unsupported(";
      str(type.name);
      os << ')';
      return;
    default:
      os << typeKindName(type.kind);
      if (type.length) {
        os << '(' << *type.length;
        if (type.scale)
          os << ", " << *type.scale;
        os << ')';
      }
    }
  }

  void print(const Value &value) {
    switch (value.kind) {
    case Value::Kind::String:
      str(value.text);
      return;
    case Value::Kind::Number:
    case Value::Kind::Boolean:
      os << value.text;
      return;
    case Value::Kind::Enum:
      os << "enum(";
      str(value.text);
      os << ')';
      return;
    case Value::Kind::List:
      os << '[';
      for (size_t i = 0; i < value.elements.size(); ++i) {
        if (i)
          os << ", ";
        print(value.elements[i]);
      }
      os << ']';
      return;
    }
  }

  void print(const Column &column) {
    os << "  column ";
    str(column.name);
    os << ' ';
    print(column.type);
    if (column.arity == Arity::Nullable)
      os << '?';
    else if (column.arity == Arity::List)
      os << "[]";
    if (column.autoincrement)
      os << " default autoincrement()";
    if (column.defaultValue) {
      const Default &value = *column.defaultValue;
      os << " default ";
      switch (value.kind) {
      case Default::Kind::Value:
        print(value.value);
        break;
      case Default::Kind::Now:
        os << "now()";
        break;
      case Default::Kind::DbGenerated:
        os << "dbgenerated(";
        if (value.hasExpression)
          str(value.expression);
        os << ')';
        break;
      case Default::Kind::Generated:
        os << value.expression << '(';
        if (value.argument)
          os << *value.argument;
        os << ')';
        break;
      }
    }
    if (column.updatedAt)
      os << " updated_at";
    if (!column.renamedFrom.empty()) {
      os << " renamed_from ";
      str(column.renamedFrom);
    }
    suppressions(column.suppressions);
    origin(column.origin);
    os << "\n";
  }

  void print(const Index &index) {
    static constexpr StringRef keywords[] = {"primary_key", "unique", "index", "fulltext"};
    os << "  " << keywords[size_t(index.kind)] << ' ';
    str(index.name);
    if (index.algorithm != IndexAlgorithm::BTree)
      os << " using " << indexAlgorithmName(index.algorithm);
    os << " (";
    for (size_t i = 0; i < index.columns.size(); ++i) {
      const IndexColumn &column = index.columns[i];
      if (i)
        os << ", ";
      str(column.column);
      if (column.sort)
        os << (*column.sort == SortOrder::Asc ? " asc" : " desc");
      if (column.length)
        os << " length " << *column.length;
      if (!column.operatorClass.empty()) {
        os << " ops ";
        if (column.rawOperatorClass) {
          os << "raw(";
          str(column.operatorClass);
          os << ')';
        } else {
          os << column.operatorClass;
        }
      }
    }
    os << ')';
    origin(index.origin);
    os << "\n";
  }

  void columnList(const std::vector<std::string> &columns) {
    os << '(';
    for (size_t i = 0; i < columns.size(); ++i) {
      if (i)
        os << ", ";
      str(columns[i]);
    }
    os << ')';
  }

  void print(const ForeignKey &fk) {
    os << "foreign_key ";
    str(fk.name);
    os << " on ";
    qualified(fk.table.schema, fk.table.name);
    os << ' ';
    columnList(fk.columns);
    os << " references ";
    qualified(fk.referencedTable.schema, fk.referencedTable.name);
    os << ' ';
    columnList(fk.referencedColumns);
    os << " on_delete " << referentialActionName(fk.onDelete) << " on_update "
       << referentialActionName(fk.onUpdate);
    if (!fk.onDeleteDeclared)
      os << " default_on_delete";
    origin(fk.origin);
    os << "\n";
  }
};

} // namespace

void printSchema(const Schema &schema, raw_ostream &os, const PrintOptions &options) {
  Printer(os, options).print(schema);
}

} // namespace schemac::ir
