//===- frontend/Frontend.h - Loading and checking schemas -------*- C++ -*-===//
//
// Part of schemac. The frontend's public entry points: read schema files (a file, or a
// folder of `.prisma` files forming one multi-file schema), parse them into the AST and
// validate them. Tools use only this header and frontend/AST.h / frontend/Sema.h.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_FRONTEND_FRONTEND_H
#define SCHEMAC_FRONTEND_FRONTEND_H

#include "frontend/AST.h"
#include "frontend/Sema.h"
#include "support/Diagnostic.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"

#include <memory>
#include <string>
#include <vector>

namespace schemac::frontend {

/// Reads every schema file named by `paths` into the engine's SourceMgr and returns their
/// buffer ids, sorted by path within each folder. A folder contributes every `.prisma` file
/// below it. I/O problems are llvm::Errors (exit code 2), not diagnostics.
llvm::Expected<std::vector<unsigned>> loadSchemaFiles(llvm::ArrayRef<std::string> paths,
                                                      llvm::SourceMgr &sourceMgr,
                                                      std::vector<std::string> *readFiles = nullptr);

/// Splits the paths given to a command (by pre-commit, say: every staged `.prisma` file)
/// into the schemas they belong to, in the order first named, as Prisma finds a schema:
/// a folder is one schema; a file inside the schema that a Prisma config names
/// (`schema:` in prisma.config.*, `prisma.schema` in package.json) belongs to it; else a
/// file in Prisma's default multi-file folder (`prisma/schema/`, or below it) belongs to
/// that folder when exactly one of the folder's files declares a datasource; any other
/// file is a schema of its own. Each root is one path, ready for loadSchemaFiles.
std::vector<std::string> schemaRootsOf(llvm::ArrayRef<std::string> paths);

/// Parses the buffers into one schema. Files that are not valid UTF-8 are reported and
/// skipped.
std::unique_ptr<ast::Schema> parseSchema(llvm::ArrayRef<unsigned> bufferIds,
                                         DiagnosticEngine &diags);

/// Parses two versions of a schema (the sides of a diff), with the same result as two
/// parseSchema calls. The second takes over the syntax of each top-level block that is
/// unchanged from the first (its text and the comments above it, byte for byte), moved
/// into its own buffer (ast::relocatedCopy), instead of parsing it again: a migration
/// usually changes a few blocks of many.
std::pair<std::unique_ptr<ast::Schema>, std::unique_ptr<ast::Schema>>
parseSchemaPair(llvm::ArrayRef<unsigned> firstIds, llvm::ArrayRef<unsigned> secondIds,
                DiagnosticEngine &firstDiags, DiagnosticEngine &secondDiags);

struct ValidationOptions {
  /// Require `url` in the datasource as Prisma 5/6 did. When false (a Prisma 7 project with
  /// a prisma.config file), the URL lives in the config file.
  bool requireDatasourceUrl = true;
};

/// Validates a parsed schema as Prisma does: names, types, attributes, relations,
/// datasource and generators. Returns the resolved schema (usable when no error was
/// reported).
std::unique_ptr<SchemaDatabase> validateSchema(const ast::Schema &schema,
                                               DiagnosticEngine &diags,
                                               const ValidationOptions &options = {});

/// True when a Prisma 7 config file (prisma.config.{ts,mts,cts,js,mjs,cjs}) sits next to
/// `schemaPath` or in one of its parent folders.
bool hasPrismaConfigFile(llvm::StringRef schemaPath);

} // namespace schemac::frontend

#endif // SCHEMAC_FRONTEND_FRONTEND_H
