//===- migrate/SqlScript.h - Statements of a migration script ----*- C++ -*-===//
//
// Part of schemac. Splits a PostgreSQL script into its statements (strings, quoted
// identifiers, dollar quoting and nested comments respected), so that the runtime can
// run, time and report them one by one, and recognises the statements PostgreSQL refuses
// to run inside a transaction block.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_MIGRATE_SQLSCRIPT_H
#define SCHEMAC_MIGRATE_SQLSCRIPT_H

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace schemac::migrate {

struct SqlStatement {
  std::string text;  ///< the statement with its leading comments, without the `;`
  unsigned line = 1; ///< 1-based line of its first token in the script
};

/// The statements of `script`, in order; statements that are only comments or blanks
/// are dropped.
std::vector<SqlStatement> splitStatements(llvm::StringRef script);

/// Whether PostgreSQL refuses to run the statement in a transaction block
/// (`CREATE INDEX CONCURRENTLY`, `VACUUM`, `CREATE DATABASE`, ...).
bool needsOwnTransaction(llvm::StringRef statement);

/// The statement's text with comments removed and whitespace collapsed, for messages.
std::string statementSummary(llvm::StringRef statement, size_t maxLength = 80);

} // namespace schemac::migrate

#endif // SCHEMAC_MIGRATE_SQLSCRIPT_H
