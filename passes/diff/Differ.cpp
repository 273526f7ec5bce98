//===- passes/diff/Differ.cpp - Compute the migration plan between two schemas -===//
//
// Part of schemac. Follows Prisma Migrate's sql_schema_differ (calculate_steps and the
// PostgreSQL flavour) so that plans, and the scripts rendered from them, are the ones
// Prisma computes; see docs/diff.md for the rules and where schemac differs.
//
//===----------------------------------------------------------------------===//
#include "passes/diff/Differ.h"

#include "support/Parallel.h"
#include "passes/diff/DifferImpl.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/JSON.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <tuple>

using namespace llvm;

namespace schemac::passes {

using ir::CastKind;
using ir::Column;
using ir::ColumnChanges;
using ir::Step;
using ir::StepKind;
using ir::TableChange;
using ir::TableChangeKind;
using ir::TypeKind;

bool isIgnoredTable(const ir::Table &table) {
  return table.name == "_prisma_migrations" || table.name == "_schemac_migrations";
}

namespace {

bool indexColumnsMatch(const ir::Index &a, const ir::Index &b) {
  if (a.columns.size() != b.columns.size())
    return false;
  for (size_t i = 0; i < a.columns.size(); ++i) {
    const ir::IndexColumn &x = a.columns[i], &y = b.columns[i];
    if (x.column != y.column || x.length != y.length ||
        x.sort.value_or(ir::SortOrder::Asc) != y.sort.value_or(ir::SortOrder::Asc))
      return false;
  }
  return true;
}

/// Whether an operator class is the default of its index method for the type it is used
/// with, which PostgreSQL (and so introspection) leaves unnamed: `ops: ArrayOps` on a GIN
/// index of an array reads back as no operator class.
static bool isDefaultOperatorClass(ir::IndexAlgorithm algorithm, StringRef ops) {
  switch (algorithm) {
  case ir::IndexAlgorithm::Gin:
    return ops == "array_ops" || ops == "jsonb_ops";
  case ir::IndexAlgorithm::SpGist:
    return ops == "text_ops" || ops == "inet_ops";
  case ir::IndexAlgorithm::Brin:
    return ops.endswith("_minmax_ops");
  default:
    return false;
  }
}

bool indexesMatch(const ir::Index &a, const ir::Index &b) {
  if (!indexColumnsMatch(a, b) || a.kind != b.kind || a.algorithm != b.algorithm)
    return false;
  for (size_t i = 0; i < a.columns.size(); ++i) {
    StringRef x = a.columns[i].operatorClass, y = b.columns[i].operatorClass;
    if (x == y || (x.empty() && isDefaultOperatorClass(a.algorithm, y)) ||
        (y.empty() && isDefaultOperatorClass(a.algorithm, x)))
      continue;
    return false;
  }
  return true;
}

bool isImplicitManyToManyForeignKey(const ir::Schema &schema, const SchemaIndex &index,
                                    const ir::ForeignKey &fk) {
  int table = index.findTable(fk.table);
  if (table < 0)
    return false;
  const ir::Table &t = schema.tables[table];
  return t.columns.size() == 2 && t.findColumn("A") && t.findColumn("B");
}

class Differ {
public:
  Differ(const ir::Schema &previous, const ir::Schema &next) : previous(previous), next(next) {
    // The two indexes are independent: built side by side for big schemas.
    if (previous.tables.size() + next.tables.size() < 512) {
      prevIndex.build(previous);
      nextIndex.build(next);
      return;
    }
    runTasks(2, [&](unsigned side) { side ? nextIndex.build(next) : prevIndex.build(previous); });
  }

  std::vector<Step> run();

private:
  struct TablePair {
    int previous, next;
    /// Columns by name (byte order, as Prisma's BTreeMap): (previous, next) positions.
    std::vector<std::tuple<StringRef, int, int>> columns; ///< names in the schemas' strings
    /// By previous column position: the next column it pairs with (or -1), and the
    /// changes between the two.
    std::vector<int> nextOfPrevious;
    std::vector<ColumnChanges> changes;
  };

