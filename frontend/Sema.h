//===- frontend/Sema.h - Resolved schema ------------------------*- C++ -*-===//
//
// Part of schemac. The result of validating an AST, in the spirit of Prisma's
// parser-database: models, views, enums, composite types, the datasource and generators
// with names resolved, field types resolved, attributes parsed into typed data and
// relations paired. The IR lowering (issue 3) reads this; diagnostics were already
// reported while building it.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_FRONTEND_SEMA_H
#define SCHEMAC_FRONTEND_SEMA_H

#include "frontend/AST.h"
#include "frontend/Connector.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace schemac::frontend {

enum class FieldTypeKind { Scalar, Enum, Model, Composite, Unsupported, Unknown };

enum class SortOrder { Asc, Desc };

/// A `@default(...)` value.
struct DefaultValue {
  enum class Kind {
    Literal,       ///< string, number, boolean or enum constant, or an array of them
    Autoincrement, ///< autoincrement()
    Sequence,      ///< sequence() (CockroachDB)
    Now,           ///< now()
    DbGenerated,   ///< dbgenerated("expr")
    Cuid,
    Uuid,
    Nanoid,
    Ulid,
    Auto,          ///< auto() (MongoDB)
  };
  Kind kind = Kind::Literal;
  const ast::Expression *expr = nullptr; ///< the value expression
  std::optional<int64_t> functionArgument; ///< cuid(2), uuid(7), nanoid(16)
  llvm::StringRef dbGenerated;
  llvm::StringRef mappedName;               ///< map: "..."
};

struct NativeTypeUse {
  llvm::StringRef name;
  llvm::SmallVector<std::string, 2> arguments;
  llvm::SMRange range;
};

/// A field reference inside @@id / @@unique / @@index / `fields:`: `a`, `a(sort: Desc)`.
struct IndexField {
  int field = -1;  ///< index into the model's fields
  std::optional<SortOrder> sort;
  std::optional<int64_t> length;
  llvm::StringRef operatorClass; ///< `ops:` (PostgreSQL)
  llvm::SMRange range;
};

enum class IndexKind { PrimaryKey, Unique, Index, Fulltext };

struct IndexDef {
  IndexKind kind = IndexKind::Index;
  std::vector<IndexField> fields;
  llvm::StringRef clientName;  ///< `name:` on @@id / @@unique
  llvm::StringRef mappedName;  ///< `map:`
  std::optional<IndexAlgorithm> algorithm;
  std::optional<bool> clustered;
  bool fromFieldAttribute = false; ///< @id / @unique rather than @@id / @@unique
  llvm::SMRange range;
  const ast::Attribute *attribute = nullptr;
  /// The database name (constraintName()), once validation computed it to check clashes
  /// (PostgreSQL and CockroachDB); empty before. The lowering reuses it.
  std::string databaseName;
  /// Another primary key, unique constraint or index of the database schema has the same
  /// database name (Sema::findConstraintNameClashes); reported by Sema::validateModel.
  bool nameClashes = false;
};

/// `@relation(...)` as written.
struct RelationAttribute {
  bool present = false;
  llvm::StringRef name;
  std::vector<int> fields;                ///< scalar fields of this model
  std::vector<llvm::StringRef> fieldNames;
  std::vector<llvm::StringRef> references; ///< field names of the referenced model
  bool hasFields = false;
  bool hasReferences = false;
  std::optional<ReferentialAction> onDelete;
  std::optional<ReferentialAction> onUpdate;
  llvm::SMRange onDeleteRange, onUpdateRange;
  llvm::StringRef mappedName;
  const ast::Attribute *attribute = nullptr;
};

struct Field {
  const ast::Member *ast = nullptr;
  llvm::StringRef name;
  llvm::StringRef databaseName; ///< @map or the name
  FieldTypeKind typeKind = FieldTypeKind::Unknown;
  ScalarType scalarType = ScalarType::String;
  int target = -1; ///< enum, model or composite index, per typeKind
  ast::FieldArity arity = ast::FieldArity::Required;
  bool isId = false;
  bool isUnique = false;
  bool isUpdatedAt = false;
  bool isIgnored = false;
  std::optional<DefaultValue> defaultValue;
  /// `@db.X(...)`, on few fields: out of line, as is `@relation`, which keeps a Field at
  /// a third of its size (a 1,000-model schema has 15,000 of them, all fresh memory).
  std::unique_ptr<NativeTypeUse> nativeType;
  /// The name of a known native type written on the field, even when its arguments or the
  /// field's type are wrong (then `nativeType` is null): Prisma's index checks see it.
  llvm::StringRef declaredNativeType;

