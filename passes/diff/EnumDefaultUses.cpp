//===- passes/diff/EnumDefaultUses.cpp - Defaults that use an enum -------===//
//
// Part of schemac. The columns whose default is a value of an enum, looked up once per
// diff: an altered enum's steps drop and restore those defaults around the type change
// (passes/diff/DifferImpl.h).
//
//===----------------------------------------------------------------------===//
#include "passes/diff/DifferImpl.h"

#include "llvm/ADT/STLExtras.h"

#include <algorithm>
#include <tuple>

using namespace llvm;

namespace schemac::passes {

using ir::Column;
using ir::Step;
using ir::TypeKind;

EnumDefaultUses::EnumDefaultUses(const ir::Schema &previous, const ir::Schema &next)
    : previous(previous), next(next), nextIndex(next) {
  for (size_t t = 0; t < previous.tables.size(); ++t) {
    const ir::Table &table = previous.tables[t];
    if (isIgnoredTable(table))
      continue;
    for (size_t c = 0; c < table.columns.size(); ++c) {
      const Column &column = table.columns[c];
      if (column.type.kind == TypeKind::Enum && column.hasDatabaseDefault())
        columnsByEnum[column.type.name].push_back({int(t), int(c)});
    }
  }
}

std::vector<Step::DefaultUse> EnumDefaultUses::uses(int previousEnum, int nextEnum) const {
  std::vector<Step::DefaultUse> uses;
  auto it = columnsByEnum.find(previous.enums[previousEnum].name);
  if (it == columnsByEnum.end())
    return uses;
  StringRef nextName = next.enums[nextEnum].name;
  // Dropped tables first, then the tables on both sides, each in previous order; within
  // a table, the dropped columns by name, then the kept ones by name.
  const std::vector<std::pair<int, int>> &columns = it->second;
  for (auto [t, c] : columns)
    if (nextIndex.findTable(previous.tables[t].qualifiedName()) < 0)
      uses.push_back({t, c, -1, -1});
  for (size_t first = 0; first < columns.size();) {
    int t = columns[first].first;
    size_t last = first;
    while (last < columns.size() && columns[last].first == t)
      ++last;
    int n = nextIndex.findTable(previous.tables[t].qualifiedName());
    if (n < 0) {
      first = last;
      continue;
    }
    const ir::Table &pt = previous.tables[t];
    const ir::Table &nt = next.tables[n];
    // (dropped?, name, previous column, next column)
    std::vector<std::tuple<bool, StringRef, int, int>> found;
    for (size_t k = first; k < last; ++k) {
      int p = columns[k].second;
      // The last column of a name wins, as a name map would have it.
      bool shadowed = false;
      for (size_t q = p + 1; q < pt.columns.size() && !shadowed; ++q)
        shadowed = pt.columns[q].name == pt.columns[p].name;
      if (shadowed)
        continue;
      int match = -1;
      for (size_t q = 0; q < nt.columns.size(); ++q)
        if (nt.columns[q].name == pt.columns[p].name) {
          match = int(q);
          break;
        }
      found.emplace_back(match < 0, pt.columns[p].name, p, match);
    }
    llvm::sort(found, [](const auto &a, const auto &b) {
      return std::tie(std::get<0>(b), std::get<1>(a)) < std::tie(std::get<0>(a), std::get<1>(b));
    });
    for (auto &[dropped, name, p, m] : found) {
      if (dropped) {
        uses.push_back({t, p, -1, -1});
        continue;
      }
      const Column &nc = nt.columns[m];
      bool keeps = nc.type.kind == TypeKind::Enum && nc.type.name == nextName &&
                   nc.hasDatabaseDefault();
      uses.push_back({t, p, keeps ? n : -1, keeps ? m : -1});
    }
    first = last;
  }
  return uses;
}

} // namespace schemac::passes