  void matchTables();
  void pushExtensionSteps();
  void pushCreatedSchemaSteps();
  void pushCreatedTableSteps();
  void pushDroppedTableSteps();
  void pushDroppedIndexSteps();
  void pushCreatedIndexSteps();
  void pushAlteredTableSteps();
  /// The foreign key, index and column steps of one matched table pair.
  void alteredTableSteps(const TablePair &pair, std::vector<Step> &out) const;
  void pushEnumSteps();
  void sortSteps();

  const ir::Table &prevTable(const TablePair &p) const { return previous.tables[p.previous]; }
  const ir::Table &nextTable(const TablePair &p) const { return next.tables[p.next]; }
  ColumnChanges changesOf(const TablePair &pair, int prevColumn, int nextColumn) const {
    if (prevColumn < 0 || size_t(prevColumn) >= pair.nextOfPrevious.size() ||
        pair.nextOfPrevious[prevColumn] != nextColumn)
      return ColumnChanges();
    return pair.changes[prevColumn];
  }
  bool foreignKeysMatch(const TablePair &pair, const ir::ForeignKey &a,
                        const ir::ForeignKey &b) const;
  std::vector<std::pair<int, int>> indexPairs(const TablePair &pair) const;
  std::vector<int> notCastableNextColumns(const TablePair &pair) const;
  bool primaryKeyChanged(const TablePair &pair) const;

