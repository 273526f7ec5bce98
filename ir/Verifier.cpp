//===- ir/Verifier.cpp - The IR's invariants ------------------------------===//
#include "ir/Verifier.h"

#include "ir/ConstraintNames.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <map>

using namespace llvm;

namespace schemac::ir {

namespace {

std::string quoted(const QualifiedName &name) { return name.schema + "." + name.name; }

class Verifier {
public:
  Verifier(const Schema &schema, DiagnosticEngine &diags, const SchemaLocations *locations)
      : schema(schema), diags(diags), locations(locations) {}

  bool run() {
    checkNamespaces();
    checkExtensions();
    checkEnums();
    for (size_t t = 0; t < schema.tables.size(); ++t)
      checkTable(t);
    checkRelationNames();
    for (size_t f = 0; f < schema.foreignKeys.size(); ++f)
      checkForeignKey(f);
    return !failed;
  }

private:
  const Schema &schema;
  DiagnosticEngine &diags;
  const SchemaLocations *locations;
  bool failed = false;
  /// "schema\0name" -> table index.
  StringMap<size_t> tablesByName;
  StringMap<size_t> enumsByName;
  StringSet<> foreignKeyNames;

  static std::string key(StringRef schemaName, StringRef name) {
    return (schemaName + Twine('\0') + name).str();
  }

  template <typename Vec>
  SMRange at(const Vec &ranges, size_t index) const {
    return index < ranges.size() ? ranges[index] : SMRange();
  }
  SMRange tableRange(size_t t) const { return locations ? at(locations->tables, t) : SMRange(); }
  SMRange columnRange(size_t t, size_t c) const {
    return locations && t < locations->columns.size() ? at(locations->columns[t], c) : SMRange();
  }
  SMRange indexRange(size_t t, int i) const {
    if (!locations || t >= locations->indexes.size())
      return SMRange();
    if (i < 0)
      return at(locations->primaryKeys, t);
    return at(locations->indexes[t], size_t(i));
  }
  SMRange enumRange(size_t e) const { return locations ? at(locations->enums, e) : SMRange(); }
  SMRange enumValueRange(size_t e, size_t v) const {
    return locations && e < locations->enumValues.size() ? at(locations->enumValues[e], v)
                                                         : SMRange();
  }
  SMRange foreignKeyRange(size_t f) const {
    return locations ? at(locations->foreignKeys, f) : SMRange();
  }

  void error(SMRange range, const Twine &message) {
    failed = true;
    diags.error(range, message);
  }

  void checkIdentifier(StringRef name, StringRef what, SMRange range) {
    if (name.empty())
      error(range, what + " has an empty name");
    else if (name.size() > kPostgresMaxIdentifierLength)
      error(range, what + " name `" + name + "` is " + Twine(name.size()) +
                       " bytes long; PostgreSQL allows at most " +
                       Twine(kPostgresMaxIdentifierLength) + " and would truncate it");
  }

  void checkNamespace(StringRef name, StringRef what, SMRange range) {
    if (!schema.hasNamespace(name))
      error(range, what + " is in namespace `" + name +
                       "`, which is not declared; add `namespace \"" + name + "\"`");
  }

  void checkNamespaces() {
    checkIdentifier(schema.defaultNamespace, "the default namespace", SMRange());
    StringSet<> seen;
    for (size_t i = 0; i < schema.namespaces.size(); ++i) {
      SMRange range = locations ? at(locations->namespaces, i) : SMRange();
      const std::string &name = schema.namespaces[i];
      checkIdentifier(name, "namespace", range);
      if (!seen.insert(name).second)
        error(range, "namespace `" + name + "` is declared twice");
      else if (i > 0 && schema.namespaces[i - 1] > name)
        error(range, "namespaces must be listed in sorted order; `" + name + "` comes before `" +
                         schema.namespaces[i - 1] + "`");
    }
  }

  void checkExtensions() {
    StringSet<> seen;
    for (size_t i = 0; i < schema.extensions.size(); ++i) {
      SMRange range = locations ? at(locations->extensions, i) : SMRange();
      const Extension &extension = schema.extensions[i];
      checkIdentifier(extension.name, "extension", range);
      if (!seen.insert(extension.name).second)
        error(range, "extension `" + extension.name + "` is listed twice");
      else if (i > 0 && schema.extensions[i - 1].name > extension.name)
        error(range, "extensions must be listed in sorted order");
    }
  }

