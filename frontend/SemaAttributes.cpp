//===- frontend/SemaAttributes.cpp - field and block attributes -----------===//
//
// @id @unique @default @map @relation @updatedAt @ignore @shardKey @db.* on fields;
// @@id @@unique @@index @@fulltext @@map @@ignore @@schema @@shardKey on models and views;
// @@map @@schema on enums, @map on enum values.
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

/// The attribute that declares an index: `@id`, `@@unique`, ... (for messages).
static StringRef indexAttributeName(IndexKind kind, bool fromFieldAttribute) {
  switch (kind) {
  case IndexKind::PrimaryKey:
    return fromFieldAttribute ? "@id" : "@@id";
  case IndexKind::Unique:
    return fromFieldAttribute ? "@unique" : "@@unique";
  case IndexKind::Index:
    return "@@index";
  case IndexKind::Fulltext:
    return "@@fulltext";
  }
  return "@@index";
}

void Sema::resolveModelAttributes(Model &model) {
  // Field checks depend on whether the model is ignored; the rest of the block
  // attributes are resolved after the fields (indexes refer to resolved fields).
  model.isIgnored = llvm::any_of(model.ast->attributes, [](const ast::Attribute &attribute) {
    return attribute.name.name == "ignore";
  });
  for (Field &field : model.fields)
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
    if (datasourceName.empty() || !name.startswith(datasourceName) ||
        name.size() <= datasourceName.size() || name[datasourceName.size()] != '.')
      continue;
    if (llvm::is_contained(seen, StringRef("db.*"))) {
      error(attribute.name.range, "a field can have only one native type attribute");
      continue;
    }
    seen.push_back("db.*");
    if (field.isRelation()) {
      error(attribute.range, "native type attributes cannot be used on relation fields");
      continue;
    }
    resolveNativeType(model, field, attribute);
  }
  for (const ast::Attribute &attribute : field.ast->attributes) {
    StringRef name = attribute.name.name;
    bool isNative = !datasourceName.empty() && name.startswith(datasourceName) &&
                    name.size() > datasourceName.size() && name[datasourceName.size()] == '.';
    if (isNative)
      continue; // resolved above
    StringRef key = name;
    if (llvm::is_contained(seen, key)) {
      error(attribute.name.range, "attribute `@" + name + "` can only be defined once");
      continue;
    }
    seen.push_back(key);
    if (!llvm::is_contained(kFieldAttributes, name)) {
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
        if (model.isView()) {
          error(attribute.range, "views cannot have primary keys; use `@unique` instead");
          continue;
        }
        if (!field.isRequired()) {
          error(attribute.name.range, field.isList()
                                          ? Twine("fields that are marked as id must not be lists")
                                          : "fields that are marked as id must be required; "
                                            "remove the `?` from `" + field.name + "`");
          continue;
        }
        if (field.typeKind == FieldTypeKind::Unsupported) {
          error(attribute.name.range, "fields of an `Unsupported` type cannot be ids");
          continue;
        }
        field.isId = true;
        if (model.primaryKey) {
          error(attribute.name.range, "at most one field must be marked as the id field with "
                                      "the `@id` attribute");
          continue;
        }
        validateIndexArguments(model, index, "@id");
        model.primaryKey = std::move(index);
      } else {
        field.isUnique = true;
        if (model.isView() && (ref.sort || ref.length)) {
          error(attribute.range, "scalar fields in `@@unique` attributes in views cannot have "
                                 "arguments");
          continue;
        }
        if (model.isView() && !index.mappedName.empty()) {
          error(attribute.range, "`@unique` on views is not backed by a unique index in the "
                                 "database and cannot specify a mapped database name");
          continue;
        }
        if (model.isView() && index.clustered) {
          error(attribute.range, "`@unique` on views is not backed by a unique index in the "
                                 "database and cannot be clustered");
          continue;
        }
        validateIndexArguments(model, index, "@unique");
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
      if (model.isIgnored)
        error(attribute.name.range, "fields on an already ignored model do not need an "
                                    "`@ignore` attribute");
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
// @default
//===----------------------------------------------------------------------===//

static bool isFunctionNamed(const ast::Expression &expr, StringRef name) {
  return expr.isFunction() && expr.value == name;
}

void Sema::resolveDefault(Model &model, Field &field, const ast::Attribute &attribute) {
  ArgumentReader args(attribute.arguments, "@default", attribute.range, diagEngine());
  const ast::Argument *valueArg = args.take("value", true);
  const ast::Argument *mapArg = args.take("map");
  args.finish({"value", "map"});
  if (!valueArg || !valueArg->value) {
    error(attribute.range, "attribute `@default` expects a value: `@default(value)`");
    return;
  }
  DefaultValue value;
  value.expr = &*valueArg->value;
  if (mapArg && mapArg->value) {
    if (std::optional<StringRef> mapped = expectString(*mapArg->value)) {
      if (db->provider != Provider::SQLServer && db->provider != Provider::None)
        error(mapArg->range, "a database name for a default value is not supported by the " +
                                 providerName(db->provider) + " connector");
      value.mappedName = *mapped;
    }
  }
  const ast::Expression &expr = *valueArg->value;
  if (field.typeKind == FieldTypeKind::Unsupported) {
    if (!isFunctionNamed(expr, "dbgenerated")) {
      error(expr.range, "only `dbgenerated(\"...\")` can be the default value of an "
                        "`Unsupported` field");
      return;
    }
  }
  if (field.typeKind == FieldTypeKind::Composite) {
    error(attribute.range, "composite fields cannot have default values");
    return;
  }
  if (field.typeKind == FieldTypeKind::Unknown)
    return;

  if (expr.isFunction()) {
    StringRef fn = expr.value;
    auto singleIntArgument = [&](StringRef fnName, ArrayRef<int64_t> allowed, int64_t min,
                                 int64_t max, StringRef rangeText) -> bool {
      if (expr.arguments.empty())
        return true;
      if (expr.arguments.size() != 1 || expr.arguments[0].isNamed() ||
          !expr.arguments[0].value || !expr.arguments[0].value->isNumber()) {
        error(expr.range, "`" + fnName + "()` takes a single Int argument");
        return false;
      }
      int64_t n;
      if (expr.arguments[0].value->value.getAsInteger(10, n) ||
          (!allowed.empty() && !llvm::is_contained(allowed, n)) ||
          (allowed.empty() && (n < min || n > max))) {
        error(expr.range, "`" + fnName + "()` takes either no argument, or a single integer "
                                         "argument " + rangeText);
        return false;
      }
      value.functionArgument = n;
      return true;
    };
    auto requireType = [&](ArrayRef<ScalarType> types) {
      bool ok = field.typeKind == FieldTypeKind::Scalar && llvm::is_contained(types, field.scalarType);
      if (!ok) {
        std::string typeName = field.ast->type->name.name.str();
        error(expr.range, "the function `" + fn + "()` cannot be used on fields of type `" +
                              typeName + "`");
      }
      return ok;
    };
    if (fn == "autoincrement") {
      value.kind = DefaultValue::Kind::Autoincrement;
      if (!expr.arguments.empty())
        error(expr.range, "`autoincrement()` takes no arguments");
      if (!requireType({ScalarType::Int, ScalarType::BigInt}))
        return;
      if (!db->capabilities().autoincrement) {
        error(expr.range, "`autoincrement()` is not supported on " + providerName(db->provider));
        return;
      }
      if (field.isList()) {
        error(expr.range, "`autoincrement()` cannot be the default of a list field");
        return;
      }
    } else if (fn == "sequence") {
      value.kind = DefaultValue::Kind::Sequence;
      if (db->provider != Provider::CockroachDB) {
        error(expr.range, "`sequence()` is only supported on CockroachDB");
        return;
      }
      if (!requireType({ScalarType::Int, ScalarType::BigInt}))
        return;
    } else if (fn == "now") {
      value.kind = DefaultValue::Kind::Now;
      if (!expr.arguments.empty())
        error(expr.range, "`now()` takes no arguments");
      if (!requireType({ScalarType::DateTime}))
        return;
    } else if (fn == "dbgenerated") {
      value.kind = DefaultValue::Kind::DbGenerated;
      if (expr.arguments.size() > 1 || (expr.arguments.size() == 1 &&
                                        (expr.arguments[0].isNamed() || !expr.arguments[0].value ||
                                         !expr.arguments[0].value->isString()))) {
        error(expr.range, "`dbgenerated()` takes a single String argument");
        return;
      }
      if (expr.arguments.size() == 1) {
        value.dbGenerated = expr.arguments[0].value->value;
        if (value.dbGenerated.trim().empty()) {
          error(expr.range, "`dbgenerated()` takes either no argument, or a single non-empty "
                            "string argument");
          return;
        }
      }
    } else if (fn == "cuid") {
      value.kind = DefaultValue::Kind::Cuid;
      if (!requireType({ScalarType::String}))
        return;
      if (!singleIntArgument("cuid", {1, 2}, 0, 0, "which is either 1 or 2"))
        return;
    } else if (fn == "uuid") {
      value.kind = DefaultValue::Kind::Uuid;
      if (!requireType({ScalarType::String}))
        return;
      if (!singleIntArgument("uuid", {4, 7}, 0, 0, "which is either 4 or 7"))
        return;
    } else if (fn == "nanoid") {
      value.kind = DefaultValue::Kind::Nanoid;
      if (!requireType({ScalarType::String}))
        return;
      if (!singleIntArgument("nanoid", {}, 2, 255, "between 2 and 255"))
        return;
    } else if (fn == "ulid") {
      value.kind = DefaultValue::Kind::Ulid;
      if (!expr.arguments.empty())
        error(expr.range, "`ulid()` takes no arguments");
      if (!requireType({ScalarType::String}))
        return;
    } else if (fn == "auto") {
      value.kind = DefaultValue::Kind::Auto;
      if (db->provider != Provider::MongoDB) {
        error(expr.range, "the function `auto()` is only supported on MongoDB");
        return;
      }
    } else {
      std::string suggestion = closestMatch(
          fn, {"autoincrement", "now", "dbgenerated", "cuid", "uuid", "nanoid", "ulid",
               "sequence", "auto"});
      error(expr.range, "the function `" + fn + "` is not a known function" +
                            (suggestion.empty() ? "" : "; did you mean `" + suggestion + "()`?"));
      return;
    }
    field.defaultValue = value;
    return;
  }

  if (field.isList()) {
    if (!expr.isArray()) {
      error(expr.range, "the default value of a list field must be an array, but received " +
                            expr.describe() + " value `" + quote(expr.text()) + "`");
      return;
    }
    for (const ast::Expression &element : expr.elements)
      validateDefaultValue(model, field, element, true);
  } else {
    validateDefaultValue(model, field, expr, false);
  }
  field.defaultValue = value;
}

void Sema::validateDefaultValue(Model &model, Field &field, const ast::Expression &expr,
                                bool inList) {
  if (field.typeKind == FieldTypeKind::Enum) {
    const Enum &enumeration = db->enums[field.target];
    if (!expr.isConstant()) {
      reportExpected("an enum", expr);
      return;
    }
    bool found = llvm::any_of(enumeration.values,
                              [&](const EnumValue &v) { return v.name == expr.value; });
    if (!found)
      error(expr.range, "the default value `" + expr.value + "` is not a value of enum `" +
                            enumeration.name + "`");
    return;
  }
  if (field.typeKind != FieldTypeKind::Scalar)
    return;
  switch (field.scalarType) {
  case ScalarType::String:
    if (!expr.isString())
      reportExpected("a string", expr);
    return;
  case ScalarType::Int:
  case ScalarType::BigInt: {
    int64_t n;
    if (!expr.isNumber() || expr.value.getAsInteger(10, n))
      reportExpected(field.scalarType == ScalarType::Int ? "an Int" : "a BigInt", expr);
    return;
  }
  case ScalarType::Float:
    if (!expr.isNumber())
      reportExpected("a Float", expr);
    return;
  case ScalarType::Decimal:
    if (!expr.isNumber() && !expr.isString()) {
      reportExpected("a Decimal", expr);
      return;
    }
    // A string must parse as a decimal (Prisma's BigDecimal::from_str): sign, digits
    // with an optional point, an optional exponent.
    if (expr.isString()) {
      static const llvm::Regex decimal("^[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?$");
      if (!decimal.match(expr.value))
        error(expr.range, "the default value `" + expr.value + "` is not a valid decimal");
    }
    return;
  case ScalarType::Boolean:
    if (!expr.isConstant() || (expr.value != "true" && expr.value != "false"))
      reportExpected("a Boolean", expr);
    return;
  case ScalarType::DateTime:
    if (!expr.isString()) {
      reportExpected("a DateTime", expr);
      return;
    }
    // RFC 3339: 2020-01-01T00:00:00Z (a date alone is not enough).
    if (expr.value.size() < 20 || expr.value[4] != '-' || expr.value[10] != 'T')
      error(expr.range, "`" + expr.value + "` is not a valid RFC 3339 datetime string, "
                        "e.g. \"2024-01-31T12:00:00Z\"");
    return;
  case ScalarType::Json:
    if (!expr.isString()) {
      reportExpected("a Json", expr);
      return;
    }
    if (Expected<json::Value> parsed = json::parse(expr.value); !parsed) {
      std::string message = toString(parsed.takeError());
      error(expr.range, "the default value is not valid JSON: " + message);
    }
    return;
  case ScalarType::Bytes: {
    if (!expr.isString()) {
      reportExpected("a Bytes", expr);
      return;
    }
    std::vector<char> decoded;
    if (Error err = decodeBase64(expr.value, decoded)) {
      consumeError(std::move(err));
      error(expr.range, "the default value of a `Bytes` field must be base64: `" +
                            expr.value + "` is not");
    }
    return;
  }
  }
  (void)model;
  (void)inList;
}

//===----------------------------------------------------------------------===//
// Native types
//===----------------------------------------------------------------------===//

void Sema::resolveNativeType(Model &model, Field &field, const ast::Attribute &attribute) {
  StringRef typeName = attribute.name.name.substr(attribute.name.name.find('.') + 1);
  Provider provider = db->provider;
  const NativeTypeInfo *info = findNativeType(provider, typeName);
  if (!info) {
    SmallVector<StringRef, 32> names;
    for (const NativeTypeInfo &candidate : nativeTypesOf(provider))
      names.push_back(candidate.name);
    std::string suggestion = closestMatch(typeName, names);
    error(attribute.name.range, "native type `" + typeName + "` is not supported for the " +
                                    providerName(provider) + " connector" +
                                    (suggestion.empty() ? "" : "; did you mean `" + suggestion + "`?"));
    return;
  }
  NativeTypeUse use;
  use.name = info->name;
  use.range = attribute.range;
  bool argsOk = true;
  for (const ast::Argument &arg : attribute.arguments) {
    if (arg.isNamed() || !arg.value) {
      error(arg.range, "native type arguments are unnamed");
      argsOk = false;
      continue;
    }
    const ast::Expression &value = *arg.value;
    if (value.isNumber()) {
      int64_t n;
      if (value.value.getAsInteger(10, n) || n < 0) {
        error(value.range, "expected a nonnegative integer, but found `" + value.text() + "`");
        argsOk = false;
        continue;
      }
      use.arguments.push_back(value.value.str());
    } else if (value.isConstant() && value.value == "Max" &&
               (provider == Provider::SQLServer)) {
      use.arguments.push_back("Max");
    } else {
      reportExpected("a numeric", value);
      argsOk = false;
    }
  }
  if (!argsOk)
    return;
  unsigned count = attribute.arguments.size();
  if (count < info->minArgs || count > info->maxArgs) {
    if (info->minArgs == info->maxArgs)
      error(attribute.range, "native type `" + info->name + "` takes " + Twine(info->minArgs) +
                                 " argument" + (info->minArgs == 1 ? "" : "s") + ", but received " +
                                 Twine(count));
    else
      error(attribute.range, "native type `" + info->name + "` takes at most " +
                                 Twine(info->maxArgs) + " optional argument" +
                                 (info->maxArgs == 1 ? "" : "s") + ", but received " +
                                 Twine(count));
    return;
  }
  if (info->name == "Decimal" && count == 1 && provider != Provider::MySQL) {
    // Precision alone is fine; both bounds are checked by the database.
  }
  if (field.typeKind == FieldTypeKind::Scalar &&
      !llvm::is_contained(info->scalarTypes, field.scalarType)) {
    std::string expected;
    for (size_t i = 0; i < info->scalarTypes.size(); ++i) {
      if (i)
        expected += " or ";
      expected += scalarTypeName(info->scalarTypes[i]).str();
    }
    error(attribute.name.range, "native type `" + info->name +
                                    "` is not compatible with declared field type `" +
                                    scalarTypeName(field.scalarType) + "`, expected field type `" +
                                    expected + "`");
    return;
  }
  if (field.typeKind == FieldTypeKind::Enum || field.typeKind == FieldTypeKind::Unsupported) {
    error(attribute.name.range, "native type attributes can only be used on scalar fields");
    return;
  }
  field.nativeType = std::make_unique<NativeTypeUse>(std::move(use));
  (void)model;
}

//===----------------------------------------------------------------------===//
// Block attributes
//===----------------------------------------------------------------------===//

void Sema::resolveSchemaAttribute(const ast::Attribute &attribute, StringRef &schemaName,
                                  SMRange &schemaRange) {
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
    error(arg->value->range, "schema `" + *name + "` is not defined in the datasource; add "
                             "it to `schemas = [...]` (see https://pris.ly/d/multi-schema)");
    return;
  }
  schemaName = *name;
  schemaRange = arg->value->range;
}

void Sema::resolveBlockAttributes(Model &model) {
  StringSet<> seen;
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
        error(attribute.range, "views cannot have primary keys; use `@@unique` instead");
        continue;
      }
      resolveIndexAttribute(model, attribute, IndexKind::PrimaryKey);
    } else if (name == "unique") {
      resolveIndexAttribute(model, attribute, IndexKind::Unique);
    } else if (name == "index") {
      resolveIndexAttribute(model, attribute, IndexKind::Index);
    } else if (name == "fulltext") {
      if (!db->capabilities().fullTextIndex) {
        error(attribute.name.range, "full text indexes are not supported on " +
                                        providerName(db->provider));
        continue;
      }
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
      resolveSchemaAttribute(attribute, model.schemaName, model.schemaRange);
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
    error(model.ast->name.range, Twine("this ") + describeModel(model) + " is missing an "
                                 "`@@schema` attribute; the datasource declares `schemas`");
  }
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
          if (arg->value->isConstant())
            ref.operatorClass = arg->value->value;
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