  const ir::Schema &previous;
  const ir::Schema &next;
  SchemaIndex prevIndex, nextIndex;
  std::vector<TablePair> pairs; ///< in previous-table order
  std::vector<int> createdTables, droppedTables;
  std::vector<Step> steps;
};

/// The positions of `table`'s columns, sorted by name (byte order), stably.
static std::vector<int> columnsByName(const ir::Table &table) {
  std::vector<int> order(table.columns.size());
  std::iota(order.begin(), order.end(), 0);
  llvm::stable_sort(order, [&](int x, int y) {
    return StringRef(table.columns[x].name) < StringRef(table.columns[y].name);
  });
  return order;
}

void Differ::matchTables() {
  // Each previous table is compared with its namesake on its own, so big schemas compare
  // tables on several threads; results land by index and are collected in table order.
  std::vector<int> matchOf(previous.tables.size(), -1);
  std::vector<TablePair> found(previous.tables.size());
  parallelFor(previous.tables.size(), 256, [&](size_t begin, size_t end, unsigned) {
    for (size_t i = begin; i < end; ++i) {
      const ir::Table &table = previous.tables[i];
      if (isIgnoredTable(table))
        continue;
      int j = nextIndex.findTable(table.qualifiedName());
      matchOf[i] = j;
      if (j < 0)
        continue;
      TablePair &pair = found[i];
      pair.previous = int(i);
      pair.next = j;
      // Both column lists in name order, merged; of two columns with one name in a table
      // (invalid, but the differ must not care) the later one counts.
      const ir::Table &nt = next.tables[j];
      std::vector<int> prevOrder = columnsByName(table), nextOrder = columnsByName(nt);
      pair.columns.reserve(std::max(prevOrder.size(), nextOrder.size()));
      pair.nextOfPrevious.assign(table.columns.size(), -1);
      pair.changes.resize(table.columns.size());
      size_t a = 0, b = 0;
      while (a < prevOrder.size() || b < nextOrder.size()) {
        StringRef name;
        if (b == nextOrder.size() ||
            (a < prevOrder.size() && table.columns[prevOrder[a]].name <
                                         StringRef(nt.columns[nextOrder[b]].name)))
          name = table.columns[prevOrder[a]].name;
        else
          name = nt.columns[nextOrder[b]].name;
        int p = -1, n = -1;
        for (; a < prevOrder.size() && table.columns[prevOrder[a]].name == name; ++a)
          p = prevOrder[a];
        for (; b < nextOrder.size() && nt.columns[nextOrder[b]].name == name; ++b)
          n = nextOrder[b];
        pair.columns.emplace_back(name, p, n);
        if (p >= 0 && n >= 0) {
          pair.nextOfPrevious[p] = n;
          pair.changes[p] = columnChanges(table.columns[p], nt.columns[n]);
        }
      }
    }
  });
  std::vector<bool> nextMatched(next.tables.size());
  for (size_t i = 0; i < previous.tables.size(); ++i) {
    if (isIgnoredTable(previous.tables[i]))
      continue;
    if (matchOf[i] < 0) {
      droppedTables.push_back(int(i));
      continue;
    }
    nextMatched[matchOf[i]] = true;
    pairs.push_back(std::move(found[i]));
  }
  for (size_t j = 0; j < next.tables.size(); ++j)
    if (!nextMatched[j] && !isIgnoredTable(next.tables[j]))
      createdTables.push_back(int(j));
}

bool Differ::foreignKeysMatch(const TablePair &pair, const ir::ForeignKey &a,
                              const ir::ForeignKey &b) const {
  if (a.referencedTable.name != b.referencedTable.name ||
      a.referencedColumns.size() != b.referencedColumns.size() ||
      a.columns.size() != b.columns.size())
    return false;
  const ir::Table &pt = prevTable(pair), &nt = nextTable(pair);
  for (size_t i = 0; i < a.columns.size(); ++i) {
    if (a.columns[i] != b.columns[i])
      return false;
    int pc = pt.findColumnIndex(a.columns[i]), nc = nt.findColumnIndex(b.columns[i]);
    if (pc >= 0 && nc >= 0 && changesOf(pair, pc, nc).type)
      return false;
  }
  for (size_t i = 0; i < a.referencedColumns.size(); ++i)
    if (a.referencedColumns[i] != b.referencedColumns[i])
      return false;
  return a.onDelete == b.onDelete && a.onUpdate == b.onUpdate;
}

std::vector<std::pair<int, int>> Differ::indexPairs(const TablePair &pair) const {
  std::vector<std::pair<int, int>> out;
  const ir::Table &pt = prevTable(pair);
  const auto &pi = pt.indexes, &ni = nextTable(pair).indexes;
  for (size_t i = 0; i < pi.size(); ++i) {
    if (!isSingularIndex(pt, pi[i]))
      continue;
    for (size_t j = 0; j < ni.size(); ++j)
      if (indexesMatch(pi[i], ni[j])) {
        out.emplace_back(int(i), int(j));
        break;
      }
  }
  return out;
}

std::vector<int> Differ::notCastableNextColumns(const TablePair &pair) const {
  std::vector<int> out;
  for (auto &[name, p, n] : pair.columns)
    if (p >= 0 && n >= 0) {
      ColumnChanges changes = changesOf(pair, p, n);
      if (changes.cast == CastKind::NotCastable)
        out.push_back(n);
    }
  return out;
}

bool Differ::primaryKeyChanged(const TablePair &pair) const {
  const ir::Table &pt = prevTable(pair), &nt = nextTable(pair);
  if (!pt.primaryKey || !nt.primaryKey)
    return false;
  const auto &a = pt.primaryKey->columns, &b = nt.primaryKey->columns;
  if (a.size() != b.size())
    return true;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i].column != b[i].column ||
        a[i].sort.value_or(ir::SortOrder::Asc) != b[i].sort.value_or(ir::SortOrder::Asc) ||
        a[i].length != b[i].length)
      return true;
  for (auto &[name, p, n] : pair.columns) {
    if (p < 0 || n < 0)
      continue;
    bool inKey = any_of(a, [&](const ir::IndexColumn &c) { return c.column == name; });
    if (inKey && changesOf(pair, p, n).type)
      return true;
  }
  return false;
}

std::set<std::string> effectiveNamespaces(const ir::Schema &schema) {
  std::set<std::string> out(schema.namespaces.begin(), schema.namespaces.end());
  if (out.empty())
    out.insert(schema.defaultNamespace);
  return out;
}

void Differ::pushCreatedSchemaSteps() {
  std::set<std::string> before = effectiveNamespaces(previous);
  for (const ir::Table &table : previous.tables)
    before.insert(table.schema);
  for (const ir::Enum &enm : previous.enums)
    before.insert(enm.schema);
  std::set<std::string> after = effectiveNamespaces(next);
  for (const ir::Table &table : next.tables)
    after.insert(table.schema);
  for (const ir::Enum &enm : next.enums)
    after.insert(enm.schema);
  for (const std::string &name : after) {
    if (before.count(name))
      continue;
    bool holds = any_of(next.tables, [&](const ir::Table &t) { return t.schema == name; }) ||
                 any_of(next.enums, [&](const ir::Enum &e) { return e.schema == name; });
    if (!holds)
      continue;
    Step step;
    step.kind = StepKind::CreateSchema;
    step.name = name;
    steps.push_back(std::move(step));
  }
}

