//===- frontend/SemaRelations.cpp - @relation and relation pairing --------===//
#include "frontend/SemaImpl.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <map>

using namespace llvm;

namespace schemac::frontend {

static std::string joinNames(ArrayRef<StringRef> names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i)
      out += ", ";
    out += "`" + names[i].str() + "`";
  }
  return out;
}

void Sema::resolveRelationAttribute(Model &model, Field &field, const ast::Attribute &attribute) {
  if (!field.isRelation()) {
    error(attribute.name.range, "attribute `@relation` can only be used on relation fields; `" +
                                    field.name + "` is not one");
    return;
  }
  RelationAttribute &relation = field.mutableRelation();
  relation.present = true;
  relation.attribute = &attribute;
  ArgumentReader args(attribute.arguments, "@relation", attribute.range, diagEngine());
  if (const ast::Argument *arg = args.take("name", true))
    if (arg->value)
      if (std::optional<StringRef> name = expectString(*arg->value))
        relation.name = *name;
  auto readList = [&](const ast::Argument *arg, std::vector<StringRef> &out) {
    if (!arg || !arg->value)
      return false;
    for (const ast::Expression *element : arg->value->asList()) {
      if (!element->isConstant()) {
        error(element->range, "expected a constant value, but received " + element->describe() +
                                  " value `" + quote(element->text()) + "`");
        return false;
      }
      out.push_back(element->value);
    }
    return true;
  };
  const ast::Argument *fieldsArg = args.take("fields");
  const ast::Argument *referencesArg = args.take("references");
  relation.hasFields = readList(fieldsArg, relation.fieldNames);
  relation.hasReferences = readList(referencesArg, relation.references);
  auto readAction = [&](StringRef name, std::optional<ReferentialAction> &out, SMRange &range) {
    const ast::Argument *arg = args.take(name);
    if (!arg || !arg->value)
      return;
    range = arg->range;
    std::optional<StringRef> constant = expectConstant(*arg->value);
    if (!constant)
      return;
    out = parseReferentialAction(*constant);
    if (!out)
      error(arg->value->range, "invalid referential action `" + *constant +
                                   "`; expected one of `Cascade`, `Restrict`, `NoAction`, "
                                   "`SetNull`, `SetDefault`");
  };
  readAction("onDelete", relation.onDelete, relation.onDeleteRange);
  readAction("onUpdate", relation.onUpdate, relation.onUpdateRange);
  if (const ast::Argument *arg = args.take("map"))
    if (arg->value)
      if (std::optional<StringRef> mapped = expectString(*arg->value))
        relation.mappedName = *mapped;
  args.finish({"name", "fields", "references", "onDelete", "onUpdate", "map"});

  // Resolve `fields:` against this model.
  SmallVector<StringRef, 2> unknown, relationFields;
  for (StringRef name : relation.fieldNames) {
    int index = model.findField(name);
    if (index < 0)
      unknown.push_back(name);
    else if (model.fields[index].isRelation())
      relationFields.push_back(name);
    else
      relation.fields.push_back(index);
  }
  if (!unknown.empty())
    error(fieldsArg->range, "the argument `fields` must refer only to existing fields; the "
                            "following fields do not exist in " + describeModel(model) + " `" +
                                model.name + "`: " + joinNames(unknown));
  if (!relationFields.empty())
    error(fieldsArg->range, "the argument `fields` must refer only to scalar fields; it is "
                            "referencing the relation fields " + joinNames(relationFields));
  // `references:` names fields of the related model: Prisma checks that they exist here,
  // while reading the attribute (their uniqueness and types wait for the relations).
  if (field.typeKind == FieldTypeKind::Model && field.target >= 0) {
    const Model &target = db->models[field.target];
    SmallVector<StringRef, 2> missing;
    for (StringRef name : relation.references)
      if (target.findField(name) < 0)
        missing.push_back(name);
    if (!missing.empty())
      error(attribute.range,
            "the argument `references` must refer only to existing fields in the related " +
                describeModel(target) + " `" + target.name + "`; these do not exist: " +
                joinNames(missing));
  }
}