void Sema::resolveIndexAttribute(Model &model, const ast::Attribute &attribute, IndexKind kind) {
  StringRef attributeName = indexAttributeName(kind, /*fromFieldAttribute=*/false);
  ArgumentReader args(attribute.arguments, attributeName, attribute.range, diagEngine());
  IndexDef index;
  index.kind = kind;
  index.range = attribute.range;
  index.attribute = &attribute;
  const ast::Argument *fields = args.take("fields", true);
  if (!fields || !fields->value) {
    args.finish();
    error(attribute.range, "attribute `" + attributeName + "` expects a list of fields: `" +
                               attributeName + "([a, b])`");
    return;
  }
  bool ok = resolveIndexFields(model, *fields->value, index, attributeName);
  if (const ast::Argument *arg = args.take("name"))
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
  if (const ast::Argument *arg = args.take("clustered"))
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
  } else {
    // `length:` and `sort:` at the attribute level are not Prisma syntax.
    args.finish({"fields", "name", "map", "clustered"});
  }
  if (!ok)
    return;
  if (model.isView() && kind == IndexKind::Unique) {
    if (!index.mappedName.empty()) {
      error(attribute.range, "`@@unique` on views is not backed by a unique index in the "
                             "database and cannot specify a mapped database name");
      return;
    }
    if (index.clustered) {
      error(attribute.range, "`@@unique` on views is not backed by a unique index in the "
                             "database and cannot be clustered");
      return;
    }
    if (llvm::any_of(index.fields, [](const IndexField &f) {
          return f.sort || f.length || !f.operatorClass.empty();
        })) {
      error(attribute.range, "scalar fields in `@@unique` attributes in views cannot have "
                             "arguments");
      return;
    }
  }
  if (model.isView() && kind == IndexKind::Index) {
    error(attribute.range, "views cannot have indexes");
    return;
  }
  validateIndexArguments(model, index, attributeName);
  if (kind == IndexKind::PrimaryKey) {
    if (model.primaryKey) {
      error(attribute.range, "each model must have at most one id criteria; you can't have "
                             "`@id` and `@@id` at the same time");
      return;
    }
    for (const IndexField &ref : index.fields) {
      Field &field = model.fields[ref.field];
      if (!field.isRequired() && !model.isIgnored) {
        error(attribute.range, "the id definition refers to the optional field `" + field.name +
                                   "`; id definitions must reference only required fields");
        return;
      }
    }
    model.primaryKey = std::move(index);
    return;
  }
  model.indexes.push_back(std::move(index));
}

