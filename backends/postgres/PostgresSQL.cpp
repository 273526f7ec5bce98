//===- backends/postgres/PostgresSQL.cpp - PostgreSQL DDL in Prisma's format -------===//
#include "backends/postgres/PostgresSQL.h"

#include "support/Parallel.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Base64.h"
#include "llvm/Support/Error.h"

#include <fmt/format.h>

#include <set>

using namespace llvm;

namespace schemac::backends::postgres {

/// Appends `text` between `quote`s, each `quote` inside doubled (SQL's one escape for
/// both identifiers and string literals). Copies runs, not characters: this is on the path
/// of every name in a script.
static void appendQuoted(std::string &out, StringRef text, char quote) {
  out += quote;
  size_t start = 0;
  for (size_t at; (at = text.find(quote, start)) != StringRef::npos; start = at + 1) {
    out.append(text.data() + start, at + 1 - start);
    out += quote;
  }
  out.append(text.data() + start, text.size() - start);
  out += quote;
}

void appendIdentifier(std::string &out, StringRef name) { appendQuoted(out, name, '"'); }

std::string quoteIdentifier(StringRef name) {
  std::string out;
  out.reserve(name.size() + 2);
  appendQuoted(out, name, '"');
  return out;
}

std::string quoteString(StringRef text) {
  std::string out;
  out.reserve(text.size() + 2);
  appendQuoted(out, text, '\'');
  return out;
}

void appendQualifiedName(std::string &out, const ir::Schema &schema, StringRef namespaceName,
                         StringRef name) {
  if (!namespaceName.empty() && namespaceName != schema.defaultNamespace) {
    appendIdentifier(out, namespaceName);
    out += '.';
  }
  appendIdentifier(out, name);
}

std::string qualifiedName(const ir::Schema &schema, const ir::QualifiedName &name) {
  std::string out;
  appendQualifiedName(out, schema, name.schema, name.name);
  return out;
}

namespace {

void appendOptionalArgument(std::string &out, const std::optional<uint32_t> &value) {
  if (value)
    fmt::format_to(std::back_inserter(out), "({})", *value);
}

/// The type's name, with its arguments, without the `[]` of a list.
void appendBaseType(std::string &out, const ir::Schema &schema, const ir::Column &column) {
  const ir::ColumnType &type = column.type;
  using ir::TypeKind;
  StringRef name;
  switch (type.kind) {
  case TypeKind::Text: name = "TEXT"; break;
  case TypeKind::Citext: name = "CITEXT"; break;
  case TypeKind::Uuid: name = "UUID"; break;
  case TypeKind::Xml: name = "XML"; break;
  case TypeKind::Inet: name = "INET"; break;
  case TypeKind::SmallInt: name = column.autoincrement ? "SMALLSERIAL" : "SMALLINT"; break;
  case TypeKind::Integer: name = column.autoincrement ? "SERIAL" : "INTEGER"; break;
  case TypeKind::Oid: name = "OID"; break;
  case TypeKind::BigInt: name = column.autoincrement ? "BIGSERIAL" : "BIGINT"; break;
  case TypeKind::Real: name = "REAL"; break;
  case TypeKind::DoublePrecision: name = "DOUBLE PRECISION"; break;
  case TypeKind::Money: name = "MONEY"; break;
  case TypeKind::Boolean: name = "BOOLEAN"; break;
  case TypeKind::Date: name = "DATE"; break;
  case TypeKind::Json: name = "JSON"; break;
  case TypeKind::JsonB: name = "JSONB"; break;
  case TypeKind::ByteA: name = "BYTEA"; break;
  case TypeKind::Unsupported: name = type.name; break;
  case TypeKind::Enum:
    appendQualifiedName(out, schema, type.enumSchema, type.name);
    return;
  case TypeKind::Decimal:
    if (type.length && type.scale) {
      fmt::format_to(std::back_inserter(out), "DECIMAL({},{})", *type.length, *type.scale);
      return;
    }
    name = "DECIMAL";
    break;
  case TypeKind::VarChar: name = "VARCHAR"; break;
  case TypeKind::Char: name = "CHAR"; break;
  case TypeKind::Bit: name = "BIT"; break;
  case TypeKind::VarBit: name = "VARBIT"; break;
  case TypeKind::Time: name = "TIME"; break;
  case TypeKind::Timetz: name = "TIMETZ"; break;
  case TypeKind::Timestamp: name = "TIMESTAMP"; break;
  case TypeKind::Timestamptz: name = "TIMESTAMPTZ"; break;
  }
  out += name;
  if (maxTypeParameters(type.kind) > 0) // the length, precision or (Decimal) precision alone
    appendOptionalArgument(out, type.length);
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

template <typename Range, typename NameOf>
void appendColumnList(std::string &out, const Range &columns, StringRef separator,
                      NameOf nameOf) {
  bool first = true;
  for (const auto &column : columns) {
    if (!first)
      out += separator;
    first = false;
    appendIdentifier(out, nameOf(column));
  }
}

StringRef sameName(const std::string &name) { return name; }

} // namespace

void appendColumnType(std::string &out, const ir::Schema &schema, const ir::Column &column) {
  appendBaseType(out, schema, column);
  if (column.isList())
    out += "[]";
}

std::string columnTypeSQL(const ir::Schema &schema, const ir::Column &column) {
  std::string type;
  appendColumnType(type, schema, column);
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

void appendColumnDefinition(std::string &out, const ir::Schema &schema,
                            const ir::Column &column) {
  out += "    ";
  appendIdentifier(out, column.name);
  out += ' ';
  appendColumnType(out, schema, column);
  if (column.isRequired())
    out += " NOT NULL";
  if (!column.defaultValue)
    return;
  const ir::Default &value = *column.defaultValue;
  switch (value.kind) {
  case ir::Default::Kind::Value: {
    std::string text = valueSQL(value.value, column, columnTypeSQL(schema, column));
    if (!text.empty()) {
      out += " DEFAULT ";
      out += text;
    }
    return;
  }
  case ir::Default::Kind::Now:
    out += " DEFAULT CURRENT_TIMESTAMP";
    return;
  case ir::Default::Kind::DbGenerated:
    if (value.hasExpression && !value.expression.empty()) {
      out += " DEFAULT ";
      out += value.expression;
    }
    return;
  case ir::Default::Kind::Generated:
    return;
  }
}

std::string columnDefinitionSQL(const ir::Schema &schema, const ir::Column &column) {
  std::string out;
  appendColumnDefinition(out, schema, column);
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

void appendCreateEnum(std::string &out, const ir::Schema &schema, const ir::Enum &enm) {
  out += "CREATE TYPE ";
  appendQualifiedName(out, schema, enm.schema, enm.name);
  out += " AS ENUM (";
  for (size_t i = 0; i < enm.values.size(); ++i) {
    if (i)
      out += ", ";
    appendQuoted(out, enm.values[i].name, '\'');
  }
  out += ')';
}

std::string createEnumSQL(const ir::Schema &schema, const ir::Enum &enm) {
  std::string out;
  appendCreateEnum(out, schema, enm);
  return out;
}

void appendCreateTable(std::string &out, const ir::Schema &schema, const ir::Table &table) {
  out += "CREATE TABLE ";
  appendQualifiedName(out, schema, table.schema, table.name);
  out += " (\n";
  for (size_t i = 0; i < table.columns.size(); ++i) {
    if (i)
      out += ",\n";
    appendColumnDefinition(out, schema, table.columns[i]);
  }
  if (table.primaryKey) {
    out += ",\n\n    CONSTRAINT ";
    appendIdentifier(out, table.primaryKey->name);
    out += " PRIMARY KEY (";
    appendColumnList(out, table.primaryKey->columns, ",",
                     [](const ir::IndexColumn &column) -> StringRef { return column.column; });
    out += ')';
  }
  out += "\n)";
}

std::string createTableSQL(const ir::Schema &schema, const ir::Table &table) {
  std::string out;
  appendCreateTable(out, schema, table);
  return out;
}

void appendCreateIndex(std::string &out, const ir::Schema &schema, const ir::Table &table,
                       const ir::Index &index) {
  out += index.isUnique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ";
  appendIdentifier(out, index.name);
  out += " ON ";
  appendQualifiedName(out, schema, table.schema, table.name);
  if (index.algorithm != ir::IndexAlgorithm::BTree) {
    out += " USING ";
    out += ir::indexAlgorithmName(index.algorithm).upper();
    out += ' ';
  }
  out += '(';
  for (size_t i = 0; i < index.columns.size(); ++i) {
    const ir::IndexColumn &column = index.columns[i];
    if (i)
      out += ", ";
    appendIdentifier(out, column.column);
    if (!column.operatorClass.empty()) {
      out += ' ';
      out += column.operatorClass;
    }
    if (column.sort)
      out += *column.sort == ir::SortOrder::Asc ? " ASC" : " DESC";
  }
  out += ')';
}

std::string createIndexSQL(const ir::Schema &schema, const ir::Table &table,
                           const ir::Index &index) {
  std::string out;
  appendCreateIndex(out, schema, table, index);
  return out;
}

void appendAddForeignKey(std::string &out, const ir::Schema &schema,
                         const ir::ForeignKey &fk) {
  out += "ALTER TABLE ";
  appendQualifiedName(out, schema, fk.table.schema, fk.table.name);
  out += " ADD CONSTRAINT ";
  appendIdentifier(out, fk.name);
  out += " FOREIGN KEY (";
  appendColumnList(out, fk.columns, ", ", sameName);
  out += ") REFERENCES ";
  appendQualifiedName(out, schema, fk.referencedTable.schema, fk.referencedTable.name);
  out += '(';
  appendColumnList(out, fk.referencedColumns, ", ", sameName);
  out += ") ON DELETE ";
  out += ir::referentialActionSQL(fk.onDelete);
  out += " ON UPDATE ";
  out += ir::referentialActionSQL(fk.onUpdate);
}

std::string addForeignKeySQL(const ir::Schema &schema, const ir::ForeignKey &fk) {
  std::string out;
  appendAddForeignKey(out, schema, fk);
  return out;
}

std::string &ScriptBuilder::beginStep(StringRef description, StringRef notes) {
  if (!text.empty())
    text += '\n';
  text += notes;
  text += "-- ";
  text += description;
  text += '\n';
  return text;
}

void ScriptBuilder::step(StringRef description, ArrayRef<std::string> statements,
                         StringRef notes) {
  if (statements.empty())
    return;
  beginStep(description, notes);
  for (const std::string &statement : statements) {
    text += statement;
    endStatement();
  }
}

void ScriptBuilder::comment(StringRef lines) { header += lines; }

void ScriptBuilder::appendSteps(ScriptBuilder &&part) {
  if (part.text.empty())
    return;
  if (text.empty()) {
    text = std::move(part.text);
    return;
  }
  text += '\n';
  text += part.text;
}

/// Items below this count are rendered on one thread.
constexpr size_t kParallelSteps = 256;

/// Appends the steps render(builder, i) writes for i in [0, count), in order. Above a few
/// hundred items the range is split into parts written by several threads, joined in
/// order: byte for byte what one thread writes.
static void appendStepsInParallel(ScriptBuilder &script, size_t count,
                                  function_ref<void(ScriptBuilder &, size_t)> render) {
  unsigned tasks = parallelTasks(count, kParallelSteps);
  if (tasks == 1) {
    for (size_t i = 0; i < count; ++i)
      render(script, i);
    return;
  }
  std::vector<ScriptBuilder> parts(tasks);
  parallelFor(count, kParallelSteps, [&](size_t begin, size_t end, unsigned task) {
    for (size_t i = begin; i < end; ++i)
      render(parts[task], i);
  });
  for (ScriptBuilder &part : parts)
    script.appendSteps(std::move(part));
}

std::string ScriptBuilder::finish() && {
  if (text.empty())
    return header + "-- This is an empty migration.\n";
  if (header.empty())
    return std::move(text);
  return header + text;
}

std::string createScript(const ir::Schema &schema) {
  ScriptBuilder script;
  // Prisma creates the namespaces that hold something, in name order.
  std::set<StringRef> namespaces;
  for (const ir::Table &table : schema.tables)
    namespaces.insert(table.schema);
  for (const ir::Enum &enm : schema.enums)
    namespaces.insert(enm.schema);
  for (StringRef name : namespaces)
    script.step("CreateSchema", createSchemaSQL(name));
  for (const ir::Extension &extension : schema.extensions)
    script.step("CreateExtension", createExtensionSQL(extension));
  // The rest is written straight into the script (on big schemas this is most of it), by
  // several threads for big schemas.
  appendStepsInParallel(script, schema.enums.size(), [&](ScriptBuilder &out, size_t i) {
    appendCreateEnum(out.beginStep("CreateEnum"), schema, schema.enums[i]);
    out.endStatement();
  });
  appendStepsInParallel(script, schema.tables.size(), [&](ScriptBuilder &out, size_t i) {
    appendCreateTable(out.beginStep("CreateTable"), schema, schema.tables[i]);
    out.endStatement();
  });
  appendStepsInParallel(script, schema.tables.size(), [&](ScriptBuilder &out, size_t i) {
    const ir::Table &table = schema.tables[i];
    for (const ir::Index &index : table.indexes) {
      appendCreateIndex(out.beginStep("CreateIndex"), schema, table, index);
      out.endStatement();
    }
  });
  appendStepsInParallel(script, schema.foreignKeys.size(), [&](ScriptBuilder &out, size_t i) {
    appendAddForeignKey(out.beginStep("AddForeignKey"), schema, schema.foreignKeys[i]);
    out.endStatement();
  });
  return std::move(script).finish();
}

} // namespace schemac::backends::postgres
