//===- backends/postgres/PostgresIntrospection.cpp - Read a live database into the IR -===//
#include "backends/postgres/PostgresIntrospection.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Base64.h"

#include <map>

using namespace llvm;

namespace schemac::backends::postgres {

namespace {
#include "IntrospectionQueries.inc"
} // namespace

ir::ColumnType parseFormattedType(StringRef formatted) {
  ir::ColumnType type;
  StringRef text = formatted.trim();
  // Parameters: `name(a)`, `name(a,b)`, and `timestamp(3) without time zone`.
  std::optional<uint32_t> first, second;
  std::string base;
  size_t open = text.find('(');
  if (open != StringRef::npos) {
    size_t close = text.find(')', open);
    StringRef args = text.slice(open + 1, close);
    auto [a, b] = args.split(',');
    uint32_t value;
    if (!a.trim().getAsInteger(10, value))
      first = value;
    if (!b.trim().empty() && !b.trim().getAsInteger(10, value))
      second = value;
    base = (text.take_front(open) + text.drop_front(close + 1)).str();
  } else {
    base = text.str();
  }
  using K = ir::TypeKind;
  static const std::map<std::string, K> kinds = {
      {"text", K::Text}, {"character varying", K::VarChar}, {"character", K::Char},
      {"citext", K::Citext}, {"uuid", K::Uuid}, {"xml", K::Xml}, {"inet", K::Inet},
      {"bit", K::Bit}, {"bit varying", K::VarBit}, {"smallint", K::SmallInt},
      {"integer", K::Integer}, {"oid", K::Oid}, {"bigint", K::BigInt}, {"real", K::Real},
      {"double precision", K::DoublePrecision}, {"numeric", K::Decimal}, {"money", K::Money},
      {"boolean", K::Boolean}, {"date", K::Date}, {"time without time zone", K::Time},
      {"time with time zone", K::Timetz}, {"timestamp without time zone", K::Timestamp},
      {"timestamp with time zone", K::Timestamptz}, {"json", K::Json}, {"jsonb", K::JsonB},
      {"bytea", K::ByteA}};
  auto it = kinds.find(base);
  if (it == kinds.end()) {
    type.kind = K::Unsupported;
    type.name = text.str();
    return type;
  }
  type.kind = it->second;
  if (ir::maxTypeParameters(type.kind) >= 1)
    type.length = first;
  if (ir::maxTypeParameters(type.kind) >= 2)
    type.scale = second;
  return type;
}

namespace {

/// `'it''s'` -> `it's`; false when `text` is not one complete quoted literal.
bool unquoteLiteral(StringRef text, std::string &out) {
  if (text.size() < 2 || text.front() != '\'')
    return false;
  out.clear();
  for (size_t i = 1; i < text.size(); ++i) {
    if (text[i] == '\'') {
      if (i + 1 < text.size() && text[i + 1] == '\'') {
        out += '\'';
        ++i;
        continue;
      }
      return i + 1 == text.size();
    }
    out += text[i];
  }
  return false;
}

/// Strips a trailing `::type` cast (`'a'::text`, `'{}'::jsonb`, `'A'::"Role"`).
StringRef stripCast(StringRef text) {
  // The cast starts after the closing quote of the literal, if any.
  size_t from = 0;
  if (text.startswith("'")) {
    size_t i = 1;
    while (i < text.size()) {
      if (text[i] == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        i += 2;
        continue;
      }
      if (text[i] == '\'')
        break;
      ++i;
    }
    from = i + 1;
  }
  size_t cast = text.find("::", from);
  return cast == StringRef::npos ? text : text.take_front(cast);
}

bool isNumber(StringRef text) {
  text.consume_front("-");
  if (text.empty())
    return false;
  bool digit = false, dot = false;
  for (char c : text) {
    if (isDigit(c))
      digit = true;
    else if (c == '.' && !dot)
      dot = true;
    else
      return false;
  }
  return digit;
}

/// The index of the `)` that closes the `(` at text[0] (quotes skipped), or npos.
size_t closingParen(StringRef text) {
  int depth = 0;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\'')
      quoted = !quoted;
    else if (!quoted && c == '(')
      ++depth;
    else if (!quoted && c == ')' && --depth == 0)
      return i;
  }
  return StringRef::npos;
}