  /// `@relation(...)` as written; all empty when the field has none.
  const RelationAttribute &relation() const {
    return relationAttribute ? *relationAttribute : kNoRelationAttribute;
  }
  /// The field's `@relation`, created empty on first use.
  RelationAttribute &mutableRelation() {
    if (!relationAttribute)
      relationAttribute = std::make_unique<RelationAttribute>();
    return *relationAttribute;
  }

  bool isRelation() const { return typeKind == FieldTypeKind::Model; }
  bool isList() const { return arity == ast::FieldArity::List; }
  bool isOptional() const { return arity == ast::FieldArity::Optional; }
  bool isRequired() const { return arity == ast::FieldArity::Required; }

private:
  static const RelationAttribute kNoRelationAttribute;
  std::unique_ptr<RelationAttribute> relationAttribute;
};

/// True when `field` has a `@map`: its column name is not its name (both point into the
/// source).
inline bool hasExplicitColumnName(const Field &field) {
  return field.databaseName.data() != field.name.data() ||
         field.databaseName.size() != field.name.size();
}

/// True when `field` is a scalar field written with `@id`: for Prisma it makes the model's
/// primary key, even when the field cannot be one (optional, a list, Unsupported).
inline bool declaresFieldId(const Field &field) {
  return !field.isRelation() &&
         llvm::any_of(field.ast->attributes,
                      [](const ast::Attribute &a) { return a.name.name == "id"; });
}

enum class ModelKind { Model, View, CompositeType };

/// The order of Model::viewErrors.
enum ViewErrorRank { kViewPrimaryKeyError, kViewUniqueError, kViewIndexError };

struct Model {
  const ast::Block *ast = nullptr;
  ModelKind kind = ModelKind::Model;
  llvm::StringRef name;
  llvm::StringRef databaseName; ///< @@map or the name
  llvm::StringRef schemaName;   ///< @@schema
  llvm::SMRange schemaRange;
  bool isIgnored = false;
  std::vector<Field> fields;
  /// Field indexes by name, only for models with more than kIndexedFields fields:
  /// findField scans the others, which is as fast and saves a hash table per model (1.5
  /// MB of fresh memory for 1,000 models). Names point into the source buffers.
  llvm::DenseMap<llvm::StringRef, int> fieldsByName;
  static constexpr size_t kIndexedFields = 32;
  std::optional<IndexDef> primaryKey;
  std::vector<IndexDef> indexes; ///< @unique, @@unique, @@index, @@fulltext in source order
  /// Errors about this model's fields that Prisma reports with its validations (after the
  /// attributes of every model are read): native types it does not know or that do not
  /// fit the field. Reported by Sema::validateModel in field order.
  std::vector<std::pair<llvm::SMRange, std::string>> fieldValidationErrors;
  /// The same for relation fields (ambiguous relations, relations to ignored models), by
  /// field index: Prisma checks them after the scalar fields, field by field.
  std::vector<std::tuple<int, llvm::SMRange, std::string>> relationFieldValidationErrors;
  /// `@@schema` problems (a schema the datasource does not declare, a missing `@@schema`),
  /// which Prisma checks after the primary key and before the connector's index checks.
  std::vector<std::pair<llvm::SMRange, std::string>> schemaErrors;
  /// A view's primary key, unique constraints with a database name or clustering, and
  /// indexes, which Prisma reports with the view's validations in that order (the
  /// ViewErrorRank), then its unique constraints with field arguments, after the model's
  /// index checks.
  std::vector<std::tuple<int, llvm::SMRange, std::string>> viewErrors;
  std::vector<std::pair<llvm::SMRange, std::string>> viewArgumentErrors;
  /// An optional or list field marked `@id`, reported after the block attributes.
  std::vector<std::pair<llvm::SMRange, std::string>> idArityErrors;

