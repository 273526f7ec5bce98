//===- ir/Parser.cpp - Read the textual form of the IR --------------------===//
#include "ir/Parser.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSwitch.h"

using namespace llvm;

namespace schemac::ir {

bool looksLikeSchemaText(StringRef text) {
  text = text.ltrim();
  while (text.startswith("//")) {
    text = text.drop_until([](char c) { return c == '\n'; }).ltrim();
  }
  return text.startswith("schemac.ir");
}

namespace {

enum class Tok { Eof, Ident, String, Number, Punct, Error };

struct Token {
  Tok kind = Tok::Eof;
  StringRef text;  ///< the source text (for strings: with the quotes)
  std::string value; ///< strings: the decoded text
};

class Lexer {
public:
  Lexer(StringRef buffer) : buffer(buffer), pos(buffer.begin()) {}

  Token next(std::string &error) {
    skipSpace();
    Token token;
    const char *start = pos;
    if (pos == buffer.end()) {
      token.text = StringRef(pos, 0);
      return token;
    }
    char c = *pos;
    if (isAlpha(c) || c == '_') {
      while (pos != buffer.end() && (isAlnum(*pos) || *pos == '_' || *pos == '.') ) {
        // `"a"."b"` never reaches here; a dot inside an identifier is only `schemac.ir`.
        if (*pos == '.' && !(pos + 1 != buffer.end() && isAlpha(pos[1])))
          break;
        ++pos;
      }
      token.kind = Tok::Ident;
    } else if (isDigit(c) || (c == '-' && pos + 1 != buffer.end() && isDigit(pos[1]))) {
      ++pos;
      while (pos != buffer.end() && (isDigit(*pos) || *pos == '.' || *pos == 'e' ||
                                     *pos == 'E' ||
                                     ((*pos == '+' || *pos == '-') &&
                                      (pos[-1] == 'e' || pos[-1] == 'E'))))
        ++pos;
      token.kind = Tok::Number;
    } else if (c == '"') {
      ++pos;
      token.kind = Tok::String;
      while (true) {
        if (pos == buffer.end() || *pos == '\n') {
          token.kind = Tok::Error;
          error = "unterminated string literal";
          break;
        }
        char ch = *pos++;
        if (ch == '"')
          break;
        if (ch != '\\') {
          token.value += ch;
          continue;
        }
        if (pos == buffer.end()) {
          token.kind = Tok::Error;
          error = "unterminated string literal";
          break;
        }
        char escape = *pos++;
        switch (escape) {
        case '"': token.value += '"'; break;
        case '\\': token.value += '\\'; break;
        case 'n': token.value += '\n'; break;
        case 't': token.value += '\t'; break;
        case 'x': {
          if (buffer.end() - pos < 2 || !isHexDigit(pos[0]) || !isHexDigit(pos[1])) {
            token.kind = Tok::Error;
            error = "`\\x` must be followed by two hexadecimal digits";
            break;
          }
          token.value += char(hexFromNibbles(pos[0], pos[1]));
          pos += 2;
          break;
        }
        default:
          token.kind = Tok::Error;
          error = std::string("unknown escape sequence `\\") + escape + "`";
        }
        if (token.kind == Tok::Error)
          break;
      }
    } else if (StringRef("{}()[],.:?").contains(c)) {
      ++pos;
      token.kind = Tok::Punct;
    } else {
      ++pos;
      token.kind = Tok::Error;
      error = "unexpected character";
    }
    token.text = StringRef(start, pos - start);
    return token;
  }

private:
  StringRef buffer;
  const char *pos;

  void skipSpace() {
    while (pos != buffer.end()) {
      if (isSpace(*pos)) {
        ++pos;
      } else if (*pos == '/' && pos + 1 != buffer.end() && pos[1] == '/') {
        while (pos != buffer.end() && *pos != '\n')
          ++pos;
      } else {
        break;
      }
    }
  }
};

class Parser {
public:
  Parser(unsigned bufferId, DiagnosticEngine &diags, SchemaLocations *locations)
      : diags(diags), locations(locations),
        lexer(diags.getSourceMgr().getMemoryBuffer(bufferId)->getBuffer()) {
    advance();
  }