/// A scalar literal for a column of `family`; false when not a literal.
bool parseLiteral(StringRef expression, const ir::Column &column, ir::Value &value) {
  StringRef text = expression.trim();
  // `(1)`, `((1))`, and `(1)::numeric(65,30)` (an element of ARRAY[...] as PostgreSQL
  // prints it): the parenthesised literal, its cast dropped.
  while (text.startswith("(")) {
    size_t close = closingParen(text);
    if (close == StringRef::npos)
      break;
    StringRef rest = text.substr(close + 1).trim();
    if (!rest.empty() && !rest.startswith("::"))
      break;
    text = text.slice(1, close).trim();
  }
  StringRef bare = stripCast(text);
  ir::ScalarFamily family = ir::familyOf(column.type.kind);
  std::string literal;
  bool quoted = unquoteLiteral(bare, literal);
  if (!quoted)
    literal = bare.str();
  switch (family) {
  case ir::ScalarFamily::Boolean:
    if (literal == "true" || literal == "false") {
      value.kind = ir::Value::Kind::Boolean;
      value.text = literal;
      return true;
    }
    return false;
  case ir::ScalarFamily::Int:
  case ir::ScalarFamily::BigInt:
  case ir::ScalarFamily::Float:
  case ir::ScalarFamily::Decimal:
    if (!isNumber(literal))
      return false;
    value.kind = ir::Value::Kind::Number;
    value.text = literal;
    return true;
  case ir::ScalarFamily::Enum:
    if (!quoted)
      return false;
    value.kind = ir::Value::Kind::Enum;
    value.text = literal;
    return true;
  case ir::ScalarFamily::Bytes: {
    if (!quoted || !StringRef(literal).startswith("\\x"))
      return false;
    std::string bytes;
    if (!tryGetFromHex(StringRef(literal).drop_front(2), bytes))
      return false;
    value.kind = ir::Value::Kind::String;
    value.text = encodeBase64(bytes);
    return true;
  }
  case ir::ScalarFamily::String:
  case ir::ScalarFamily::Json:
  case ir::ScalarFamily::DateTime:
    if (!quoted)
      return false;
    value.kind = ir::Value::Kind::String;
    value.text = literal;
    return true;
  case ir::ScalarFamily::Unsupported:
    return false;
  }
  return false;
}

} // namespace

void parseDefaultExpression(StringRef expression, ir::Column &column) {
  StringRef text = expression.trim();
  if (text.startswith("nextval(") &&
      (column.type.kind == ir::TypeKind::Integer || column.type.kind == ir::TypeKind::BigInt ||
       column.type.kind == ir::TypeKind::SmallInt)) {
    column.autoincrement = true;
    return;
  }
  ir::Default value;
  if (text == "CURRENT_TIMESTAMP" || text == "now()") {
    value.kind = ir::Default::Kind::Now;
    value.fromDatabase = true; // compared with a schema's dbgenerated("now()")
    column.defaultValue = value;
    return;
  }
  // `(ARRAY[]::numeric[])::numeric(65,30)[]`: a parenthesised expression with a cast after
  // it is the expression.
  while (text.startswith("(")) {
    size_t close = closingParen(text);
    if (close == StringRef::npos || !text.substr(close + 1).startswith("::"))
      break;
    text = text.slice(1, close).trim();
  }
  if (column.isList()) {
    // ARRAY['a'::text, 'b'::text], ARRAY['USER'::"Role"], ARRAY[]::text[] or '{}'::text[]:
    // a cast after the closing bracket goes, the elements keep theirs.
    StringRef body = stripCast(text);
    if (text.startswith("ARRAY[")) {
      size_t close = StringRef::npos;
      bool quoted = false;
      for (size_t i = 6, depth = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\'')
          quoted = !quoted;
        else if (!quoted && c == '[')
          ++depth;
        else if (!quoted && c == ']' && depth-- == 0) {
          close = i;
          break;
        }
      }
      if (close != StringRef::npos)
        body = text.take_front(close + 1);
    }
    ir::Column element = column;
    element.arity = ir::Arity::Required;
    if (body.consume_front("ARRAY[") && body.consume_back("]")) {
      value.kind = ir::Default::Kind::Value;
      value.value.kind = ir::Value::Kind::List;
      SmallVector<StringRef, 8> parts;
      if (!body.trim().empty()) // ARRAY[]::text[]: the empty list
        body.split(parts, ", ");
      bool ok = true;
      for (StringRef part : parts) {
        ir::Value v;
        ok = ok && parseLiteral(part, element, v);
        value.value.elements.push_back(v);
      }
      if (ok) {
        column.defaultValue = value;
        return;
      }
    } else if (body == "'{}'") {
      value.kind = ir::Default::Kind::Value;
      value.value.kind = ir::Value::Kind::List;
      column.defaultValue = value;
      return;
    }
  } else if (parseLiteral(text, column, value.value)) {
    value.kind = ir::Default::Kind::Value;
    value.fromDatabase = true; // compared with a schema's dbgenerated("...") by its text
    column.defaultValue = value;
    return;
  }
  value = ir::Default();
  value.kind = ir::Default::Kind::DbGenerated;
  value.hasExpression = true;
  value.expression = text.str();
  value.fromDatabase = true;
  column.defaultValue = value;
}