  Model() = default;
  // Moved, never copied (fields own their out-of-line parts); DenseMap's move is not
  // declared noexcept, but cannot throw.
  Model(Model &&) noexcept = default;
  Model &operator=(Model &&) noexcept = default;

  bool isView() const { return kind == ModelKind::View; }
  /// The index of the field named `fieldName` (the first, should there be several), or -1.
  int findField(llvm::StringRef fieldName) const {
    if (!fieldsByName.empty()) {
      auto it = fieldsByName.find(fieldName);
      return it == fieldsByName.end() ? -1 : it->second;
    }
    for (size_t i = 0; i < fields.size(); ++i)
      if (fields[i].name == fieldName)
        return int(i);
    return -1;
  }
};

struct EnumValue {
  const ast::Member *ast = nullptr;
  llvm::StringRef name;
  llvm::StringRef databaseName;
};

struct Enum {
  const ast::Block *ast = nullptr;
  llvm::StringRef name;
  llvm::StringRef databaseName;
  llvm::StringRef schemaName;
  std::vector<EnumValue> values;
  /// As Model's, reported after every model's validations.
  std::vector<std::pair<llvm::SMRange, std::string>> schemaErrors;
};

/// The value of a datasource URL property: a literal or `env("VAR")`.
struct UrlValue {
  bool fromEnv = false;
  std::string value; ///< the literal URL, or the variable name
  llvm::SMRange range;
};

struct Datasource {
  const ast::Block *ast = nullptr;
  llvm::StringRef name;
  Provider provider = Provider::None;
  llvm::StringRef providerName;
  std::optional<UrlValue> url, directUrl, shadowDatabaseUrl;
  bool relationModePrisma = false;
  std::vector<std::pair<llvm::StringRef, llvm::SMRange>> schemas;
  struct Extension {
    llvm::StringRef name, schema, version, map;
  };
  std::vector<Extension> extensions;
};

struct Generator {
  const ast::Block *ast = nullptr;
  llvm::StringRef name;
  llvm::StringRef provider;
  std::vector<llvm::StringRef> previewFeatures;
};

enum class RelationKind { OneToOne, OneToMany, ManyToMany };

/// A pair of relation fields (or one field whose opposite is missing).
struct Relation {
  RelationKind kind = RelationKind::OneToMany;
  llvm::StringRef name;
  /// The side holding `fields`/`references` (for 1:n the many side). For implicit m:n,
  /// the side whose model name sorts first.
  int model = -1, field = -1;
  int oppositeModel = -1, oppositeField = -1;
};

/// The database name of a primary key, unique constraint or index: its `map:` name, or
/// Prisma's default ({table}_pkey, {table}_{columns}_key, {table}_{columns}_idx).
std::string constraintName(const Model &model, const IndexDef &index);

class SchemaDatabase {
public:
  /// The SourceMgr buffers of the schema's files, in order (a SourceMgr may hold other
  /// schemas too: the two sides of a diff).
  std::vector<unsigned> buffers;
  Provider provider = Provider::None;
  std::optional<Datasource> datasource;
  std::vector<Generator> generators;
  llvm::StringSet<> previewFeatures; ///< lower-cased
  std::vector<Model> models; ///< models, views and composite types, in source order
  std::vector<Enum> enums;
  std::vector<Relation> relations;
  /// Relation fields without an opposite field (an error, which `prisma format` fixes):
  /// `field` is the one that exists, `oppositeField` is -1.
  std::vector<Relation> incompleteRelations;
  /// Errors from resolving names, types and attributes (after the configuration and before
  /// relations), Prisma's "parser database" errors: `prisma format` completes relations
  /// only when there are none.
  unsigned resolutionErrors = 0;

  bool hasPreviewFeature(llvm::StringRef feature) const {
    return previewFeatures.contains(feature.lower());
  }
  const ConnectorCapabilities &capabilities() const { return capabilitiesOf(provider); }
};

} // namespace schemac::frontend

#endif // SCHEMAC_FRONTEND_SEMA_H
