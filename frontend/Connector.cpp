//===- frontend/Connector.cpp - Provider capabilities and native types ----===//
#include "frontend/Connector.h"

#include "llvm/ADT/StringSwitch.h"

using namespace llvm;

namespace schemac::frontend {

std::optional<Provider> parseProvider(StringRef name) {
  return StringSwitch<std::optional<Provider>>(name)
      .Cases("postgresql", "postgres", Provider::PostgreSQL)
      .Case("cockroachdb", Provider::CockroachDB)
      .Case("mysql", Provider::MySQL)
      .Case("sqlite", Provider::SQLite)
      .Case("sqlserver", Provider::SQLServer)
      .Case("mongodb", Provider::MongoDB)
      .Default(std::nullopt);
}

StringRef providerName(Provider provider) {
  switch (provider) {
  case Provider::None: return "none";
  case Provider::PostgreSQL: return "postgresql";
  case Provider::CockroachDB: return "cockroachdb";
  case Provider::MySQL: return "mysql";
  case Provider::SQLite: return "sqlite";
  case Provider::SQLServer: return "sqlserver";
  case Provider::MongoDB: return "mongodb";
  }
  return "none";
}

std::optional<ScalarType> parseScalarType(StringRef name) {
  return StringSwitch<std::optional<ScalarType>>(name)
      .Case("String", ScalarType::String)
      .Case("Int", ScalarType::Int)
      .Case("BigInt", ScalarType::BigInt)
      .Case("Float", ScalarType::Float)
      .Case("Decimal", ScalarType::Decimal)
      .Case("Boolean", ScalarType::Boolean)
      .Case("DateTime", ScalarType::DateTime)
      .Case("Json", ScalarType::Json)
      .Case("Bytes", ScalarType::Bytes)
      .Default(std::nullopt);
}

StringRef scalarTypeName(ScalarType type) {
  switch (type) {
  case ScalarType::String: return "String";
  case ScalarType::Int: return "Int";
  case ScalarType::BigInt: return "BigInt";
  case ScalarType::Float: return "Float";
  case ScalarType::Decimal: return "Decimal";
  case ScalarType::Boolean: return "Boolean";
  case ScalarType::DateTime: return "DateTime";
  case ScalarType::Json: return "Json";
  case ScalarType::Bytes: return "Bytes";
  }
  return "";
}

std::optional<ReferentialAction> parseReferentialAction(StringRef name) {
  return StringSwitch<std::optional<ReferentialAction>>(name)
      .Case("Cascade", ReferentialAction::Cascade)
      .Case("Restrict", ReferentialAction::Restrict)
      .Case("NoAction", ReferentialAction::NoAction)
      .Case("SetNull", ReferentialAction::SetNull)
      .Case("SetDefault", ReferentialAction::SetDefault)
      .Default(std::nullopt);
}

StringRef referentialActionName(ReferentialAction action) {
  switch (action) {
  case ReferentialAction::Cascade: return "Cascade";
  case ReferentialAction::Restrict: return "Restrict";
  case ReferentialAction::NoAction: return "NoAction";
  case ReferentialAction::SetNull: return "SetNull";
  case ReferentialAction::SetDefault: return "SetDefault";
  }
  return "";
}

std::optional<IndexAlgorithm> parseIndexAlgorithm(StringRef name) {
  return StringSwitch<std::optional<IndexAlgorithm>>(name)
      .Case("BTree", IndexAlgorithm::BTree)
      .Case("Hash", IndexAlgorithm::Hash)
      .Case("Gist", IndexAlgorithm::Gist)
      .Case("Gin", IndexAlgorithm::Gin)
      .Case("SpGist", IndexAlgorithm::SpGist)
      .Case("Brin", IndexAlgorithm::Brin)
      .Default(std::nullopt);
}

StringRef indexAlgorithmName(IndexAlgorithm algorithm) {
  switch (algorithm) {
  case IndexAlgorithm::BTree: return "BTree";
  case IndexAlgorithm::Hash: return "Hash";
  case IndexAlgorithm::Gist: return "Gist";
  case IndexAlgorithm::Gin: return "Gin";
  case IndexAlgorithm::SpGist: return "SpGist";
  case IndexAlgorithm::Brin: return "Brin";
  }
  return "";
}

bool supportsIndexAlgorithm(Provider provider, IndexAlgorithm algorithm) {
  if (provider == Provider::PostgreSQL)
    return true;
  if (provider == Provider::CockroachDB)
    return algorithm == IndexAlgorithm::BTree || algorithm == IndexAlgorithm::Gin;
  return false;
}

const ConnectorCapabilities &capabilitiesOf(Provider provider) {
  static const ConnectorCapabilities postgres = [] {
    ConnectorCapabilities c;
    c.scalarLists = c.enums = c.multiSchema = c.indexAlgorithms = c.extensions = true;
    return c;
  }();
  static const ConnectorCapabilities cockroach = [] {
    ConnectorCapabilities c;
    c.scalarLists = c.enums = c.multiSchema = c.indexAlgorithms = true;
    return c;
  }();
  static const ConnectorCapabilities mysql = [] {
    ConnectorCapabilities c;
    c.enums = c.indexLength = c.fullTextIndex = true;
    return c;
  }();
  static const ConnectorCapabilities sqlite = [] {
    ConnectorCapabilities c;
    return c;
  }();
  static const ConnectorCapabilities sqlserver = [] {
    ConnectorCapabilities c;
    c.multiSchema = c.clustering = true;
    c.restrictAction = false;
    return c;
  }();
  static const ConnectorCapabilities mongo = [] {
    ConnectorCapabilities c;
    c.scalarLists = c.enums = c.compositeTypes = c.fullTextIndex = true;
    c.decimal = false;
    c.autoincrement = false;
    c.foreignKeys = false;
    return c;
  }();
  // No datasource: Prisma 7's empty connector (enums, no lists of primitive types, no
  // Decimal).
  static const ConnectorCapabilities none = [] {
    ConnectorCapabilities c;
    c.enums = true;
    c.decimal = false;
    return c;
  }();
  switch (provider) {
  case Provider::PostgreSQL: return postgres;
  case Provider::CockroachDB: return cockroach;
  case Provider::MySQL: return mysql;
  case Provider::SQLite: return sqlite;
  case Provider::SQLServer: return sqlserver;
  case Provider::MongoDB: return mongo;
  case Provider::None: return none;
  }
  return none;
}

using S = ScalarType;
static const ScalarType kString[] = {S::String};
static const ScalarType kInt[] = {S::Int};
static const ScalarType kBigInt[] = {S::BigInt};
static const ScalarType kIntOrBigInt[] = {S::Int, S::BigInt};
static const ScalarType kFloat[] = {S::Float};
static const ScalarType kDecimal[] = {S::Decimal};
static const ScalarType kBoolean[] = {S::Boolean};
static const ScalarType kDateTime[] = {S::DateTime};
static const ScalarType kJson[] = {S::Json};
static const ScalarType kBytes[] = {S::Bytes};
static const ScalarType kStringOrBytes[] = {S::String, S::Bytes};
static const ScalarType kBooleanOrInt[] = {S::Boolean, S::Int};

static const NativeTypeInfo kPostgresTypes[] = {
    {"Text", 0, 0, kString},         {"Char", 0, 1, kString},
    {"VarChar", 0, 1, kString},      {"Bit", 0, 1, kString},
    {"VarBit", 0, 1, kString},       {"Uuid", 0, 0, kString},
    {"Xml", 0, 0, kString},          {"Inet", 0, 0, kString},
    {"Citext", 0, 0, kString},       {"Boolean", 0, 0, kBoolean},
    {"Integer", 0, 0, kInt},         {"SmallInt", 0, 0, kInt},
    {"Oid", 0, 0, kInt},             {"BigInt", 0, 0, kBigInt},
    {"Real", 0, 0, kFloat},          {"DoublePrecision", 0, 0, kFloat},
    {"Decimal", 0, 2, kDecimal},     {"Money", 0, 0, kDecimal},
    {"Timestamp", 0, 1, kDateTime},  {"Timestamptz", 0, 1, kDateTime},
    {"Date", 0, 0, kDateTime},       {"Time", 0, 1, kDateTime},
    {"Timetz", 0, 1, kDateTime},     {"Json", 0, 0, kJson},
    {"JsonB", 0, 0, kJson},          {"ByteA", 0, 0, kBytes},
};

static const NativeTypeInfo kCockroachTypes[] = {
    {"Bit", 0, 1, kString},          {"Bool", 0, 0, kBoolean},
    {"Bytes", 0, 0, kBytes},         {"Char", 0, 1, kString},
    {"Date", 0, 0, kDateTime},       {"Decimal", 0, 2, kDecimal},
    {"Float4", 0, 0, kFloat},        {"Float8", 0, 0, kFloat},
    {"Inet", 0, 0, kString},         {"Int2", 0, 0, kInt},
    {"Int4", 0, 0, kInt},            {"Int8", 0, 0, kBigInt},
    {"JsonB", 0, 0, kJson},          {"Oid", 0, 0, kInt},
    {"CatalogSingleChar", 0, 0, kString}, {"String", 0, 1, kString},
    {"Time", 0, 1, kDateTime},       {"Timestamp", 0, 1, kDateTime},
    {"Timestamptz", 0, 1, kDateTime}, {"Timetz", 0, 1, kDateTime},
    {"Uuid", 0, 0, kString},         {"VarBit", 0, 1, kString},
};

static const NativeTypeInfo kMySqlTypes[] = {
    {"Int", 0, 0, kInt},             {"UnsignedInt", 0, 0, kInt},
    {"SmallInt", 0, 0, kInt},        {"UnsignedSmallInt", 0, 0, kInt},
    {"TinyInt", 0, 0, kBooleanOrInt}, {"UnsignedTinyInt", 0, 0, kBooleanOrInt},
    {"MediumInt", 0, 0, kInt},       {"UnsignedMediumInt", 0, 0, kInt},
    {"BigInt", 0, 0, kBigInt},       {"UnsignedBigInt", 0, 0, kBigInt},
    {"Decimal", 0, 2, kDecimal},     {"Float", 0, 0, kFloat},
    {"Double", 0, 0, kFloat},        {"Bit", 1, 1, kBooleanOrInt},
    {"Char", 1, 1, kString},         {"VarChar", 1, 1, kString},
    {"Binary", 1, 1, kBytes},        {"VarBinary", 1, 1, kBytes},
    {"TinyBlob", 0, 0, kBytes},      {"Blob", 0, 0, kBytes},
    {"MediumBlob", 0, 0, kBytes},    {"LongBlob", 0, 0, kBytes},
    {"TinyText", 0, 0, kString},     {"Text", 0, 0, kString},
    {"MediumText", 0, 0, kString},   {"LongText", 0, 0, kString},
    {"Date", 0, 0, kDateTime},       {"Time", 0, 1, kDateTime},
    {"DateTime", 0, 1, kDateTime},   {"Timestamp", 0, 1, kDateTime},
    {"Year", 0, 0, kInt},            {"Json", 0, 0, kJson},
};

static const NativeTypeInfo kSqlServerTypes[] = {
    {"TinyInt", 0, 0, kInt},         {"SmallInt", 0, 0, kInt},
    {"Int", 0, 0, kInt},             {"BigInt", 0, 0, kBigInt},
    {"Decimal", 0, 2, kDecimal},     {"Money", 0, 0, kFloat},
    {"SmallMoney", 0, 0, kFloat},    {"Bit", 0, 0, kBooleanOrInt},
    {"Float", 0, 1, kFloat},         {"Real", 0, 0, kFloat},
    {"Date", 0, 0, kDateTime},       {"Time", 0, 0, kDateTime},
    {"DateTime", 0, 0, kDateTime},   {"DateTime2", 0, 0, kDateTime},
    {"DateTimeOffset", 0, 0, kDateTime}, {"SmallDateTime", 0, 0, kDateTime},
    {"Char", 0, 1, kString},         {"NChar", 0, 1, kString},
    {"VarChar", 0, 1, kString},      {"Text", 0, 0, kString},
    {"NVarChar", 0, 1, kString},     {"NText", 0, 0, kString},
    {"Binary", 0, 1, kBytes},        {"VarBinary", 0, 1, kBytes},
    {"Image", 0, 0, kBytes},         {"Xml", 0, 0, kString},
    {"UniqueIdentifier", 0, 0, kString},
};

static const NativeTypeInfo kMongoTypes[] = {
    {"String", 0, 0, kString},       {"Double", 0, 0, kFloat},
    {"Long", 0, 0, kIntOrBigInt},    {"Int", 0, 0, kInt},
    {"BinData", 0, 0, kBytes},       {"ObjectId", 0, 0, kStringOrBytes},
    {"Bool", 0, 0, kBoolean},        {"Date", 0, 0, kDateTime},
    {"Timestamp", 0, 0, kDateTime},  {"Json", 0, 0, kJson},
};

ArrayRef<NativeTypeInfo> nativeTypesOf(Provider provider) {
  switch (provider) {
  case Provider::PostgreSQL: return kPostgresTypes;
  case Provider::CockroachDB: return kCockroachTypes;
  case Provider::MySQL: return kMySqlTypes;
  case Provider::SQLServer: return kSqlServerTypes;
  case Provider::MongoDB: return kMongoTypes;
  case Provider::SQLite:
  case Provider::None:
    return {};
  }
  return {};
}

const NativeTypeInfo *findNativeType(Provider provider, StringRef name) {
  for (const NativeTypeInfo &info : nativeTypesOf(provider))
    if (info.name == name)
      return &info;
  return nullptr;
}

} // namespace schemac::frontend