void Sema::resolveRelations() {
  // Group relation fields by (unordered model pair, relation name), groups in the order
  // of their first field, fields in source order.
  struct Key {
    int a, b;
    StringRef name; // points into the source (or decoded string storage)
  };
  struct KeyInfo {
    static Key getEmptyKey() { return {-1, -1, StringRef()}; }
    static Key getTombstoneKey() { return {-2, -2, StringRef()}; }
    static unsigned getHashValue(const Key &key) {
      return unsigned(hash_combine(key.a, key.b, key.name));
    }
    static bool isEqual(const Key &x, const Key &y) {
      return x.a == y.a && x.b == y.b && x.name == y.name;
    }
  };
  // Prisma reports ambiguous relations and relations to ignored models with its
  // validations, field by field after each model's scalar fields (Sema::validateModel).
  auto validationError = [&](int m, int f, SMRange range, const Twine &message) {
    db->models[m].relationFieldValidationErrors.emplace_back(f, range, message.str());
  };
  DenseMap<Key, unsigned, KeyInfo> groupOf;
  std::vector<std::pair<Key, SmallVector<std::pair<int, int>, 2>>> groups;
  for (int m = 0; m < int(db->models.size()); ++m) {
    Model &model = db->models[m];
    if (model.kind == ModelKind::CompositeType)
      continue;
    for (int f = 0; f < int(model.fields.size()); ++f) {
      Field &field = model.fields[f];
      if (!field.isRelation())
        continue;
      if (db->models[field.target].isIgnored && !field.isIgnored && !model.isIgnored)
        validationError(m, f, field.ast->range, "the relation field `" + field.name + "` on " +
                                    describeModel(model) + " `" + model.name +
                                    "` must specify the `@ignore` attribute, because the model `" +
                                    db->models[field.target].name +
                                    "` it points to is marked ignored");
      Key key{std::min(m, field.target), std::max(m, field.target), field.relation().name};
      auto [it, inserted] = groupOf.try_emplace(key, unsigned(groups.size()));
      if (inserted)
        groups.emplace_back(key, SmallVector<std::pair<int, int>, 2>());
      groups[it->second].second.push_back({m, f});
    }
  }
  for (auto &[key, group] : groups) {
    bool selfRelation = key.a == key.b;
    // A self relation needs a name (Prisma's `ambiguity` check): two unnamed fields could
    // be one relation or two. Reported once, on the first field.
    if (selfRelation && (group.size() > 2 || (group.size() == 2 && key.name.empty()))) {
      const Model &model = db->models[group[0].first];
      std::string names;
      for (size_t i = 0; i < group.size(); ++i) {
        if (i)
          names += i + 1 == group.size() ? " and " : ", ";
        names += ("`" + model.fields[group[i].second].name + "`").str();
      }
      const Field &first = model.fields[group[0].second];
      auto error = [&](SMRange range, const Twine &message) {
        hadAmbiguousRelation = true;
        validationError(group[0].first, group[0].second, range, message);
      };
      if (group.size() == 2)
        error(first.ast->range,
              "ambiguous self relation detected: the fields " + names + " in model `" +
                  model.name + "` both refer to `" + model.name +
                  "`; if they are part of the same relation, give both the same relation name "
                  "with `@relation(\"name\")`");
      else if (key.name.empty())
        error(first.ast->range,
              "unnamed self relation detected: the fields " + names + " in model `" +
                  model.name + "` have no relation name; give one of them a relation name "
                  "with `@relation(\"name\")`");
      else
        error(first.ast->range,
              "wrongly named self relation detected: the fields " + names + " in model `" +
                  model.name + "` have the same relation name, but at most two relation "
                  "fields can belong to the same relation; give one of them a different "
                  "relation name");
      continue;
    }
    // Split by direction.
    SmallVector<std::pair<int, int>, 2> fromA, fromB;
    for (auto [m, f] : group)
      (m == key.a ? fromA : fromB).push_back({m, f});
    if (selfRelation) {
      fromB.clear();
      if (fromA.size() == 2) {
        fromB.push_back(fromA[1]);
        fromA.pop_back();
      }
    }
    if (fromA.size() > 1 || fromB.size() > 1 || (selfRelation && group.size() > 2)) {
      // Ambiguous: reported in each model that has two such fields, on the first of them,
      // as Prisma's ambiguity check meets it when it validates that model.
      hadAmbiguousRelation = true;
      auto report = [&](ArrayRef<std::pair<int, int>> many) {
        const Model &model = db->models[many[0].first];
        const Field &first = model.fields[many[0].second];
        const Field &second = model.fields[many[1].second];
        validationError(many[0].first, many[0].second, first.ast->name.range,
              "ambiguous relation detected: the fields `" + first.name + "` and `" +
                  second.name + "` in model `" + model.name + "` both refer to `" +
                  db->models[first.target].name + "`; give them different relation names "
                  "with `@relation(\"name\")`");
      };
      if (selfRelation) {
        report(group);
      } else {
        if (fromA.size() > 1)
          report(fromA);
        if (fromB.size() > 1)
          report(fromB);
      }
      continue;
    }
    Relation relation;
    relation.name = group.empty() ? StringRef() : db->models[group[0].first].fields[group[0].second].relation().name;
    if (fromA.empty() || fromB.empty()) {
      auto [m, f] = fromA.empty() ? fromB[0] : fromA[0];
      Model &model = db->models[m];
      Field &field = model.fields[f];
      const Model &target = db->models[field.target];
      relation.model = m, relation.field = f, relation.oppositeModel = field.target;
      db->incompleteRelations.push_back(relation);
      if (model.isIgnored || target.isIgnored || field.isIgnored)
        continue;
      relationChecks.emplace_back(std::make_pair(m, f), [this, m = m, f = f] {
        const Model &model = db->models[m];
        const Field &field = model.fields[f];
        const Model &target = db->models[field.target];
        error(field.ast->name.range,
              "relation field `" + field.name + "` on " + describeModel(model) + " `" +
                  model.name + "` is missing an opposite relation field on " +
                  describeModel(target) + " `" + target.name +
                  "`; add it, or run `prisma format` to add it automatically");
      });
      continue;
    }
    auto [m1, f1] = fromA[0];
    auto [m2, f2] = fromB[0];
    Field &a = db->models[m1].fields[f1];
    Field &b = db->models[m2].fields[f2];
    relation.model = m1, relation.field = f1, relation.oppositeModel = m2, relation.oppositeField = f2;
    if (a.isList() && b.isList()) {
      relation.kind = RelationKind::ManyToMany;
    } else if (a.isList() || b.isList()) {
      relation.kind = RelationKind::OneToMany;
      if (a.isList()) {
        std::swap(relation.model, relation.oppositeModel);
        std::swap(relation.field, relation.oppositeField);
      }
    } else {
      relation.kind = RelationKind::OneToOne;
      bool aDefines = a.relation().hasFields || a.relation().hasReferences;
      bool bDefines = b.relation().hasFields || b.relation().hasReferences;
      if (bDefines && !aDefines) {
        std::swap(relation.model, relation.oppositeModel);
        std::swap(relation.field, relation.oppositeField);
      }
    }
    db->relations.push_back(relation);
    // Prisma checks each relation for cycles first (relations::cycles).
    relationChecks.emplace_back(std::make_pair(relation.model, relation.field),
                                [this, r = db->relations.size() - 1] {
                                  checkReferentialCycles(r);
                                  validateRelation(db->relations[r]);
                                });
  }
}

