//===- test/unit/IRTest.cpp - IR data structures, text form, verifier -----===//
#include "backends/postgres/PostgresSQL.h"
#include "ir/Parser.h"
#include "ir/Printer.h"
#include "ir/Schema.h"
#include "ir/Verifier.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <gtest/gtest.h>

using namespace schemac;
using namespace schemac::ir;

namespace {

Schema sampleSchema() {
  Schema schema;
  schema.namespaces = {"auth"};
  Enum role;
  role.schema = "auth";
  role.name = "role";
  role.origin.name = "Role";
  schema.files = {"schema.prisma"};
  role.values = {{"USER", {}}, {"ad\"min", {"ADMIN", "", 1, 3, 3}}};
  schema.enums.push_back(role);

  Table user;
  user.schema = "auth";
  user.name = "User";
  Column id;
  id.name = "id";
  id.type.kind = TypeKind::Integer;
  id.autoincrement = true;
  user.columns.push_back(id);
  Column roleColumn;
  roleColumn.name = "role";
  roleColumn.type.kind = TypeKind::Enum;
  roleColumn.type.enumSchema = "auth";
  roleColumn.type.name = "role";
  roleColumn.defaultValue = Default{Default::Kind::Value, Value{Value::Kind::Enum, "USER", {}}};
  user.columns.push_back(roleColumn);
  Column price;
  price.name = "price";
  price.type.kind = TypeKind::Decimal;
  price.type.length = 10;
  price.type.scale = 2;
  price.arity = Arity::Nullable;
  user.columns.push_back(price);
  Column tags;
  tags.name = "tags";
  tags.type.kind = TypeKind::Text;
  tags.arity = Arity::List;
  Value list{Value::Kind::List, "", {}};
  list.elements.push_back(Value{Value::Kind::String, "a\nb", {}});
  tags.defaultValue = Default{Default::Kind::Value, list};
  user.columns.push_back(tags);
  Index pk;
  pk.kind = IndexKind::PrimaryKey;
  pk.name = "User_pkey";
  pk.columns.resize(1);
  pk.columns[0].column = "id";
  user.primaryKey = pk;
  Index gin;
  gin.name = "User_tags_idx";
  gin.algorithm = IndexAlgorithm::Gin;
  gin.columns.resize(1);
  gin.columns[0].column = "tags";
  gin.columns[0].operatorClass = "array_ops";
  user.indexes.push_back(gin);
  schema.tables.push_back(user);

  Table post;
  post.schema = "public";
  post.name = "Post";
  Column author;
  author.name = "authorId";
  author.type.kind = TypeKind::Integer;
  author.arity = Arity::Nullable;
  post.columns.push_back(author);
  schema.tables.push_back(post);

  ForeignKey fk;
  fk.name = "Post_authorId_fkey";
  fk.table = {"public", "Post"};
  fk.columns = {"authorId"};
  fk.referencedTable = {"auth", "User"};
  fk.referencedColumns = {"id"};
  fk.onDelete = ReferentialAction::SetNull;
  schema.foreignKeys.push_back(fk);
  return schema;
}

std::string print(const Schema &schema, bool locations = false) {
  std::string text;
  llvm::raw_string_ostream os(text);
  PrintOptions options;
  options.locations = locations;
  printSchema(schema, os, options);
  return text;
}

struct Parsed {
  llvm::SourceMgr sourceMgr;
  std::string diagnostics;
  std::optional<Schema> schema;
  bool verified = false;
};

void parse(const std::string &text, Parsed &out) {
  unsigned id = out.sourceMgr.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(text, "test.sir"), llvm::SMLoc());
  DiagnosticEngine diags(out.sourceMgr);
  SchemaLocations locations;
  out.schema = parseSchemaText(id, diags, &locations);
  if (out.schema)
    out.verified = verifySchema(*out.schema, diags, &locations);
  llvm::raw_string_ostream os(out.diagnostics);
  diags.printText(os);
}

