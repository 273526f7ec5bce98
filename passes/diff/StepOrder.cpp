//===- passes/diff/StepOrder.cpp - The order of a plan's steps ------------------===//
//
// Part of schemac. Plans are sorted as Prisma sorts its SqlMigrationStep values (by kind,
// then by the positions each names), which makes every script runnable and byte-identical
// to Prisma's.
//
//===----------------------------------------------------------------------===//
#include "passes/diff/DifferImpl.h"

#include "llvm/ADT/STLExtras.h"

#include <algorithm>
#include <numeric>

using namespace llvm;

namespace schemac::passes {

using ir::Step;
using ir::StepKind;
using ir::TableChange;
using ir::TableChangeKind;

/// The sort key of a step: its kind, then the positions it names, in the order of the
/// fields of Prisma's SqlMigrationStep variants (whose derived Ord sorts the plan).
std::vector<int64_t> stepSortKey(const ir::Schema &previous, const ir::Schema &next,
                                 const Step &step) {
  // Global index positions: (table, index) flattened, primary keys counted first.
  auto globalIndex = [](const ir::Schema &s, int table, int index) {
    int64_t base = 0;
    for (int t = 0; t < table; ++t)
      base += int64_t(s.tables[t].indexes.size()) + (s.tables[t].primaryKey ? 1 : 0);
    return base + (s.tables[table].primaryKey ? 1 : 0) + index;
  };
  std::vector<int64_t> key{int64_t(step.kind)};
  switch (step.kind) {
  case StepKind::CreateSchema:
  case StepKind::DropSchema:
    break; // by name, below
  case StepKind::DropIndex:
    key.push_back(globalIndex(previous, step.previous, step.previousIndex));
    break;
  case StepKind::CreateIndex:
    key.push_back(step.previous >= 0 ? 1 : 0);
    key.push_back(step.previous);
    key.push_back(step.next);
    key.push_back(globalIndex(next, step.next, step.nextIndex));
    key.push_back(step.fromDropAndRecreate);
    break;
  case StepKind::RenameIndex:
    key.push_back(globalIndex(previous, step.previous, step.previousIndex));
    key.push_back(globalIndex(next, step.next, step.nextIndex));
    break;
  case StepKind::RenameColumn:
    key.push_back(step.previous);
    key.push_back(step.previousIndex);
    break;
  default:
    key.push_back(step.previous);
    key.push_back(step.next);
    break;
  }
  return key;
}

void sortPlanSteps(const ir::Schema &previous, const ir::Schema &next, std::vector<Step> &steps) {
  std::vector<std::pair<std::vector<int64_t>, size_t>> keys;
  keys.reserve(steps.size());
  for (size_t i = 0; i < steps.size(); ++i)
    keys.emplace_back(stepSortKey(previous, next, steps[i]), i);
  std::stable_sort(keys.begin(), keys.end(), [&](const auto &a, const auto &b) {
    if (a.first != b.first)
      return a.first < b.first;
    return steps[a.second].name < steps[b.second].name;
  });
  std::vector<Step> sorted;
  sorted.reserve(steps.size());
  for (auto &[key, i] : keys)
    sorted.push_back(std::move(steps[i]));
  steps = std::move(sorted);

  // A unique index dropped from a table without primary key, which an AlterTable of the
  // same table replaces by a primary key on the same columns, is dropped after it.
  for (size_t i = 0; i < steps.size(); ++i) {
    if (steps[i].kind != StepKind::DropIndex)
      continue;
    const ir::Table &table = previous.tables[steps[i].previous];
    const ir::Index &index = table.indexes[steps[i].previousIndex];
    if (!index.isUnique() || table.primaryKey)
      continue;
    for (size_t j = i + 1; j < steps.size(); ++j) {
      const Step &alter = steps[j];
      if (alter.kind != StepKind::AlterTable || alter.previous != steps[i].previous)
        continue;
      bool addsKey = any_of(alter.changes, [](const TableChange &c) {
        return c.kind == TableChangeKind::AddPrimaryKey;
      });
      bool touches = any_of(alter.changes, [&](const TableChange &c) {
        if (c.kind != TableChangeKind::DropColumn &&
            c.kind != TableChangeKind::DropAndRecreateColumn)
          return false;
        const std::string &name = table.columns[c.previousColumn].name;
        return any_of(index.columns, [&](const ir::IndexColumn &ic) { return ic.column == name; });
      });
      const ir::Table &nt = next.tables[alter.next];
      if (!addsKey || touches || !nt.primaryKey ||
          nt.primaryKey->columns.size() != index.columns.size())
        continue;
      bool same = true;
      for (size_t c = 0; c < index.columns.size(); ++c)
        same = same && nt.primaryKey->columns[c].column == index.columns[c].column;
      if (!same)
        continue;
      Step moved = std::move(steps[i]);
      steps.erase(steps.begin() + i);
      steps.insert(steps.begin() + j, std::move(moved));
      --i;
      break;
    }
  }
}

} // namespace schemac::passes
