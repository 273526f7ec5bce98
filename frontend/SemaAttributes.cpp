//===- frontend/SemaAttributes.cpp - field and block attributes -----------===//
//
// @id @unique @map @relation @updatedAt @ignore @shardKey on fields (@db.* in
// SemaNativeTypes.cpp, @default in SemaDefaults.cpp, index fields and arguments in
// SemaIndexes.cpp); @@map @@ignore @@schema on models and views; @@map @@schema on enums,
// @map on enum values.
//
//===----------------------------------------------------------------------===//
#include "frontend/SemaImpl.h"

#include "ir/ConstraintNames.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Regex.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Base64.h"
#include "llvm/Support/JSON.h"

#include <mutex>

using namespace llvm;

namespace schemac::frontend {

static const StringRef kFieldAttributes[] = {"id",        "unique", "default", "map",
                                             "relation",  "updatedAt", "ignore", "shardKey"};
static const StringRef kModelAttributes[] = {"id",     "unique", "index",    "fulltext",
                                             "map",    "ignore", "schema",   "shardKey"};

void Sema::checkAttributeName(const ast::Attribute &attribute, ArrayRef<StringRef> known,
                              bool isBlock) {
  StringRef prefix = isBlock ? "@@" : "@";
  std::string suggestion = closestMatch(attribute.name.name, known);
  Diagnostic &diag = error(attribute.name.range,
                           "attribute `" + prefix + attribute.name.name + "` is not known" +
                               (suggestion.empty() ? "" : "; did you mean `" + prefix + suggestion + "`?"));
  if (!suggestion.empty())
    diag.fixIts.push_back(SMFixIt(attribute.name.range, suggestion));
}

void Sema::resolveRelationFieldAttributes(Model &model) {
  // Field checks depend on whether the model is ignored.
  model.isIgnored = llvm::any_of(model.ast->attributes, [](const ast::Attribute &attribute) {
    return attribute.name.name == "ignore";
  });
  for (Field &field : model.fields)
    if (field.isRelation())
      resolveFieldAttributes(model, field);
}

void Sema::resolveModelAttributes(Model &model) {
  // The block attributes are resolved after the fields (indexes refer to resolved fields).
  for (Field &field : model.fields)
    if (!field.isRelation())
      resolveFieldAttributes(model, field);
  resolveBlockAttributes(model);
}

//===----------------------------------------------------------------------===//
// Field attributes
//===----------------------------------------------------------------------===//

void Sema::resolveFieldAttributes(Model &model, Field &field) {
  // A field has a handful of attributes: a linear scan beats a hash set.
  SmallVector<StringRef, 8> seen;
  StringRef datasourceName = db->datasource ? db->datasource->name : StringRef();
  // The native type first: @id/@unique checks depend on it (`@unique @db.Text` on MySQL).
  for (const ast::Attribute &attribute : field.ast->attributes) {
    StringRef name = attribute.name.name;
    // Without a datasource Prisma reads `@x.Type` on a scalar field as a native type of
    // no connector, and rejects it with the field validations.
    if (datasourceName.empty() && name.contains('.') &&
        field.typeKind == FieldTypeKind::Scalar) {
      model.fieldValidationErrors.emplace_back(
          attribute.name.range, ("native type `" + name.substr(name.find('.') + 1) +
                                 "` is not supported: the schema has no datasource")
                                    .str());
      continue;
    }
    if (datasourceName.empty() || !name.startswith(datasourceName) ||
        name.size() <= datasourceName.size() || name[datasourceName.size()] != '.')
      continue;
    // Prisma reads native types on scalar fields only; on any other field the attribute
    // is unknown, reported with the unknown attributes below.
    if (field.typeKind != FieldTypeKind::Scalar)
      continue;
    if (llvm::is_contained(seen, StringRef("db.*"))) {
      error(attribute.name.range, "a field can have only one native type attribute");
      continue;
    }
    seen.push_back("db.*");
    resolveNativeType(model, field, attribute);
  }
  // The other attributes in the order Prisma's parser database visits them (not source
  // order), so that the first problem reported is Prisma's first; unknown ones last.
  auto rank = [&](StringRef name) -> int {
    static const StringRef kScalarOrder[] = {"map",     "ignore", "relation", "id",
                                             "updatedAt", "default", "unique", "shardKey"};
    static const StringRef kRelationOrder[] = {"relation", "id", "ignore", "default", "map",
                                               "unique"};
    ArrayRef<StringRef> order = field.isRelation() ? ArrayRef<StringRef>(kRelationOrder)
                                                   : ArrayRef<StringRef>(kScalarOrder);
    const StringRef *it = llvm::find(order, name);
    return it == order.end() ? int(order.size()) : int(it - order.begin());
  };
  SmallVector<const ast::Attribute *, 8> ordered;
  for (const ast::Attribute &attribute : field.ast->attributes)
    ordered.push_back(&attribute);
  if (ordered.size() > 1)
    llvm::stable_sort(ordered, [&](const ast::Attribute *a, const ast::Attribute *b) {
      return rank(a->name.name) < rank(b->name.name);
    });
  for (const ast::Attribute *attributePointer : ordered) {
    const ast::Attribute &attribute = *attributePointer;
    StringRef name = attribute.name.name;
    bool isNative = !datasourceName.empty() && name.startswith(datasourceName) &&
                    name.size() > datasourceName.size() && name[datasourceName.size()] == '.';
    if (isNative) {
      if (field.isRelation())
        error(attribute.range, "native type attributes cannot be used on relation fields");
      else if (field.typeKind == FieldTypeKind::Enum ||
               field.typeKind == FieldTypeKind::Unsupported)
        error(attribute.name.range, "native type attributes can only be used on scalar fields");
      continue; // resolved above on scalar fields
    }
    StringRef key = name;
    if (llvm::is_contained(seen, key)) {
      error(attribute.name.range, "attribute `@" + name + "` can only be defined once");
      continue;
    }
    seen.push_back(key);
    if (!llvm::is_contained(kFieldAttributes, name)) {
      if (name.contains('.') && datasourceName.empty() &&
          field.typeKind == FieldTypeKind::Scalar)
        continue; // reported above
      if (name.contains('.') && !datasourceName.empty())
        // Prisma reports this in its late validations, which run only when everything
        // before them was clean; keep that order.
        deferLateCheck(attribute.name.range.Start, [this, &attribute, datasourceName, name] {
          error(attribute.name.range, "attribute `@" + name + "` is not known; native types "
                                      "are written `@" + datasourceName + "." +
                                      name.substr(name.find('.') + 1) +
                                      "` after the datasource name");
        });
      else
        checkAttributeName(attribute, kFieldAttributes, false);
      continue;
    }
    if (model.kind == ModelKind::CompositeType &&
        (name == "id" || name == "unique" || name == "relation" || name == "updatedAt" ||
         name == "ignore")) {
      error(attribute.name.range, "attribute `@" + name + "` cannot be used on composite "
                                  "type fields");
      continue;
    }
    if (field.isRelation() && name != "relation" && name != "ignore") {
      error(attribute.name.range, "the attribute `@" + name + "` cannot be used on relation "
                                  "fields");
      continue;
    }
    if (name == "default") {
      resolveDefault(model, field, attribute);
      continue;
    }
    if (name == "relation") {
      resolveRelationAttribute(model, field, attribute);
      continue;
    }
    ArgumentReader args(attribute.arguments, "@", name, attribute.range, diagEngine());
    if (name == "id" || name == "unique") {
      IndexDef index;
      index.kind = name == "id" ? IndexKind::PrimaryKey : IndexKind::Unique;
      index.fromFieldAttribute = true;
      index.range = attribute.range;
      index.attribute = &attribute;
      IndexField ref;
      ref.field = int(&field - model.fields.data());
      ref.range = field.ast->name.range;
      if (const ast::Argument *arg = args.take("map"))
        if (arg->value)
          if (std::optional<StringRef> text = expectString(*arg->value))
            index.mappedName = *text;
      if (const ast::Argument *arg = args.take("length"))
        if (arg->value)
          ref.length = expectInteger(*arg->value);
      if (const ast::Argument *arg = args.take("sort"))
        if (arg->value)
          if (std::optional<StringRef> sort = expectConstant(*arg->value)) {
            if (*sort == "Asc" || *sort == "Desc")
              ref.sort = *sort == "Desc" ? SortOrder::Desc : SortOrder::Asc;
            else
              error(arg->value->range, "invalid sort order `" + *sort +
                                           "`; expected `Asc` or `Desc`");
          }
      if (const ast::Argument *arg = args.take("clustered"))
        if (arg->value)
          index.clustered = expectBoolean(*arg->value);
      args.finish({"map", "length", "sort", "clustered"});
      index.fields.push_back(ref);
      if (index.kind == IndexKind::PrimaryKey) {
        // A second @id is reported on the model, before anything else about it (Prisma
        // checks the first one's arity with the model's block attributes).
        bool earlierId = llvm::any_of(
            ArrayRef<Field>(model.fields.data(), &field - model.fields.data()), declaresFieldId);
        if (earlierId && !model.isView()) {
          error(model.ast->name.range, "at most one field must be marked as the id field "
                                       "with the `@id` attribute");
          continue;
        }
        if (model.isView()) {
          model.viewErrors.emplace_back(kViewPrimaryKeyError, attribute.range,
                                        "views cannot have primary keys; use `@unique` instead");
          continue;
        }
        // Prisma checks the arity after the model's block attributes (and not on an
        // ignored model), and an Unsupported type with the field validations.
        if (!field.isRequired()) {
          if (!model.isIgnored)
            model.idArityErrors.emplace_back(
                attribute.name.range,
                field.isList() ? std::string("fields that are marked as id must not be lists")
                               : ("fields that are marked as id must be required; remove the "
                                  "`?` from `" + field.name + "`").str());
          continue;
        }
        if (field.typeKind == FieldTypeKind::Unsupported) {
          model.fieldValidationErrors.emplace_back(attribute.name.range,
                                                   "fields of an `Unsupported` type cannot be ids");
          continue;
        }
        field.isId = true;
        model.primaryKey = std::move(index);
      } else {
        field.isUnique = true;
        if (model.isView() && (ref.sort || ref.length)) {
          model.viewArgumentErrors.emplace_back(
              attribute.range, "scalar fields in `@@unique` attributes in views cannot have "
                               "arguments");
          continue;
        }
        if (model.isView() && !index.mappedName.empty()) {
          model.viewErrors.emplace_back(kViewUniqueError, attribute.range,
                                        "`@unique` on views is not backed by a unique index in "
                                        "the database and cannot specify a mapped database name");
          continue;
        }
        if (model.isView() && index.clustered) {
          model.viewErrors.emplace_back(kViewUniqueError, attribute.range,
                                        "`@unique` on views is not backed by a unique index in "
                                        "the database and cannot be clustered");
          continue;
        }
        model.indexes.push_back(std::move(index));
      }
      continue;
    }
    if (name == "map") {
      const ast::Argument *arg = args.take("name", true);
      args.finish({"name"});
      if (!arg || !arg->value) {
        error(attribute.range, "attribute `@map` expects a database name: `@map(\"name\")`");
        continue;
      }
      std::optional<StringRef> mapped = expectString(*arg->value);
      if (!mapped)
        continue;
      if (db->provider == Provider::MongoDB && mapped->contains('.')) {
        error(arg->value->range, "the field name cannot contain a `.` character");
        continue;
      }
      // Prisma accepts an empty column name (its scripts then fail on the server).
      field.databaseName = *mapped;
      // Two @map to one column: Prisma reports it here, while reading the attributes (a
      // field's name clashing with another's @map waits for validateDatabaseNames).
      if (!field.isRelation())
        for (const Field &other : model.fields) {
          if (&other == &field)
            break;
          if (hasExplicitColumnName(other) && !other.isRelation() &&
              other.databaseName == *mapped) {
            error(field.ast->name.range,
                  "field `" + field.name + "` of " + describeModel(model) + " `" + model.name +
                      "` maps to column `" + *mapped + "`, which field `" + other.name +
                      "` already uses");
            break;
          }
        }
      continue;
    }
    if (name == "updatedAt") {
      args.finish();
      if (field.typeKind != FieldTypeKind::Scalar || field.scalarType != ScalarType::DateTime) {
        error(attribute.name.range, "fields that are marked with `@updatedAt` must be of type "
                                    "`DateTime`");
        continue;
      }
      if (field.isList()) {
        error(attribute.name.range, "fields that are marked with `@updatedAt` cannot be lists");
        continue;
      }
      field.isUpdatedAt = true;
      continue;
    }
    if (name == "ignore") {
      args.finish();
      field.isIgnored = true;
      // In an ignored model: reported with `@@ignore` (resolveBlockAttributes).
      continue;
    }
    if (name == "shardKey") {
      args.finish();
      if (!db->hasPreviewFeature("shardKeys")) {
        error(attribute.name.range, "the `@shardKey` attribute needs the `shardKeys` preview "
                                    "feature");
        continue;
      }
      if (db->provider != Provider::MySQL) {
        error(attribute.name.range, "shard keys are not currently supported for provider " +
                                        providerName(db->provider));
        continue;
      }
      if (!field.isRequired() && !model.isIgnored) {
        error(attribute.name.range, "fields that are marked as shard keys must be required");
        continue;
      }
      // Reported once, at the model (as Prisma does), when the second one is seen.
      auto isShardKey = [](const Field &candidate) {
        return llvm::any_of(candidate.ast->attributes,
                            [](const ast::Attribute &a) { return a.name.name == "shardKey"; });
      };
      auto first = llvm::find_if(model.fields, isShardKey);
      if (&*first != &field && &*std::find_if(std::next(first), model.fields.end(), isShardKey) == &field)
        error(model.ast->name.range, "at most one field must be marked as the shard key with "
                                     "the `@shardKey` attribute");
      continue;
    }
  }
}

//===----------------------------------------------------------------------===//
// Block attributes
//===----------------------------------------------------------------------===//

void Sema::resolveSchemaAttribute(const ast::Attribute &attribute, StringRef &schemaName,
                                  SMRange &schemaRange,
                                  std::vector<std::pair<SMRange, std::string>> &schemaErrors) {
  ArgumentReader args(attribute.arguments, "@@schema", attribute.range, diagEngine());
  const ast::Argument *arg = args.take("map", true);
  args.finish({"map"});
  if (!arg || !arg->value) {
    error(attribute.range, "attribute `@@schema` expects the name of a database schema: "
                           "`@@schema(\"name\")`");
    return;
  }
  std::optional<StringRef> name = expectString(*arg->value);
  if (!name)
    return;
  const Datasource *source = db->datasource ? &*db->datasource : nullptr;
  bool declared = source && llvm::any_of(source->schemas, [&](const auto &entry) {
                    return entry.first == *name;
                  });
  if (!declared) {
    schemaErrors.emplace_back(arg->value->range,
                              ("schema `" + *name + "` is not defined in the datasource; add "
                               "it to `schemas = [...]` (see https://pris.ly/d/multi-schema)")
                                  .str());
    return;
  }
  schemaName = *name;
  schemaRange = arg->value->range;
}

void Sema::resolveBlockAttributes(Model &model) {
  // Prisma reads `@@ignore` first, and then reports the scalar fields that need no
  // `@ignore` of their own.
  if (model.isIgnored)
    for (const Field &field : model.fields) {
      if (!field.isIgnored || field.isRelation())
        continue;
      for (const ast::Attribute &attribute : field.ast->attributes)
        if (attribute.name.name == "ignore") {
          error(attribute.name.range, "fields on an already ignored model do not need an "
                                      "`@ignore` attribute");
          break;
        }
    }
  bool hasSchema = false;
  for (const ast::Attribute &attribute : model.ast->attributes) {
    StringRef name = attribute.name.name;
    if (!llvm::is_contained(kModelAttributes, name)) {
      checkAttributeName(attribute, kModelAttributes, true);
      continue;
    }
    bool repeatable = name == "unique" || name == "index" || name == "fulltext";
    if (!repeatable) {
      // Every occurrence of a repeated attribute is reported, the first one included.
      size_t count = llvm::count_if(model.ast->attributes, [&](const ast::Attribute &other) {
        return other.name.name == name;
      });
      if (count > 1) {
        error(attribute.name.range, "attribute `@@" + name + "` can only be defined once");
        continue;
      }
    }
    if (model.kind == ModelKind::CompositeType) {
      error(attribute.name.range, "block attribute `@@" + name + "` cannot be used on "
                                  "composite types");
      continue;
    }
    if (name == "id") {
      if (model.isView()) {
        model.viewErrors.emplace_back(kViewPrimaryKeyError, attribute.range,
                                      "views cannot have primary keys; use `@@unique` instead");
        continue;
      }
      resolveIndexAttribute(model, attribute, IndexKind::PrimaryKey);
    } else if (name == "unique") {
      resolveIndexAttribute(model, attribute, IndexKind::Unique);
    } else if (name == "index") {
      resolveIndexAttribute(model, attribute, IndexKind::Index);
    } else if (name == "fulltext") {
      // Read on every connector; one without full text indexes says so with Prisma's
      // validations (Sema::validateModel).
      resolveIndexAttribute(model, attribute, IndexKind::Fulltext);
    } else if (name == "map") {
      ArgumentReader args(attribute.arguments, "@@map", attribute.range, diagEngine());
      const ast::Argument *arg = args.take("name", true);
      args.finish({"name"});
      if (!arg || !arg->value) {
        error(attribute.range, "attribute `@@map` expects a database name: `@@map(\"name\")`");
        continue;
      }
      if (std::optional<StringRef> mapped = expectString(*arg->value))
        model.databaseName = *mapped;
    } else if (name == "ignore") {
      ArgumentReader(attribute.arguments, "@@ignore", attribute.range, diagEngine()).finish();
      model.isIgnored = true;
    } else if (name == "schema") {
      hasSchema = true;
      resolveSchemaAttribute(attribute, model.schemaName, model.schemaRange, model.schemaErrors);
    } else if (name == "shardKey") {
      ArgumentReader args(attribute.arguments, "@@shardKey", attribute.range, diagEngine());
      const ast::Argument *arg = args.take("fields", true);
      args.finish({"fields"});
      if (!db->hasPreviewFeature("shardKeys") || db->provider != Provider::MySQL) {
        error(attribute.name.range, "shard keys are not currently supported for provider " +
                                        providerName(db->provider));
        continue;
      }
      if (!arg || !arg->value)
        continue;
      // Shard key fields take no arguments: `[a, b]`, not `[a(length: 10)]`.
      bool plain = true;
      for (const ast::Expression *element : arg->value->asList())
        if (element->isFunction()) {
          reportExpected("a constant", *element);
          plain = false;
        }
      if (!plain)
        continue;
      IndexDef shard;
      if (!resolveIndexFields(model, *arg->value, shard, "@@shardKey"))
        continue;
    }
  }
  if (!hasSchema && db->datasource && !db->datasource->schemas.empty() &&
      model.kind != ModelKind::CompositeType) {
    model.schemaErrors.emplace_back(model.ast->name.range,
                                    ("this " + describeModel(model) + " is missing an "
                                     "`@@schema` attribute; the datasource declares `schemas`")
                                        .str());
  }
  for (const auto &[range, message] : model.idArityErrors)
    error(range, message);
  // Clustering: at most one clustered index or id per model.
  int clustered = 0;
  if (model.primaryKey && model.primaryKey->clustered.value_or(db->provider == Provider::SQLServer))
    ++clustered;
  for (const IndexDef &index : model.indexes)
    if (index.clustered.value_or(false))
      ++clustered;
  if (clustered > 1 && model.primaryKey)
    error(model.primaryKey->range, "a model can only hold one clustered index or id");
}

bool Sema::resolveIndexFields(Model &model, const ast::Expression &list, IndexDef &index,
                              StringRef attributeName) {
  // Prisma coerces a single value to a one-element list (`@@index(orgId)`).
  SmallVector<std::string, 2> unknown;
  SmallVector<std::string, 2> relationFields;
  for (const ast::Expression *elementPtr : list.asList()) {
    const ast::Expression &element = *elementPtr;
    if (!element.isConstant() && !element.isFunction()) {
      error(element.range, "expected a constant value, but received " + element.describe() +
                               " value `" + quote(element.text()) + "`");
      return false;
    }
    IndexField ref;
    ref.range = element.range;
    StringRef fieldName = element.value;
    if (fieldName.contains('.')) {
      // Composite type paths (MongoDB): accept when the first segment is a composite field.
      StringRef head = fieldName.split('.').first;
      int index = model.findField(head);
      if (index < 0 || model.fields[index].typeKind != FieldTypeKind::Composite) {
        unknown.push_back(fieldName.str());
        continue;
      }
      ref.field = index;
    } else {
      ref.field = model.findField(fieldName);
      if (ref.field < 0) {
        unknown.push_back(fieldName.str());
        continue;
      }
      if (model.fields[ref.field].isRelation()) {
        relationFields.push_back(fieldName.str());
        continue;
      }
    }
    if (element.isFunction()) {
      // As Prisma's field_args: the first argument of each name counts, others (and
      // unknown names such as `order:`) are ignored, a negative length is dropped.
      auto find = [&](StringRef name) -> const ast::Argument * {
        for (const ast::Argument &arg : element.arguments)
          if (arg.name && arg.name->name == name)
            return &arg;
        return nullptr;
      };
      if (const ast::Argument *arg = find("sort"))
        if (arg->value)
          if (std::optional<StringRef> sort = expectConstant(*arg->value)) {
            if (*sort == "Asc" || *sort == "Desc")
              ref.sort = *sort == "Desc" ? SortOrder::Desc : SortOrder::Asc;
            else
              error(arg->range, "unexpected token; expected one of `Asc`, `Desc`");
          }
      if (const ast::Argument *arg = find("length"))
        if (arg->value)
          if (std::optional<int64_t> length = expectInteger(*arg->value))
            if (*length >= 0)
              ref.length = length;
      if (const ast::Argument *arg = find("ops"))
        if (arg->value) {
          if (arg->value->isConstant()) {
            // Prisma's parser database rejects an operator class it does not know while
            // reading the index.
            if ((db->provider == Provider::PostgreSQL ||
                 db->provider == Provider::CockroachDB) &&
                !isKnownOperatorClass(arg->value->value))
              error(arg->value->range, "unknown operator class `" + arg->value->value +
                                           "`; use `raw(\"...\")` for an operator class Prisma "
                                           "does not know");
            else
              ref.operatorClass = arg->value->value;
          }
          else if (arg->value->isFunction() && arg->value->value == "raw" &&
                   arg->value->arguments.size() == 1 && arg->value->arguments[0].value &&
                   arg->value->arguments[0].value->isString())
          {
            // Attribute resolution may run on several threads; the saver is shared.
            static std::mutex savingStrings;
            std::lock_guard<std::mutex> lock(savingStrings);
            ref.operatorClass =
                schema.strings.save("raw:" + arg->value->arguments[0].value->value.str());
          }
          else
            reportExpected("an operator class", *arg->value);
        }
    }
    index.fields.push_back(ref);
  }
  auto join = [](ArrayRef<std::string> names, StringRef quote) {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
      if (i)
        out += ", ";
      out += (quote + names[i] + quote).str();
    }
    return out;
  };
  if (!unknown.empty()) {
    StringRef what = attributeName == "@@id"       ? "the multi field id declaration"
                     : attributeName == "@@unique" ? "the unique index definition"
                     : attributeName == "@@shardKey" ? "the multi field shard key declaration"
                                                   : "the index definition";
    error(list.range, what + " refers to the unknown field" + (unknown.size() > 1 ? "s " : " ") +
                          join(unknown, "`") + " of " + describeModel(model) + " `" +
                          model.name + "`");
    return false;
  }
  if (!relationFields.empty()) {
    // Suggest the scalar fields behind the relation.
    std::vector<std::string> scalars;
    for (const std::string &relationName : relationFields) {
      int index = model.findField(relationName);
      for (StringRef scalar : model.fields[index].relation().fieldNames)
        scalars.push_back(scalar.str());
    }
    std::string hint;
    if (!scalars.empty())
      hint = "; did you mean `" + attributeName.str() + "([" + join(scalars, "") + "])`?";
    error(list.range, "the " +
                          StringRef(attributeName == "@@shardKey" ? "shard key" : "index") +
                          " definition refers to the relation field" +
                          (relationFields.size() > 1 ? "s " : " ") + join(relationFields, "`") +
                          "; only scalar fields can be used" + hint);
    return false;
  }
  return true;
}