void Differ::pushExtensionSteps() {
  for (size_t j = 0; j < next.extensions.size(); ++j) {
    const ir::Extension &ext = next.extensions[j];
    auto it = find_if(previous.extensions,
                      [&](const ir::Extension &e) { return e.name == ext.name; });
    if (it == previous.extensions.end()) {
      Step step;
      step.kind = StepKind::CreateExtension;
      step.next = int(j);
      steps.push_back(std::move(step));
      continue;
    }
    bool versionsMatch =
        it->version == ext.version || it->version.empty() || ext.version.empty();
    bool schemasMatch = it->schema == ext.schema || it->schema.empty() || ext.schema.empty();
    if (versionsMatch && schemasMatch)
      continue;
    Step step;
    step.kind = StepKind::AlterExtension;
    step.previous = int(it - previous.extensions.begin());
    step.next = int(j);
    step.alterExtensionVersion = !versionsMatch;
    step.alterExtensionSchema = !schemasMatch;
    steps.push_back(std::move(step));
  }
}

void Differ::pushCreatedTableSteps() {
  for (int t : createdTables) {
    Step create;
    create.kind = StepKind::CreateTable;
    create.next = t;
    steps.push_back(create);
    for (int fk : nextIndex.foreignKeysOfTable[t]) {
      Step add;
      add.kind = StepKind::AddForeignKey;
      add.next = fk;
      steps.push_back(add);
    }
    for (size_t i = 0; i < next.tables[t].indexes.size(); ++i) {
      Step index;
      index.kind = StepKind::CreateIndex;
      index.next = t;
      index.nextIndex = int(i);
      steps.push_back(index);
    }
  }
}

void Differ::pushDroppedTableSteps() {
  for (int t : droppedTables) {
    Step drop;
    drop.kind = StepKind::DropTable;
    drop.previous = t;
    steps.push_back(drop);
    for (int fk : prevIndex.foreignKeysOfTable[t]) {
      Step dropFk;
      dropFk.kind = StepKind::DropForeignKey;
      dropFk.previous = fk;
      steps.push_back(dropFk);
    }
  }
}

void Differ::pushDroppedIndexSteps() {
  for (const TablePair &pair : pairs) {
    const auto &pi = prevTable(pair).indexes, &ni = nextTable(pair).indexes;
    for (size_t i = 0; i < pi.size(); ++i) {
      if (any_of(ni, [&](const ir::Index &n) { return indexesMatch(pi[i], n); }))
        continue;
      Step step;
      step.kind = StepKind::DropIndex;
      step.previous = pair.previous;
      step.previousIndex = int(i);
      steps.push_back(step);
    }
  }
}

void Differ::pushCreatedIndexSteps() {
  for (const TablePair &pair : pairs) {
    const auto &pi = prevTable(pair).indexes, &ni = nextTable(pair).indexes;
    for (size_t j = 0; j < ni.size(); ++j) {
      if (any_of(pi, [&](const ir::Index &p) { return indexesMatch(p, ni[j]); }))
        continue;
      Step step;
      step.kind = StepKind::CreateIndex;
      step.previous = pair.previous;
      step.next = pair.next;
      step.nextIndex = int(j);
      steps.push_back(step);
    }
    std::vector<int> recreated = notCastableNextColumns(pair);
    if (recreated.empty())
      continue;
    const ir::Table &nt = nextTable(pair);
    for (auto [p, n] : indexPairs(pair)) {
      bool covers = any_of(ni[n].columns, [&](const ir::IndexColumn &c) {
        return is_contained(recreated, nt.findColumnIndex(c.column));
      });
      if (!covers)
        continue;
      Step step;
      step.kind = StepKind::CreateIndex;
      step.previous = pair.previous;
      step.next = pair.next;
      step.nextIndex = n;
      step.fromDropAndRecreate = true;
      steps.push_back(step);
    }
  }
}