  std::optional<Schema> parse() {
    Schema result;
    schema = &result;
    if (!expectKeyword("schemac.ir"))
      return std::nullopt;
    if (tok.kind != Tok::Number || tok.text != "1") {
      error("expected IR version `1`");
      return std::nullopt;
    }
    advance();
    while (tok.kind != Tok::Eof) {
      if (!parseItem(result))
        return std::nullopt;
    }
    return result;
  }

private:
  DiagnosticEngine &diags;
  SchemaLocations *locations;
  Lexer lexer;
  Token tok;
  Schema *schema = nullptr;
  StringMap<unsigned> fileIndex;

  void advance() {
    std::string message;
    tok = lexer.next(message);
    if (tok.kind == Tok::Error)
      diags.error(SMRange(loc(), SMLoc::getFromPointer(tok.text.end())), message);
  }

  SMLoc loc() const { return SMLoc::getFromPointer(tok.text.begin()); }
  SMRange range() const {
    return SMRange(loc(), SMLoc::getFromPointer(tok.text.end()));
  }

  bool error(const Twine &message) {
    if (tok.kind == Tok::Error) // already reported by the lexer
      return false;
    if (tok.kind == Tok::Eof)
      diags.error(range(), message + ", found the end of the file");
    else
      diags.error(range(), message + ", found `" + tok.text + "`");
    return false;
  }

  bool isKeyword(StringRef keyword) const { return tok.kind == Tok::Ident && tok.text == keyword; }
  bool isPunct(char c) const { return tok.kind == Tok::Punct && tok.text[0] == c; }

  bool consumeKeyword(StringRef keyword) {
    if (!isKeyword(keyword))
      return false;
    advance();
    return true;
  }
  bool consumePunct(char c) {
    if (!isPunct(c))
      return false;
    advance();
    return true;
  }
  bool expectKeyword(StringRef keyword) {
    if (consumeKeyword(keyword))
      return true;
    return error("expected `" + keyword + "`");
  }
  bool expectPunct(char c) {
    if (consumePunct(c))
      return true;
    return error(Twine("expected `") + StringRef(&c, 1) + "`");
  }
  bool parseString(std::string &out, StringRef what) {
    if (tok.kind != Tok::String)
      return error("expected " + what + " (a string literal)");
    out = std::move(tok.value);
    advance();
    return true;
  }
  template <typename T> bool parseUnsigned(T &out, StringRef what) {
    unsigned long long value;
    if (tok.kind != Tok::Number || getAsUnsignedInteger(tok.text, 10, value) ||
        value > std::numeric_limits<T>::max())
      return error("expected " + what + " (an unsigned integer)");
    out = T(value);
    advance();
    return true;
  }
  bool parseQualified(std::string &schema, std::string &name, StringRef what) {
    return parseString(schema, (what + " namespace").str()) && expectPunct('.') &&
           parseString(name, (what + " name").str());
  }

  /// `ignore "rule" "reason"`, repeated.
  bool parseSuppressions(std::vector<Suppression> &list) {
    while (consumeKeyword("ignore")) {
      Suppression suppression;
      if (!parseString(suppression.rule, "a rule name") ||
          !parseString(suppression.reason, "the reason"))
        return false;
      list.push_back(std::move(suppression));
    }
    return true;
  }

  /// `from "name"` and `loc("file":line:col)`, both optional.
  bool parseOrigin(Origin &origin) {
    if (consumeKeyword("from") && !parseString(origin.name, "a Prisma name"))
      return false;
    if (consumeKeyword("doc") && !parseString(origin.doc, "a doc comment"))
      return false;
    if (consumeKeyword("loc")) {
      std::string file;
      if (!expectPunct('(') || !parseString(file, "a file name") || !expectPunct(':') ||
          !parseUnsigned(origin.line, "a line number") || !expectPunct(':') ||
          !parseUnsigned(origin.column, "a column number") || !expectPunct(')'))
        return false;
      if (origin.line == 0)
        return error("line numbers start at 1");
      auto [it, inserted] = fileIndex.try_emplace(file, unsigned(schema->files.size() + 1));
      if (inserted)
        schema->files.push_back(file);
      origin.file = it->second;
    }
    return true;
  }

  SMRange rangeFrom(SMLoc start) const { return SMRange(start, loc()); }

