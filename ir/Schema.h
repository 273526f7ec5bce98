//===- ir/Schema.h - The typed database IR ----------------------*- C++ -*-===//
//
// Part of schemac. A database-level model of a schema: what PostgreSQL will hold once
// the migrations ran, independent of how it was written (a Prisma schema, a textual IR
// file, or, from the diff issue on, a live database). Everything is stored by value in
// vectors, in a deterministic order that is part of the IR's meaning: tables and enums in
// schema order, columns in table order, indexes in the order Prisma creates them and
// foreign keys in the order Prisma adds them. Lookups by name go through the helpers
// below, never through pointer-keyed maps.
//
// The textual form (ir/Printer.h, ir/Parser.h) and the invariants (ir/Verifier.h) are
// described in docs/ir.md.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_IR_SCHEMA_H
#define SCHEMAC_IR_SCHEMA_H

#include "ir/Boxed.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace schemac::ir {

/// Where a construct came from, for diagnostics and documentation: the Prisma name
/// (model, field, enum, enum value, relation) and the source location. Both are
/// metadata; they do not change the database.
struct Origin {
  std::string name; ///< empty when the construct has no Prisma counterpart
  /// The `///` doc comment of the model, field, enum or value, lines joined by `\n`
  /// (schemac's own directives left out): the description in generated documentation.
  std::string doc;
  /// 1 + the index of the file in Schema::files; 0 when unknown.
  unsigned file = 0;
  unsigned line = 0, column = 0;
  /// Where the declaration ends (a model's closing brace), for fix-its that insert a
  /// line into a block; 0 when unknown. Not part of the textual IR.
  unsigned endLine = 0, endColumn = 0;

  bool hasLocation() const { return line != 0 && file != 0; }
  bool operator==(const Origin &) const = default;
};

/// PostgreSQL column types Prisma can map to, plus enums and `Unsupported("...")`.
enum class TypeKind : uint8_t {
  Text, VarChar, Char, Citext, Uuid, Xml, Inet, Bit, VarBit, // String
  SmallInt, Integer, Oid,                                   // Int
  BigInt,                                                   // BigInt
  Real, DoublePrecision,                                    // Float
  Decimal, Money,                                           // Decimal
  Boolean,                                                  // Boolean
  Date, Time, Timetz, Timestamp, Timestamptz,               // DateTime
  Json, JsonB,                                              // Json
  ByteA,                                                    // Bytes
  Enum,
  Unsupported,
};

/// The Prisma scalar type a column type belongs to (Prisma's "type family").
enum class ScalarFamily : uint8_t {
  String, Int, BigInt, Float, Decimal, Boolean, DateTime, Json, Bytes, Enum, Unsupported
};

ScalarFamily familyOf(TypeKind kind);
llvm::StringRef scalarFamilyName(ScalarFamily family);

/// The IR spelling of a type kind: Prisma's `@db.` name (`VarChar`, `DoublePrecision`).
llvm::StringRef typeKindName(TypeKind kind);
std::optional<TypeKind> parseTypeKindName(llvm::StringRef name);
/// How many parameters the type takes (0, 1 or 2); parameters are always optional.
unsigned maxTypeParameters(TypeKind kind);

/// `/// schemac-ignore <rule>: reason` on a model or field: findings of `rule` on that
/// construct are not reported (metadata for the lint passes).
struct Suppression {
  std::string rule;
  std::string reason;
  Origin origin; ///< the doc comment line

  bool operator==(const Suppression &) const = default;
};

enum class Arity : uint8_t { Required, Nullable, List };

struct ColumnType {
  TypeKind kind = TypeKind::Text;
  /// Length (VarChar, Char, Bit, VarBit), precision (Decimal, Time*, Timestamp*).
  std::optional<uint32_t> length;
  /// Scale (Decimal).
  std::optional<uint32_t> scale;
  /// Enum: the enum's namespace and name. Unsupported: the raw type in `name`.
  std::string enumSchema;
  std::string name;