// A column's default is kept out of line (Boxed) but behaves as the optional it replaced.
TEST(IRTest, BoxedHasValueSemantics) {
  Boxed<Default> a;
  EXPECT_FALSE(a);
  EXPECT_EQ(a, Boxed<Default>(std::nullopt));
  a = Default{Default::Kind::Value, Value{Value::Kind::Number, "1", {}}};
  ASSERT_TRUE(a.has_value());
  Boxed<Default> b = a;
  EXPECT_EQ(a, b);
  b->value.text = "2";
  EXPECT_EQ(a->value.text, "1") << "a copy does not share the value";
  EXPECT_FALSE(a == b);
  Boxed<Default> c = std::move(b);
  EXPECT_EQ((*c).value.text, "2");
  c = std::nullopt;
  EXPECT_FALSE(c.has_value());
  a.reset();
  EXPECT_EQ(a, c);
}

TEST(IRTest, TypeTablesAreConsistent) {
  for (unsigned i = 0; i <= unsigned(TypeKind::Unsupported); ++i) {
    TypeKind kind = TypeKind(i);
    std::optional<TypeKind> parsed = parseTypeKindName(typeKindName(kind));
    ASSERT_TRUE(parsed.has_value()) << typeKindName(kind).str();
    EXPECT_EQ(*parsed, kind);
  }
  EXPECT_EQ(familyOf(TypeKind::Citext), ScalarFamily::String);
  EXPECT_EQ(familyOf(TypeKind::Money), ScalarFamily::Decimal);
  EXPECT_EQ(familyOf(TypeKind::Timestamptz), ScalarFamily::DateTime);
  EXPECT_EQ(maxTypeParameters(TypeKind::Decimal), 2u);
  EXPECT_EQ(maxTypeParameters(TypeKind::Text), 0u);
  for (unsigned i = 0; i <= unsigned(ReferentialAction::SetDefault); ++i)
    EXPECT_EQ(parseReferentialActionName(referentialActionName(ReferentialAction(i))),
              ReferentialAction(i));
  for (unsigned i = 0; i <= unsigned(IndexAlgorithm::Brin); ++i)
    EXPECT_EQ(parseIndexAlgorithmName(indexAlgorithmName(IndexAlgorithm(i))), IndexAlgorithm(i));
}

TEST(IRTest, PrintParsePrintRoundTrips) {
  Schema schema = sampleSchema();
  for (bool locations : {false, true}) {
    std::string first = print(schema, locations);
    Parsed parsed;
    parse(first, parsed);
    ASSERT_TRUE(parsed.schema.has_value()) << parsed.diagnostics;
    EXPECT_TRUE(parsed.verified) << parsed.diagnostics;
    EXPECT_EQ(print(*parsed.schema, locations), first);
  }
}

TEST(IRTest, ParsedValuesAreDecoded) {
  Parsed parsed;
  parse(print(sampleSchema(), true), parsed);
  ASSERT_TRUE(parsed.schema.has_value()) << parsed.diagnostics;
  const Schema &schema = *parsed.schema;
  EXPECT_EQ(schema.enums[0].values[1].name, "ad\"min");
  EXPECT_EQ(schema.enums[0].values[1].origin.name, "ADMIN");
  EXPECT_EQ(schema.enums[0].values[1].origin.line, 3u);
  const Table *user = schema.findTable({"auth", "User"});
  ASSERT_NE(user, nullptr);
  EXPECT_TRUE(user->columns[0].autoincrement);
  EXPECT_EQ(user->columns[2].type.length, 10u);
  EXPECT_EQ(user->columns[2].type.scale, 2u);
  EXPECT_EQ(user->columns[3].defaultValue->value.elements[0].text, "a\nb");
  EXPECT_EQ(user->indexes[0].algorithm, IndexAlgorithm::Gin);
  EXPECT_EQ(schema.foreignKeys[0].onDelete, ReferentialAction::SetNull);
}

