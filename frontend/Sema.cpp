//===- frontend/Sema.cpp - Schema validation: driver, names, types --------===//
#include "frontend/SemaImpl.h"

#include "support/Parallel.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

using namespace llvm;

namespace schemac::frontend {

const RelationAttribute Field::kNoRelationAttribute;

std::unique_ptr<SchemaDatabase> validateSchema(const ast::Schema &schema,
                                               DiagnosticEngine &diags,
                                               const ValidationOptions &options) {
  if (diags.getOptions().errorLimit == 0)
    return Sema(schema, diags, options).run();
  // Sema reports some problems in another order than it finds them (Prisma's order): it
  // keeps them all, and the first ones of the final order count towards the limit.
  DiagnosticOptions unlimited = diags.getOptions();
  unlimited.errorLimit = 0;
  DiagnosticEngine all(diags.getSourceMgr(), unlimited);
  std::unique_ptr<SchemaDatabase> db = Sema(schema, all, options).run();
  diags.absorb(all);
  return db;
}

/// The engine of the parallel-stage worker running on this thread, if any.
static thread_local DiagnosticEngine *workerDiags = nullptr;

DiagnosticEngine &Sema::diagEngine() {
  if (DiagnosticEngine *engine = workerDiags)
    return *engine;
  return mainDiags;
}

/// Schemas with fewer models are validated on one thread.
constexpr size_t kParallelModels = 256;

void Sema::forEachModelInParallel(function_ref<void(Model &)> fn) {
  size_t count = db->models.size();
  // Task 0 reports straight into the main engine, the others into their own, appended
  // in order afterwards.
  unsigned tasks = parallelTasks(count, kParallelModels);
  std::vector<std::unique_ptr<DiagnosticEngine>> engines;
  for (unsigned t = 1; t < tasks; ++t)
    engines.push_back(
        std::make_unique<DiagnosticEngine>(mainDiags.getSourceMgr(), mainDiags.getOptions()));
  parallelFor(count, kParallelModels, [&](size_t begin, size_t end, unsigned task) {
    DiagnosticEngine *saved = workerDiags;
    workerDiags = task ? engines[task - 1].get() : nullptr;
    for (size_t i = begin; i < end; ++i)
      fn(db->models[i]);
    workerDiags = saved;
  });
  for (auto &engine : engines)
    mainDiags.absorb(*engine);
}

std::unique_ptr<SchemaDatabase> Sema::run() {
  for (const ast::SourceFile &file : schema.files)
    db->buffers.push_back(file.bufferId);
  // Prisma builds its parser database (names, types, attributes, relations) before it
  // validates the configuration blocks: their problems are reported after the first's.
  // The configuration is read first all the same (the rest depends on it), into an engine
  // of its own.
  DiagnosticEngine configurationDiags(mainDiags.getSourceMgr(), mainDiags.getOptions());
  workerDiags = &configurationDiags;
  validateConfiguration();
  workerDiags = nullptr;
  unsigned errorsBeforeResolution = mainDiags.getNumErrors();
  collectNames();
  // Per-model stages touch only their own model (and read the rest): parallel for big
  // schemas, with diagnostics in the sequential order.
  forEachModelInParallel([this](Model &model) { resolveFieldTypes(model); });
  // Prisma's parser database reads the attributes of every relation field (of every
  // model) first, then each model's scalar fields and block attributes.
  forEachModelInParallel([this](Model &model) { resolveRelationFieldAttributes(model); });
  size_t attributesFirst = mainDiags.getDiagnostics().size();
  forEachModelInParallel([this](Model &model) { resolveModelAttributes(model); });
  for (Enum &enumeration : db->enums)
    resolveEnumAttributes(enumeration);
  // Prisma reads the attributes of models and enums block by block in source order.
  if (!db->enums.empty())
    sortByBlock(attributesFirst);
  db->resolutionErrors = mainDiags.getNumErrors() - errorsBeforeResolution;
  resolveRelations();
  mainDiags.absorb(configurationDiags);
  // Prisma's validations, in its order (validation_pipeline/validations.rs).
  validateCompositeTypeSupport();
  // Reported from several threads: in model order, then source order.
  llvm::sort(unknownDefaultFunctions, [](const auto &a, const auto &b) {
    return std::make_pair(std::get<0>(a), std::get<1>(a).Start.getPointer()) <
           std::make_pair(std::get<0>(b), std::get<1>(b).Start.getPointer());
  });
  for (const auto &[model, range, message] : unknownDefaultFunctions)
    error(range, message);
  for (const auto &[range, message] : datasourceValidationErrors)
    error(range, message);
  validateTableNames();
  findConstraintNameClashes();
  // Models, then views.
  bool views = llvm::any_of(db->models, [](const Model &model) { return model.isView(); });
  forEachModelInParallel([this, views](Model &model) {
    if (!views || !model.isView())
      validateModel(model);
  });
  if (views)
    forEachModelInParallel([this](Model &model) {
      if (model.isView())
        validateModel(model);
    });
  validateEnumNames();
  validateEnumSchemaAttributes();
  validateRelations();
  validateDatabaseNames();
  validateConstraintNames();
  if (!mainDiags.hasErrors()) {
    llvm::sort(lateChecks, [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[at, check] : lateChecks)
      check();
  }
  return std::move(db);
}

//===----------------------------------------------------------------------===//
// Argument reading and value checks
//===----------------------------------------------------------------------===//

ArgumentReader::ArgumentReader(const std::vector<ast::Argument> &arguments,
                               StringRef ownerPrefix, StringRef ownerName, SMRange ownerRange,
                               DiagnosticEngine &diags)
    : arguments(arguments), used(arguments.size(), false), ownerPrefix(ownerPrefix),
      ownerName(ownerName), ownerRange(ownerRange), diags(diags) {
  // An attribute has a handful of arguments: each is compared with the ones before it,
  // without building a hash table (costly next to a handful of comparisons); long lists,
  // which only odd input has, use one.
  constexpr size_t kHashedArguments = 16;
  StringMap<const ast::Argument *> seen;
  for (size_t i = 0; i < arguments.size(); ++i) {
    const ast::Argument &arg = arguments[i];
    if (!arg.name)
      continue;
    bool repeated = false;
    if (arguments.size() > kHashedArguments) {
      repeated = !seen.try_emplace(arg.name->name, &arg).second;
    } else {
      for (size_t j = 0; j < i && !repeated; ++j)
        repeated = arguments[j].name && arguments[j].name->name == arg.name->name;
    }
    if (repeated) {
      diags.error(arg.name->range,
                  "argument `" + arg.name->name + "` of `" + owner() + "` is given more than once");
      used[i] = true;
    }
  }
}

const ast::Argument *ArgumentReader::take(StringRef name, bool positional) {
  for (size_t i = 0; i < arguments.size(); ++i) {
    const ast::Argument &arg = arguments[i];
    if (used[i])
      continue;
    if (arg.name && arg.name->name == name) {
      used[i] = true;
      return &arg;
    }
  }
  if (!positional)
    return nullptr;
  for (size_t i = 0; i < arguments.size(); ++i) {
    if (!used[i] && !arguments[i].name) {
      used[i] = true;
      return &arguments[i];
    }
  }
  return nullptr;
}

bool ArgumentReader::hasUnnamedArguments() const {
  return llvm::any_of(arguments, [](const ast::Argument &arg) { return !arg.name; });
}

void ArgumentReader::finish(ArrayRef<StringRef> known) {
  for (size_t i = 0; i < arguments.size(); ++i) {
    if (used[i])
      continue;
    const ast::Argument &arg = arguments[i];
    if (!arg.name) {
      diags.error(arg.range, "`" + owner() + "` takes no further unnamed argument");
      continue;
    }
    std::string suggestion = closestMatch(arg.name->name, known);
    diags.error(arg.name->range,
                "unknown argument `" + arg.name->name + "` for `" + owner() + "`" +
                    (suggestion.empty() ? "" : "; did you mean `" + suggestion + "`?"));
  }
}

/// Source text for a message, shortened when long.
std::string Sema::quote(StringRef text) {
  if (text.size() <= 60 && !text.contains('\n'))
    return text.str();
  return text.substr(0, std::min<size_t>(57, text.find('\n'))).str() + "...";
}

void Sema::reportExpected(StringRef expected, const ast::Expression &expr) {
  error(expr.range, "expected " + expected + " value, but received " + expr.describe() +
                        " value `" + quote(expr.text()) + "`");
}

std::optional<StringRef> Sema::expectString(const ast::Expression &expr) {
  if (expr.isString())
    return expr.value;
  reportExpected("a string", expr);
  return std::nullopt;
}

std::optional<StringRef> Sema::expectConstant(const ast::Expression &expr) {
  if (expr.isConstant())
    return expr.value;
  reportExpected("a constant", expr);
  return std::nullopt;
}

std::optional<bool> Sema::expectBoolean(const ast::Expression &expr) {
  if (expr.isConstant() && (expr.value == "true" || expr.value == "false"))
    return expr.value == "true";
  error(expr.range, "expected a boolean value, but received " +
                        (expr.isConstant() ? StringRef("literal") : expr.describe()) + " value `" +
                        quote(expr.text()) + "`");
  return std::nullopt;
}

std::optional<int64_t> Sema::expectInteger(const ast::Expression &expr) {
  int64_t value;
  if (expr.isNumber() && !expr.value.getAsInteger(10, value))
    return value;
  reportExpected("an integer", expr);
  return std::nullopt;
}

StringRef Sema::describeModel(const Model &model) const {
  switch (model.kind) {
  case ModelKind::Model:
    return "model";
  case ModelKind::View:
    return "view";
  case ModelKind::CompositeType:
    return "type";
  }
  return "model";
}

//===----------------------------------------------------------------------===//
// Names
//===----------------------------------------------------------------------===//

/// Names the generated Prisma Client reserves (JavaScript keywords and its own types).
static bool isReservedTypeName(StringRef name) {
  // StringRefs, not C strings: a comparison checks the length first, with no strlen.
  static constexpr StringRef kReserved[] = {
      "PrismaClient", "Prisma",   "async",    "await",      "break",   "case",
      "catch",        "class",    "const",    "continue",   "debugger", "default",
      "delete",       "do",       "else",     "enum",       "export",  "extends",
      "false",        "finally",  "for",      "function",   "if",      "implements",
      "import",       "in",       "instanceof", "interface", "let",    "new",
      "null",         "package",  "private",  "protected",  "public",  "return",
      "static",       "super",    "switch",   "this",       "throw",   "true",
      "try",          "typeof",   "var",      "void",       "while",   "with",
      "yield"};
  return llvm::is_contained(kReserved, name);
}

void Sema::collectNames() {
  // At most one model or enum per block: reserved up front.
  size_t blocks = 0;
  for (const ast::SourceFile &file : schema.files)
    blocks += file.blocks.size();
  db->models.reserve(blocks);
  db->enums.reserve(blocks);
  topLevel.reserve(blocks);

  for (const ast::SourceFile &file : schema.files) {
    for (const ast::Block &block : file.blocks) {
      FieldTypeKind kind;
      ModelKind modelKind = ModelKind::Model;
      switch (block.kind) {
      case ast::BlockKind::Model:
        kind = FieldTypeKind::Model;
        break;
      case ast::BlockKind::View:
        kind = FieldTypeKind::Model;
        modelKind = ModelKind::View;
        break;
      case ast::BlockKind::CompositeType:
        kind = FieldTypeKind::Composite;
        modelKind = ModelKind::CompositeType;
        break;
      case ast::BlockKind::Enum:
        kind = FieldTypeKind::Enum;
        break;
      default:
        continue;
      }
      StringRef keyword = ast::blockKindName(block.kind);
      if (!block.name.empty() && isDigit(block.name.name.front())) {
        error(block.name.range, "the name of a " + keyword + " must not start with a number");
      } else if (isReservedTypeName(block.name.name)) {
        error(block.name.range, "the " + keyword + " name `" + block.name.name +
                                    "` is invalid; it is a reserved name, please change it");
      }
      auto existing = topLevel.find(block.name.name);
      if (existing != topLevel.end()) {
        const ast::Block *other = existing->second.kind == FieldTypeKind::Enum
                                      ? db->enums[existing->second.index].ast
                                      : db->models[existing->second.index].ast;
        Diagnostic &diag = error(block.name.range,
                                 "the " + keyword + " `" + block.name.name +
                                     "` cannot be defined because a " +
                                     ast::blockKindName(other->kind) +
                                     " with that name already exists");
        diag.notes.push_back({other->name.range.Start, "previous definition is here"});
        continue;
      }
      if (kind == FieldTypeKind::Enum) {
        Enum &enumeration = db->enums.emplace_back();
        enumeration.ast = &block;
        enumeration.name = block.name.name;
        enumeration.databaseName = block.name.name;
        topLevel[block.name.name] = {kind, int(db->enums.size() - 1)};
        if (!db->capabilities().enums)
          error(block.name.range, "enum `" + block.name.name + "` is not supported: the " +
                                      providerName(db->provider) +
                                      " connector does not support enums");
        StringMap<const ast::Member *> values;
        for (const ast::Member &member : block.members) {
          auto [it, inserted] = values.try_emplace(member.name.name, &member);
          if (!inserted) {
            error(member.name.range, "value `" + member.name.name +
                                         "` is already defined on enum `" + block.name.name + "`");
            continue;
          }
          enumeration.values.push_back({&member, member.name.name, member.name.name});
        }
        if (block.members.empty())
          error(block.name.range, "enum `" + block.name.name + "` must have at least one value");
        continue;
      }
      Model &model = db->models.emplace_back();
      model.ast = &block;
      model.kind = modelKind;
      model.name = block.name.name;
      model.databaseName = block.name.name;
      topLevel[block.name.name] = {kind, int(db->models.size() - 1)};
    }
  }
  // Fields only concern their own model: collected in parallel for big schemas.
  forEachModelInParallel([this](Model &model) { collectFields(model); });
}

void Sema::collectFields(Model &model) {
  const ast::Block &block = *model.ast;
  StringRef keyword = ast::blockKindName(block.kind);
  bool indexed = block.members.size() > Model::kIndexedFields;
  if (indexed)
    model.fieldsByName.reserve(block.members.size());
  model.fields.reserve(block.members.size());
  for (const ast::Member &member : block.members) {
    if (!member.type)
      continue;
    if (isDigit(member.name.name.front()) || member.name.name.front() == '-') {
      error(member.name.range, "the name of a field must not start with a number");
    }
    int previous = -1;
    if (indexed) {
      auto [it, inserted] = model.fieldsByName.try_emplace(member.name.name,
                                                            int(model.fields.size()));
      if (!inserted)
        previous = it->second;
    } else {
      previous = model.findField(member.name.name);
    }
    if (previous >= 0) {
      Diagnostic &diag = error(member.name.range, "field `" + member.name.name +
                                                      "` is already defined on " + keyword +
                                                      " `" + block.name.name + "`");
      diag.notes.push_back({model.fields[previous].ast->name.range.Start,
                            "previous definition is here"});
      continue;
    }
    Field &field = model.fields.emplace_back();
    field.ast = &member;
    field.name = member.name.name;
    field.databaseName = member.name.name;
    field.arity = member.type->arity;
  }
}

void Sema::sortByBlock(size_t first) {
  // The top-level blocks of every file, in order, by where their text lies (files are in
  // separate buffers: their bytes never overlap).
  std::vector<std::pair<const char *, size_t>> starts; // (block start, ordinal)
  for (const ast::SourceFile &file : schema.files)
    for (const ast::Block &block : file.blocks)
      starts.emplace_back(block.range.Start.getPointer(), starts.size());
  llvm::sort(starts);
  auto ordinal = [&](const Diagnostic &diag) -> size_t {
    const char *at = diag.loc.getPointer();
    auto it = llvm::upper_bound(starts, std::make_pair(at, SIZE_MAX));
    return at && it != starts.begin() ? std::prev(it)->second : SIZE_MAX;
  };
  mainDiags.stableSortFrom(first, [&](const Diagnostic &a, const Diagnostic &b) {
    return ordinal(a) < ordinal(b);
  });
}

void Sema::validateCompositeTypeSupport() {
  if (db->capabilities().compositeTypes)
    return;
  for (const Model &model : db->models)
    if (model.kind == ModelKind::CompositeType)
      error(model.ast->keyword.range,
            "composite types are not supported on " +
                (db->provider == Provider::None ? StringRef("this connector")
                                                : providerName(db->provider)) +
                "; they are only available on MongoDB");
}

void Sema::validateEnumSchemaAttributes() {
  for (const Enum &enumeration : db->enums)
    for (const auto &[range, message] : enumeration.schemaErrors)
      error(range, message);
}

//===----------------------------------------------------------------------===//
// Whole-model checks
//===----------------------------------------------------------------------===//

void Sema::validateUniqueCriteria(Model &model) {
  if (model.kind != ModelKind::Model || model.isIgnored)
    return;
  // Prisma's has_a_strict_unique_criteria: the primary key counts like any unique
  // criterion, only when it has no optional and no Unsupported field.
  auto strict = [&](const IndexDef &index) {
    return llvm::all_of(index.fields, [&](const IndexField &ref) {
      const Field &field = model.fields[ref.field];
      return field.arity != ast::FieldArity::Optional &&
             field.typeKind != FieldTypeKind::Unsupported;
    });
  };
  if (model.primaryKey && strict(*model.primaryKey))
    return;
  for (const IndexDef &index : model.indexes) {
    if (index.kind != IndexKind::Unique)
      continue;
    bool allRequired = llvm::all_of(index.fields, [&](const IndexField &ref) {
      const Field &field = model.fields[ref.field];
      // Prisma's is_strict_criteria: no optional and no Unsupported field (lists count).
      return field.arity != ast::FieldArity::Optional &&
             field.typeKind != FieldTypeKind::Unsupported;
    });
    if (allRequired)
      return;
  }
  error(model.ast->name.range,
        "model `" + model.name + "` has no unique criteria with only required fields; mark a "
                                 "single field with `@id` or `@unique`, or add `@@id([...])` or "
                                 "`@@unique([...])` to the model");
}

//===----------------------------------------------------------------------===//
// Field types
//===----------------------------------------------------------------------===//

void Sema::resolveFieldTypes(Model &model) {
  for (Field &field : model.fields) {
    const ast::FieldType &type = *field.ast->type;
    if (type.isUnsupported) {
      field.typeKind = FieldTypeKind::Unsupported;
    } else if (std::optional<ScalarType> scalar = parseScalarType(type.name.name)) {
      field.typeKind = FieldTypeKind::Scalar;
      field.scalarType = *scalar;
    } else if (auto it = topLevel.find(type.name.name); it != topLevel.end()) {
      field.typeKind = it->second.kind;
      field.target = it->second.index;
    } else if (!type.malformedUnsupported) {
      SmallVector<StringRef, 32> candidates = {"String",  "Int",      "BigInt",
                                               "Float",   "Decimal",  "Boolean",
                                               "DateTime", "Json",    "Bytes"};
      for (const auto &entry : topLevel)
        candidates.push_back(entry.first);
      llvm::sort(candidates);
      std::string suggestion = closestMatch(type.name.name, candidates);
      Diagnostic &diag =
          error(type.name.range, "type `" + type.name.name +
                                     "` is neither a built-in type, nor refers to another "
                                     "model, composite type, or enum" +
                                     (suggestion.empty() ? "" : "; did you mean `" + suggestion + "`?"));
      if (!suggestion.empty())
        diag.fixIts.push_back(SMFixIt(type.name.range, suggestion));
      continue;
    } else {
      continue;
    }

    // What the connector cannot store: Prisma checks it with the field validations
    // (validate_scalar_field_connector_specific).
    StringRef connector = db->provider == Provider::None ? StringRef("current")
                                                          : providerName(db->provider);
    if (field.typeKind == FieldTypeKind::Scalar && field.scalarType == ScalarType::Decimal &&
        !db->capabilities().decimal)
      model.fieldValidationErrors.emplace_back(
          type.range, ("field `" + field.name + "` in " + describeModel(model) + " `" +
                       model.name + "` can't be of type Decimal; the " + connector +
                       " connector does not support the Decimal type")
                          .str());
    if (field.isList() && !db->capabilities().scalarLists &&
        (field.typeKind == FieldTypeKind::Scalar || field.typeKind == FieldTypeKind::Enum))
      model.fieldValidationErrors.emplace_back(
          type.range, ("field `" + field.name + "` in " + describeModel(model) + " `" +
                       model.name + "` can't be a list; the " + connector +
                       " connector does not support lists of primitive types")
                          .str());
    if (model.kind == ModelKind::CompositeType && field.typeKind == FieldTypeKind::Model) {
      error(type.name.range, "composite type `" + model.name + "` cannot have relation field `" +
                                 field.name + "`; composite types may only hold scalar, "
                                 "enum and composite fields");
    }
  }
}

//===----------------------------------------------------------------------===//
// Whole-model checks
//===----------------------------------------------------------------------===//


/// (database schema, name): keys point into the source buffers, no allocation per name.
using NameKey = std::pair<StringRef, StringRef>;

void Sema::validateTableNames() {
  // Models and views share one namespace per database schema (Prisma's
  // models::database_name_clashes, before the models' own checks).
  DenseMap<NameKey, const Model *> tables;
  tables.reserve(db->models.size());
  for (const Model &model : db->models) {
    if (model.kind == ModelKind::CompositeType || !model.ast)
      continue;
    auto [it, inserted] = tables.try_emplace(NameKey(model.schemaName, model.databaseName), &model);
    if (!inserted && it->second->name != model.name) {
      SMRange at = model.ast->name.range;
      for (const ast::Attribute &attribute : model.ast->attributes)
        if (attribute.name.name == "map")
          at = attribute.range;
      error(at, Twine(model.isView() ? "the view" : "the model") + " with database name `" +
                    model.databaseName +
                    "` could not be defined because another model or view with this name "
                    "exists: `" + it->second->name + "`");
    }
  }
}

void Sema::validateEnumNames() {
  DenseMap<NameKey, const Enum *> enums;
  for (const Enum &enumeration : db->enums) {
    auto [it, inserted] =
        enums.try_emplace(NameKey(enumeration.schemaName, enumeration.databaseName), &enumeration);
    if (!inserted)
      error(enumeration.ast->name.range,
            "enum `" + enumeration.name + "` maps to database name `" + enumeration.databaseName +
                "`, which enum `" + it->second->name + "` already uses");
  }
}

void Sema::validateDatabaseNames() {
  for (const Model &model : db->models) {
    if (model.kind == ModelKind::CompositeType || !model.ast)
      continue;
    // Columns within one table; models have few fields, so compare pairwise. Field names
    // are unique (collectFields dropped repeats), so only a model with a @map can clash.
    bool mapped = llvm::any_of(model.fields, hasExplicitColumnName);
    for (size_t i = 0; mapped && i < model.fields.size(); ++i) {
      const Field &field = model.fields[i];
      if (field.typeKind == FieldTypeKind::Model || field.typeKind == FieldTypeKind::Unknown)
        continue;
      for (size_t j = 0; j < i; ++j) {
        const Field &other = model.fields[j];
        if (other.typeKind == FieldTypeKind::Model || other.typeKind == FieldTypeKind::Unknown ||
            other.databaseName != field.databaseName)
          continue;
        // Two @map to one column were reported with the attributes.
        if (hasExplicitColumnName(field) && hasExplicitColumnName(other))
          break;
        error(field.ast->name.range,
              "field `" + field.name + "` of " + describeModel(model) + " `" + model.name +
                  "` maps to column `" + field.databaseName + "`, which field `" + other.name +
                  "` already uses");
        break;
      }
    }
  }
}

} // namespace schemac::frontend