//===----------------------------------------------------------------------===//
// Enums
//===----------------------------------------------------------------------===//

void Sema::resolveEnumAttributes(Enum &enumeration) {
  bool hasSchema = false;
  for (const ast::Attribute &attribute : enumeration.ast->attributes) {
    StringRef name = attribute.name.name;
    if (name != "map" && name != "schema") {
      checkAttributeName(attribute, {"map", "schema"}, true);
      continue;
    }
    // Every occurrence of a repeated attribute is reported, the first one included (as
    // Prisma does, and as for models).
    if (llvm::count_if(enumeration.ast->attributes, [&](const ast::Attribute &other) {
          return other.name.name == name;
        }) > 1) {
      error(attribute.name.range, "attribute `@@" + name + "` can only be defined once");
      continue;
    }
    if (name == "schema") {
      hasSchema = true;
      SMRange range;
      resolveSchemaAttribute(attribute, enumeration.schemaName, range, enumeration.schemaErrors);
      continue;
    }
    ArgumentReader args(attribute.arguments, "@@map", attribute.range, diagEngine());
    const ast::Argument *arg = args.take("name", true);
    args.finish({"name"});
    if (arg && arg->value)
      if (std::optional<StringRef> mapped = expectString(*arg->value))
        enumeration.databaseName = *mapped;
  }
  if (!hasSchema && db->datasource && !db->datasource->schemas.empty())
    enumeration.schemaErrors.emplace_back(enumeration.ast->name.range,
                                          "this enum is missing an `@@schema` attribute; the "
                                          "datasource declares `schemas`");
  for (EnumValue &value : enumeration.values) {
    unsigned maps = 0;
    for (const ast::Attribute &attribute : value.ast->attributes)
      maps += attribute.name.name == "map";
    for (const ast::Attribute &attribute : value.ast->attributes) {
      if (attribute.name.name != "map") {
        checkAttributeName(attribute, {"map"}, false);
        continue;
      }
      // Prisma reports every occurrence of a repeated attribute.
      if (maps > 1) {
        error(attribute.name.range, "attribute `@map` can only be defined once");
        continue;
      }
      ArgumentReader args(attribute.arguments, "@map", attribute.range, diagEngine());
      const ast::Argument *arg = args.take("name", true);
      args.finish({"name"});
      if (arg && arg->value)
        if (std::optional<StringRef> mapped = expectString(*arg->value))
          value.databaseName = *mapped;
    }
  }
}

} // namespace schemac::frontend