  bool operator==(const ColumnType &) const = default;
};

/// A literal default, typed by the column it belongs to.
struct Value {
  enum class Kind : uint8_t {
    String,  ///< text; for DateTime, Json, Bytes and Decimal columns the Prisma spelling
    Number,  ///< digits as written (`1.50` stays `1.50`, as Prisma keeps it)
    Boolean, ///< `true` / `false` in text
    Enum,    ///< an enum value's database name
    List,
  };
  Kind kind = Kind::String;
  std::string text;
  std::vector<Value> elements;

  bool operator==(const Value &) const = default;
};

struct Default {
  enum class Kind : uint8_t {
    Value,       ///< a literal
    Now,         ///< now(): CURRENT_TIMESTAMP
    DbGenerated, ///< dbgenerated("expr"): the SQL expression, verbatim
    Generated,   ///< cuid(), uuid(), nanoid(), ulid(): computed by Prisma Client, not
                 ///< the database; kept as metadata only
  };
  Kind kind = Kind::Value;
  Value value;            ///< Kind::Value
  std::string expression; ///< DbGenerated: the SQL; Generated: the function name
  bool hasExpression = false; ///< DbGenerated: dbgenerated() without argument is empty
  /// Read from a database (introspection). DbGenerated: the expression as the server
  /// prints it, which is the schema's expression normalised (`'10 min'` reads back as
  /// `'00:10:00'`): it is not compared textually. Value: the literal the server printed,
  /// which a schema may spell `dbgenerated("1")`. Metadata; not part of the textual IR.
  bool fromDatabase = false;
  std::optional<int64_t> argument; ///< Generated: uuid(7), cuid(2), nanoid(16)

  bool operator==(const Default &) const = default;
};

struct Column {
  std::string name;
  ColumnType type;
  Arity arity = Arity::Required;
  Boxed<Default> defaultValue;
  /// autoincrement(): a sequence owned by the column (SERIAL and friends).
  bool autoincrement = false;
  /// @updatedAt: set by Prisma Client (metadata).
  bool updatedAt = false;
  /// `/// @schemac.renamedFrom("old")`: the field's previous Prisma name (metadata for
  /// the differ, which renames the column instead of dropping it).
  std::string renamedFrom;
  std::vector<Suppression> suppressions;
  Origin origin;

  bool isList() const { return arity == Arity::List; }
  bool isRequired() const { return arity == Arity::Required; }
  /// Whether the database fills the column when a row leaves it out: a default other than
  /// a Prisma-level one (cuid(), uuid(), ...), or a sequence.
  bool hasDatabaseDefault() const {
    return autoincrement || (defaultValue && defaultValue->kind != Default::Kind::Generated);
  }
};

enum class SortOrder : uint8_t { Asc, Desc };
enum class IndexAlgorithm : uint8_t { BTree, Hash, Gist, Gin, SpGist, Brin };
llvm::StringRef indexAlgorithmName(IndexAlgorithm algorithm); ///< "btree", "gin", ...
std::optional<IndexAlgorithm> parseIndexAlgorithmName(llvm::StringRef name);

struct IndexColumn {
  std::string column;
  std::optional<SortOrder> sort;
  std::optional<uint32_t> length; ///< MySQL-style prefix length (not PostgreSQL)
  /// The operator class as PostgreSQL spells it (`jsonb_path_ops`); `rawOperatorClass`
  /// when the schema gave it with raw("...").
  std::string operatorClass;
  bool rawOperatorClass = false;

  bool operator==(const IndexColumn &) const = default;
};

enum class IndexKind : uint8_t { PrimaryKey, Unique, Index, Fulltext };

struct Index {
  IndexKind kind = IndexKind::Index;
  std::string name;
  std::vector<IndexColumn> columns;
  IndexAlgorithm algorithm = IndexAlgorithm::BTree;
  Origin origin;

  bool isUnique() const { return kind == IndexKind::PrimaryKey || kind == IndexKind::Unique; }
};

