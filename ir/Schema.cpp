//===- ir/Schema.cpp - The typed database IR ------------------------------===//
#include "ir/Schema.h"

#include "llvm/ADT/STLExtras.h"

using namespace llvm;

namespace schemac::ir {

namespace {
struct TypeInfo {
  TypeKind kind;
  StringRef name;
  ScalarFamily family;
  unsigned parameters;
};
// One row per TypeKind, in enum order.
constexpr TypeInfo kTypes[] = {
    {TypeKind::Text, "Text", ScalarFamily::String, 0},
    {TypeKind::VarChar, "VarChar", ScalarFamily::String, 1},
    {TypeKind::Char, "Char", ScalarFamily::String, 1},
    {TypeKind::Citext, "Citext", ScalarFamily::String, 0},
    {TypeKind::Uuid, "Uuid", ScalarFamily::String, 0},
    {TypeKind::Xml, "Xml", ScalarFamily::String, 0},
    {TypeKind::Inet, "Inet", ScalarFamily::String, 0},
    {TypeKind::Bit, "Bit", ScalarFamily::String, 1},
    {TypeKind::VarBit, "VarBit", ScalarFamily::String, 1},
    {TypeKind::SmallInt, "SmallInt", ScalarFamily::Int, 0},
    {TypeKind::Integer, "Integer", ScalarFamily::Int, 0},
    {TypeKind::Oid, "Oid", ScalarFamily::Int, 0},
    {TypeKind::BigInt, "BigInt", ScalarFamily::BigInt, 0},
    {TypeKind::Real, "Real", ScalarFamily::Float, 0},
    {TypeKind::DoublePrecision, "DoublePrecision", ScalarFamily::Float, 0},
    {TypeKind::Decimal, "Decimal", ScalarFamily::Decimal, 2},
    {TypeKind::Money, "Money", ScalarFamily::Decimal, 0},
    {TypeKind::Boolean, "Boolean", ScalarFamily::Boolean, 0},
    {TypeKind::Date, "Date", ScalarFamily::DateTime, 0},
    {TypeKind::Time, "Time", ScalarFamily::DateTime, 1},
    {TypeKind::Timetz, "Timetz", ScalarFamily::DateTime, 1},
    {TypeKind::Timestamp, "Timestamp", ScalarFamily::DateTime, 1},
    {TypeKind::Timestamptz, "Timestamptz", ScalarFamily::DateTime, 1},
    {TypeKind::Json, "Json", ScalarFamily::Json, 0},
    {TypeKind::JsonB, "JsonB", ScalarFamily::Json, 0},
    {TypeKind::ByteA, "ByteA", ScalarFamily::Bytes, 0},
    {TypeKind::Enum, "enum", ScalarFamily::Enum, 0},
    {TypeKind::Unsupported, "unsupported", ScalarFamily::Unsupported, 0},
};
static_assert(std::size(kTypes) == size_t(TypeKind::Unsupported) + 1);

const TypeInfo &info(TypeKind kind) { return kTypes[size_t(kind)]; }
} // namespace

ScalarFamily familyOf(TypeKind kind) { return info(kind).family; }
StringRef typeKindName(TypeKind kind) { return info(kind).name; }
unsigned maxTypeParameters(TypeKind kind) { return info(kind).parameters; }

std::optional<TypeKind> parseTypeKindName(StringRef name) {
  for (const TypeInfo &type : kTypes)
    if (type.name == name)
      return type.kind;
  return std::nullopt;
}

StringRef scalarFamilyName(ScalarFamily family) {
  static constexpr StringRef names[] = {"String", "Int",      "BigInt", "Float",
                                        "Decimal", "Boolean", "DateTime", "Json",
                                        "Bytes",  "Enum",     "Unsupported"};
  return names[size_t(family)];
}

StringRef indexAlgorithmName(IndexAlgorithm algorithm) {
  static constexpr StringRef names[] = {"btree", "hash", "gist", "gin", "spgist", "brin"};
  return names[size_t(algorithm)];
}

std::optional<IndexAlgorithm> parseIndexAlgorithmName(StringRef name) {
  for (unsigned i = 0; i <= unsigned(IndexAlgorithm::Brin); ++i)
    if (indexAlgorithmName(IndexAlgorithm(i)) == name)
      return IndexAlgorithm(i);
  return std::nullopt;
}

StringRef referentialActionName(ReferentialAction action) {
  static constexpr StringRef names[] = {"cascade", "restrict", "no_action", "set_null",
                                        "set_default"};
  return names[size_t(action)];
}

StringRef referentialActionSQL(ReferentialAction action) {
  static constexpr StringRef names[] = {"CASCADE", "RESTRICT", "NO ACTION", "SET NULL",
                                        "SET DEFAULT"};
  return names[size_t(action)];
}

StringRef referentialActionPrismaName(ReferentialAction action) {
  static constexpr StringRef names[] = {"Cascade", "Restrict", "NoAction", "SetNull",
                                        "SetDefault"};
  return names[size_t(action)];
}

std::optional<ReferentialAction> parseReferentialActionName(StringRef name) {
  for (unsigned i = 0; i <= unsigned(ReferentialAction::SetDefault); ++i)
    if (referentialActionName(ReferentialAction(i)) == name)
      return ReferentialAction(i);
  return std::nullopt;
}

int Table::findColumnIndex(StringRef column) const {
  for (size_t i = 0; i < columns.size(); ++i)
    if (columns[i].name == column)
      return int(i);
  return -1;
}

const Column *Table::findColumn(StringRef column) const {
  int index = findColumnIndex(column);
  return index < 0 ? nullptr : &columns[index];
}

const Table *Schema::findTable(const QualifiedName &name) const {
  for (const Table &table : tables)
    if (table.schema == name.schema && table.name == name.name)
      return &table;
  return nullptr;
}

TableIndex::TableIndex(const Schema &schema) : schema(&schema) {
  positions.reserve(schema.tables.size());
  for (size_t i = 0; i < schema.tables.size(); ++i)
    positions.try_emplace({schema.tables[i].schema, schema.tables[i].name}, int(i));
}

int TableIndex::find(const QualifiedName &name) const {
  auto it = positions.find({name.schema, name.name});
  return it == positions.end() ? -1 : it->second;
}

const Enum *Schema::findEnum(const QualifiedName &name) const {
  for (const Enum &enm : enums)
    if (enm.schema == name.schema && enm.name == name.name)
      return &enm;
  return nullptr;
}

bool Schema::hasNamespace(StringRef name) const {
  return name == defaultNamespace || is_contained(namespaces, name);
}

} // namespace schemac::ir