void Differ::pushAlteredTableSteps() {
  // Each matched pair only reads the two schemas: big schemas are compared on several
  // threads, each pair's steps collected by index and appended in table order.
  std::vector<std::vector<Step>> stepsOfPair(pairs.size());
  parallelFor(pairs.size(), 256, [&](size_t begin, size_t end, unsigned) {
    for (size_t i = begin; i < end; ++i)
      alteredTableSteps(pairs[i], stepsOfPair[i]);
  });
  for (std::vector<Step> &pairSteps : stepsOfPair)
    for (Step &step : pairSteps)
      steps.push_back(std::move(step));
}

void Differ::alteredTableSteps(const TablePair &pair, std::vector<Step> &out) const {
  const ir::Table &pt = prevTable(pair), &nt = nextTable(pair);
  const std::vector<int> &prevFks = prevIndex.foreignKeysOfTable[pair.previous];
  const std::vector<int> &nextFks = nextIndex.foreignKeysOfTable[pair.next];
  auto matches = [&](int a, int b) {
    return foreignKeysMatch(pair, previous.foreignKeys[a], next.foreignKeys[b]);
  };
  for (int b : nextFks)
    if (none_of(prevFks, [&](int a) { return matches(a, b); })) {
      Step step;
      step.kind = StepKind::AddForeignKey;
      step.next = b;
      out.push_back(step);
    }
  for (int a : prevFks)
    if (none_of(nextFks, [&](int b) { return matches(a, b); })) {
      Step step;
      step.kind = StepKind::DropForeignKey;
      step.previous = a;
      out.push_back(step);
    }
  std::set<int> seen;
  for (int a : prevFks) {
    auto it = find_if(nextFks, [&](int b) { return !seen.count(b) && matches(a, b); });
    if (it == nextFks.end())
      continue;
    seen.insert(*it);
    const ir::ForeignKey &pf = previous.foreignKeys[a], &nf = next.foreignKeys[*it];
    if (pf.name == nf.name)
      continue;
    if (isImplicitManyToManyForeignKey(previous, prevIndex, pf) &&
        isImplicitManyToManyForeignKey(next, nextIndex, nf))
      continue;
    Step step;
    step.kind = StepKind::RenameForeignKey;
    step.previous = a;
    step.next = *it;
    out.push_back(step);
  }

  for (auto [p, n] : indexPairs(pair)) {
    if (pt.indexes[p].name == nt.indexes[n].name)
      continue;
    Step step;
    step.kind = StepKind::RenameIndex;
    step.previous = pair.previous;
    step.next = pair.next;
    step.previousIndex = p;
    step.nextIndex = n;
    out.push_back(step);
  }

  std::vector<TableChange> changes;
  bool pkChanged = primaryKeyChanged(pair);
  if ((pt.primaryKey && !nt.primaryKey) || pkChanged)
    changes.push_back({TableChangeKind::DropPrimaryKey, -1, -1, {}});
  if (pt.primaryKey && nt.primaryKey && pt.primaryKey->name != nt.primaryKey->name)
    changes.push_back({TableChangeKind::RenamePrimaryKey, -1, -1, {}});
  for (auto &[name, p, n] : pair.columns)
    if (n < 0)
      changes.push_back({TableChangeKind::DropColumn, p, -1, {}});
  for (auto &[name, p, n] : pair.columns)
    if (p < 0)
      changes.push_back({TableChangeKind::AddColumn, -1, n, {}});
  std::vector<TableChange> altered;
  for (auto &[name, p, n] : pair.columns) {
    if (p < 0 || n < 0)
      continue;
    ColumnChanges c = changesOf(pair, p, n);
    if (!c.any())
      continue;
    altered.push_back({c.cast == CastKind::NotCastable ? TableChangeKind::DropAndRecreateColumn
                                                        : TableChangeKind::AlterColumn,
                       p, n, c});
  }
  std::stable_sort(altered.begin(), altered.end(), [](const TableChange &a, const TableChange &b) {
    return std::tie(a.previousColumn, a.nextColumn) < std::tie(b.previousColumn, b.nextColumn);
  });
  changes.insert(changes.end(), altered.begin(), altered.end());
  if ((!pt.primaryKey && nt.primaryKey) || pkChanged)
    changes.push_back({TableChangeKind::AddPrimaryKey, -1, -1, {}});
  if (changes.empty())
    return;
  Step step;
  step.kind = StepKind::AlterTable;
  step.previous = pair.previous;
  step.next = pair.next;
  step.changes = std::move(changes);
  out.push_back(std::move(step));
}

} // namespace

