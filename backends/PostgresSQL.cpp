//===- backends/PostgresSQL.cpp - PostgreSQL DDL in Prisma's format -------===//
#include "backends/PostgresSQL.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Base64.h"
#include "llvm/Support/Error.h"

#include <fmt/format.h>

#include <set>

using namespace llvm;

namespace schemac::backends::postgres {

/// `text` between `quote`s, each `quote` inside doubled (SQL's one escape for both
/// identifiers and string literals). Copies runs, not characters: this is on the path of
/// every name in a script.
static std::string quoted(StringRef text, char quote) {
  std::string out;
  out.reserve(text.size() + 2);
  out += quote;
  size_t start = 0;
  for (size_t at; (at = text.find(quote, start)) != StringRef::npos; start = at + 1) {
    out.append(text.data() + start, at + 1 - start);
    out += quote;
  }
  out.append(text.data() + start, text.size() - start);
  out += quote;
  return out;
}

std::string quoteIdentifier(StringRef name) { return quoted(name, '"'); }

std::string quoteString(StringRef text) { return quoted(text, '\''); }

std::string qualifiedName(const ir::Schema &schema, const ir::QualifiedName &name) {
  if (name.schema.empty() || name.schema == schema.defaultNamespace)
    return quoteIdentifier(name.name);
  return quoteIdentifier(name.schema) + "." + quoteIdentifier(name.name);
}

namespace {

std::string optionalArgument(const std::optional<uint32_t> &value) {
  return value ? fmt::format("({})", *value) : std::string();
}

std::string baseTypeSQL(const ir::Schema &schema, const ir::Column &column) {
  const ir::ColumnType &type = column.type;
  using ir::TypeKind;
  switch (type.kind) {
  case TypeKind::Text: return "TEXT";
  case TypeKind::VarChar: return "VARCHAR" + optionalArgument(type.length);
  case TypeKind::Char: return "CHAR" + optionalArgument(type.length);
  case TypeKind::Citext: return "CITEXT";
  case TypeKind::Uuid: return "UUID";
  case TypeKind::Xml: return "XML";
  case TypeKind::Inet: return "INET";
  case TypeKind::Bit: return "BIT" + optionalArgument(type.length);
  case TypeKind::VarBit: return "VARBIT" + optionalArgument(type.length);
  case TypeKind::SmallInt: return column.autoincrement ? "SMALLSERIAL" : "SMALLINT";
  case TypeKind::Integer: return column.autoincrement ? "SERIAL" : "INTEGER";
  case TypeKind::Oid: return "OID";
  case TypeKind::BigInt: return column.autoincrement ? "BIGSERIAL" : "BIGINT";
  case TypeKind::Real: return "REAL";
  case TypeKind::DoublePrecision: return "DOUBLE PRECISION";
  case TypeKind::Decimal:
    if (type.length && type.scale)
      return fmt::format("DECIMAL({},{})", *type.length, *type.scale);
    return "DECIMAL" + optionalArgument(type.length);
  case TypeKind::Money: return "MONEY";
  case TypeKind::Boolean: return "BOOLEAN";
  case TypeKind::Date: return "DATE";
  case TypeKind::Time: return "TIME" + optionalArgument(type.length);
  case TypeKind::Timetz: return "TIMETZ" + optionalArgument(type.length);
  case TypeKind::Timestamp: return "TIMESTAMP" + optionalArgument(type.length);
  case TypeKind::Timestamptz: return "TIMESTAMPTZ" + optionalArgument(type.length);
  case TypeKind::Json: return "JSON";
  case TypeKind::JsonB: return "JSONB";
  case TypeKind::ByteA: return "BYTEA";
  case TypeKind::Enum: return qualifiedName(schema, {type.enumSchema, type.name});
  case TypeKind::Unsupported: return type.name;
  }
  return "";
}

/// `2020-01-01T10:00:00.5+02:00` -> `2020-01-01 10:00:00.500 +02:00`: how Prisma prints
/// a DateTime default (chrono's Display). Returns false when `text` is not RFC 3339.
bool formatDateTime(StringRef text, std::string &out) {
  auto digits = [&](size_t at, size_t count) {
    if (text.size() < at + count)
      return false;
    for (size_t i = at; i < at + count; ++i)
      if (!isDigit(text[i]))
        return false;
    return true;
  };
  // YYYY-MM-DDTHH:MM:SS
  if (!digits(0, 4) || text.size() < 19 || text[4] != '-' || !digits(5, 2) || text[7] != '-' ||
      !digits(8, 2) || (text[10] != 'T' && text[10] != 't' && text[10] != ' ') ||
      !digits(11, 2) || text[13] != ':' || !digits(14, 2) || text[16] != ':' || !digits(17, 2))
    return false;
  size_t pos = 19;
  std::string fraction;
  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    while (pos < text.size() && isDigit(text[pos]))
      fraction += text[pos++];
    if (fraction.empty())
      return false;
  }
  std::string offset;
  StringRef zone = text.substr(pos);
  if (zone == "Z" || zone == "z") {
    offset = "+00:00";
  } else if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && isDigit(zone[1]) &&
             isDigit(zone[2]) && zone[3] == ':' && isDigit(zone[4]) && isDigit(zone[5])) {
    offset = zone.str();
  } else {
    return false;
  }
  // Nanoseconds, printed with 3, 6 or 9 digits, or not at all when zero.
  fraction = fraction.substr(0, 9);
  fraction.append(9 - fraction.size(), '0');
  std::string shown;
  if (fraction != "000000000") {
    if (StringRef(fraction).endswith("000000"))
      shown = "." + fraction.substr(0, 3);
    else if (StringRef(fraction).endswith("000"))
      shown = "." + fraction.substr(0, 6);
    else
      shown = "." + fraction;
  }
  out = text.substr(0, 10).str() + " " + text.substr(11, 8).str() + shown + " " + offset;
  return true;
}