  bool parseItem(Schema &schema) {
    SMLoc start = loc();
    if (consumeKeyword("default_namespace"))
      return parseString(schema.defaultNamespace, "a namespace name");
    if (consumeKeyword("namespace")) {
      std::string name;
      if (!parseString(name, "a namespace name"))
        return false;
      schema.namespaces.push_back(std::move(name));
      if (locations)
        locations->namespaces.push_back(rangeFrom(start));
      return true;
    }
    if (consumeKeyword("extension")) {
      Extension extension;
      if (!parseString(extension.name, "an extension name"))
        return false;
      if (consumeKeyword("schema") && !parseString(extension.schema, "a namespace name"))
        return false;
      if (consumeKeyword("version") && !parseString(extension.version, "a version"))
        return false;
      if (!parseOrigin(extension.origin))
        return false;
      schema.extensions.push_back(std::move(extension));
      if (locations)
        locations->extensions.push_back(rangeFrom(start));
      return true;
    }
    if (consumeKeyword("enum"))
      return parseEnum(schema, start);
    if (consumeKeyword("table"))
      return parseTable(schema, start);
    if (consumeKeyword("foreign_key"))
      return parseForeignKey(schema, start);
    return error("expected `namespace`, `extension`, `enum`, `table` or `foreign_key`");
  }

  bool parseEnum(Schema &schema, SMLoc start) {
    Enum enm;
    if (!parseQualified(enm.schema, enm.name, "an enum") || !parseOrigin(enm.origin))
      return false;
    SMRange header = rangeFrom(start);
    if (!expectPunct('{'))
      return false;
    std::vector<SMRange> valueRanges;
    while (!consumePunct('}')) {
      SMLoc valueStart = loc();
      EnumValue value;
      if (!parseString(value.name, "an enum value or `}`") || !parseOrigin(value.origin))
        return false;
      enm.values.push_back(std::move(value));
      valueRanges.push_back(rangeFrom(valueStart));
    }
    schema.enums.push_back(std::move(enm));
    if (locations) {
      locations->enums.push_back(header);
      locations->enumValues.push_back(std::move(valueRanges));
    }
    return true;
  }

  bool parseTable(Schema &schema, SMLoc start) {
    Table table;
    if (!parseQualified(table.schema, table.name, "a table"))
      return false;
    table.implicitManyToMany = consumeKeyword("implicit_m2m");
    if (consumeKeyword("renamed_from") && !parseString(table.renamedFrom, "the previous model name"))
      return false;
    if (!parseSuppressions(table.suppressions) || !parseOrigin(table.origin))
      return false;
    SMRange header = rangeFrom(start);
    if (!expectPunct('{'))
      return false;
    std::vector<SMRange> columnRanges, indexRanges;
    SMRange primaryKeyRange;
    while (!consumePunct('}')) {
      SMLoc memberStart = loc();
      if (consumeKeyword("column")) {
        Column column;
        if (!parseColumn(column))
          return false;
        table.columns.push_back(std::move(column));
        columnRanges.push_back(rangeFrom(memberStart));
        continue;
      }
      std::optional<IndexKind> kind = tok.kind != Tok::Ident
                                          ? std::nullopt
                                          : StringSwitch<std::optional<IndexKind>>(tok.text)
                                                .Case("primary_key", IndexKind::PrimaryKey)
                                                .Case("unique", IndexKind::Unique)
                                                .Case("index", IndexKind::Index)
                                                .Case("fulltext", IndexKind::Fulltext)
                                                .Default(std::nullopt);
      if (!kind)
        return error("expected `column`, `primary_key`, `unique`, `index`, `fulltext` or `}`");
      advance();
      Index index;
      index.kind = *kind;
      if (!parseIndex(index))
        return false;
      if (*kind == IndexKind::PrimaryKey) {
        if (table.primaryKey) {
          diags.error(rangeFrom(memberStart), "table `" + table.name +
                                                  "` has more than one primary key");
          return false;
        }
        table.primaryKey = std::move(index);
        primaryKeyRange = rangeFrom(memberStart);
      } else {
        table.indexes.push_back(std::move(index));
        indexRanges.push_back(rangeFrom(memberStart));
      }
    }
    schema.tables.push_back(std::move(table));
    if (locations) {
      locations->tables.push_back(header);
      locations->columns.push_back(std::move(columnRanges));
      locations->indexes.push_back(std::move(indexRanges));
      locations->primaryKeys.push_back(primaryKeyRange);
    }
    return true;
  }

