//===- backends/postgres/PostgresSQL.h - PostgreSQL DDL in Prisma's format -*- C++ -*-===//
//
// Part of schemac. Renders IR constructs as the PostgreSQL statements Prisma Migrate
// writes (its postgres_renderer), and assembles them into a migration script with
// Prisma's `-- Step` comments and spacing. Every identifier is quoted.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_BACKENDS_POSTGRES_POSTGRESSQL_H
#define SCHEMAC_BACKENDS_POSTGRES_POSTGRESSQL_H

#include "ir/Schema.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace schemac::backends::postgres {

/// `"name"`, with embedded double quotes doubled.
std::string quoteIdentifier(llvm::StringRef name);
/// `'text'`, with embedded single quotes doubled.
std::string quoteString(llvm::StringRef text);
/// A table or enum name, qualified unless it lives in the default namespace.
std::string qualifiedName(const ir::Schema &schema, const ir::QualifiedName &name);

/// `TEXT`, `VARCHAR(255)`, `SERIAL`, `"Role"[]`: the type as written in a column definition.
std::string columnTypeSQL(const ir::Schema &schema, const ir::Column &column);
/// The expression after DEFAULT, or an empty string when the database has no default
/// (autoincrement renders as SERIAL, Prisma-level defaults are not in the database).
std::string defaultSQL(const ir::Schema &schema, const ir::Column &column);
/// `    "name" TYPE NOT NULL DEFAULT ...`, as in CREATE TABLE and ADD COLUMN.
std::string columnDefinitionSQL(const ir::Schema &schema, const ir::Column &column);

std::string createSchemaSQL(llvm::StringRef name);
std::string createExtensionSQL(const ir::Extension &extension);
std::string createEnumSQL(const ir::Schema &schema, const ir::Enum &enm);
std::string createTableSQL(const ir::Schema &schema, const ir::Table &table);
std::string createIndexSQL(const ir::Schema &schema, const ir::Table &table,
                           const ir::Index &index);
std::string addForeignKeySQL(const ir::Schema &schema, const ir::ForeignKey &fk);

/// The same, appended to `out` (the functions above wrap these): a script of thousands of
/// statements is written in place, without a string per statement and per name.
void appendIdentifier(std::string &out, llvm::StringRef name);
void appendQualifiedName(std::string &out, const ir::Schema &schema,
                         llvm::StringRef namespaceName, llvm::StringRef name);
void appendColumnType(std::string &out, const ir::Schema &schema, const ir::Column &column);
void appendColumnDefinition(std::string &out, const ir::Schema &schema,
                            const ir::Column &column);
void appendCreateEnum(std::string &out, const ir::Schema &schema, const ir::Enum &enm);
void appendCreateTable(std::string &out, const ir::Schema &schema, const ir::Table &table);
void appendCreateIndex(std::string &out, const ir::Schema &schema, const ir::Table &table,
                       const ir::Index &index);
void appendAddForeignKey(std::string &out, const ir::Schema &schema,
                         const ir::ForeignKey &fk);

/// A migration script: steps of one or more statements, each step under a
/// `-- Description` line, steps separated by a blank line. An empty script says so, as
/// Prisma's does.
class ScriptBuilder {
public:
  /// `notes`: comment lines printed above the step's `-- Description` line.
  void step(llvm::StringRef description, llvm::ArrayRef<std::string> statements,
            llvm::StringRef notes = "");
  void step(llvm::StringRef description, const std::string &statement) {
    step(description, llvm::ArrayRef<std::string>(statement));
  }
  /// Starts a step and returns the script text, to which the caller appends the step's
  /// statements, each followed by endStatement(): big scripts are written in place.
  std::string &beginStep(llvm::StringRef description, llvm::StringRef notes = "");
  void endStatement() { text += ";\n"; }
  bool empty() const { return text.empty(); }
  /// Appends the steps of `part`, a builder for the script's next steps (its header is
  /// ignored): the same text as building them here.
  void appendSteps(ScriptBuilder &&part);
  /// Appends a free comment block (for example a header); not a step.
  void comment(llvm::StringRef lines);
  std::string finish() &&;

private:
  std::string header;
  std::string text;
};

/// The script that creates `schema` in an empty database: Prisma's
/// `migrate diff --from-empty --to-schema ... --script`.
std::string createScript(const ir::Schema &schema);

} // namespace schemac::backends::postgres

#endif // SCHEMAC_BACKENDS_POSTGRES_POSTGRESSQL_H
