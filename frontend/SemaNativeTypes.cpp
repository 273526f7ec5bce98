//===- frontend/SemaNativeTypes.cpp - @db.* native type attributes --------===//
//
// A field's native type (`@db.VarChar(255)`): the connector's type names and their
// arguments, and the field types each one fits. Read with the attributes, checked with
// Prisma's field validations (the errors wait in Model::fieldValidationErrors).
//
//===----------------------------------------------------------------------===//
#include "frontend/SemaImpl.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

using namespace llvm;

namespace schemac::frontend {


void Sema::resolveNativeType(Model &model, Field &field, const ast::Attribute &attribute) {
  // Prisma reads native types with the attributes but checks them with its validations:
  // these errors wait in the model until then (Sema::validateModel).
  auto validationError = [&](SMRange range, const Twine &message) {
    model.fieldValidationErrors.push_back({range, message.str()});
  };
  StringRef typeName = attribute.name.name.substr(attribute.name.name.find('.') + 1);
  Provider provider = db->provider;
  const NativeTypeInfo *info = findNativeType(provider, typeName);
  if (!info) {
    SmallVector<StringRef, 32> names;
    for (const NativeTypeInfo &candidate : nativeTypesOf(provider))
      names.push_back(candidate.name);
    std::string suggestion = closestMatch(typeName, names);
    validationError(attribute.name.range, "native type `" + typeName + "` is not supported for the " +
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
      validationError(arg.range, "native type arguments are unnamed");
      argsOk = false;
      continue;
    }
    const ast::Expression &value = *arg.value;
    if (value.isNumber()) {
      int64_t n;
      if (value.value.getAsInteger(10, n) || n < 0) {
        validationError(value.range, "expected a nonnegative integer, but found `" + value.text() + "`");
        argsOk = false;
        continue;
      }
      use.arguments.push_back(value.value.str());
    } else if (value.isConstant() && value.value == "Max" &&
               (provider == Provider::SQLServer)) {
      use.arguments.push_back("Max");
    } else {
      validationError(value.range, "expected a numeric value, but received " +
                                       value.describe() + " value `" + quote(value.text()) + "`");
      argsOk = false;
    }
  }
  if (!argsOk)
    return;
  unsigned count = attribute.arguments.size();
  if (count < info->minArgs || count > info->maxArgs) {
    if (info->minArgs == info->maxArgs)
      validationError(attribute.range, "native type `" + info->name + "` takes " + Twine(info->minArgs) +
                                 " argument" + (info->minArgs == 1 ? "" : "s") + ", but received " +
                                 Twine(count));
    else
      validationError(attribute.range, "native type `" + info->name + "` takes at most " +
                                 Twine(info->maxArgs) + " optional argument" +
                                 (info->maxArgs == 1 ? "" : "s") + ", but received " +
                                 Twine(count));
    return;
  }
  // Prisma's index checks see the native type once its arguments parse (a type that does
  // not fit the field is reported by the validations, and still seen).
  field.declaredNativeType = info->name;
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
    validationError(attribute.name.range, "native type `" + info->name +
                                    "` is not compatible with declared field type `" +
                                    scalarTypeName(field.scalarType) + "`, expected field type `" +
                                    expected + "`");
    return;
  }
  field.nativeType = std::make_unique<NativeTypeUse>(std::move(use));
}

} // namespace schemac::frontend