  void checkEnums() {
    for (size_t e = 0; e < schema.enums.size(); ++e) {
      const Enum &enm = schema.enums[e];
      SMRange range = enumRange(e);
      checkIdentifier(enm.name, "enum", range);
      checkNamespace(enm.schema, "enum `" + enm.name + "`", range);
      if (!enumsByName.try_emplace(key(enm.schema, enm.name), e).second)
        error(range, "enum `" + quoted(enm.qualifiedName()) + "` is defined twice");
      if (enm.values.empty())
        error(range, "enum `" + enm.name + "` has no values");
      StringSet<> values;
      for (size_t v = 0; v < enm.values.size(); ++v) {
        const EnumValue &value = enm.values[v];
        SMRange valueRange = enumValueRange(e, v);
        if (value.name.empty())
          error(valueRange, "enum `" + enm.name + "` has an empty value");
        else if (value.name.size() > kPostgresMaxIdentifierLength)
          error(valueRange, "enum value `" + value.name + "` is " + Twine(value.name.size()) +
                                " bytes long; PostgreSQL allows at most " +
                                Twine(kPostgresMaxIdentifierLength));
        if (!values.insert(value.name).second)
          error(valueRange, "enum `" + enm.name + "` has the value `" + value.name + "` twice");
      }
    }
  }

  const Enum *findEnum(StringRef schemaName, StringRef name) const {
    auto it = enumsByName.find(key(schemaName, name));
    return it == enumsByName.end() ? nullptr : &schema.enums[it->second];
  }

  void checkValue(const Value &value, const Column &column, bool topLevel, SMRange range,
                  const Twine &where) {
    ScalarFamily family = familyOf(column.type.kind);
    if (value.kind == Value::Kind::List) {
      if (!topLevel)
        return error(range, where + ": a list default cannot be nested");
      if (!column.isList())
        return error(range, where + ": a list default on a column that is not a list");
      for (const Value &element : value.elements)
        checkValue(element, column, false, range, where);
      return;
    }
    if (topLevel && column.isList())
      return error(range, where + ": a list column needs a list default (`[...]`)");
    switch (value.kind) {
    case Value::Kind::Enum: {
      if (family != ScalarFamily::Enum)
        return error(range, where + ": an enum value default on a column of type `" +
                                scalarFamilyName(family) + "`");
      const Enum *enm = findEnum(column.type.enumSchema, column.type.name);
      if (enm && none_of(enm->values, [&](const EnumValue &v) { return v.name == value.text; }))
        error(range, where + ": `" + value.text + "` is not a value of enum `" + enm->name + "`");
      return;
    }
    case Value::Kind::Boolean:
      if (family != ScalarFamily::Boolean)
        error(range, where + ": a boolean default on a column of type `" +
                                scalarFamilyName(family) + "`");
      return;
    case Value::Kind::Number:
      if (family != ScalarFamily::Int && family != ScalarFamily::BigInt &&
          family != ScalarFamily::Float && family != ScalarFamily::Decimal)
        error(range, where + ": a numeric default on a column of type `" +
                                scalarFamilyName(family) + "`");
      else if ((family == ScalarFamily::Int || family == ScalarFamily::BigInt) &&
               value.text.find_first_of(".eE") != std::string::npos)
        error(range, where + ": `" + value.text + "` is not an integer");
      return;
    case Value::Kind::String:
      if (family == ScalarFamily::Int || family == ScalarFamily::BigInt ||
          family == ScalarFamily::Float || family == ScalarFamily::Boolean ||
          family == ScalarFamily::Enum || family == ScalarFamily::Unsupported)
        error(range, where + ": a string default on a column of type `" +
                                scalarFamilyName(family) + "`");
      return;
    case Value::Kind::List:
      return;
    }
  }

