//===- seed/SeedImpl.h - Shared helpers of the seeder -----------*- C++ -*-===//
//
// Private to seed/.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_SEED_SEEDIMPL_H
#define SCHEMAC_SEED_SEEDIMPL_H

#include "ir/Schema.h"

#include <string>
#include <vector>

namespace schemac::seed {

std::string quoteIdentifier(llvm::StringRef name);
/// The table a qualified name refers to, -1 if none.
int findTable(const ir::Schema &schema, const ir::QualifiedName &name);
/// The foreign keys (indexes into Schema::foreignKeys) declared on a table.
std::vector<int> foreignKeysOf(const ir::Schema &schema, int table);
std::vector<const ir::Index *> uniqueIndexes(const ir::Table &table);

} // namespace schemac::seed

#endif // SCHEMAC_SEED_SEEDIMPL_H
