//===- passes/lint/SchemaRules.cpp - Lint passes over one schema version -------===//
//
// Part of schemac. The schema rules of passes/lint/Rules.def: indexes for foreign keys,
// references without relations, redundant indexes, long identifiers, column types,
// relation actions and naming styles. Each pass reads the IR only; names in messages are
// the Prisma names users write (model, field), with database names where they differ.
//
//===----------------------------------------------------------------------===//
#include "passes/lint/Lint.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"

#include <set>
#include <tuple>

using namespace llvm;


namespace schemac::passes {

namespace {

using Subject = FindingReporter::Subject;

StringRef modelName(const ir::Table &table) { return prismaName(table.origin, table.name); }

/// The Prisma field name of a column, by database name.
StringRef fieldName(const ir::Table &table, StringRef column) {
  if (const ir::Column *found = table.findColumn(column))
    return prismaName(found->origin, found->name);
  return column;
}

std::string fieldList(const ir::Table &table, ArrayRef<std::string> columns) {
  std::string out;
  for (size_t i = 0; i < columns.size(); ++i)
    out += (i ? ", " : "") + fieldName(table, columns[i]).str();
  return out;
}

std::string quotedFieldList(const ir::Table &table, ArrayRef<std::string> columns) {
  std::string out;
  for (size_t i = 0; i < columns.size(); ++i)
    out += (i ? ", `" : "`") + fieldName(table, columns[i]).str() + "`";
  return out;
}

/// Tables by qualified name (Schema::findTable is a linear scan; these passes look up
/// every foreign key's tables).
class TableLookup {
public:
  explicit TableLookup(const ir::Schema &schema) {
    for (const ir::Table &table : schema.tables)
      tables.try_emplace(key(table.schema, table.name), &table);
  }
  const ir::Table *find(const ir::QualifiedName &name) const {
    auto it = tables.find(key(name.schema, name.name));
    return it == tables.end() ? nullptr : it->second;
  }

private:
  static std::string key(StringRef schema, StringRef name) {
    return (schema + Twine('\0') + name).str();
  }
  StringMap<const ir::Table *> tables;
};

/// Every index of a table, the primary key first.
SmallVector<const ir::Index *, 8> indexesOf(const ir::Table &table) {
  SmallVector<const ir::Index *, 8> out;
  if (table.primaryKey)
    out.push_back(&*table.primaryKey);
  for (const ir::Index &index : table.indexes)
    out.push_back(&index);
  return out;
}

} // namespace

//===----------------------------------------------------------------------===//
// foreign-key-indexes
//===----------------------------------------------------------------------===//

void runForeignKeyIndexes(LintContext &context) {
  const ir::Schema &schema = context.schema();
  TableLookup lookup(schema);
  for (const ir::ForeignKey &fk : schema.foreignKeys) {
    const ir::Table *table = lookup.find(fk.table);
    if (!table || table->implicitManyToMany)
      continue;
    // Covered when some index's first |fk| columns are the foreign-key columns, in any
    // order: PostgreSQL can then look up the referencing rows of a deleted or updated
    // parent row without scanning the table.
    bool covered = any_of(indexesOf(*table), [&](const ir::Index *index) {
      if (index->columns.size() < fk.columns.size() ||
          index->algorithm != ir::IndexAlgorithm::BTree)
        return false;
      for (size_t i = 0; i < fk.columns.size(); ++i)
        if (!is_contained(fk.columns, index->columns[i].column))
          return false;
      return true;
    });
    if (covered)
      continue;
    std::string fields = fieldList(*table, fk.columns);
    std::string relation = fk.origin.name.empty() ? fk.name : fk.origin.name;
    Diagnostic *diag = context.reporter.report(
        Rule::FkMissingIndex, schema, fk.origin,
        "relation `" + relation + "` has no index on (" + quotedFieldList(*table, fk.columns) +
            "); add `@@index([" + fields + "])`",
        Subject{table, nullptr});
    if (diag)
      context.reporter.insertBlockAttribute(*diag, schema, *table, "@@index([" + fields + "])");
  }
}

//===----------------------------------------------------------------------===//
// reference-columns
//===----------------------------------------------------------------------===//

void runReferenceColumns(LintContext &context) {
  const ir::Schema &schema = context.schema();
  // Models by lower-cased Prisma name.
  StringMap<const ir::Table *> models;
  for (const ir::Table &table : schema.tables)
    if (!table.implicitManyToMany)
      models.try_emplace(modelName(table).lower(), &table);
  // (table, column) pairs that are part of a foreign key.
  std::set<std::tuple<StringRef, StringRef, StringRef>> inForeignKeys;
  for (const ir::ForeignKey &fk : schema.foreignKeys)
    for (const std::string &column : fk.columns)
      inForeignKeys.insert({fk.table.schema, fk.table.name, column});
  for (const ir::Table &table : schema.tables) {
    if (table.implicitManyToMany)
      continue;
    for (const ir::Column &column : table.columns) {
      StringRef name = prismaName(column.origin, column.name);
      StringRef stem = name;
      if (!stem.consume_back("Id") && !stem.consume_back("ID") && !stem.consume_back("_id"))
        continue;
      if (stem.empty() || column.isList())
        continue;
      auto target = models.find(stem.lower());
      if (target == models.end())
        continue;
      // Part of a foreign key already, or the table's own key.
      if (inForeignKeys.count({table.schema, table.name, column.name}))
        continue;
      const ir::Table &referenced = *target->second;
      std::string key = "id";
      if (referenced.primaryKey && referenced.primaryKey->columns.size() == 1)
        key = fieldName(referenced, referenced.primaryKey->columns.front().column).str();
      std::string relationField = stem.str();
      relationField[0] = toLower(relationField[0]);
      context.reporter.report(
          Rule::ReferenceWithoutRelation, schema, column.origin,
          "field `" + modelName(table) + "." + name + "` looks like a reference to model `" +
              modelName(referenced) + "` but has no relation, so the database does not check "
              "it; add `" + relationField + " " + modelName(referenced) +
              (column.isRequired() ? "" : "?") + " @relation(fields: [" + name +
              "], references: [" + key + "])`",
          Subject{&table, &column});
    }
  }
}

//===----------------------------------------------------------------------===//
// index-redundancy
//===----------------------------------------------------------------------===//

namespace {

StringRef indexKindName(const ir::Index &index) {
  switch (index.kind) {
  case ir::IndexKind::PrimaryKey:
    return "primary key";
  case ir::IndexKind::Unique:
    return "unique constraint";
  case ir::IndexKind::Index:
    return "index";
  case ir::IndexKind::Fulltext:
    return "fulltext index";
  }
  return "index";
}

bool sameColumn(const ir::IndexColumn &a, const ir::IndexColumn &b) {
  return a.column == b.column && a.operatorClass == b.operatorClass &&
         a.sort.value_or(ir::SortOrder::Asc) == b.sort.value_or(ir::SortOrder::Asc);
}

/// Whether `a`'s columns are a leading prefix of `b`'s (equal when the sizes match).
bool isPrefix(const ir::Index &a, const ir::Index &b) {
  if (a.columns.size() > b.columns.size() || a.algorithm != b.algorithm)
    return false;
  for (size_t i = 0; i < a.columns.size(); ++i)
    if (!sameColumn(a.columns[i], b.columns[i]))
      return false;
  return true;
}

} // namespace

void runIndexRedundancy(LintContext &context) {
  const ir::Schema &schema = context.schema();
  for (const ir::Table &table : schema.tables) {
    SmallVector<const ir::Index *, 8> all = indexesOf(table);
    for (size_t i = 0; i < all.size(); ++i) {
      const ir::Index &index = *all[i];
      if (index.kind == ir::IndexKind::PrimaryKey || index.kind == ir::IndexKind::Fulltext)
        continue;
      for (size_t j = 0; j < all.size(); ++j) {
        if (i == j)
          continue;
        const ir::Index &other = *all[j];
        if (!isPrefix(index, other))
          continue;
        bool equal = index.columns.size() == other.columns.size();
        // A unique constraint is not redundant next to a longer index: it enforces
        // something. Of two equal ones, the later (or the plain index) is reported.
        if (index.isUnique() && !(equal && other.isUnique() && j < i))
          continue;
        if (equal && !index.isUnique() && !other.isUnique() && j > i)
          continue;
        std::string columns = quotedFieldList(table, [&] {
          std::vector<std::string> names;
          for (const ir::IndexColumn &column : index.columns)
            names.push_back(column.column);
          return names;
        }());
        Diagnostic *diag;
        if (equal)
          diag = context.reporter.report(
              Rule::DuplicateIndex, schema, index.origin,
              indexKindName(index) + " `" + index.name + "` on (" + columns + ") of model `" +
                  modelName(table) + "` duplicates " + indexKindName(other) + " `" + other.name +
                  "`; remove it",
              Subject{&table, nullptr});
        else
          diag = context.reporter.report(
              Rule::RedundantIndex, schema, index.origin,
              "index `" + index.name + "` on (" + columns + ") of model `" + modelName(table) +
                  "` is redundant: " + indexKindName(other) + " `" + other.name +
                  "` starts with the same columns; remove it",
              Subject{&table, nullptr});
        if (diag && other.origin.hasLocation())
          context.reporter.note(*diag, schema, other.origin,
                                indexKindName(other) + " `" + other.name + "` declared here");
        break;
      }
    }
  }
}

//===----------------------------------------------------------------------===//
// identifier-length
//===----------------------------------------------------------------------===//

void runIdentifierLength(LintContext &context) {
  const ir::Schema &schema = context.schema();
  constexpr size_t kMaxBytes = 63; // NAMEDATALEN - 1
  auto check = [&](StringRef kind, StringRef name, const ir::Origin &origin, Subject subject,
                   StringRef consequence) {
    if (name.size() <= kMaxBytes)
      return;
    context.reporter.report(Rule::IdentifierTooLong, schema, origin,
                            kind + " name `" + name + "` is " + Twine(name.size()) +
                                " bytes long; PostgreSQL keeps 63 bytes, " + consequence,
                            subject);
  };
  StringRef truncates = "so the database object gets a truncated name that other long names "
                        "can collide with; shorten it with @map/@@map";
  for (const ir::Enum &enm : schema.enums) {
    check("enum", enm.name, enm.origin, {}, truncates);
    for (const ir::EnumValue &value : enm.values)
      check("enum value", value.name, value.origin, {},
            "and CREATE TYPE fails on a longer label; shorten it with @map");
  }
  for (const ir::Table &table : schema.tables) {
    check("table", table.name, table.origin, {&table, nullptr}, truncates);
    for (const ir::Column &column : table.columns)
      check("column", column.name, column.origin, {&table, &column}, truncates);
    for (const ir::Index *index : indexesOf(table))
      check(indexKindName(*index), index->name, index->origin, {&table, nullptr},
            "so the database object gets a truncated name; shorten its `map:`");
  }
  TableLookup lookup(schema);
  for (const ir::ForeignKey &fk : schema.foreignKeys)
    check("foreign key", fk.name, fk.origin, {lookup.find(fk.table), nullptr},
          "so the database object gets a truncated name; shorten its `map:`");
}

//===----------------------------------------------------------------------===//
// column-types
//===----------------------------------------------------------------------===//

void runColumnTypes(LintContext &context) {
  const ir::Schema &schema = context.schema();
  static constexpr StringRef moneyWords[] = {
      "price",  "amount",   "cost",    "salary", "balance", "fee",    "fees",   "total",
      "subtotal", "money",  "revenue", "wage",   "payment", "tax",    "discount", "budget",
      "income", "payout",   "refund",  "charge", "paid",    "due"};
  for (const ir::Table &table : schema.tables) {
    for (const ir::Column &column : table.columns) {
      StringRef field = prismaName(column.origin, column.name);
      std::string where = "`" + modelName(table).str() + "." + field.str() + "`";
      ir::TypeKind kind = column.type.kind;
      if (kind == ir::TypeKind::DoublePrecision || kind == ir::TypeKind::Real) {
        SmallVector<std::string, 4> parts = splitIdentifierWords(field);
        if (any_of(parts, [](const std::string &w) { return is_contained(moneyWords, w); }))
          context.reporter.report(
              Rule::FloatForMoney, schema, column.origin,
              "field " + where + " looks like money but is a Float (" +
                  (kind == ir::TypeKind::Real ? "REAL" : "DOUBLE PRECISION") +
                  "), which cannot hold most decimal amounts exactly; use `Decimal` (for "
                  "example `@db.Decimal(12, 2)`) or an integer number of cents",
              Subject{&table, &column});
      }
      if (kind == ir::TypeKind::Timestamp)
        context.reporter.report(
            Rule::TimestampWithoutTimeZone, schema, column.origin,
            "field " + where + " is a TIMESTAMP without time zone: the database stores "
                "whatever clock time the session sends; add `@db.Timestamptz(" +
                Twine(column.type.length.value_or(3)) + ")`",
            Subject{&table, &column});
    }
  }
}

//===----------------------------------------------------------------------===//
// relation-actions
//===----------------------------------------------------------------------===//

void runRelationActions(LintContext &context) {
  const ir::Schema &schema = context.schema();
  TableLookup lookup(schema);
  for (const ir::ForeignKey &fk : schema.foreignKeys) {
    if (fk.onDeleteDeclared)
      continue;
    const ir::Table *table = lookup.find(fk.table);
    const ir::Table *referenced = lookup.find(fk.referencedTable);
    if (!table || !referenced || table->implicitManyToMany)
      continue;
    std::string relation = fk.origin.name.empty() ? fk.name : fk.origin.name;
    context.reporter.report(
        Rule::ImplicitOnDelete, schema, fk.origin,
        "relation `" + relation + "` has no explicit `onDelete`; Prisma's default is " +
            (fk.onDelete == ir::ReferentialAction::SetNull ? "SetNull" : "Restrict") +
            "; say what deleting a `" + modelName(*referenced) +
            "` does with `onDelete: Cascade`, `Restrict`, `SetNull` or `NoAction`",
        Subject{table, nullptr});
  }
}

//===----------------------------------------------------------------------===//
// naming
//===----------------------------------------------------------------------===//

namespace {

/// `name` converted to `style` (for suggestions).
std::string convertName(StringRef name, StringRef style) {
  SmallVector<std::string, 4> parts = splitIdentifierWords(name);
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    std::string word = parts[i];
    if (style == "snake_case") {
      out += (i ? "_" : "") + word;
    } else if (style == "UPPER_CASE") {
      out += (i ? "_" : "") + StringRef(word).upper();
    } else {
      if (!word.empty() && (style == "PascalCase" || i > 0))
        word[0] = toUpper(word[0]);
      out += word;
    }
  }
  return out;
}

} // namespace