  void checkColumn(const Table &table, size_t t, size_t c) {
    const Column &column = table.columns[c];
    SMRange range = columnRange(t, c);
    std::string where = "column `" + table.name + "." + column.name + "`";
    checkIdentifier(column.name, "column", range);
    const ColumnType &type = column.type;
    if (type.kind == TypeKind::Enum) {
      if (!findEnum(type.enumSchema, type.name))
        error(range, where + " has type enum `" + type.enumSchema + "." + type.name +
                         "`, which is not defined");
    } else if (type.kind == TypeKind::Unsupported) {
      if (type.name.empty())
        error(range, where + " has an empty unsupported type");
    }
    if (type.length && maxTypeParameters(type.kind) == 0)
      error(range, where + ": type `" + typeKindName(type.kind) + "` takes no parameters");
    if (type.scale && maxTypeParameters(type.kind) < 2)
      error(range, where + ": type `" + typeKindName(type.kind) + "` takes one parameter");
    if (type.kind == TypeKind::Decimal && type.length && type.scale && *type.scale > *type.length)
      error(range, where + ": the scale of `Decimal(" + Twine(*type.length) + ", " +
                       Twine(*type.scale) + ")` is larger than its precision");
    if ((type.kind == TypeKind::VarChar || type.kind == TypeKind::Char ||
         type.kind == TypeKind::Bit || type.kind == TypeKind::VarBit ||
         type.kind == TypeKind::Decimal) &&
        type.length && *type.length == 0)
      error(range, where + ": the length of `" + typeKindName(type.kind) + "` must be at least 1");
    if ((type.kind == TypeKind::Time || type.kind == TypeKind::Timetz ||
         type.kind == TypeKind::Timestamp || type.kind == TypeKind::Timestamptz) &&
        type.length && *type.length > 6)
      error(range, where + ": the precision of `" + typeKindName(type.kind) +
                       "` must be between 0 and 6");
    if (column.autoincrement) {
      if (type.kind != TypeKind::SmallInt && type.kind != TypeKind::Integer &&
          type.kind != TypeKind::BigInt)
        error(range, where + ": autoincrement() needs a SmallInt, Integer or BigInt column");
      if (column.isList())
        error(range, where + ": a list column cannot be autoincrement()");
      if (column.defaultValue)
        error(range, where + " has both autoincrement() and another default");
    }
    if (!column.defaultValue)
      return;
    const Default &value = *column.defaultValue;
    switch (value.kind) {
    case Default::Kind::Value:
      checkValue(value.value, column, true, range, where);
      break;
    case Default::Kind::Now:
      if (familyOf(type.kind) != ScalarFamily::DateTime)
        error(range, where + ": now() needs a date or time column");
      break;
    case Default::Kind::DbGenerated:
      break;
    case Default::Kind::Generated:
      if (familyOf(type.kind) != ScalarFamily::String)
        error(range, where + ": " + value.expression + "() needs a string column");
      break;
    }
  }

  /// Checks an index's columns; returns false when one is missing.
  bool checkIndexColumns(const Table &table, const Index &index, SMRange range,
                         StringRef what) {
    bool ok = true;
    if (index.columns.empty()) {
      error(range, what + " `" + index.name + "` has no columns");
      return false;
    }
    StringSet<> seen;
    for (const IndexColumn &column : index.columns) {
      const Column *found = table.findColumn(column.column);
      if (!found) {
        error(range, what + " `" + index.name + "` refers to column `" + column.column +
                         "`, which table `" + table.name + "` does not have");
        ok = false;
        continue;
      }
      if (!seen.insert(column.column).second)
        error(range, what + " `" + index.name + "` lists column `" + column.column + "` twice");
      if (index.kind == IndexKind::PrimaryKey && !found->isRequired())
        error(range, "primary key `" + index.name + "` includes column `" + column.column +
                         "`, which is " + (found->isList() ? "a list" : "nullable") +
                         "; primary key columns must be required");
    }
    return ok;
  }

  void checkTable(size_t t) {
    const Table &table = schema.tables[t];
    SMRange range = tableRange(t);
    checkIdentifier(table.name, "table", range);
    checkNamespace(table.schema, "table `" + table.name + "`", range);
    if (!tablesByName.try_emplace(key(table.schema, table.name), t).second)
      error(range, "table `" + quoted(table.qualifiedName()) + "` is defined twice");
    if (findEnum(table.schema, table.name))
      error(range, "table `" + quoted(table.qualifiedName()) +
                       "` has the name of an enum in the same namespace; PostgreSQL creates a "
                       "type for every table, so the two would clash");
    StringSet<> columns;
    for (size_t c = 0; c < table.columns.size(); ++c) {
      if (!columns.insert(table.columns[c].name).second)
        error(columnRange(t, c), "table `" + table.name + "` has two columns named `" +
                                     table.columns[c].name + "`");
      checkColumn(table, t, c);
    }
    if (table.primaryKey) {
      SMRange pkRange = indexRange(t, -1);
      checkIdentifier(table.primaryKey->name, "primary key", pkRange);
      checkIndexColumns(table, *table.primaryKey, pkRange, "primary key");
    }
    for (size_t i = 0; i < table.indexes.size(); ++i) {
      const Index &index = table.indexes[i];
      SMRange indexLoc = indexRange(t, int(i));
      StringRef what = index.kind == IndexKind::Unique ? "unique constraint" : "index";
      checkIdentifier(index.name, what, indexLoc);
      checkIndexColumns(table, index, indexLoc, what);
    }
  }

