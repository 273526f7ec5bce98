//===- frontend/SemaImpl.h - Schema validation internals --------*- C++ -*-===//
//
// Part of schemac (frontend-private). Validation runs in stages like Prisma's
// parser-database and psl-core: configuration (datasource, generators, preview
// features), names, field types, attributes, relations, then whole-schema checks. Each
// stage lives in its own file (Sema.cpp, SemaConfig.cpp, SemaAttributes.cpp,
// SemaRelations.cpp); checks are small functions named after what they assert.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_FRONTEND_SEMAIMPL_H
#define SCHEMAC_FRONTEND_SEMAIMPL_H

#include "frontend/Frontend.h"
#include "frontend/Sema.h"

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"

#include <functional>
#include <mutex>

namespace schemac::frontend {

/// Reads the arguments of one attribute or function call: named ones by name, the
/// positional one as the attribute's default argument. `finish()` reports what was not read.
class ArgumentReader {
public:
  /// `owner` (the attribute or function, as messages name it: `@@map`) is `ownerPrefix`
  /// followed by `ownerName`; both must outlive the reader (the text is only put together
  /// for a diagnostic).
  ArgumentReader(const std::vector<ast::Argument> &arguments, llvm::StringRef owner,
                 llvm::SMRange ownerRange, DiagnosticEngine &diags)
      : ArgumentReader(arguments, "", owner, ownerRange, diags) {}
  ArgumentReader(const std::vector<ast::Argument> &arguments, llvm::StringRef ownerPrefix,
                 llvm::StringRef ownerName, llvm::SMRange ownerRange, DiagnosticEngine &diags);

  /// The argument `name:`, or when `positional` the first unnamed argument.
  const ast::Argument *take(llvm::StringRef name, bool positional = false);
  /// Reports every argument that no take() asked for.
  void finish(llvm::ArrayRef<llvm::StringRef> known = {});
  bool hasUnnamedArguments() const;

private:
  const std::vector<ast::Argument> &arguments;
  std::string owner() const { return (ownerPrefix + ownerName).str(); }

  llvm::SmallVector<bool, 4> used;
  llvm::StringRef ownerPrefix, ownerName;
  llvm::SMRange ownerRange;
  DiagnosticEngine &diags;
};

class Sema {
public:
  Sema(const ast::Schema &schema, DiagnosticEngine &diags, const ValidationOptions &options)
      : schema(schema), mainDiags(diags), options(options),
        db(std::make_unique<SchemaDatabase>()) {}

  std::unique_ptr<SchemaDatabase> run();

  //===--- shared helpers -------------------------------------------------===//
  Diagnostic &error(llvm::SMRange range, const llvm::Twine &message) {
    return diagEngine().error(range, message);
  }
  Diagnostic &warning(llvm::SMRange range, const llvm::Twine &message) {
    return diagEngine().warning(range, message);
  }
  /// "expected a string value, but received numeric value `1`"
  void reportExpected(llvm::StringRef expected, const ast::Expression &expr);
  static std::string quote(llvm::StringRef text);
  std::optional<llvm::StringRef> expectString(const ast::Expression &expr);
  std::optional<llvm::StringRef> expectConstant(const ast::Expression &expr);
  std::optional<bool> expectBoolean(const ast::Expression &expr);
  std::optional<int64_t> expectInteger(const ast::Expression &expr);
  llvm::StringRef describeModel(const Model &model) const;

private:
  //===--- SemaConfig.cpp -------------------------------------------------===//
  void validateConfiguration();
  void validateDatasource(const ast::Block &block);
  void validateGenerator(const ast::Block &block);
  std::optional<UrlValue> readUrl(const ast::Member &property);
  void validatePreviewFeatures(const Generator &generator, const ast::Member &property);

  //===--- Sema.cpp: names and types ---------------------------------------===//
  void collectNames();
  void collectFields(Model &model);
  void resolveFieldTypes(Model &model);
  void validateDatabaseNames();
  void validateUniqueCriteria(Model &model);
  void validateModel(Model &model);
  void validateRelations();
  /// Computes every constraint's database name and marks the clashing ones (before the
  /// models' validations, which report them).
  void findConstraintNameClashes();
  void reportConstraintNameClash(const IndexDef &index);
  void validateConstraintNames();