void runNaming(LintContext &context) {
  const ir::Schema &schema = context.schema();
  const NamingStyles &styles = context.reporter.getPolicy().naming;
  auto check = [&](Rule rule, StringRef kind, StringRef name, StringRef style,
                   const ir::Origin &origin, Subject subject, StringRef how) {
    if (followsNamingStyle(name, style))
      return;
    std::string suggestion = convertName(name, style);
    context.reporter.report(rule, schema, origin,
                            kind + " `" + name + "` is not " + style + "; " + how + " `" +
                                suggestion + "`",
                            subject);
  };
  for (const ir::Enum &enm : schema.enums) {
    check(Rule::NamingEnum, "enum", prismaName(enm.origin, enm.name), styles.enumName,
          enm.origin, {}, "call it");
    for (const ir::EnumValue &value : enm.values)
      check(Rule::NamingEnumValue, "enum value", prismaName(value.origin, value.name),
            styles.enumValue, value.origin, {}, "call it");
  }
  for (const ir::Table &table : schema.tables) {
    if (table.implicitManyToMany)
      continue; // Prisma names join tables
    check(Rule::NamingModel, "model", modelName(table), styles.model, table.origin,
          {&table, nullptr}, "call it");
    check(Rule::NamingDatabase, "table name", table.name, styles.database, table.origin,
          {&table, nullptr}, "map it with @@map to");
    for (const ir::Column &column : table.columns) {
      check(Rule::NamingField, "field", prismaName(column.origin, column.name), styles.field,
            column.origin, {&table, &column}, "call it");
      check(Rule::NamingDatabase, "column name", column.name, styles.database, column.origin,
            {&table, &column}, "map it with @map to");
    }
  }
}

} // namespace schemac::passes