  /// Primary keys, unique constraints and indexes are relations in pg_class: their names
  /// are unique per namespace, together with the tables'.
  void checkRelationNames() {
    StringMap<std::string> owners; // key -> what owns the name
    for (size_t t = 0; t < schema.tables.size(); ++t)
      owners.try_emplace(key(schema.tables[t].schema, schema.tables[t].name),
                         "table `" + schema.tables[t].name + "`");
    for (size_t t = 0; t < schema.tables.size(); ++t) {
      const Table &table = schema.tables[t];
      auto claim = [&](const Index &index, SMRange range) {
        auto [it, inserted] = owners.try_emplace(key(table.schema, index.name),
                                                 "an index of table `" + table.name + "`");
        if (!inserted)
          error(range, "the name `" + index.name + "` of this " +
                           (index.kind == IndexKind::PrimaryKey ? "primary key"
                            : index.kind == IndexKind::Unique   ? "unique constraint"
                                                                : "index") +
                           " is already used by " + it->second + " in namespace `" +
                           table.schema + "`");
      };
      if (table.primaryKey)
        claim(*table.primaryKey, indexRange(t, -1));
      for (size_t i = 0; i < table.indexes.size(); ++i)
        claim(table.indexes[i], indexRange(t, int(i)));
    }
  }

  void checkForeignKey(size_t f) {
    const ForeignKey &fk = schema.foreignKeys[f];
    SMRange range = foreignKeyRange(f);
    checkIdentifier(fk.name, "foreign key", range);
    auto find = [&](const QualifiedName &name) -> const Table * {
      auto it = tablesByName.find(key(name.schema, name.name));
      return it == tablesByName.end() ? nullptr : &schema.tables[it->second];
    };
    const Table *table = find(fk.table);
    if (!table)
      return error(range, "foreign key `" + fk.name + "` is on table `" + quoted(fk.table) +
                              "`, which is not defined");
    // Constraint names are unique per table.
    if (!foreignKeyNames.insert(key(fk.table.schema, fk.table.name) + '\0' + fk.name).second)
      error(range, "table `" + table->name + "` has two foreign keys named `" + fk.name + "`");
    const Table *target = find(fk.referencedTable);
    if (!target)
      return error(range, "foreign key `" + fk.name + "` references table `" +
                              quoted(fk.referencedTable) + "`, which is not defined");
    if (fk.columns.empty())
      return error(range, "foreign key `" + fk.name + "` has no columns");
    if (fk.columns.size() != fk.referencedColumns.size())
      return error(range, "foreign key `" + fk.name + "` has " + Twine(fk.columns.size()) +
                              " columns but references " + Twine(fk.referencedColumns.size()));
    bool resolved = true;
    for (size_t i = 0; i < fk.columns.size(); ++i) {
      const Column *column = table->findColumn(fk.columns[i]);
      const Column *referenced = target->findColumn(fk.referencedColumns[i]);
      if (!column) {
        error(range, "foreign key `" + fk.name + "` uses column `" + fk.columns[i] +
                         "`, which table `" + table->name + "` does not have");
        resolved = false;
      }
      if (!referenced) {
        error(range, "foreign key `" + fk.name + "` references column `" +
                         fk.referencedColumns[i] + "`, which table `" + target->name +
                         "` does not have");
        resolved = false;
      }
      if (!column || !referenced)
        continue;
      // PostgreSQL needs an equality operator between the two types: same family (an
      // Integer may reference a SmallInt), same enum.
      if (familyOf(column->type.kind) != familyOf(referenced->type.kind) ||
          (column->type.kind == TypeKind::Enum && (column->type.name != referenced->type.name ||
                                                   column->type.enumSchema !=
                                                       referenced->type.enumSchema)) ||
          column->isList() != referenced->isList())
        error(range, "foreign key `" + fk.name + "`: column `" + column->name + "` (" +
                         typeKindName(column->type.kind) + ") and the referenced column `" +
                         referenced->name + "` (" + typeKindName(referenced->type.kind) +
                         ") have different types");
      // SET NULL on a NOT NULL column is a state PostgreSQL accepts (the action fails
      // only when it fires) and Prisma creates with a warning: the IR of such a database
      // must verify.
    }
    if (!resolved)
      return;
    // PostgreSQL needs a unique constraint or primary key on exactly the referenced columns.
    auto covers = [&](const Index &index) {
      if (!index.isUnique() || index.columns.size() != fk.referencedColumns.size())
        return false;
      StringSet<> names;
      for (const IndexColumn &column : index.columns)
        names.insert(column.column);
      return all_of(fk.referencedColumns, [&](const std::string &c) { return names.count(c); });
    };
    if (!(target->primaryKey && covers(*target->primaryKey)) && none_of(target->indexes, covers))
      error(range, "foreign key `" + fk.name + "` references columns of table `" +
                       target->name + "` that are not its primary key or a unique constraint; "
                       "PostgreSQL needs one on exactly those columns");
  }
};

} // namespace

bool verifySchema(const Schema &schema, DiagnosticEngine &diags,
                  const SchemaLocations *locations) {
  return Verifier(schema, diags, locations).run();
}

} // namespace schemac::ir
