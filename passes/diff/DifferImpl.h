//===- passes/diff/DifferImpl.h - Shared pieces of the differ's passes -*- C++ -*-===//
//
// Part of schemac. Internal to passes/: what Differ.cpp, Renames.cpp and Reverse.cpp
// share. Not installed, not used outside passes/.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_PASSES_DIFF_DIFFERIMPL_H
#define SCHEMAC_PASSES_DIFF_DIFFERIMPL_H

#include "ir/MigrationPlan.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace schemac::passes {

/// The steps from `previous` to `next`, sorted (no renames).
/// Per-schema lookups: tables by name, foreign keys by table.
struct SchemaIndex {
  const ir::Schema *schema = nullptr;
  /// (namespace, name) -> index; the keys point into the schema's own strings.
  llvm::DenseMap<std::pair<llvm::StringRef, llvm::StringRef>, int> tables;
  std::vector<std::vector<int>> foreignKeysOfTable;

  SchemaIndex() = default;
  explicit SchemaIndex(const ir::Schema &s) { build(s); }
  void build(const ir::Schema &s) {
    schema = &s;
    tables.reserve(s.tables.size());
    for (size_t i = 0; i < s.tables.size(); ++i)
      tables.try_emplace({s.tables[i].schema, s.tables[i].name}, int(i));
    foreignKeysOfTable.resize(s.tables.size());
    for (size_t i = 0; i < s.foreignKeys.size(); ++i) {
      int table = findTable(s.foreignKeys[i].table);
      if (table >= 0)
        foreignKeysOfTable[table].push_back(int(i));
    }
  }
  int findTable(const ir::QualifiedName &name) const {
    auto it = tables.find({name.schema, name.name});
    return it == tables.end() ? -1 : it->second;
  }
};

std::vector<ir::Step> diffSteps(const ir::Schema &previous, const ir::Schema &next);

/// Puts steps in run order: by kind, then by the positions they name (Prisma's order).
void sortPlanSteps(const ir::Schema &previous, const ir::Schema &next,
                   std::vector<ir::Step> &steps);

ir::ColumnChanges columnChanges(const ir::Column &previous, const ir::Column &next);

/// AlterEnum: the columns of `previous` whose default uses an enum, with the column of
/// `next` that keeps such a default. Built once per diff: each query visits only the
/// columns of that enum.
class EnumDefaultUses {
public:
  EnumDefaultUses(const ir::Schema &previous, const ir::Schema &next);
  std::vector<ir::Step::DefaultUse> uses(int previousEnum, int nextEnum) const;

private:
  const ir::Schema &previous;
  const ir::Schema &next;
  SchemaIndex nextIndex;
  /// Enum name -> (table, column) in previous, in table then column order.
  llvm::StringMap<std::vector<std::pair<int, int>>> columnsByEnum;
};

/// Whether `index` is the only index of its kind on its columns (Prisma renames and
/// recreates only those).
bool isSingularIndex(const ir::Table &table, const ir::Index &index);

/// Tables the differ leaves alone: migration history tables.
bool isIgnoredTable(const ir::Table &table);

/// The foreign keys of each table by position: those on it (`from`) and those pointing
/// at it (`to`). Renames keep positions, so an index of a schema holds for its renamed
/// copies.
struct ForeignKeysOfTables {
  explicit ForeignKeysOfTables(const ir::Schema &schema);
  std::vector<std::vector<int>> from, to;
};

/// Renames table `from` to `to` in `schema`, with the foreign keys that name it (those
/// of `fks` when given, else found by a scan).
void renameTable(ir::Schema &schema, int table, const ir::QualifiedName &to,
                 const ForeignKeysOfTables *fks = nullptr);
/// Renames a column of `table`, with the primary key, indexes and foreign keys that
/// name it.
void renameColumn(ir::Schema &schema, int table, int column, llvm::StringRef to,
                  const ForeignKeysOfTables *fks = nullptr);

} // namespace schemac::passes

#endif // SCHEMAC_PASSES_DIFF_DIFFERIMPL_H
