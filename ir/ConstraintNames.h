//===- ir/ConstraintNames.h - Default constraint and index names -*- C++ -*-===//
//
// Part of schemac. The names Prisma gives primary keys, unique constraints, indexes,
// foreign keys and default constraints when the schema has no `map:`, aligned with
// PostgreSQL's own conventions ({table}_pkey, {table}_{columns}_key, _idx, _fkey), and cut
// to the provider's identifier limit at a UTF-8 character boundary.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_IR_CONSTRAINTNAMES_H
#define SCHEMAC_IR_CONSTRAINTNAMES_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace schemac::ir {

/// PostgreSQL's NAMEDATALEN - 1: longer identifiers are truncated by the server.
constexpr size_t kPostgresMaxIdentifierLength = 63;

std::string primaryKeyName(llvm::StringRef table,
                           size_t limit = kPostgresMaxIdentifierLength);
std::string uniqueIndexName(llvm::StringRef table, llvm::ArrayRef<llvm::StringRef> columns,
                            size_t limit = kPostgresMaxIdentifierLength);
std::string indexName(llvm::StringRef table, llvm::ArrayRef<llvm::StringRef> columns,
                      size_t limit = kPostgresMaxIdentifierLength);
std::string foreignKeyName(llvm::StringRef table, llvm::ArrayRef<llvm::StringRef> columns,
                           size_t limit = kPostgresMaxIdentifierLength);
/// SQL Server's named default constraints ({table}_{column}_df).
std::string defaultConstraintName(llvm::StringRef table, llvm::StringRef column,
                                  size_t limit = kPostgresMaxIdentifierLength);

/// The largest prefix of `text` of at most `maxBytes` bytes that ends on a UTF-8
/// character boundary.
llvm::StringRef truncateAtCharBoundary(llvm::StringRef text, size_t maxBytes);

} // namespace schemac::ir

#endif // SCHEMAC_IR_CONSTRAINTNAMES_H