enum class ReferentialAction : uint8_t { Cascade, Restrict, NoAction, SetNull, SetDefault };
llvm::StringRef referentialActionName(ReferentialAction action); ///< "cascade", ...
llvm::StringRef referentialActionSQL(ReferentialAction action);  ///< "CASCADE", "NO ACTION"
llvm::StringRef referentialActionPrismaName(ReferentialAction action); ///< "Cascade", "NoAction"
std::optional<ReferentialAction> parseReferentialActionName(llvm::StringRef name);

/// A qualified name: namespace (PostgreSQL schema) and name.
struct QualifiedName {
  std::string schema;
  std::string name;

  bool operator==(const QualifiedName &) const = default;
};

struct ForeignKey {
  std::string name;
  QualifiedName table;
  std::vector<std::string> columns;
  QualifiedName referencedTable;
  std::vector<std::string> referencedColumns;
  ReferentialAction onDelete = ReferentialAction::Restrict;
  ReferentialAction onUpdate = ReferentialAction::Cascade;
  /// False when the schema left `onDelete` to Prisma's default (metadata for lint).
  bool onDeleteDeclared = true;
  Origin origin; ///< the relation field (`Model.field`) that defines it
};

struct Table {
  std::string schema;
  std::string name;
  /// The implicit many-to-many relation this join table stores (origin.name is then the
  /// relation name), rather than a model.
  bool implicitManyToMany = false;
  std::vector<Column> columns;
  std::optional<Index> primaryKey;
  std::vector<Index> indexes; ///< unique constraints, indexes; not the primary key
  /// `/// @schemac.renamedFrom("Old")`: the model's previous Prisma name (metadata).
  std::string renamedFrom;
  std::vector<Suppression> suppressions;
  Origin origin;

  QualifiedName qualifiedName() const { return {schema, name}; }
  const Column *findColumn(llvm::StringRef column) const;
  int findColumnIndex(llvm::StringRef column) const;
};

struct EnumValue {
  std::string name;
  Origin origin;
};

struct Enum {
  std::string schema;
  std::string name;
  std::vector<EnumValue> values;
  Origin origin;

  QualifiedName qualifiedName() const { return {schema, name}; }
};

/// A PostgreSQL extension from `extensions = [...]` (postgresqlExtensions).
struct Extension {
  std::string name;
  std::string schema;  ///< empty: the server's choice
  std::string version; ///< empty: the default version
  Origin origin;
};

struct Schema {
  /// The source files that Origin::file refers to.
  std::vector<std::string> files;
  /// The namespace of unqualified names ("public"). Names in it are printed without a
  /// schema prefix in SQL, as Prisma does.
  std::string defaultNamespace = "public";
  /// Namespaces declared with `schemas = [...]`, sorted by name; the default namespace is
  /// implied and listed only when declared.
  std::vector<std::string> namespaces;
  std::vector<Extension> extensions; ///< sorted by name
  std::vector<Enum> enums;
  std::vector<Table> tables;
  std::vector<ForeignKey> foreignKeys;

  /// A linear scan: in a loop over tables or foreign keys, use a TableIndex.
  const Table *findTable(const QualifiedName &name) const;
  const Enum *findEnum(const QualifiedName &name) const;
  bool hasNamespace(llvm::StringRef name) const;
};

/// The tables of a schema by (namespace, name), for lookups in loops. The schema's table
/// names and order must not change while the index is used.
class TableIndex {
public:
  explicit TableIndex(const Schema &schema);
  /// The position of the table, or -1.
  int find(const QualifiedName &name) const;
  const Table *get(const QualifiedName &name) const {
    int i = find(name);
    return i < 0 ? nullptr : &schema->tables[i];
  }

private:
  const Schema *schema;
  llvm::DenseMap<std::pair<llvm::StringRef, llvm::StringRef>, int> positions;
};

} // namespace schemac::ir

#endif // SCHEMAC_IR_SCHEMA_H