void Sema::validateRelations() {
  // Prisma's validations end with a loop over the relations, and never get there when a
  // model has an ambiguous relation field (they return at the first one).
  if (!hadAmbiguousRelation) {
    prepareReferentialCycles();
    // Prisma walks its relations in the order it made them: at their forward field (the
    // one with `fields:`, or a 1:n relation's single side), in model and field order.
    llvm::stable_sort(relationChecks,
                      [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[at, check] : relationChecks)
      check();
  }
  relationChecks.clear();
}

void Sema::reportActionsOnBackRelation(const Relation &relation) {
  const Model &model = db->models[relation.model];
  const Field &field = model.fields[relation.field];
  const Model &other = db->models[relation.oppositeModel];
  const Field &opposite = other.fields[relation.oppositeField];
  if (opposite.relation().hasFields || opposite.relation().hasReferences)
    return;
  for (auto [range, present] :
       {std::pair{opposite.relation().onDeleteRange, opposite.relation().onDelete.has_value()},
        {opposite.relation().onUpdateRange, opposite.relation().onUpdate.has_value()}})
    if (present)
      error(range, "relation field `" + opposite.name + "` on " + describeModel(other) + " `" +
                       other.name + "` must not specify `onDelete` or `onUpdate`; specify them "
                       "only on the opposite field `" + field.name + "` on " +
                       describeModel(model) + " `" + model.name + "`");
}

void Sema::validateRelation(Relation &relation) {
  Model &model = db->models[relation.model];
  Field &field = model.fields[relation.field];
  Model &other = db->models[relation.oppositeModel];
  Field &opposite = other.fields[relation.oppositeField];
  auto defines = [](const Field &f) { return f.relation().hasFields || f.relation().hasReferences; };
  if (model.isIgnored || other.isIgnored || field.isIgnored || opposite.isIgnored) {
    // Prisma still checks the referential actions of ignored models' relations.
    if (relation.kind != RelationKind::ManyToMany && defines(field)) {
      reportActionsOnBackRelation(relation);
      validateReferentialActions(model, field);
    }
    return;
  }

  if (relation.kind == RelationKind::ManyToMany) {
    // Both sides are reported, the model whose name sorts first first (as Prisma does).
    std::pair<Model *, Field *> sides[2] = {{&model, &field}, {&other, &opposite}};
    if (other.name < model.name)
      std::swap(sides[0], sides[1]);
    if (model.isView() || other.isView()) {
      for (auto [m, f] : sides)
        error(f->ast->range, "implicit many-to-many relations are not supported for views");
      return;
    }
    for (auto [m, f] : sides) {
      // The join table's foreign keys always cascade (Prisma's
      // validate_no_referential_actions_on_implicit_many_to_many).
      if (f->relation().onDelete || f->relation().onUpdate)
        error(f->ast->range, "referential actions on implicit many-to-many relations are not "
                             "supported");
      if (defines(*f))
        error(f->relation().attribute->range,
              "implicit many-to-many relation field `" + f->name + "` must not specify "
              "`fields` or `references`; use an explicit join model to control them");
      const Model &target = db->models[f->target];
      if (!target.primaryKey || target.primaryKey->fields.size() != 1)
        error(f->ast->range, "relation field `" + f->name + "` on " + describeModel(*m) + " `" +
                                 m->name + "` references `" + target.name +
                                 "`, which does not have a single-field `@id`; implicit "
                                 "many-to-many relations need one on both sides, or use an "
                                 "explicit join model");
    }
    return;
  }

  if (relation.kind == RelationKind::OneToMany) {
    // `field` is the singular side; `opposite` the list.
    if (defines(opposite)) {
      error(opposite.relation().attribute->range,
            "relation field `" + opposite.name + "` on " + describeModel(other) + " `" +
                other.name + "` must not specify the `fields` or `references` argument; specify "
                "them only on the opposite field `" + field.name + "` on " +
                describeModel(model) + " `" + model.name + "`");
    }
    if (!field.relation().hasFields) {
      error(field.ast->range, "relation field `" + field.name + "` on " + describeModel(model) +
                                  " `" + model.name + "` must specify the `fields` argument in "
                                  "the `@relation` attribute");
      return;
    }
    if (!field.relation().hasReferences) {
      error(field.ast->range, "relation field `" + field.name + "` on " + describeModel(model) +
                                  " `" + model.name + "` must specify the `references` argument "
                                  "in the `@relation` attribute");
      return;
    }
  } else {
    if (defines(field) && defines(opposite)) {
      error(opposite.relation().attribute->range,
            "relation fields `" + field.name + "` on " + describeModel(model) + " `" + model.name +
                "` and `" + opposite.name + "` on " + describeModel(other) + " `" + other.name +
                "` both provide `fields`/`references`; provide them on only one of the two");
      return;
    }
    if (!defines(field)) {
      error(field.ast->range, "relation fields `" + field.name + "` on " + describeModel(model) +
                                  " `" + model.name + "` and `" + opposite.name + "` on " +
                                  describeModel(other) + " `" + other.name +
                                  "` do not provide the `fields` argument in the `@relation` "
                                  "attribute; provide it on one of the two fields");
      return;
    }
    if (!field.relation().hasFields || !field.relation().hasReferences) {
      error(field.relation().attribute->range,
            "relation field `" + field.name + "` on " + describeModel(model) + " `" + model.name +
                "` must specify both `fields` and `references`");
      return;
    }
    if (opposite.isRequired()) {
      error(opposite.ast->range,
            "relation field `" + opposite.name + "` on " + describeModel(other) + " `" +
                other.name + "` is required; this is not valid because it's not possible to "
                "enforce on the database level, change the field type from `" + model.name +
                "` to `" + model.name + "?`");
    }
  }
  validateRelationFields(model, field, other);
  reportActionsOnBackRelation(relation);
  validateReferentialActions(model, field);
  validateMissingIndexes(model, field);
  if (relation.kind == RelationKind::OneToOne && !field.relation().fields.empty()) {
    // The defining side of a 1:1 relation must be unique.
    auto matches = [&](const IndexDef &index) {
      if (index.fields.size() != field.relation().fields.size())
        return false;
      for (const IndexField &ref : index.fields)
        if (!llvm::is_contained(field.relation().fields, ref.field))
          return false;
      return true;
    };
    bool unique = (model.primaryKey && matches(*model.primaryKey)) ||
                  llvm::any_of(model.indexes, [&](const IndexDef &index) {
                    return index.kind == IndexKind::Unique && matches(index);
                  });
    if (!unique) {
      SmallVector<StringRef, 2> names;
      for (int index : field.relation().fields)
        names.push_back(model.fields[index].name);
      error(field.relation().attribute->range,
            "a one-to-one relation must use unique fields on the defining side; add an "
            "`@unique` attribute to " +
                (names.size() == 1 ? "the field " + joinNames(names)
                                   : "`@@unique([" + join(names, ", ") + "])` to the model") +
                ", or change the relation to one-to-many");
    }
  }
}

void Sema::validateRelationFields(Model &model, Field &field, const Model &target) {
  const RelationAttribute &relation = field.relation();
  if (relation.fields.size() != relation.fieldNames.size())
    return; // unknown or relation fields, already reported
  SmallVector<StringRef, 2> missing;
  std::vector<int> referenced;
  for (StringRef name : relation.references) {
    int index = target.findField(name);
    if (index < 0)
      missing.push_back(name);
    else
      referenced.push_back(index);
  }
  if (!missing.empty())
    return; // reported with the attribute (resolveRelationAttribute)
  if (relation.fieldNames.size() != relation.references.size()) {
    error(relation.attribute->range, "you must specify the same number of fields in `fields` "
                                     "and `references`");
    return;
  }
  if (relation.fields.empty())
    return;
  // The referenced fields must form a unique criterion of the target.
  auto matches = [&](const IndexDef &index) {
    if (index.fields.size() != referenced.size())
      return false;
    for (const IndexField &ref : index.fields)
      if (!llvm::is_contained(referenced, ref.field))
        return false;
    return true;
  };
  bool unique = (target.primaryKey && matches(*target.primaryKey)) ||
                llvm::any_of(target.indexes, [&](const IndexDef &index) {
                  return index.kind == IndexKind::Unique && matches(index);
                });
  if (!unique && !target.isView()) {
    SmallVector<StringRef, 2> names;
    for (int index : referenced)
      names.push_back(target.fields[index].name);
    error(relation.attribute->range,
          "the argument `references` must refer to a unique criterion in the related " +
              describeModel(target) + " `" + target.name + "`; consider adding " +
              (names.size() == 1 ? "an `@unique` attribute to the field " + joinNames(names)
                                 : "`@@unique([" + join(names, ", ") + "])`") +
              " in " + describeModel(target) + " `" + target.name + "`");
  }
  // Types must match pairwise.
  for (size_t i = 0; i < relation.fields.size(); ++i) {
    const Field &local = model.fields[relation.fields[i]];
    const Field &remote = target.fields[referenced[i]];
    bool sameType = local.typeKind == remote.typeKind && local.target == remote.target &&
                    (local.typeKind != FieldTypeKind::Scalar || local.scalarType == remote.scalarType) &&
                    local.isList() == remote.isList();
    if (!sameType) {
      error(relation.attribute->range,
            "the type of the field `" + local.name + "` in " + describeModel(model) + " `" +
                model.name + "` does not match the type of the referenced field `" + remote.name +
                "` in " + describeModel(target) + " `" + target.name + "`");
      return;
    }
  }
  // MongoDB joins compare raw values: an ObjectId never equals a string.
  if (db->provider == Provider::MongoDB) {
    for (size_t i = 0; i < relation.fields.size(); ++i) {
      const Field &local = model.fields[relation.fields[i]];
      const Field &remote = target.fields[referenced[i]];
      StringRef localNative = local.nativeType ? local.nativeType->name : StringRef();
      StringRef remoteNative = remote.nativeType ? remote.nativeType->name : StringRef();
      if (localNative == remoteNative)
        continue;
      warning(field.ast->range,
              "field `" + model.name + "." + local.name + "` and `" + target.name + "." +
                  remote.name + "` must have the same native type for MongoDB to join those "
                  "collections correctly; use `@db." +
                  (localNative.empty() ? remoteNative : localNative) + "` on both");
    }
  }
  // Arity: optional scalar fields need an optional relation field.
  bool anyOptional = llvm::any_of(relation.fields, [&](int index) {
    return model.fields[index].isOptional();
  });
  if (anyOptional && field.isRequired()) {
    SmallVector<StringRef, 2> names;
    for (int index : relation.fields)
      names.push_back(model.fields[index].name);
    error(field.ast->range, "relation field `" + field.name + "` uses the scalar fields " +
                                joinNames(names) + "; at least one of them is optional, so the "
                                "relation field must be optional as well");
  }
}

std::optional<std::string> Sema::unsupportedReferentialAction(ReferentialAction action) const {
  bool prismaMode = db->datasource && db->datasource->relationModePrisma;
  const ConnectorCapabilities &caps = db->capabilities();
  if (action == ReferentialAction::NoAction && prismaMode && db->provider == Provider::PostgreSQL)
    return std::string("invalid referential action `NoAction` for relationMode = \"prisma\": "
                       "allowed are `Cascade`, `Restrict` and `SetNull`; `NoAction` is not "
                       "implemented for PostgreSQL with relationMode = \"prisma\", use "
                       "`Restrict` instead (see https://pris.ly/d/relation-mode)");
  bool allowed = true;
  if (action == ReferentialAction::SetDefault && (prismaMode || !caps.setDefaultAction))
    allowed = false;
  if (action == ReferentialAction::Restrict && !caps.restrictAction)
    allowed = false;
  if (db->provider == Provider::MongoDB && action == ReferentialAction::SetDefault)
    allowed = false;
  if (allowed)
    return std::nullopt;
  return ("invalid referential action `" + referentialActionName(action) + "` for " +
          (prismaMode ? StringRef("relationMode = \"prisma\"") : providerName(db->provider)))
      .str();
}

void Sema::validateReferentialActions(Model &model, Field &field) {
  const RelationAttribute &relation = field.relation();
  bool prismaMode = db->datasource && db->datasource->relationModePrisma;
  auto check = [&](std::optional<ReferentialAction> action, SMRange range, StringRef argument) {
    if (!action)
      return;
    // Reported by each model's validations (Sema::unsupportedReferentialAction).
    if (unsupportedReferentialAction(*action))
      return;
    if (*action == ReferentialAction::SetDefault && db->provider == Provider::MySQL &&
        !prismaMode)
      warning(range, "MySQL does not actually support the `SetDefault` referential action, so "
                     "using it may result in unexpected errors (see "
                     "https://pris.ly/d/mysql-set-default)");
    if (*action == ReferentialAction::SetNull) {
      bool anyRequired = llvm::any_of(relation.fields, [&](int index) {
        return model.fields[index].isRequired();
      });
      // PostgreSQL accepts SET NULL on a NOT NULL column (it fails only when the action
      // fires), so with foreign keys Prisma keeps it a warning there, as not to break
      // existing schemas (connector's allows_set_null_referential_action_on_non_nullable_fields).
      if (anyRequired && db->provider == Provider::PostgreSQL && !prismaMode)
        warning(field.ast->range, "the `" + argument + "` referential action of a relation "
                "should not be set to `SetNull` when a referenced field is required; choose "
                "another referential action, or make the referenced fields optional (see "
                "https://pris.ly/d/postgres-set-null)");
      else if (anyRequired)
        error(range, "the `" + argument + "` referential action of a relation must not be set "
                     "to `SetNull` when a referenced field is required");
    }
  };
  check(relation.onDelete, relation.onDeleteRange, "onDelete");
  check(relation.onUpdate, relation.onUpdateRange, "onUpdate");
}

void Sema::validateMissingIndexes(Model &model, Field &field) {
  if (!db->datasource || !db->datasource->relationModePrisma ||
      db->provider == Provider::MongoDB)
    return;
  const std::vector<int> &columns = field.relation().fields;
  if (columns.empty())
    return;
  auto coversPrefix = [&](const IndexDef &index) {
    if (index.fields.size() < columns.size())
      return false;
    for (size_t i = 0; i < columns.size(); ++i)
      if (index.fields[i].field != columns[i])
        return false;
    return true;
  };
  if ((model.primaryKey && coversPrefix(*model.primaryKey)) ||
      llvm::any_of(model.indexes, coversPrefix))
    return;
  warning(field.relation().attribute->range,
          "with `relationMode = \"prisma\"`, no foreign keys are used, so relation fields will "
          "not benefit from the index usually created by the database; add an index on the "
          "relation scalar fields (see https://pris.ly/d/relation-mode-prisma-indexes)");
}

} // namespace schemac::frontend