bool isSingularIndex(const ir::Table &table, const ir::Index &index) {
  unsigned identical = 0;
  for (const ir::Index &other : table.indexes) {
    bool sameColumns = other.kind == index.kind && other.columns.size() == index.columns.size();
    for (size_t c = 0; sameColumns && c < other.columns.size(); ++c)
      sameColumns = other.columns[c].column == index.columns[c].column;
    identical += sameColumns;
  }
  return identical == 1;
}

namespace {

void Differ::pushEnumSteps() {
  // (namespace, name) -> position in next.
  DenseMap<std::pair<StringRef, StringRef>, int> nextEnums;
  nextEnums.reserve(next.enums.size());
  for (size_t j = 0; j < next.enums.size(); ++j)
    nextEnums.try_emplace({next.enums[j].schema, next.enums[j].name}, int(j));
  auto findNext = [&](const ir::Enum &e) {
    auto it = nextEnums.find({e.schema, e.name});
    return it == nextEnums.end() ? -1 : it->second;
  };
  std::optional<EnumDefaultUses> defaultUses;
  for (size_t i = 0; i < previous.enums.size(); ++i) {
    const ir::Enum &pe = previous.enums[i];
    int j = findNext(pe);
    if (j < 0)
      continue;
    const ir::Enum &ne = next.enums[j];
    Step step;
    step.kind = StepKind::AlterEnum;
    step.previous = int(i);
    step.next = j;
    StringSet<> previousValues, nextValues;
    for (const ir::EnumValue &v : pe.values)
      previousValues.insert(v.name);
    for (const ir::EnumValue &v : ne.values)
      nextValues.insert(v.name);
    for (const ir::EnumValue &v : ne.values)
      if (!previousValues.contains(v.name))
        step.createdValues.push_back(v.name);
    for (const ir::EnumValue &v : pe.values)
      if (!nextValues.contains(v.name))
        step.droppedValues.push_back(v.name);
    if (step.createdValues.empty() && step.droppedValues.empty())
      continue;
    if (!defaultUses)
      defaultUses.emplace(previous, next);
    step.previousUsesAsDefault = defaultUses->uses(int(i), j);
    steps.push_back(std::move(step));
  }
  DenseSet<std::pair<StringRef, StringRef>> previousEnums;
  for (const ir::Enum &p : previous.enums)
    previousEnums.insert({p.schema, p.name});
  for (size_t j = 0; j < next.enums.size(); ++j) {
    const ir::Enum &ne = next.enums[j];
    if (previousEnums.contains({ne.schema, ne.name}))
      continue;
    Step step;
    step.kind = StepKind::CreateEnum;
    step.next = int(j);
    steps.push_back(step);
  }
  for (size_t i = 0; i < previous.enums.size(); ++i) {
    if (findNext(previous.enums[i]) >= 0)
      continue;
    Step step;
    step.kind = StepKind::DropEnum;
    step.previous = int(i);
    steps.push_back(step);
  }
}

} // namespace

std::vector<Step> Differ::run() {
  matchTables();
  pushExtensionSteps();
  pushCreatedSchemaSteps();
  pushCreatedTableSteps();
  pushDroppedTableSteps();
  pushDroppedIndexSteps();
  pushCreatedIndexSteps();
  pushAlteredTableSteps();
  pushEnumSteps();
  sortPlanSteps(previous, next, steps);
  return std::move(steps);
}

std::vector<Step> diffSteps(const ir::Schema &previous, const ir::Schema &next) {
  return Differ(previous, next).run();
}

} // namespace schemac::passes
