//===- passes/lint/ChangeRules.cpp - Lint passes over a migration plan ---------===//
//
// Part of schemac. The change rules of passes/lint/Rules.def read the typed steps of the plan
// from the base version to the linted one: what loses data, what fails on existing rows,
// what breaks the application version still running, and what locks an existing table.
// A finding names the step and the lock it takes and, where there is one, the safer
// sequence.
//
// Data-aware mode (LintContext::ask): the counts a database gives decide. A finding about
// rows that do not exist is dropped; one whose step would fail on the rows that do exist
// becomes an error.
//
// Indices in steps: `previous` refers to plan.renamed (the base schema with renames
// applied, same positions as plan.previous), `next` to plan.next. Questions to the
// database use plan.previous's names, which are the ones the database has today.
//
//===----------------------------------------------------------------------===//
#include "passes/diff/Differ.h"
#include "passes/lint/Lint.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

using namespace llvm;

namespace schemac::passes {

namespace {

using Subject = FindingReporter::Subject;
using Kind = ir::DataQuery::Kind;

std::string fieldRef(const ir::Table &table, const ir::Column &column) {
  return "`" + prismaName(table.origin, table.name).str() + "." +
         prismaName(column.origin, column.name).str() + "`";
}

std::string modelRef(const ir::Table &table) {
  return "`" + prismaName(table.origin, table.name).str() + "`";
}

std::string count(uint64_t n, StringRef singular, StringRef plural) {
  std::string digits = std::to_string(n);
  for (int at = int(digits.size()) - 3; at > 0; at -= 3)
    digits.insert(size_t(at), ",");
  return digits + " " + (n == 1 ? singular : plural).str();
}

/// Shared state of the change passes: the plan, the schemas, and the data questions.
class ChangeContext {
public:
  explicit ChangeContext(LintContext &context)
      : context(context), plan(*context.input.plan), original(*plan.previous),
        previous(*plan.renamed), next(*plan.next), previousTables(previous),
        nextTables(next) {}

  LintContext &context;
  const ir::MigrationPlan &plan;
  const ir::Schema &original, &previous, &next;
  ir::TableIndex previousTables, nextTables;

  /// Rows in table `t` of the base (std::nullopt without a database).
  std::optional<uint64_t> rows(int t) const {
    return context.ask({Kind::Rows, original.tables[t].qualifiedName(), {}, "", false});
  }
  std::optional<uint64_t> columnCount(Kind kind, int t, int c) const {
    return context.ask({kind, original.tables[t].qualifiedName(),
                        {original.tables[t].columns[c].name}, "", false});
  }
  /// Rows that share values of a new unique constraint's columns (next names).
  std::optional<uint64_t> duplicates(int t, const ir::Index &index) const {
    std::vector<std::string> columns;
    for (const ir::IndexColumn &column : index.columns) {
      int c = previous.tables[t].findColumnIndex(column.column);
      columns.push_back(c < 0 ? column.column : original.tables[t].columns[c].name);
    }
    return context.ask({Kind::Duplicates, original.tables[t].qualifiedName(), columns, "",
                        false});
  }
  /// Rows of the base that hold `value` of enum `e` in any column.
  std::optional<uint64_t> enumUses(int e, StringRef value) const {
    const ir::Enum &enm = previous.enums[e];
    std::optional<uint64_t> total = uint64_t(0);
    for (size_t t = 0; t < previous.tables.size(); ++t)
      for (size_t c = 0; c < previous.tables[t].columns.size(); ++c) {
        const ir::Column &column = previous.tables[t].columns[c];
        if (column.type.kind != ir::TypeKind::Enum || column.type.name != enm.name ||
            column.type.enumSchema != enm.schema)
          continue;
        std::optional<uint64_t> uses =
            context.ask({Kind::EnumUses, original.tables[t].qualifiedName(),
                         {original.tables[t].columns[c].name}, value.str(), column.isList()});
        total = uses && total ? std::optional<uint64_t>(*total + *uses) : std::nullopt;
      }
    return total;
  }