namespace {

ir::ReferentialAction actionFromCode(StringRef code) {
  switch (code.empty() ? 'a' : code[0]) {
  case 'c': return ir::ReferentialAction::Cascade;
  case 'r': return ir::ReferentialAction::Restrict;
  case 'n': return ir::ReferentialAction::SetNull;
  case 'd': return ir::ReferentialAction::SetDefault;
  default: return ir::ReferentialAction::NoAction;
  }
}

bool isHistoryTable(StringRef name) {
  return name == "_prisma_migrations" || name == "_schemac_migrations" || name == "_schemac_seed";
}

} // namespace

Expected<ir::Schema> introspect(Connection &connection, ArrayRef<std::string> alsoRead) {
  std::vector<std::string> namespaces = connection.target().schemas;
  for (const std::string &name : alsoRead)
    if (!llvm::is_contained(namespaces, name))
      namespaces.push_back(name);
  std::vector<std::string> parameters{textArrayLiteral(namespaces)};
  ir::Schema schema;
  schema.defaultNamespace = namespaces.front();
  if (namespaces.size() > 1) {
    schema.namespaces = namespaces;
    llvm::sort(schema.namespaces);
  }

  Expected<QueryResult> existing = connection.query(kNamespacesSQL, parameters);
  if (!existing)
    return existing.takeError();
  if (existing->rows() == 0)
    return createStringError(inconvertibleErrorCode(),
                             "schema `" + namespaces.front() + "` does not exist in " +
                                 connection.target().description);

  Expected<QueryResult> extensions = connection.query(kExtensionsSQL);
  if (!extensions)
    return extensions.takeError();
  for (int r = 0; r < extensions->rows(); ++r) {
    ir::Extension extension;
    extension.name = extensions->get(r, 0).str();
    extension.version = extensions->get(r, 1).str();
    extension.schema = extensions->get(r, 2).str();
    schema.extensions.push_back(std::move(extension));
  }

  Expected<QueryResult> enums = connection.query(kEnumsSQL, parameters);
  if (!enums)
    return enums.takeError();
  for (int r = 0; r < enums->rows(); ++r) {
    StringRef ns = enums->get(r, 0), name = enums->get(r, 1);
    if (schema.enums.empty() || schema.enums.back().schema != ns ||
        schema.enums.back().name != name) {
      ir::Enum e;
      e.schema = ns.str();
      e.name = name.str();
      schema.enums.push_back(std::move(e));
    }
    schema.enums.back().values.push_back({enums->get(r, 2).str(), {}});
  }

  Expected<QueryResult> tables = connection.query(kTablesSQL, parameters);
  if (!tables)
    return tables.takeError();
  DenseMap<unsigned, int> tableByOid;
  for (int r = 0; r < tables->rows(); ++r) {
    if (isHistoryTable(tables->get(r, 2)))
      continue;
    unsigned oid;
    tables->get(r, 0).getAsInteger(10, oid);
    ir::Table table;
    table.schema = tables->get(r, 1).str();
    table.name = tables->get(r, 2).str();
    tableByOid[oid] = int(schema.tables.size());
    schema.tables.push_back(std::move(table));
  }

  Expected<QueryResult> columns = connection.query(kColumnsSQL, parameters);
  if (!columns)
    return columns.takeError();
  for (int r = 0; r < columns->rows(); ++r) {
    unsigned oid;
    columns->get(r, 0).getAsInteger(10, oid);
    auto it = tableByOid.find(oid);
    if (it == tableByOid.end())
      continue;
    ir::Column column;
    column.name = columns->get(r, 1).str();
    bool isArray = columns->get(r, 4) == "A";
    StringRef typtype = isArray ? columns->get(r, 7) : columns->get(r, 3);
    if (typtype == "e") {
      column.type.kind = ir::TypeKind::Enum;
      column.type.enumSchema = (isArray ? columns->get(r, 8) : columns->get(r, 5)).str();
      column.type.name = (isArray ? columns->get(r, 9) : columns->get(r, 6)).str();
    } else {
      StringRef formatted = columns->get(r, 2);
      if (isArray)
        formatted.consume_back("[]");
      column.type = parseFormattedType(formatted);
    }
    column.arity = isArray ? ir::Arity::List
                   : columns->getBool(r, 11) ? ir::Arity::Required
                                              : ir::Arity::Nullable;
    if (!columns->isNull(r, 12))
      parseDefaultExpression(columns->get(r, 12), column);
    else if (!columns->get(r, 13).empty())
      column.autoincrement = true; // identity column
    schema.tables[it->second].columns.push_back(std::move(column));
  }

  Expected<QueryResult> indexes = connection.query(kIndexesSQL, parameters);
  if (!indexes)
    return indexes.takeError();
  for (int r = 0; r < indexes->rows(); ++r) {
    unsigned oid;
    indexes->get(r, 0).getAsInteger(10, oid);
    auto it = tableByOid.find(oid);
    if (it == tableByOid.end())
      continue;
    ir::Table &table = schema.tables[it->second];
    StringRef name = indexes->get(r, 1);
    bool primary = indexes->getBool(r, 2), unique = indexes->getBool(r, 3);
    ir::Index *index = nullptr;
    if (indexes->get(r, 5) == "1") {
      ir::Index fresh;
      fresh.name = name.str();
      fresh.kind = primary  ? ir::IndexKind::PrimaryKey
                   : unique ? ir::IndexKind::Unique
                            : ir::IndexKind::Index;
      if (std::optional<ir::IndexAlgorithm> a = ir::parseIndexAlgorithmName(indexes->get(r, 4)))
        fresh.algorithm = *a;
      if (primary) {
        table.primaryKey = std::move(fresh);
      } else {
        table.indexes.push_back(std::move(fresh));
      }
    }
    index = primary ? &*table.primaryKey : &table.indexes.back();
    ir::IndexColumn column;
    column.column = indexes->get(r, 6).str();
    if (indexes->getBool(r, 7))
      column.sort = ir::SortOrder::Desc;
    if (!indexes->isNull(r, 8) && !indexes->getBool(r, 9))
      column.operatorClass = indexes->get(r, 8).str();
    index->columns.push_back(std::move(column));
  }

  Expected<QueryResult> fks = connection.query(kForeignKeysSQL, parameters);
  if (!fks)
    return fks.takeError();
  for (int r = 0; r < fks->rows(); ++r) {
    if (fks->get(r, 7) == "1") {
      ir::ForeignKey fk;
      fk.name = fks->get(r, 0).str();
      fk.table = {fks->get(r, 1).str(), fks->get(r, 2).str()};
      fk.referencedTable = {fks->get(r, 3).str(), fks->get(r, 4).str()};
      fk.onDelete = actionFromCode(fks->get(r, 5));
      fk.onUpdate = actionFromCode(fks->get(r, 6));
      schema.foreignKeys.push_back(std::move(fk));
    }
    schema.foreignKeys.back().columns.push_back(fks->get(r, 8).str());
    schema.foreignKeys.back().referencedColumns.push_back(fks->get(r, 9).str());
  }
  // Foreign keys of the history tables, or pointing out of the introspected namespaces,
  // are left out.
  ir::TableIndex introspected(schema);
  llvm::erase_if(schema.foreignKeys, [&](const ir::ForeignKey &fk) {
    return introspected.find(fk.table) < 0 || introspected.find(fk.referencedTable) < 0;
  });
  return schema;
}

} // namespace schemac::backends::postgres