std::string valueSQL(const ir::Value &value, const ir::Column &column,
                     const std::string &fullType) {
  ir::ScalarFamily family = ir::familyOf(column.type.kind);
  switch (value.kind) {
  case ir::Value::Kind::List: {
    std::string out = "ARRAY[";
    for (size_t i = 0; i < value.elements.size(); ++i) {
      if (i)
        out += ", ";
      out += valueSQL(value.elements[i], column, fullType);
    }
    return out + "]::" + fullType;
  }
  case ir::Value::Kind::Enum:
    return quoteString(value.text);
  case ir::Value::Kind::Boolean:
    return value.text;
  case ir::Value::Kind::Number:
    if (family == ir::ScalarFamily::Int || family == ir::ScalarFamily::BigInt) {
      int64_t number;
      if (!StringRef(value.text).getAsInteger(10, number))
        return std::to_string(number);
    }
    return value.text;
  case ir::Value::Kind::String:
    switch (family) {
    case ir::ScalarFamily::DateTime: {
      std::string formatted;
      if (formatDateTime(value.text, formatted))
        return quoteString(formatted);
      return quoteString(value.text);
    }
    case ir::ScalarFamily::Bytes: {
      std::vector<char> bytes;
      if (Error error = decodeBase64(value.text, bytes)) {
        consumeError(std::move(error));
        return quoteString(value.text);
      }
      return "'\\x" + toHex(StringRef(bytes.data(), bytes.size()), /*LowerCase=*/true) + "'";
    }
    case ir::ScalarFamily::Decimal:
    case ir::ScalarFamily::Float:
      return value.text;
    default:
      return quoteString(value.text);
    }
  }
  return "";
}

std::string columnList(ArrayRef<std::string> columns, StringRef separator) {
  std::string out;
  for (size_t i = 0; i < columns.size(); ++i) {
    if (i)
      out += separator;
    out += quoteIdentifier(columns[i]);
  }
  return out;
}

} // namespace

std::string columnTypeSQL(const ir::Schema &schema, const ir::Column &column) {
  std::string type = baseTypeSQL(schema, column);
  if (column.isList())
    type += "[]";
  return type;
}

std::string defaultSQL(const ir::Schema &schema, const ir::Column &column) {
  if (!column.defaultValue)
    return "";
  const ir::Default &value = *column.defaultValue;
  switch (value.kind) {
  case ir::Default::Kind::Value:
    return valueSQL(value.value, column, columnTypeSQL(schema, column));
  case ir::Default::Kind::Now:
    return "CURRENT_TIMESTAMP";
  case ir::Default::Kind::DbGenerated:
    return value.hasExpression ? value.expression : "";
  case ir::Default::Kind::Generated:
    return "";
  }
  return "";
}

std::string columnDefinitionSQL(const ir::Schema &schema, const ir::Column &column) {
  std::string out = "    " + quoteIdentifier(column.name) + " " + columnTypeSQL(schema, column);
  if (column.isRequired())
    out += " NOT NULL";
  std::string value = defaultSQL(schema, column);
  if (!value.empty())
    out += " DEFAULT " + value;
  return out;
}

std::string createSchemaSQL(StringRef name) {
  return "CREATE SCHEMA IF NOT EXISTS " + quoteIdentifier(name);
}