  Diagnostic *report(Rule rule, const ir::Schema &schema, const ir::Origin &origin,
                     const Twine &message, Subject subject, size_t step, bool fails = false) {
    Diagnostic *diag = context.reporter.report(rule, schema, origin, message, subject, fails);
    if (diag)
      context.reporter.note(*diag, schema, ir::Origin(),
                            "in step " + Twine(step + 1) + " of the migration (-- " +
                                ir::stepKindName(plan.steps[step].kind) + ")");
    return diag;
  }

  /// The table of the next schema that a step on previous table `t` changes.
  const ir::Table &nextTable(const ir::Step &step) const { return next.tables[step.next]; }
};

/// Whether a data answer says there is nothing to worry about.
bool none(std::optional<uint64_t> answer) { return answer && *answer == 0; }

/// " (N rows)" when the database was asked.
std::string rowsText(std::optional<uint64_t> rows) {
  return rows ? " (" + count(*rows, "row", "rows") + ")" : "";
}

} // namespace

//===----------------------------------------------------------------------===//
// destructive-changes
//===----------------------------------------------------------------------===//

void runDestructiveChanges(LintContext &lint) {
  ChangeContext cx(lint);
  for (size_t i = 0; i < cx.plan.steps.size(); ++i) {
    const ir::Step &step = cx.plan.steps[i];
    switch (step.kind) {
    case ir::StepKind::DropTable: {
      const ir::Table &table = cx.original.tables[step.previous];
      std::optional<uint64_t> rows = cx.rows(step.previous);
      if (none(rows))
        break;
      cx.report(Rule::DropTable, cx.original, table.origin,
                "model " + modelRef(table) + " is removed: the migration drops table `" +
                    table.name + "` and every row in it" + rowsText(rows),
                {}, i);
      break;
    }
    case ir::StepKind::AlterEnum: {
      const ir::Enum &enm = cx.original.enums[step.previous];
      for (const std::string &value : step.droppedValues) {
        const ir::EnumValue *declared = nullptr;
        for (const ir::EnumValue &candidate : enm.values)
          if (candidate.name == value)
            declared = &candidate;
        std::optional<uint64_t> uses = cx.enumUses(step.previous, value);
        if (none(uses))
          continue;
        cx.report(Rule::DropEnumValue, cx.original, declared ? declared->origin : enm.origin,
                  "enum value `" + value + "` of `" + prismaName(enm.origin, enm.name) +
                      "` is removed" +
                      (uses ? ": " + count(*uses, "row uses", "rows use") +
                                  " it, and the migration fails on them; update them first"
                            : "; the migration fails if any row still uses it, and the "
                              "values are lost"),
                  {}, i, uses && *uses > 0);
      }
      break;
    }
    case ir::StepKind::AlterTable: {
      const ir::Table &before = cx.original.tables[step.previous];
      const ir::Table &after = cx.nextTable(step);
      std::optional<uint64_t> rows = cx.rows(step.previous);
      for (const ir::TableChange &change : step.changes) {
        switch (change.kind) {
        case ir::TableChangeKind::DropColumn: {
          const ir::Column &column = before.columns[change.previousColumn];
          std::optional<uint64_t> values =
              cx.columnCount(Kind::NonNulls, step.previous, change.previousColumn);
          if (none(values))
            break;
          cx.report(Rule::DropColumn, cx.original, column.origin,
                    "field " + fieldRef(before, column) + " is removed: the migration drops "
                        "column `" + column.name + "` and its values" +
                        (values ? " (" + count(*values, "non-NULL value", "non-NULL values") + ")"
                                : ""),
                    {&after, nullptr}, i);
          break;
        }
        case ir::TableChangeKind::DropPrimaryKey:
        case ir::TableChangeKind::AddPrimaryKey: {
          // Reported once, on the add (or the drop when the table loses its key).
          bool alsoAdded = any_of(step.changes, [](const ir::TableChange &other) {
            return other.kind == ir::TableChangeKind::AddPrimaryKey;
          });
          if (change.kind == ir::TableChangeKind::DropPrimaryKey && alsoAdded)
            break;
          if (none(rows))
            break;
          const ir::Origin &where =
              after.primaryKey ? after.primaryKey->origin : after.origin;
          cx.report(Rule::PrimaryKeyChange, cx.next, where.hasLocation() ? where : after.origin,
                    "the primary key of " + modelRef(after) +
                        (after.primaryKey ? " changes" : " is dropped") +
                        ": rows are identified differently, foreign keys that reference the "
                        "old key break, and the new key fails on duplicate or NULL values" +
                        rowsText(rows),
                    {&after, nullptr}, i);
          break;
        }
        case ir::TableChangeKind::AlterColumn: {
          if (change.changes.cast != ir::CastKind::Risky)
            break;
          const ir::Column &old = cx.previous.tables[step.previous].columns[change.previousColumn];
          const ir::Column &column = after.columns[change.nextColumn];
          std::optional<uint64_t> values =
              cx.columnCount(Kind::NonNulls, step.previous, change.previousColumn);
          if (none(values))
            break;
          cx.report(Rule::NarrowingTypeChange, cx.next, column.origin,
                    "field " + fieldRef(after, column) + " changes type from " +
                        columnTypeText(old) + " to " + columnTypeText(column) +
                        ": the cast fails or loses data for values that do not fit" +
                        (values ? " (" + count(*values, "value", "values") + " to convert)" : ""),
                    {&after, &column}, i);
          break;
        }
        case ir::TableChangeKind::DropAndRecreateColumn: {
          const ir::Column &old = cx.previous.tables[step.previous].columns[change.previousColumn];
          const ir::Column &column = after.columns[change.nextColumn];
          if (old.isList() != column.isList())
            break; // scalar-to-list, a data-dependent change
          std::optional<uint64_t> values =
              cx.columnCount(Kind::NonNulls, step.previous, change.previousColumn);
          if (none(values))
            break;
          cx.report(Rule::IncompatibleTypeChange, cx.next, column.origin,
                    "field " + fieldRef(after, column) + " changes type from " +
                        columnTypeText(old) + " to " + columnTypeText(column) +
                        ", which PostgreSQL cannot cast: the column is dropped and recreated "
                        "and its values are lost" +
                        (values ? " (" + count(*values, "value", "values") + ")" : "") +
                        "; add a new field, copy the data, then drop the old one",
                    {&after, &column}, i);
          break;
        }
        default:
          break;
        }
      }
      break;
    }
    default:
      break;
    }
  }
}

//===----------------------------------------------------------------------===//
// data-dependent-changes
//===----------------------------------------------------------------------===//

void runDataDependentChanges(LintContext &lint) {
  ChangeContext cx(lint);
  for (size_t i = 0; i < cx.plan.steps.size(); ++i) {
    const ir::Step &step = cx.plan.steps[i];
    if (step.kind == ir::StepKind::CreateIndex && step.previous >= 0 &&
        !step.fromDropAndRecreate) {
      const ir::Table &table = cx.next.tables[step.next];
      const ir::Index &index = table.indexes[step.nextIndex];
      if (!index.isUnique())
        continue;
      std::optional<uint64_t> duplicates = cx.duplicates(step.previous, index);
      if (none(duplicates))
        continue;
      std::vector<std::string> fields;
      for (const ir::IndexColumn &column : index.columns)
        if (const ir::Column *found = table.findColumn(column.column))
          fields.push_back(prismaName(found->origin, found->name).str());
      cx.report(Rule::AddUnique, cx.next, index.origin,
                "unique constraint `" + index.name + "` on (" + join(fields, ", ") +
                    ") is added to existing table `" + table.name + "`" +
                    (duplicates ? ": " + count(*duplicates, "row shares", "rows share") +
                                      " its values with another row, so the migration fails; "
                                      "remove the duplicates first"
                                : ": the migration fails if existing rows hold duplicate "
                                  "values; check for duplicates first"),
                {&table, nullptr}, i, duplicates && *duplicates > 0);
      continue;
    }
    if (step.kind != ir::StepKind::AlterTable)
      continue;
    const ir::Table &after = cx.nextTable(step);
    std::optional<uint64_t> rows = cx.rows(step.previous);
    for (const ir::TableChange &change : step.changes) {
      switch (change.kind) {
      case ir::TableChangeKind::AddColumn: {
        const ir::Column &column = after.columns[change.nextColumn];
        if (!column.isRequired() || column.hasDatabaseDefault() || none(rows))
          break;
        cx.report(Rule::AddRequiredColumn, cx.next, column.origin,
                  "required field " + fieldRef(after, column) +
                      " is added to existing table `" + after.name + "` without a default" +
                      (rows ? ": the migration fails on its " + count(*rows, "row", "rows")
                            : ": the migration fails if the table has rows") +
                      "; add it as optional, backfill it, then make it required, or give it a "
                      "`@default`",
                  {&after, &column}, i, rows && *rows > 0);
        break;
      }
      case ir::TableChangeKind::AlterColumn: {
        const ir::Column &old = cx.previous.tables[step.previous].columns[change.previousColumn];
        const ir::Column &column = after.columns[change.nextColumn];
        if (!change.changes.arity || !column.isRequired() || old.isRequired())
          break;
        std::optional<uint64_t> nulls =
            cx.columnCount(Kind::Nulls, step.previous, change.previousColumn);
        if (none(nulls))
          break;
        cx.report(Rule::MakeRequired, cx.next, column.origin,
                  "field " + fieldRef(after, column) + " becomes required" +
                      (nulls ? ": " + count(*nulls, "row holds", "rows hold") +
                                   " NULL in it, so the migration fails"
                             : ": the migration fails if any row holds NULL in it") +
                      "; backfill the NULLs first (UPDATE ... WHERE `" + column.name +
                      "` IS NULL)",
                  {&after, &column}, i, nulls && *nulls > 0);
        break;
      }
      case ir::TableChangeKind::DropAndRecreateColumn: {
        const ir::Column &old = cx.previous.tables[step.previous].columns[change.previousColumn];
        const ir::Column &column = after.columns[change.nextColumn];
        if (old.isList() == column.isList())
          break;
        std::optional<uint64_t> values =
            cx.columnCount(Kind::NonNulls, step.previous, change.previousColumn);
        if (none(values))
          break;
        cx.report(Rule::ScalarToList, cx.next, column.origin,
                  "field " + fieldRef(after, column) + " changes from " +
                      (column.isList() ? "a scalar to a list" : "a list to a scalar") +
                      ": the column is dropped and recreated, and its values are lost" +
                      (values ? " (" + count(*values, "value", "values") + ")" : "") +
                      "; add a new field, copy the data with a SQL migration, then drop the "
                      "old one",
                  {&after, &column}, i);
        break;
      }
      default:
        break;
      }
    }
  }
}

//===----------------------------------------------------------------------===//
// compatibility
//===----------------------------------------------------------------------===//

void runCompatibility(LintContext &lint) {
  ChangeContext cx(lint);
  for (size_t i = 0; i < cx.plan.steps.size(); ++i) {
    const ir::Step &step = cx.plan.steps[i];
    switch (step.kind) {
    case ir::StepKind::RenameTable: {
      const ir::Table &before = cx.original.tables[step.previous];
      const ir::Table &after = cx.previous.tables[step.next];
      const ir::Table *table = cx.nextTables.get(after.qualifiedName());
      cx.report(Rule::RenameTable, cx.next, table ? table->origin : after.origin,
                "table `" + before.name + "` is renamed to `" + after.name +
                    "`: the application version still running queries `" + before.name +
                    "` and fails until it is replaced; to rename only the model, keep the "
                    "table with `@@map(\"" + before.name + "\")`",
                {table, nullptr}, i);
      break;
    }
    case ir::StepKind::RenameColumn: {
      const ir::Table &table = cx.previous.tables[step.previous];
      const ir::Column &before = cx.original.tables[step.previous].columns[step.previousIndex];
      const ir::Column &after = table.columns[step.nextIndex];
      const ir::Table *nextTable = cx.nextTables.get(table.qualifiedName());
      const ir::Column *column = nextTable ? nextTable->findColumn(after.name) : nullptr;
      cx.report(Rule::RenameColumn, cx.next, column ? column->origin : after.origin,
                "column `" + table.name + "." + before.name + "` is renamed to `" + after.name +
                    "`: the application version still running reads `" + before.name +
                    "` and fails until it is replaced; to rename only the field, keep the "
                    "column with `@map(\"" + before.name + "\")`",
                {nextTable, column}, i);
      break;
    }
    case ir::StepKind::AlterTable: {
      const ir::Table &before = cx.original.tables[step.previous];
      const ir::Table &after = cx.nextTable(step);
      for (const ir::TableChange &change : step.changes) {
        if (change.kind != ir::TableChangeKind::DropColumn)
          continue;
        const ir::Column &column = before.columns[change.previousColumn];
        cx.report(Rule::DropColumnStillMapped, cx.original, column.origin,
                  "column `" + before.name + "." + column.name +
                      "` is dropped in the same release that removes field " +
                      fieldRef(before, column) +
                      ": the application version still running selects it and fails until "
                      "it is replaced; release the schema without the field first, then "
                      "drop the column in a later migration",
                  {&after, nullptr}, i);
      }
      break;
    }
    default:
      break;
    }
  }
}

//===----------------------------------------------------------------------===//
// locking
//===----------------------------------------------------------------------===//

namespace {

/// Whether ALTER COLUMN ... TYPE rewrites the table (and its indexes). Binary-coercible
/// changes that only relax a limit do not.
bool rewritesTable(const ir::Column &before, const ir::Column &after) {
  using ir::TypeKind;
  const ir::ColumnType &a = before.type, &b = after.type;
  if (before.isList() != after.isList())
    return true;
  auto widens = [&] { return !b.length || (a.length && *b.length >= *a.length); };
  if (a.kind == TypeKind::VarChar && (b.kind == TypeKind::Text || b.kind == TypeKind::Citext))
    return false;
  if (a.kind == TypeKind::VarChar && b.kind == TypeKind::VarChar)
    return !widens();
  if (a.kind == TypeKind::VarBit && b.kind == TypeKind::VarBit)
    return !widens();
  if (a.kind == TypeKind::Decimal && b.kind == TypeKind::Decimal)
    return !(widens() && a.scale.value_or(0) == b.scale.value_or(0));
  if (a.kind == TypeKind::Text && b.kind == TypeKind::Citext)
    return false;
  return true;
}

/// Whether a new column's default must be computed row by row (which rewrites the table
/// on ADD COLUMN); now() and constants are stored once in the catalog instead.
bool hasVolatileDefault(const ir::Column &column) {
  if (column.autoincrement)
    return true;
  if (!column.defaultValue || column.defaultValue->kind != ir::Default::Kind::DbGenerated)
    return false;
  std::string expression = StringRef(column.defaultValue->expression).lower();
  for (StringRef function : {"gen_random_uuid(", "uuid_generate_v1", "uuid_generate_v4",
                             "random(", "clock_timestamp(", "timeofday(", "nextval(",
                             "txid_current("})
    if (StringRef(expression).contains(function))
      return true;
  return false;
}

} // namespace

void runLocking(LintContext &lint) {
  ChangeContext cx(lint);
  for (size_t i = 0; i < cx.plan.steps.size(); ++i) {
    const ir::Step &step = cx.plan.steps[i];
    switch (step.kind) {
    case ir::StepKind::CreateIndex: {
      if (step.previous < 0)
        break;
      const ir::Table &table = cx.next.tables[step.next];
      const ir::Index &index = table.indexes[step.nextIndex];
      std::optional<uint64_t> rows = cx.rows(step.previous);
      if (none(rows))
        break;
      cx.report(Rule::IndexNotConcurrent, cx.next, index.origin,
                "CREATE " + std::string(index.isUnique() ? "UNIQUE " : "") + "INDEX `" +
                    index.name + "` on existing table `" + table.name + "`" + rowsText(rows) +
                    " takes a SHARE lock that blocks writes until the index is built; create "
                    "it with CREATE INDEX CONCURRENTLY in a migration of its own (outside a "
                    "transaction)",
                {&table, nullptr}, i);
      break;
    }
    case ir::StepKind::AddForeignKey: {
      const ir::ForeignKey &fk = cx.next.foreignKeys[step.next];
      int existing = cx.previousTables.find(fk.table);
      if (existing < 0)
        break; // a new table: nothing to validate
      std::optional<uint64_t> rows = cx.rows(existing);
      if (none(rows))
        break;
      const ir::Table *table = cx.nextTables.get(fk.table);
      cx.report(Rule::ForeignKeyNotValid, cx.next, fk.origin,
                "ADD FOREIGN KEY `" + fk.name + "` on existing table `" + fk.table.name + "`" +
                    rowsText(rows) + " takes SHARE ROW EXCLUSIVE locks on `" + fk.table.name +
                    "` and `" + fk.referencedTable.name +
                    "` while it checks every row; add it with NOT VALID, then run ALTER TABLE "
                    "... VALIDATE CONSTRAINT in a second migration",
                {table, nullptr}, i);
      break;
    }
    case ir::StepKind::AlterTable: {
      const ir::Table &after = cx.nextTable(step);
      std::optional<uint64_t> rows = cx.rows(step.previous);
      if (none(rows))
        break;
      for (const ir::TableChange &change : step.changes) {
        if (change.kind == ir::TableChangeKind::AddColumn) {
          const ir::Column &column = after.columns[change.nextColumn];
          if (hasVolatileDefault(column))
            cx.report(Rule::VolatileDefault, cx.next, column.origin,
                      "field " + fieldRef(after, column) + " is added with a volatile default (" +
                          (column.autoincrement ? std::string("a sequence")
                                                : column.defaultValue->expression) +
                          "): ADD COLUMN rewrites table `" + after.name + "`" + rowsText(rows) +
                          " under an ACCESS EXCLUSIVE lock; add the column without the "
                          "default, set the default, then backfill in batches",
                      {&after, &column}, i);
          continue;
        }
        if (change.kind != ir::TableChangeKind::AlterColumn)
          continue;
        const ir::Column &old = cx.previous.tables[step.previous].columns[change.previousColumn];
        const ir::Column &column = after.columns[change.nextColumn];
        if (change.changes.arity && column.isRequired() && !old.isRequired())
          cx.report(Rule::SetNotNullScan, cx.next, column.origin,
                    "SET NOT NULL on `" + after.name + "." + column.name + "`" + rowsText(rows) +
                        " scans the whole table under an ACCESS EXCLUSIVE lock that blocks "
                        "reads and writes; add CHECK (\"" + column.name +
                        "\" IS NOT NULL) NOT VALID, VALIDATE it in a second migration, then SET "
                        "NOT NULL (PostgreSQL 12+ then skips the scan)",
                    {&after, &column}, i);
        if (change.changes.type && rewritesTable(old, column))
          cx.report(Rule::TypeChangeRewrite, cx.next, column.origin,
                    "changing the type of `" + after.name + "." + column.name + "` from " +
                        columnTypeText(old) + " to " + columnTypeText(column) +
                        " rewrites the table" + rowsText(rows) +
                        " and its indexes under an ACCESS EXCLUSIVE lock; add a new column, "
                        "backfill it in batches, then switch over",
                    {&after, &column}, i);
      }
      break;
    }
    default:
      break;
    }
  }
}

} // namespace schemac::passes