void Sema::validateIndexArguments(Model &model, IndexDef &index, StringRef attributeName) {
  const ConnectorCapabilities &caps = db->capabilities();
  bool hasLength = llvm::any_of(index.fields, [](const IndexField &f) { return f.length; });
  if (hasLength && !caps.indexLength && db->provider != Provider::None) {
    error(index.range, "the length argument is not supported in an index definition with the " +
                           providerName(db->provider) + " connector");
    return;
  }
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
    // PostgreSQL's SP-GiST indexes hold one column.
    if (*index.algorithm == IndexAlgorithm::SpGist && index.fields.size() > 1) {
      error(index.range, "SpGist does not support multi-column indexes");
      return;
    }
    // Only BTree orders its entries (Prisma's hash_index_must_not_use_sort_param).
    if (*index.algorithm == IndexAlgorithm::Hash &&
        llvm::any_of(index.fields, [](const IndexField &f) { return f.sort.has_value(); })) {
      error(index.range, "the Hash index type does not support the sort option");
      return;
    }
  }
  // PostgreSQL's xml type has no default B-tree (or hash) operator class: Prisma's
  // connector rejects it in indexes and unique constraints, reported on the field.
  if ((db->provider == Provider::PostgreSQL || db->provider == Provider::CockroachDB) &&
      index.kind != IndexKind::PrimaryKey) {
    for (const IndexField &ref : index.fields) {
      const Field &field = model.fields[ref.field];
      if (!field.nativeType || field.nativeType->name != "Xml")
        continue;
      if (index.kind == IndexKind::Index)
        error(field.ast->range, "you cannot define an index on fields with native type `Xml` "
                                "of " + providerName(db->provider));
      else
        error(field.ast->range, "native type `Xml` cannot be unique in " +
                                    providerName(db->provider));
      return;
    }
  }
  // Prisma's opclasses_are_not_allowed_with_other_than_normal_indices.
  if (index.kind != IndexKind::Index &&
      llvm::any_of(index.fields, [](const IndexField &f) { return !f.operatorClass.empty(); })) {
    error(index.range, "operator classes can only be defined on the fields of an `@@index`");
    return;
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
  validateOperatorClasses(model, index, attributeName);
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

void Sema::validateOperatorClasses(Model &model, IndexDef &index, StringRef attributeName) {
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
      if (field.nativeType) {
        StringRef native = field.nativeType->name;
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
    const OperatorClassInfo *match = nullptr;
    bool known = false;
    for (const OperatorClassInfo &info : kOperatorClasses) {
      if (ops != info.name)
        continue;
      known = true;
      if (info.algorithm == algorithm)
        match = &info;
    }
    if (!known) {
      error(index.range, "unknown operator class `" + ops + "`; use `raw(\"...\")` for an "
                         "operator class Prisma does not know");
      return;
    }
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
    if (field.nativeType) {
      bool fits = llvm::any_of(match->nativeTypes,
                               [&](const char *native) { return field.nativeType->name == native; });
      if (!fits) {
        error(index.range, "the given operator class `" + ops + "` does not support native type `" +
                               field.nativeType->name + "` of field `" + field.name + "`");
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
  (void)attributeName;
}

//===----------------------------------------------------------------------===//
// Enums
//===----------------------------------------------------------------------===//

void Sema::resolveEnumAttributes(Enum &enumeration) {
  StringSet<> seen;
  bool hasSchema = false;
  for (const ast::Attribute &attribute : enumeration.ast->attributes) {
    StringRef name = attribute.name.name;
    if (name != "map" && name != "schema") {
      checkAttributeName(attribute, {"map", "schema"}, true);
      continue;
    }
    if (!seen.insert(name).second) {
      error(attribute.name.range, "attribute `@@" + name + "` can only be defined once");
      continue;
    }
    if (name == "schema") {
      hasSchema = true;
      SMRange range;
      resolveSchemaAttribute(attribute, enumeration.schemaName, range);
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
    error(enumeration.ast->name.range, "this enum is missing an `@@schema` attribute; the "
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
  // Primary keys, unique constraints and indexes share one namespace per database schema
  // (default names included). Every constraint of a clashing name is reported, in source
  // order, as Prisma does.
  // Names are built per model (in parallel for big schemas) and kept on the IndexDef for
  // the lowering, then grouped by (schema, name) without copying them again.
  std::vector<std::vector<std::pair<const IndexDef *, StringRef>>> names(db->models.size());
  forEachModelInParallel([&](Model &model) {
    // Ignored models keep their constraints in the database: their names count too.
    if (model.kind != ModelKind::Model)
      return;
    auto &out = names[&model - db->models.data()];
    auto add = [&](IndexDef &index) {
      index.databaseName = constraintName(model, index);
      out.emplace_back(&index, index.databaseName);
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
  DenseMap<NameKey, std::pair<unsigned, unsigned>> firstByName; // (model, position)
  firstByName.reserve(total);
  std::vector<std::pair<const IndexDef *, StringRef>> clashes;
  auto addClash = [&](unsigned m, unsigned i) {
    auto &[index, name] = names[m][i];
    if (index) {
      clashes.push_back({index, name});
      index = nullptr; // reported once
    }
  };
  for (unsigned m = 0; m < names.size(); ++m) {
    for (unsigned i = 0; i < names[m].size(); ++i) {
      auto [it, inserted] = firstByName.try_emplace(
          NameKey(db->models[m].schemaName, names[m][i].second), std::make_pair(m, i));
      if (inserted)
        continue;
      addClash(it->second.first, it->second.second);
      addClash(m, i);
    }
  }
  llvm::sort(clashes, [](const auto &a, const auto &b) {
    return a.first->range.Start.getPointer() < b.first->range.Start.getPointer();
  });
  for (const auto &[index, name] : clashes)
    error(index->range, "the constraint name `" + name + "` has to be unique in the namespace "
                        "of primary keys, indexes and unique constraints; provide a different "
                        "name with the `map` argument");

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