  bool parseType(ColumnType &type) {
    if (tok.kind != Tok::Ident)
      return error("expected a column type");
    if (consumeKeyword("enum"))
      return expectPunct('(') && parseQualified(type.enumSchema, type.name, "an enum") &&
             expectPunct(')') && (type.kind = TypeKind::Enum, true);
    if (consumeKeyword("unsupported"))
      return expectPunct('(') && parseString(type.name, "a database type") &&
             expectPunct(')') && (type.kind = TypeKind::Unsupported, true);
    std::optional<TypeKind> kind = parseTypeKindName(tok.text);
    if (!kind)
      return error("unknown column type; expected a PostgreSQL type such as `Text`, "
                   "`Integer` or `VarChar(255)`, `enum(...)` or `unsupported(...)`");
    type.kind = *kind;
    advance();
    if (isPunct('(')) {
      unsigned max = maxTypeParameters(type.kind);
      if (max == 0)
        return error("type `" + typeKindName(type.kind) + "` takes no parameters");
      advance();
      uint32_t value;
      if (!parseUnsigned(value, "a type parameter"))
        return false;
      type.length = value;
      if (consumePunct(',')) {
        if (max < 2)
          return error("type `" + typeKindName(type.kind) + "` takes one parameter");
        if (!parseUnsigned(value, "a type parameter"))
          return false;
        type.scale = value;
      }
      if (!expectPunct(')'))
        return false;
    }
    return true;
  }

  bool parseValue(Value &value) {
    if (tok.kind == Tok::String) {
      value.kind = Value::Kind::String;
      return parseString(value.text, "a value");
    }
    if (tok.kind == Tok::Number) {
      value.kind = Value::Kind::Number;
      value.text = tok.text.str();
      advance();
      return true;
    }
    if (isKeyword("true") || isKeyword("false")) {
      value.kind = Value::Kind::Boolean;
      value.text = tok.text.str();
      advance();
      return true;
    }
    if (consumeKeyword("enum")) {
      value.kind = Value::Kind::Enum;
      return expectPunct('(') && parseString(value.text, "an enum value") && expectPunct(')');
    }
    if (consumePunct('[')) {
      value.kind = Value::Kind::List;
      if (consumePunct(']'))
        return true;
      do {
        Value element;
        if (!parseValue(element))
          return false;
        value.elements.push_back(std::move(element));
      } while (consumePunct(','));
      return expectPunct(']');
    }
    return error("expected a default value");
  }

  bool parseDefault(Column &column) {
    if (tok.kind == Tok::Ident && !isKeyword("true") && !isKeyword("false") &&
        !isKeyword("enum")) {
      std::string function = tok.text.str();
      Default value;
      if (function == "autoincrement") {
        advance();
        column.autoincrement = true;
        return expectPunct('(') && expectPunct(')');
      }
      if (function == "now") {
        value.kind = Default::Kind::Now;
        advance();
        if (!expectPunct('(') || !expectPunct(')'))
          return false;
      } else if (function == "dbgenerated") {
        value.kind = Default::Kind::DbGenerated;
        advance();
        if (!expectPunct('('))
          return false;
        if (tok.kind == Tok::String) {
          value.hasExpression = true;
          value.expression = std::move(tok.value);
          advance();
        }
        if (!expectPunct(')'))
          return false;
      } else if (function == "cuid" || function == "uuid" || function == "nanoid" ||
                 function == "ulid") {
        value.kind = Default::Kind::Generated;
        value.expression = function;
        advance();
        if (!expectPunct('('))
          return false;
        if (tok.kind == Tok::Number) {
          long long argument;
          if (getAsSignedInteger(tok.text, 10, argument))
            return error("expected an integer argument");
          value.argument = argument;
          advance();
        }
        if (!expectPunct(')'))
          return false;
      } else {
        return error("unknown default function; expected `autoincrement()`, `now()`, "
                     "`dbgenerated(...)`, `cuid()`, `uuid()`, `nanoid()` or `ulid()`");
      }
      column.defaultValue = std::move(value);
      return true;
    }
    Default value;
    value.kind = Default::Kind::Value;
    if (!parseValue(value.value))
      return false;
    column.defaultValue = std::move(value);
    return true;
  }