TEST(IRTest, VerifierAcceptsSampleAndRejectsBrokenCopies) {
  llvm::SourceMgr sourceMgr;
  {
    DiagnosticEngine diags(sourceMgr);
    EXPECT_TRUE(verifySchema(sampleSchema(), diags));
  }
  auto rejects = [&](auto mutate, const char *expected) {
    Schema schema = sampleSchema();
    mutate(schema);
    DiagnosticEngine diags(sourceMgr);
    EXPECT_FALSE(verifySchema(schema, diags)) << expected;
    std::string text;
    llvm::raw_string_ostream os(text);
    diags.printText(os);
    EXPECT_NE(text.find(expected), std::string::npos) << text;
  };
  rejects([](Schema &s) { s.namespaces.clear(); }, "not declared");
  rejects([](Schema &s) { s.tables[0].columns[1].type.name = "nope"; }, "not defined");
  rejects([](Schema &s) { s.foreignKeys[0].referencedColumns = {"price"}; },
          "different types");
  rejects([](Schema &s) { s.tables[0].primaryKey->columns[0].column = "price"; }, "nullable");
  rejects([](Schema &s) { s.tables[0].name = std::string(64, 'x'); }, "64 bytes long");
  // SET NULL on a required column: PostgreSQL creates it (the action fails when it fires)
  // and Prisma makes such schemas with a warning, so a database's IR holds it.
  Schema setNull = sampleSchema();
  setNull.tables[1].columns[0].arity = Arity::Required;
  DiagnosticEngine diags(sourceMgr);
  EXPECT_TRUE(verifySchema(setNull, diags));
}

TEST(IRTest, SQLQuoting) {
  using namespace backends::postgres;
  EXPECT_EQ(quoteIdentifier("a\"b"), "\"a\"\"b\"");
  EXPECT_EQ(quoteString("it's"), "'it''s'");
  Schema schema = sampleSchema();
  EXPECT_EQ(qualifiedName(schema, {"public", "Post"}), "\"Post\"");
  EXPECT_EQ(qualifiedName(schema, {"auth", "User"}), "\"auth\".\"User\"");
}

TEST(IRTest, DefaultsRenderAsPrismaDoes) {
  using namespace backends::postgres;
  Schema schema;
  Column column;
  column.name = "c";
  auto render = [&](TypeKind kind, Value::Kind valueKind, std::string text) {
    column.type = ColumnType();
    column.type.kind = kind;
    column.defaultValue = Default{Default::Kind::Value, Value{valueKind, text, {}}};
    return defaultSQL(schema, column);
  };
  EXPECT_EQ(render(TypeKind::Timestamp, Value::Kind::String, "2020-01-01T10:00:00Z"),
            "'2020-01-01 10:00:00 +00:00'");
  EXPECT_EQ(render(TypeKind::Timestamp, Value::Kind::String, "2020-01-01T10:00:00.1-05:30"),
            "'2020-01-01 10:00:00.100 -05:30'");
  EXPECT_EQ(render(TypeKind::Timestamp, Value::Kind::String, "2020-01-01T10:00:00.1234Z"),
            "'2020-01-01 10:00:00.123400 +00:00'");
  EXPECT_EQ(render(TypeKind::ByteA, Value::Kind::String, "aGk="), "'\\x6869'");
  EXPECT_EQ(render(TypeKind::DoublePrecision, Value::Kind::Number, "1.50"), "1.50");
  EXPECT_EQ(render(TypeKind::Decimal, Value::Kind::String, "2.5"), "2.5");
  EXPECT_EQ(render(TypeKind::Integer, Value::Kind::Number, "-0"), "0");
  EXPECT_EQ(render(TypeKind::JsonB, Value::Kind::String, "{\"a\":\"b'c\"}"), "'{\"a\":\"b''c\"}'");
  column.autoincrement = true;
  column.type.kind = TypeKind::BigInt;
  column.defaultValue.reset();
  EXPECT_EQ(columnTypeSQL(schema, column), "BIGSERIAL");
}

} // namespace