namespace schemac::frontend {

void Sema::prepareReferentialCycles() {
  cycleForwards.clear();
  cycleForwardOf.assign(db->relations.size(), -1);
  cycleFromModel.assign(db->models.size(), {});
  bool prismaMode = db->datasource && db->datasource->relationModePrisma;
  if (!prismaMode && db->provider != Provider::SQLServer)
    return;
  // The forward side of each complete inline relation (the field with `fields:`).
  bool supportsRestrict = prismaMode || db->provider != Provider::SQLServer;
  for (size_t r = 0; r < db->relations.size(); ++r) {
    const Relation &relation = db->relations[r];
    if (relation.kind == RelationKind::ManyToMany || relation.oppositeField < 0)
      continue;
    const Model &model = db->models[relation.model];
    const Field &field = model.fields[relation.field];
    if (!field.relation().hasFields)
      continue;
    bool anyOptional = llvm::any_of(field.relation().fields, [&](int f) {
      return model.fields[f].arity == ast::FieldArity::Optional;
    });
    CycleForward forward{relation.model, relation.field, field.target,
                         ReferentialAction::NoAction, ReferentialAction::Cascade, false, false};
    if (field.relation().onDelete) {
      forward.onDelete = *field.relation().onDelete;
      forward.explicitDelete = true;
    } else {
      forward.onDelete = anyOptional ? ReferentialAction::SetNull
                                     : supportsRestrict ? ReferentialAction::Restrict
                                                        : ReferentialAction::NoAction;
    }
    if (field.relation().onUpdate) {
      forward.onUpdate = *field.relation().onUpdate;
      forward.explicitUpdate = true;
    }
    cycleForwardOf[r] = int(cycleForwards.size());
    cycleFromModel[forward.model].push_back(int(cycleForwards.size()));
    cycleForwards.push_back(forward);
  }
}

void Sema::checkReferentialCycles(size_t relationIndex) {
  if (relationIndex >= cycleForwardOf.size() || cycleForwardOf[relationIndex] < 0)
    return;
  auto modifies = [](ReferentialAction action) {
    return action != ReferentialAction::NoAction && action != ReferentialAction::Restrict;
  };
  const CycleForward &start = cycleForwards[cycleForwardOf[relationIndex]];
  auto report = [&](const std::string &message) {
    std::string text = message;
    bool implicitDelete = !start.explicitDelete && modifies(start.onDelete);
    bool implicitUpdate = !start.explicitUpdate && modifies(start.onUpdate);
    if (implicitDelete && implicitUpdate)
      text += " (implicit default `onDelete`: `" + referentialActionName(start.onDelete).str() +
              "`, and `onUpdate`: `" + referentialActionName(start.onUpdate).str() + "`)";
    else if (implicitDelete)
      text += " (implicit default `onDelete`: `" + referentialActionName(start.onDelete).str() + "`)";
    else if (implicitUpdate)
      text += " (implicit default `onUpdate`: `" + referentialActionName(start.onUpdate).str() + "`)";
    text += "; see https://pris.ly/d/cyclic-referential-actions";
    error(db->models[start.model].fields[start.field].ast->range, text);
  };
  auto step = [&](const CycleForward &f) -> std::string {
    return (db->models[f.model].name + "." + db->models[f.model].fields[f.field].name).str();
  };
  // Depth first from `start`, as Prisma walks it: a stack of (relation, path so far).
  std::vector<std::pair<int, std::string>> stack{{cycleForwardOf[relationIndex], step(start)}};
  std::vector<bool> visited(cycleForwards.size());
  while (!stack.empty()) {
    auto [current, path] = std::move(stack.back());
    stack.pop_back();
    visited[current] = true;
    const CycleForward &f = cycleForwards[current];
    if (!modifies(f.onDelete) && !modifies(f.onUpdate))
      continue;
    if (f.model == f.target) {
      report("a self-relation must have `onDelete` and `onUpdate` referential actions set to "
             "`NoAction` in one of the @relation attributes");
      break;
    }
    if (f.target == start.model) {
      report("reference causes a cycle: one of the @relation attributes in this cycle must "
             "have `onDelete` and `onUpdate` referential actions set to `NoAction`; cycle "
             "path: " + path);
      break;
    }
    for (int next : cycleFromModel[f.target])
      if (!visited[next])
        stack.push_back({next, path + " \u2192 " + step(cycleForwards[next])});
  }
}

} // namespace schemac::frontend