std::string createExtensionSQL(const ir::Extension &extension) {
  std::string out = "CREATE EXTENSION IF NOT EXISTS " + quoteIdentifier(extension.name);
  if (!extension.schema.empty() || !extension.version.empty())
    out += " WITH";
  if (!extension.schema.empty())
    out += " SCHEMA " + quoteIdentifier(extension.schema);
  if (!extension.version.empty())
    out += " VERSION " + quoteIdentifier(extension.version);
  return out;
}

std::string createEnumSQL(const ir::Schema &schema, const ir::Enum &enm) {
  std::string out = "CREATE TYPE " + qualifiedName(schema, enm.qualifiedName()) + " AS ENUM (";
  for (size_t i = 0; i < enm.values.size(); ++i) {
    if (i)
      out += ", ";
    out += quoteString(enm.values[i].name);
  }
  return out + ")";
}

std::string createTableSQL(const ir::Schema &schema, const ir::Table &table) {
  std::string out = "CREATE TABLE " + qualifiedName(schema, table.qualifiedName()) + " (\n";
  for (size_t i = 0; i < table.columns.size(); ++i) {
    if (i)
      out += ",\n";
    out += columnDefinitionSQL(schema, table.columns[i]);
  }
  if (table.primaryKey) {
    std::vector<std::string> columns;
    for (const ir::IndexColumn &column : table.primaryKey->columns)
      columns.push_back(column.column);
    out += ",\n\n    CONSTRAINT " + quoteIdentifier(table.primaryKey->name) + " PRIMARY KEY (" +
           columnList(columns, ",") + ")";
  }
  return out + "\n)";
}

std::string createIndexSQL(const ir::Schema &schema, const ir::Table &table,
                           const ir::Index &index) {
  std::string out = index.isUnique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ";
  out += quoteIdentifier(index.name) + " ON " + qualifiedName(schema, table.qualifiedName());
  if (index.algorithm != ir::IndexAlgorithm::BTree)
    out += " USING " + ir::indexAlgorithmName(index.algorithm).upper() + " ";
  out += "(";
  for (size_t i = 0; i < index.columns.size(); ++i) {
    const ir::IndexColumn &column = index.columns[i];
    if (i)
      out += ", ";
    out += quoteIdentifier(column.column);
    if (!column.operatorClass.empty())
      out += " " + column.operatorClass;
    if (column.sort)
      out += *column.sort == ir::SortOrder::Asc ? " ASC" : " DESC";
  }
  return out + ")";
}

std::string addForeignKeySQL(const ir::Schema &schema, const ir::ForeignKey &fk) {
  return "ALTER TABLE " + qualifiedName(schema, fk.table) + " ADD CONSTRAINT " +
         quoteIdentifier(fk.name) + " FOREIGN KEY (" + columnList(fk.columns, ", ") +
         ") REFERENCES " + qualifiedName(schema, fk.referencedTable) + "(" +
         columnList(fk.referencedColumns, ", ") + ") ON DELETE " +
         ir::referentialActionSQL(fk.onDelete).str() + " ON UPDATE " +
         ir::referentialActionSQL(fk.onUpdate).str();
}

void ScriptBuilder::step(StringRef description, ArrayRef<std::string> statements,
                         StringRef notes) {
  if (statements.empty())
    return;
  if (!text.empty())
    text += '\n';
  text += notes;
  text += "-- ";
  text += description;
  text += '\n';
  for (const std::string &statement : statements) {
    text += statement;
    text += ";\n";
  }
}

void ScriptBuilder::comment(StringRef lines) { header += lines; }

std::string ScriptBuilder::finish() const {
  if (text.empty())
    return header + "-- This is an empty migration.\n";
  return header.empty() ? text : header + text;
}

std::string createScript(const ir::Schema &schema) {
  ScriptBuilder script;
  // Prisma creates the namespaces that hold something, in name order.
  std::set<std::string> namespaces;
  for (const ir::Table &table : schema.tables)
    namespaces.insert(table.schema);
  for (const ir::Enum &enm : schema.enums)
    namespaces.insert(enm.schema);
  for (const std::string &name : namespaces)
    script.step("CreateSchema", createSchemaSQL(name));
  for (const ir::Extension &extension : schema.extensions)
    script.step("CreateExtension", createExtensionSQL(extension));
  for (const ir::Enum &enm : schema.enums)
    script.step("CreateEnum", createEnumSQL(schema, enm));
  for (const ir::Table &table : schema.tables)
    script.step("CreateTable", createTableSQL(schema, table));
  for (const ir::Table &table : schema.tables)
    for (const ir::Index &index : table.indexes)
      script.step("CreateIndex", createIndexSQL(schema, table, index));
  for (const ir::ForeignKey &fk : schema.foreignKeys)
    script.step("AddForeignKey", addForeignKeySQL(schema, fk));
  return script.finish();
}

} // namespace schemac::backends::postgres