  //===--- SemaAttributes.cpp ---------------------------------------------===//
  /// The attributes of a model's relation fields (Sema::run reads them for every model
  /// before the other attributes, as Prisma does).
  void resolveRelationFieldAttributes(Model &model);
  void resolveModelAttributes(Model &model);
  void resolveFieldAttributes(Model &model, Field &field);
  void resolveBlockAttributes(Model &model);
  void resolveEnumAttributes(Enum &enumeration);
  void resolveDefault(Model &model, Field &field, const ast::Attribute &attribute);
  void validateDefaultValue(Model &model, Field &field, const ast::Expression &value,
                            bool inList);
  void resolveNativeType(Model &model, Field &field, const ast::Attribute &attribute);
  void resolveSchemaAttribute(const ast::Attribute &attribute, llvm::StringRef &schemaName,
                              llvm::SMRange &schemaRange,
                              std::vector<std::pair<llvm::SMRange, std::string>> &schemaErrors);
  /// Reports the deferred `@@schema` problems of every enum (a model's are reported by
  /// validateModel).
  void validateEnumSchemaAttributes();
  /// Two models or views with one table name; two enums with one type name.
  void validateTableNames();
  void validateEnumNames();
  /// Puts the diagnostics reported since the first `first` in the order of the top-level
  /// blocks they are about (a stable sort).
  void sortByBlock(size_t first);
  /// Composite types on a connector without them: Prisma's first validation.
  void validateCompositeTypeSupport();
  bool resolveIndexFields(Model &model, const ast::Expression &list, IndexDef &index,
                          llvm::StringRef attributeName);
  void resolveIndexAttribute(Model &model, const ast::Attribute &attribute, IndexKind kind);
  void validateIndexArguments(Model &model, IndexDef &index);
  void validateOperatorClasses(Model &model, IndexDef &index);
  /// The connector's own checks of a (non-primary-key) index, Prisma's
  /// `models::connector_specific`: native types an index cannot hold, operator classes
  /// and access methods, SP-GiST's single column.
  void validateConnectorIndexChecks(Model &model, IndexDef &index);
  void resolveRelationAttribute(Model &model, Field &field, const ast::Attribute &attribute);
  void checkAttributeName(const ast::Attribute &attribute, llvm::ArrayRef<llvm::StringRef> known,
                          bool isBlock);

  //===--- SemaRelations.cpp ----------------------------------------------===//
  void resolveRelations();
  void validateRelation(Relation &relation);
  /// onDelete/onUpdate on the side without `fields` (they belong on the other side).
  void reportActionsOnBackRelation(const Relation &relation);
  /// Cascading referential actions that form a cycle (with relationMode = "prisma", and
  /// on SQL Server): Prisma's `cycles` check, run for each relation before its other
  /// checks. prepareReferentialCycles builds the graph of forward sides.
  void prepareReferentialCycles();
  void checkReferentialCycles(size_t relationIndex);
  struct CycleForward {
    int model, field, target;
    ReferentialAction onDelete, onUpdate;
    bool explicitDelete, explicitUpdate;
  };
  std::vector<CycleForward> cycleForwards;
  std::vector<int> cycleForwardOf;               ///< by relation: index in cycleForwards, or -1
  std::vector<std::vector<int>> cycleFromModel;  ///< forwards leaving each model
  void validateRelationFields(Model &model, Field &field, const Model &target);
  void validateReferentialActions(Model &model, Field &field);
  /// The error for a referential action the connector (or relationMode = "prisma") does not
  /// allow, which Prisma reports with each relation field's validations; none when allowed.
  std::optional<std::string> unsupportedReferentialAction(ReferentialAction action) const;
  void validateMissingIndexes(Model &model, Field &field);

  /// The engine diagnostics go to: the main one, or on a worker thread of a parallel
  /// stage its own engine, merged into the main one in model order afterwards.
  DiagnosticEngine &diagEngine();
  /// Runs `fn(model)` for every model, on several threads for large schemas, reporting
  /// diagnostics in the same order as a sequential run.
  void forEachModelInParallel(llvm::function_ref<void(Model &)> fn);

  /// Checks Prisma runs in its late validation pass, only when no error came before; run
  /// in source order (they may be deferred from several threads).
  void deferLateCheck(llvm::SMLoc at, std::function<void()> check) {
    std::lock_guard<std::mutex> lock(lateChecksMutex);
    lateChecks.emplace_back(at.getPointer(), std::move(check));
  }
  std::vector<std::pair<const char *, std::function<void()>>> lateChecks;
  /// The checks of each relation, run by validateRelations after the models' (Prisma's
  /// order), unless a model has an ambiguous relation field.
  /// Each with the (model, field) of the relation's forward field, the order Prisma walks.
  std::vector<std::pair<std::pair<int, int>, std::function<void()>>> relationChecks;
  /// Validation errors Prisma reports before the models' own: unknown functions in
  /// `@default` (Prisma's parser database accepts any function), and the connector's
  /// checks of the datasource (the `extensions` property).
  std::vector<std::tuple<size_t, llvm::SMRange, std::string>> unknownDefaultFunctions; ///< by model

  std::vector<std::pair<llvm::SMRange, std::string>> datasourceValidationErrors;
  bool hadAmbiguousRelation = false;
  std::mutex lateChecksMutex;
  const ast::Schema &schema;
  DiagnosticEngine &mainDiags;
  const ValidationOptions &options;
  std::unique_ptr<SchemaDatabase> db;

  /// Every top-level name: models, views, composite types and enums.
  struct TopLevelEntry {
    FieldTypeKind kind;
    int index;
  };
  llvm::DenseMap<llvm::StringRef, TopLevelEntry> topLevel;
  const ast::Block *datasourceBlock = nullptr;
};

/// True for the PostgreSQL operator classes Prisma knows by name (`ops: InetOps`).
bool isKnownOperatorClass(llvm::StringRef name);

/// The attribute that declares an index: `@id`, `@@unique`, ... (for messages).
inline llvm::StringRef indexAttributeName(IndexKind kind, bool fromFieldAttribute) {
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


} // namespace schemac::frontend

#endif // SCHEMAC_FRONTEND_SEMAIMPL_H
