//===- frontend/SemaDefaults.cpp - @default values and functions -----------===//
//
// @default on fields: literals of every scalar type (checked as Prisma parses them),
// lists, enum values, and the functions (autoincrement, now, uuid, cuid, nanoid, ulid,
// dbgenerated, sequence, auto) with the connectors and types each one allows.
//
//===----------------------------------------------------------------------===//
#include "frontend/SemaImpl.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Base64.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Regex.h"

using namespace llvm;

namespace schemac::frontend {

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
        // An unknown function to the other connectors: reported with those.
        std::lock_guard<std::mutex> lock(lateChecksMutex);
        unknownDefaultFunctions.emplace_back(size_t(&model - db->models.data()), expr.range,
                                             "`sequence()` is only supported on CockroachDB");
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
      // Prisma's parser database accepts any function; its validations report the
      // unknown ones before anything else about the models.
      std::lock_guard<std::mutex> lock(lateChecksMutex);
      unknownDefaultFunctions.emplace_back(
          size_t(&model - db->models.data()), expr.range, ("the function `" + fn + "` is not a known function" +
                       (suggestion.empty() ? "" : "; did you mean `" + suggestion + "()`?"))
                          .str());
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
  // Prisma's parser database checks a literal's kind (a string where a string belongs);
  // its validations, which come after every model's attributes and the connector's
  // index checks, check the value itself (a whole number, a datetime, JSON, base64).
  auto later = [&](const Twine &message) {
    model.fieldValidationErrors.emplace_back(expr.range, message.str());
  };
  switch (field.scalarType) {
  case ScalarType::String:
    if (!expr.isString())
      reportExpected("a string", expr);
    return;
  case ScalarType::Int:
  case ScalarType::BigInt: {
    StringRef expected = field.scalarType == ScalarType::Int ? "an Int" : "a BigInt";
    int64_t n;
    if (!expr.isNumber())
      reportExpected(expected, expr);
    else if (expr.value.getAsInteger(10, n))
      later("expected " + expected + " value, but received " + expr.describe() + " value `" +
            quote(expr.text()) + "`");
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
        later("the default value `" + expr.value + "` is not a valid decimal");
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
      later("`" + expr.value + "` is not a valid RFC 3339 datetime string, e.g. "
            "\"2024-01-31T12:00:00Z\"");
    return;
  case ScalarType::Json:
    if (!expr.isString()) {
      reportExpected("a Json", expr);
      return;
    }
    if (Expected<json::Value> parsed = json::parse(expr.value); !parsed) {
      std::string message = toString(parsed.takeError());
      later("the default value is not valid JSON: " + message);
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
      later("the default value of a `Bytes` field must be base64: `" + expr.value + "` is not");
    }
    return;
  }
  }
  (void)inList;
}


} // namespace schemac::frontend