  bool parseColumn(Column &column) {
    if (!parseString(column.name, "a column name") || !parseType(column.type))
      return false;
    if (consumePunct('?')) {
      column.arity = Arity::Nullable;
    } else if (isPunct('[')) {
      advance();
      if (!expectPunct(']'))
        return false;
      column.arity = Arity::List;
    }
    while (consumeKeyword("default"))
      if (!parseDefault(column))
        return false;
    column.updatedAt = consumeKeyword("updated_at");
    if (consumeKeyword("renamed_from") && !parseString(column.renamedFrom, "the previous field name"))
      return false;
    return parseSuppressions(column.suppressions) && parseOrigin(column.origin);
  }

  bool parseIndex(Index &index) {
    if (!parseString(index.name, "a constraint name"))
      return false;
    if (consumeKeyword("using")) {
      std::optional<IndexAlgorithm> algorithm =
          tok.kind == Tok::Ident ? parseIndexAlgorithmName(tok.text) : std::nullopt;
      if (!algorithm)
        return error("expected an index method (`btree`, `hash`, `gist`, `gin`, `spgist`, "
                     "`brin`)");
      index.algorithm = *algorithm;
      advance();
    }
    if (!expectPunct('('))
      return false;
    do {
      IndexColumn column;
      if (!parseString(column.column, "a column name"))
        return false;
      if (consumeKeyword("asc"))
        column.sort = SortOrder::Asc;
      else if (consumeKeyword("desc"))
        column.sort = SortOrder::Desc;
      if (consumeKeyword("length") && !parseUnsigned(column.length.emplace(), "a length"))
        return false;
      if (consumeKeyword("ops")) {
        if (consumeKeyword("raw")) {
          column.rawOperatorClass = true;
          if (!expectPunct('(') || !parseString(column.operatorClass, "an operator class") ||
              !expectPunct(')'))
            return false;
        } else if (tok.kind == Tok::Ident) {
          column.operatorClass = tok.text.str();
          advance();
        } else {
          return error("expected an operator class");
        }
      }
      index.columns.push_back(std::move(column));
    } while (consumePunct(','));
    return expectPunct(')') && parseOrigin(index.origin);
  }

  bool parseColumnList(std::vector<std::string> &columns) {
    if (!expectPunct('('))
      return false;
    do {
      std::string column;
      if (!parseString(column, "a column name"))
        return false;
      columns.push_back(std::move(column));
    } while (consumePunct(','));
    return expectPunct(')');
  }

  bool parseAction(ReferentialAction &action) {
    std::optional<ReferentialAction> parsed =
        tok.kind == Tok::Ident ? parseReferentialActionName(tok.text) : std::nullopt;
    if (!parsed)
      return error("expected a referential action (`cascade`, `restrict`, `no_action`, "
                   "`set_null`, `set_default`)");
    action = *parsed;
    advance();
    return true;
  }

  bool parseForeignKey(Schema &schema, SMLoc start) {
    ForeignKey fk;
    if (!parseString(fk.name, "a constraint name") || !expectKeyword("on") ||
        !parseQualified(fk.table.schema, fk.table.name, "a table") ||
        !parseColumnList(fk.columns) || !expectKeyword("references") ||
        !parseQualified(fk.referencedTable.schema, fk.referencedTable.name, "a table") ||
        !parseColumnList(fk.referencedColumns) || !expectKeyword("on_delete") ||
        !parseAction(fk.onDelete) || !expectKeyword("on_update") ||
        !parseAction(fk.onUpdate))
      return false;
    fk.onDeleteDeclared = !consumeKeyword("default_on_delete");
    if (!parseOrigin(fk.origin))
      return false;
    schema.foreignKeys.push_back(std::move(fk));
    if (locations)
      locations->foreignKeys.push_back(rangeFrom(start));
    return true;
  }
};

} // namespace

std::optional<Schema> parseSchemaText(unsigned bufferId, DiagnosticEngine &diags,
                                      SchemaLocations *locations) {
  return Parser(bufferId, diags, locations).parse();
}

} // namespace schemac::ir
