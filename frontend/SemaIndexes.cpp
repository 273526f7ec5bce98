//===- frontend/SemaIndexes.cpp - indexes, operator classes, constraint names -===//
//
// @id @unique @@id @@unique @@index @@fulltext: their fields and arguments, what each
// connector and index access method accepts (operator classes, native types), and the
// uniqueness of constraint names (Prisma's constraint namespaces).
//
//===----------------------------------------------------------------------===//
#include "frontend/SemaImpl.h"

#include "ir/ConstraintNames.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"

#include <mutex>

using namespace llvm;

namespace schemac::frontend {

void Sema::resolveIndexAttribute(Model &model, const ast::Attribute &attribute, IndexKind kind) {
  StringRef attributeName = indexAttributeName(kind, /*fromFieldAttribute=*/false);
  ArgumentReader args(attribute.arguments, attributeName, attribute.range, diagEngine());
  IndexDef index;
  index.kind = kind;
  index.range = attribute.range;
  index.attribute = &attribute;
  const ast::Argument *fields = args.take("fields", true);
  // @@fulltext takes `fields` and `map` only (Prisma's model_fulltext).
  bool fulltext = kind == IndexKind::Fulltext;
  if (!fields || !fields->value) {
    args.finish();
    error(attribute.range, "attribute `" + attributeName + "` expects a list of fields: `" +
                               attributeName + "([a, b])`");
    return;
  }
  bool ok = resolveIndexFields(model, *fields->value, index, attributeName);
  if (const ast::Argument *arg = fulltext ? nullptr : args.take("name"))
    if (arg->value)
      if (std::optional<StringRef> text = expectString(*arg->value)) {
        if (kind == IndexKind::Index || kind == IndexKind::Fulltext)
          index.mappedName = *text; // legacy: name: on @@index is the database name
        else
          index.clientName = *text;
      }
  const ast::Argument *mapArgument = args.take("map");
  if (mapArgument && mapArgument->value)
    if (std::optional<StringRef> text = expectString(*mapArgument->value))
      index.mappedName = *text;
  // On @@index, `name:` is a legacy alias of `map:` (Prisma's index attribute parser).
  if (kind == IndexKind::Index && mapArgument &&
      llvm::any_of(attribute.arguments, [](const ast::Argument &a) {
        return a.name && a.name->name == "name";
      }))
    error(attribute.range, "the `@@index` attribute accepts the `name` argument as an alias of "
                           "`map` for legacy reasons, but not both; use `map` to give the "
                           "database name of the index");
  if (const ast::Argument *arg = fulltext ? nullptr : args.take("clustered"))
    if (arg->value)
      index.clustered = expectBoolean(*arg->value);
  // Prisma 7's partial indexes (preview feature partialIndexes): not in schemac's IR yet.
  if (const ast::Argument *arg = args.take("where"))
    error(arg->range, "partial indexes (`where:`, Prisma 7's `partialIndexes` preview "
                      "feature) are not supported by schemac yet");
  if (kind == IndexKind::Index) {
    if (const ast::Argument *arg = args.take("type")) {
      if (arg->value) {
        if (std::optional<StringRef> type = expectConstant(*arg->value)) {
          if (std::optional<IndexAlgorithm> algorithm = parseIndexAlgorithm(*type))
            index.algorithm = *algorithm;
          else
            error(arg->value->range, "unknown index type `" + *type +
                                         "`; expected BTree, Hash, Gist, Gin, SpGist or Brin");
        }
      }
    }
    args.finish({"fields", "name", "map", "clustered", "type"});
  } else if (fulltext) {
    args.finish({"fields", "map"});
  } else {
    // `length:` and `sort:` at the attribute level are not Prisma syntax.
    args.finish({"fields", "name", "map", "clustered"});
  }
  if (!ok)
    return;
  if (model.isView() && kind == IndexKind::Unique) {
    if (!index.mappedName.empty()) {
      model.viewErrors.emplace_back(kViewUniqueError, attribute.range,
                                    "`@@unique` on views is not backed by a unique index in the "
                                    "database and cannot specify a mapped database name");
      return;
    }
    if (index.clustered) {
      model.viewErrors.emplace_back(kViewUniqueError, attribute.range,
                                    "`@@unique` on views is not backed by a unique index in the "
                                    "database and cannot be clustered");
      return;
    }
    if (llvm::any_of(index.fields, [](const IndexField &f) {
          return f.sort || f.length || !f.operatorClass.empty();
        })) {
      model.viewArgumentErrors.emplace_back(
          attribute.range, "scalar fields in `@@unique` attributes in views cannot have "
                           "arguments");
      return;
    }
  }
  if (model.isView() && kind == IndexKind::Index) {
    model.viewErrors.emplace_back(kViewIndexError, attribute.range, "views cannot have indexes");
    return;
  }
  if (kind == IndexKind::PrimaryKey) {
    bool fieldId = llvm::any_of(model.fields, declaresFieldId);
    // Prisma checks the fields of `@@id` before whether the model has another id.
    for (const IndexField &ref : index.fields) {
      Field &field = model.fields[ref.field];
      if (!field.isRequired() && !model.isIgnored) {
        error(attribute.range, "the id definition refers to the optional field `" + field.name +
                                   "`; id definitions must reference only required fields");
        return;
      }
    }
    if (model.primaryKey || fieldId) {
      error(model.ast->name.range, "each model must have at most one id criteria; you can't "
                                   "have `@id` and `@@id` at the same time");
      return;
    }
    model.primaryKey = std::move(index);
    return;
  }
  model.indexes.push_back(std::move(index));
}

void Sema::validateModel(Model &model) {
  // What Prisma checks with its validations, after the attributes of every model are
  // read, in its order: the model's unique criteria, its primary key, the connector's
  // checks of its indexes, its fields, its indexes.
  if (model.isView() && !db->hasPreviewFeature("views"))
    error(model.ast->keyword.range, "view definitions are only available with the `views` "
                                    "preview feature");
  llvm::stable_sort(model.viewErrors, [](const auto &a, const auto &b) {
    return std::get<0>(a) < std::get<0>(b);
  });
  validateUniqueCriteria(model);
  if (model.primaryKey)
    reportConstraintNameClash(*model.primaryKey);
  bool checkLength = !db->capabilities().indexLength && db->provider != Provider::None &&
                     model.kind == ModelKind::Model;
  auto lengthOf = [&](const IndexDef &index) {
    if (checkLength && llvm::any_of(index.fields, [](const IndexField &f) { return f.length; }))
      error(index.range, "the length argument is not supported in an index definition with the " +
                             providerName(db->provider) + " connector");
  };
  if (model.primaryKey)
    lengthOf(*model.primaryKey);
  // Prisma's parser database lists a model's indexes as it reads them: the fields'
  // @unique, then @@index, @@unique and @@fulltext, each in source order.
  SmallVector<IndexDef *, 8> indexes;
  for (IndexDef &index : model.indexes)
    indexes.push_back(&index);
  auto readingOrder = [](const IndexDef *index) {
    if (index->fromFieldAttribute)
      return 0;
    return index->kind == IndexKind::Index ? 1 : index->kind == IndexKind::Unique ? 2 : 3;
  };
  llvm::stable_sort(indexes, [&](const IndexDef *a, const IndexDef *b) {
    return readingOrder(a) < readingOrder(b);
  });
  // Prisma's models::connector_specific: PostgreSQL's connector checks each index's native
  // types and access method before the fields are validated; Prisma 7.10.1 reports them
  // before the model's @@schema problems.
  for (IndexDef *index : indexes)
    validateConnectorIndexChecks(model, *index);
  for (const auto &[range, message] : model.schemaErrors)
    error(range, message);
  // A view's primary key, unique names and indexes: after its @@schema problems.
  for (const auto &[rank, range, message] : model.viewErrors)
    error(range, message);
  if (model.primaryKey) {
    validateIndexArguments(model, *model.primaryKey);
    validateOperatorClasses(model, *model.primaryKey);
  }
  // Field by field (a field's problems were found in several passes), each field's in the
  // order found: the connector's, the native type's, the default value's.
  auto fieldOf = [&](SMRange range) {
    auto it = llvm::upper_bound(model.fields, range.Start.getPointer(),
                                [](const char *at, const Field &field) {
                                  return at < field.ast->range.Start.getPointer();
                                });
    return it - model.fields.begin();
  };
  llvm::stable_sort(model.fieldValidationErrors, [&](const auto &a, const auto &b) {
    return fieldOf(a.first) < fieldOf(b.first);
  });
  for (const auto &[range, message] : model.fieldValidationErrors)
    error(range, message);
  // Prisma's relation_fields::referential_actions, after the field's ambiguity checks.
  for (size_t f = 0; f < model.fields.size(); ++f) {
    const Field &field = model.fields[f];
    if (!field.isRelation())
      continue;
    const RelationAttribute &relation = field.relation();
    for (auto [action, range] : {std::make_pair(relation.onDelete, relation.onDeleteRange),
                                 std::make_pair(relation.onUpdate, relation.onUpdateRange)})
      if (action)
        if (std::optional<std::string> message = unsupportedReferentialAction(*action))
          model.relationFieldValidationErrors.emplace_back(int(f), range, std::move(*message));
  }
  llvm::stable_sort(model.relationFieldValidationErrors,
                    [](const auto &a, const auto &b) { return std::get<0>(a) < std::get<0>(b); });
  for (const auto &[field, range, message] : model.relationFieldValidationErrors)
    error(range, message);
  for (IndexDef *indexPointer : indexes) {
    IndexDef &index = *indexPointer;
    reportConstraintNameClash(index);
    lengthOf(index);
    if (index.kind == IndexKind::Fulltext && !db->capabilities().fullTextIndex)
      error(index.range, "full text indexes are not supported on " + providerName(db->provider));
    validateIndexArguments(model, index);
    // Prisma's opclasses_are_not_allowed_with_other_than_normal_indices.
    if (index.kind != IndexKind::Index &&
        llvm::any_of(index.fields, [](const IndexField &f) { return !f.operatorClass.empty(); }))
      error(index.range, "operator classes can only be defined on the fields of an `@@index`");
  }
  for (const auto &[range, message] : model.viewArgumentErrors)
    error(range, message);
}

void Sema::validateConnectorIndexChecks(Model &model, IndexDef &index) {
  // PostgreSQL's xml type has no default B-tree (or hash) operator class: Prisma's
  // connector rejects it in indexes and unique constraints, reported on the field.
  if (db->provider == Provider::PostgreSQL || db->provider == Provider::CockroachDB) {
    for (const IndexField &ref : index.fields) {
      const Field &field = model.fields[ref.field];
      if (field.declaredNativeType != "Xml")
        continue;
      if (index.kind == IndexKind::Index)
        error(field.ast->range, "you cannot define an index on fields with native type `Xml` "
                                "of " + providerName(db->provider));
      else
        error(field.ast->range, "native type `Xml` cannot be unique in " +
                                    providerName(db->provider));
      break;
    }
  }
  validateOperatorClasses(model, index);
  // PostgreSQL's SP-GiST indexes hold one column.
  if (db->provider == Provider::PostgreSQL && index.algorithm == IndexAlgorithm::SpGist &&
      index.fields.size() > 1)
    error(index.range, "SpGist does not support multi-column indexes");
}

void Sema::validateIndexArguments(Model &model, IndexDef &index) {
  const ConnectorCapabilities &caps = db->capabilities();
  if (index.clustered && !caps.clustering && db->provider != Provider::None) {
    error(index.range, "defining clustering is not supported on " + providerName(db->provider));
    return;
  }
  if (index.algorithm) {
    if (!caps.indexAlgorithms || !supportsIndexAlgorithm(db->provider, *index.algorithm)) {
      error(index.range, "index type `" + indexAlgorithmName(*index.algorithm) +
                             "` is not supported on " + providerName(db->provider));
      return;
    }
    // Only BTree orders its entries (Prisma's hash_index_must_not_use_sort_param).
    if (*index.algorithm == IndexAlgorithm::Hash &&
        llvm::any_of(index.fields, [](const IndexField &f) { return f.sort.has_value(); })) {
      error(index.range, "the Hash index type does not support the sort option");
      return;
    }
  }
  // MySQL: TEXT/BLOB columns need a prefix length in an index.
  if (db->provider == Provider::MySQL && index.kind != IndexKind::Fulltext) {
    for (const IndexField &ref : index.fields) {
      const Field &field = model.fields[ref.field];
      if (!field.nativeType || ref.length)
        continue;
      StringRef native = field.nativeType->name;
      if (native.endswith("Text") || native.endswith("Blob")) {
        error(index.range, "native type `" + native + "` cannot be " +
                               (index.kind == IndexKind::Index ? "indexed" : "unique") +
                               " in MySQL; use the `length` argument on the field in the index "
                               "definition");
        return;
      }
    }
  }
}

namespace {
/// A PostgreSQL operator class Prisma knows: which index type it belongs to, which native
/// types it works with, and whether the default mapping of a scalar type is fine.
struct OperatorClassInfo {
  const char *name;
  IndexAlgorithm algorithm;
  std::initializer_list<const char *> nativeTypes;
  std::initializer_list<ScalarType> defaultScalars; ///< fields without @db.* that fit
  bool list = false;                                ///< ArrayOps
};

const OperatorClassInfo kOperatorClasses[] = {
    {"InetOps", IndexAlgorithm::Gist, {"Inet"}, {}},
    {"ArrayOps", IndexAlgorithm::Gin, {}, {}, true},
    {"JsonbOps", IndexAlgorithm::Gin, {"JsonB"}, {ScalarType::Json}},
    {"JsonbPathOps", IndexAlgorithm::Gin, {"JsonB"}, {ScalarType::Json}},
    {"InetOps", IndexAlgorithm::SpGist, {"Inet"}, {}},
    {"TextOps", IndexAlgorithm::SpGist, {"Text", "VarChar", "Char"}, {ScalarType::String}},
    {"BitMinMaxOps", IndexAlgorithm::Brin, {"Bit"}, {}},
    {"VarBitMinMaxOps", IndexAlgorithm::Brin, {"VarBit"}, {}},
    {"BpcharBloomOps", IndexAlgorithm::Brin, {"Char"}, {}},
    {"BpcharMinMaxOps", IndexAlgorithm::Brin, {"Char"}, {}},
    {"ByteaBloomOps", IndexAlgorithm::Brin, {"ByteA"}, {ScalarType::Bytes}},
    {"ByteaMinMaxOps", IndexAlgorithm::Brin, {"ByteA"}, {ScalarType::Bytes}},
    {"DateBloomOps", IndexAlgorithm::Brin, {"Date"}, {}},
    {"DateMinMaxOps", IndexAlgorithm::Brin, {"Date"}, {}},
    {"DateMinMaxMultiOps", IndexAlgorithm::Brin, {"Date"}, {}},
    {"Float4BloomOps", IndexAlgorithm::Brin, {"Real"}, {}},
    {"Float4MinMaxOps", IndexAlgorithm::Brin, {"Real"}, {}},
    {"Float4MinMaxMultiOps", IndexAlgorithm::Brin, {"Real"}, {}},
    {"Float8BloomOps", IndexAlgorithm::Brin, {"DoublePrecision"}, {ScalarType::Float}},
    {"Float8MinMaxOps", IndexAlgorithm::Brin, {"DoublePrecision"}, {ScalarType::Float}},
    {"Float8MinMaxMultiOps", IndexAlgorithm::Brin, {"DoublePrecision"}, {ScalarType::Float}},
    {"InetInclusionOps", IndexAlgorithm::Brin, {"Inet"}, {}},
    {"InetBloomOps", IndexAlgorithm::Brin, {"Inet"}, {}},
    {"InetMinMaxOps", IndexAlgorithm::Brin, {"Inet"}, {}},
    {"InetMinMaxMultiOps", IndexAlgorithm::Brin, {"Inet"}, {}},
    {"Int2BloomOps", IndexAlgorithm::Brin, {"SmallInt"}, {}},
    {"Int2MinMaxOps", IndexAlgorithm::Brin, {"SmallInt"}, {}},
    {"Int2MinMaxMultiOps", IndexAlgorithm::Brin, {"SmallInt"}, {}},
    {"Int4BloomOps", IndexAlgorithm::Brin, {"Integer"}, {ScalarType::Int}},
    {"Int4MinMaxOps", IndexAlgorithm::Brin, {"Integer"}, {ScalarType::Int}},
    {"Int4MinMaxMultiOps", IndexAlgorithm::Brin, {"Integer"}, {ScalarType::Int}},
    {"Int8BloomOps", IndexAlgorithm::Brin, {"BigInt"}, {ScalarType::BigInt}},
    {"Int8MinMaxOps", IndexAlgorithm::Brin, {"BigInt"}, {ScalarType::BigInt}},
    {"Int8MinMaxMultiOps", IndexAlgorithm::Brin, {"BigInt"}, {ScalarType::BigInt}},
    {"NumericBloomOps", IndexAlgorithm::Brin, {"Decimal"}, {ScalarType::Decimal}},
    {"NumericMinMaxOps", IndexAlgorithm::Brin, {"Decimal"}, {ScalarType::Decimal}},
    {"NumericMinMaxMultiOps", IndexAlgorithm::Brin, {"Decimal"}, {ScalarType::Decimal}},
    {"OidBloomOps", IndexAlgorithm::Brin, {"Oid"}, {}},
    {"OidMinMaxOps", IndexAlgorithm::Brin, {"Oid"}, {}},
    {"OidMinMaxMultiOps", IndexAlgorithm::Brin, {"Oid"}, {}},
    {"TextBloomOps", IndexAlgorithm::Brin, {"Text", "VarChar"}, {ScalarType::String}},
    {"TextMinMaxOps", IndexAlgorithm::Brin, {"Text", "VarChar"}, {ScalarType::String}},
    {"TimestampBloomOps", IndexAlgorithm::Brin, {"Timestamp"}, {ScalarType::DateTime}},
    {"TimestampMinMaxOps", IndexAlgorithm::Brin, {"Timestamp"}, {ScalarType::DateTime}},
    {"TimestampMinMaxMultiOps", IndexAlgorithm::Brin, {"Timestamp"}, {ScalarType::DateTime}},
    {"TimestampTzBloomOps", IndexAlgorithm::Brin, {"Timestamptz"}, {}},
    {"TimestampTzMinMaxOps", IndexAlgorithm::Brin, {"Timestamptz"}, {}},
    {"TimestampTzMinMaxMultiOps", IndexAlgorithm::Brin, {"Timestamptz"}, {}},
    {"TimeBloomOps", IndexAlgorithm::Brin, {"Time"}, {}},
    {"TimeMinMaxOps", IndexAlgorithm::Brin, {"Time"}, {}},
    {"TimeMinMaxMultiOps", IndexAlgorithm::Brin, {"Time"}, {}},
    {"TimeTzBloomOps", IndexAlgorithm::Brin, {"Timetz"}, {}},
    {"TimeTzMinMaxOps", IndexAlgorithm::Brin, {"Timetz"}, {}},
    {"TimeTzMinMaxMultiOps", IndexAlgorithm::Brin, {"Timetz"}, {}},
    {"UuidBloomOps", IndexAlgorithm::Brin, {"Uuid"}, {}},
    {"UuidMinMaxOps", IndexAlgorithm::Brin, {"Uuid"}, {}},
    {"UuidMinMaxMultiOps", IndexAlgorithm::Brin, {"Uuid"}, {}},
};
} // namespace

bool isKnownOperatorClass(StringRef name) {
  return llvm::any_of(kOperatorClasses,
                      [&](const OperatorClassInfo &info) { return name == info.name; });
}

void Sema::validateOperatorClasses(Model &model, IndexDef &index) {
  if (db->provider != Provider::PostgreSQL && db->provider != Provider::CockroachDB) {
    for (const IndexField &ref : index.fields)
      if (!ref.operatorClass.empty()) {
        error(index.range, "operator classes are not supported on " +
                               providerName(db->provider));
        return;
      }
    return;
  }
  IndexAlgorithm algorithm = index.algorithm.value_or(IndexAlgorithm::BTree);
  for (const IndexField &ref : index.fields) {
    const Field &field = model.fields[ref.field];
    StringRef ops = ref.operatorClass;
    if (ops.startswith("raw:"))
      continue;
    // Prisma's IndexAlgorithm::supports_field_type accepts any `Unsupported(...)` field.
    if (ops.empty() && field.typeKind == FieldTypeKind::Unsupported)
      continue;
    if (ops.empty()) {
      // A field with a native type needs a default operator class for it in the index's
      // access method; a field without one must have a type the method supports
      // (Prisma's IndexAlgorithm::supports_field_type). Tables measured against Prisma
      // 7.10.1 for every native type.
      if (algorithm == IndexAlgorithm::BTree || algorithm == IndexAlgorithm::Hash)
        continue;
      StringRef algorithmName = indexAlgorithmName(algorithm);
      if (!field.declaredNativeType.empty()) {
        StringRef native = field.declaredNativeType;
        bool ok = false;
        switch (algorithm) {
        case IndexAlgorithm::SpGist:
          ok = native == "Text" || native == "VarChar" || native == "Char" || native == "Inet";
          break;
        case IndexAlgorithm::Brin:
          ok = native != "Citext" && native != "Json" && native != "JsonB" &&
               native != "Money" && native != "Boolean";
          break;
        case IndexAlgorithm::Gin:
          ok = field.isList() || native == "JsonB";
          break;
        default: // Gist: no native type has a default GiST operator class
          break;
        }
        if (!ok) {
          error(index.range, "the " + algorithmName + " index field type `" + native +
                                 "` has no default operator class");
          return;
        }
        continue;
      }
      bool scalar = field.typeKind == FieldTypeKind::Scalar;
      ScalarType type = field.scalarType;
      bool ok = false;
      switch (algorithm) {
      case IndexAlgorithm::Gin:
        ok = field.isList() || (scalar && type == ScalarType::Json);
        break;
      case IndexAlgorithm::Brin:
        ok = scalar && (type == ScalarType::String || type == ScalarType::Bytes ||
                        type == ScalarType::DateTime || type == ScalarType::Float ||
                        type == ScalarType::Int || type == ScalarType::BigInt ||
                        type == ScalarType::Decimal);
        break;
      default: // Gist, SpGist
        ok = scalar && type == ScalarType::String;
        break;
      }
      if (!ok) {
        error(index.range, "the " + algorithmName +
                               " index type does not support the type of the field `" +
                               field.name + "`");
        return;
      }
      continue;
    }
    // An unknown name was reported while reading the index (isKnownOperatorClass).
    const OperatorClassInfo *match = nullptr;
    for (const OperatorClassInfo &info : kOperatorClasses)
      if (ops == info.name && info.algorithm == algorithm)
        match = &info;
    if (!match) {
      error(index.range, "the given operator class `" + ops + "` is not supported with the `" +
                             indexAlgorithmName(algorithm) + "` index type");
      return;
    }
    if (match->list) {
      if (!field.isList()) {
        error(index.range, "the given operator class `" + ops + "` expects the field `" +
                               field.name + "` to be a list");
        return;
      }
      continue;
    }
    if (StringRef(match->name) == "TextOps" &&
        !(field.typeKind == FieldTypeKind::Scalar && field.scalarType == ScalarType::String)) {
      error(index.range, "the given operator class `" + ops + "` points to the field `" +
                             field.name + "` that is not of String type");
      return;
    }
    if (!field.declaredNativeType.empty()) {
      bool fits = llvm::any_of(match->nativeTypes, [&](const char *native) {
        return field.declaredNativeType == native;
      });
      if (!fits) {
        error(index.range, "the given operator class `" + ops + "` does not support native type `" +
                               field.declaredNativeType + "` of field `" + field.name + "`");
        return;
      }
      continue;
    }
    bool defaultFits = field.typeKind == FieldTypeKind::Scalar &&
                       llvm::is_contained(match->defaultScalars, field.scalarType);
    if (!defaultFits) {
      error(index.range, "the given operator class `" + ops + "` expects the field `" +
                             field.name + "` to define a valid native type");
      return;
    }
  }
}


//===----------------------------------------------------------------------===//
// Constraint names
//===----------------------------------------------------------------------===//

std::string constraintName(const Model &model, const IndexDef &index) {
  if (!index.mappedName.empty())
    return index.mappedName.str();
  if (index.kind == IndexKind::PrimaryKey)
    return ir::primaryKeyName(model.databaseName);
  SmallVector<StringRef, 4> columns;
  for (const IndexField &ref : index.fields)
    columns.push_back(model.fields[ref.field].databaseName);
  if (index.kind == IndexKind::Unique)
    return ir::uniqueIndexName(model.databaseName, columns);
  return ir::indexName(model.databaseName, columns); // @@index and @@fulltext
}

void Sema::findConstraintNameClashes() {
  if (db->provider != Provider::PostgreSQL && db->provider != Provider::CockroachDB)
    return;
  // Primary keys, unique constraints and indexes share one namespace per database schema
  // (default names included). Every constraint of a clashing name is marked; each model's
  // validations report its own, as Prisma's index checks do.
  // Names are built per model (in parallel for big schemas) and kept on the IndexDef for
  // the lowering, then grouped by (schema, name) without copying them again.
  std::vector<std::vector<IndexDef *>> names(db->models.size());
  forEachModelInParallel([&](Model &model) {
    // Ignored models keep their constraints in the database: their names count too.
    if (model.kind != ModelKind::Model)
      return;
    auto &out = names[&model - db->models.data()];
    auto add = [&](IndexDef &index) {
      index.databaseName = constraintName(model, index);
      out.push_back(&index);
    };
    if (model.primaryKey)
      add(*model.primaryKey);
    for (IndexDef &index : model.indexes)
      add(index);
  });
  // One lookup per name: the first constraint of each name is remembered, and a second
  // one marks both as clashing. The keys point into the IndexDefs, which no longer change.
  using NameKey = std::pair<StringRef, StringRef>; // (schema, name)
  size_t total = 0;
  for (const auto &modelNames : names)
    total += modelNames.size();
  DenseMap<NameKey, IndexDef *> firstByName;
  firstByName.reserve(total);
  for (unsigned m = 0; m < names.size(); ++m) {
    for (IndexDef *index : names[m]) {
      auto [it, inserted] = firstByName.try_emplace(
          NameKey(db->models[m].schemaName, index->databaseName), index);
      if (inserted)
        continue;
      it->second->nameClashes = true;
      index->nameClashes = true;
    }
  }
}

void Sema::reportConstraintNameClash(const IndexDef &index) {
  if (index.nameClashes)
    error(index.range, "the constraint name `" + index.databaseName + "` has to be unique in "
                       "the namespace of primary keys, indexes and unique constraints; provide "
                       "a different name with the `map` argument");
}

void Sema::validateConstraintNames() {
  if (db->provider != Provider::PostgreSQL && db->provider != Provider::CockroachDB)
    return;
  // A `map:` name longer than the identifier limit would be cut by the server.
  auto checkLength = [&](StringRef name, SMRange range, StringRef attribute) {
    if (name.size() > ir::kPostgresMaxIdentifierLength)
      error(range, "the constraint name `" + name + "` given to `" + attribute + "` is " +
                       Twine(name.size()) + " bytes long; " + providerName(db->provider) +
                       " allows at most " + Twine(ir::kPostgresMaxIdentifierLength));
  };
  auto attributeName = [](const IndexDef &index) {
    return indexAttributeName(index.kind, index.fromFieldAttribute);
  };
  for (const Model &model : db->models) {
    if (model.primaryKey && !model.primaryKey->mappedName.empty())
      checkLength(model.primaryKey->mappedName, model.primaryKey->range,
                  attributeName(*model.primaryKey));
    for (const IndexDef &index : model.indexes)
      if (!index.mappedName.empty())
        checkLength(index.mappedName, index.range, attributeName(index));
    for (const Field &field : model.fields)
      if (!field.relation().mappedName.empty())
        checkLength(field.relation().mappedName, field.relation().attribute->range, "@relation");
  }
  // A foreign key's name is unique among the constraints of its table: primary key,
  // unique constraints, indexes and foreign keys (Prisma's
  // ModelPrimaryKeyKeyIndexForeignKey scope). Each foreign key of a clashing name is
  // reported, on its `map:` argument when it has one.
  for (const Model &model : db->models) {
    if (model.kind != ModelKind::Model || model.isIgnored)
      continue;
    StringMap<unsigned> counts;
    std::vector<std::pair<std::string, const Field *>> foreignKeys;
    if (model.primaryKey)
      ++counts[model.primaryKey->databaseName];
    for (const IndexDef &index : model.indexes)
      ++counts[index.databaseName];
    for (const Field &field : model.fields) {
      const RelationAttribute &relation = field.relation();
      if (!field.isRelation() || !relation.hasFields || relation.fields.empty())
        continue;
      std::string name = relation.mappedName.str();
      if (name.empty()) {
        std::vector<StringRef> columns;
        for (int f : relation.fields)
          columns.push_back(model.fields[f].databaseName);
        name = ir::foreignKeyName(model.databaseName, columns);
      }
      ++counts[name];
      foreignKeys.push_back({std::move(name), &field});
    }
    for (const auto &[name, field] : foreignKeys) {
      if (counts[name] < 2)
        continue;
      SMRange range = field->relation().attribute ? field->relation().attribute->range
                                                  : field->ast->range;
      if (field->relation().attribute)
        for (const ast::Argument &arg : field->relation().attribute->arguments)
          if (arg.name && arg.name->name == "map")
            range = arg.range;
      error(range, "the constraint name `" + name + "` has to be unique in the namespace of "
                   "the primary key, indexes, unique constraints and foreign keys of model `" +
                   model.name + "`; provide a different name with the `map` argument");
    }
  }
}


} // namespace schemac::frontend
