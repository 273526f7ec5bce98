//===- format/Formatter.h - Prisma's formatting of schema files -*- C++ -*-===//
//
// Part of schemac. `schemac format`: the layout `prisma format` gives a schema, byte for
// byte. Like clang-format, the formatter has its own line parser over the frontend's token
// stream (frontend/Lexer.h) instead of the full parser: it mirrors Prisma's formatting
// grammar line by line (a field, a block attribute, a property, an enum value, comments,
// blank lines), keeps every comment, and needs no valid schema. A line that Prisma's
// grammar cannot place is a syntax error: the formatter refuses and reports it, unless
// asked to keep such lines verbatim as Prisma does.
//
// Before the layout, `formatSchema` completes relations as `prisma format` does (missing
// back-relation fields, `@relation(fields, references)` and the scalar fields they name),
// when the schema resolves (names, types and attributes without errors).
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_FORMAT_FORMATTER_H
#define SCHEMAC_FORMAT_FORMATTER_H

#include "support/Diagnostic.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace schemac::format {

struct FormatOptions {
  unsigned indentWidth = 2;
  /// Keep lines that are not valid syntax verbatim (re-indented), as Prisma's formatter
  /// does, instead of refusing to format the file.
  bool keepInvalidLines = false;
  /// Add missing relation fields and `@relation` arguments as `prisma format` does.
  bool completeRelations = true;
};

/// A line the formatter cannot place: byte offset of its first token and what it is.
using InvalidLineHandler = llvm::function_ref<void(size_t offset, llvm::StringRef message)>;

/// Prisma's layout of one file (schema_ast::reformat): no semantics, no relation
/// completion. Returns false when a line is not valid syntax and `keepInvalidLines` is off;
/// `onInvalid` is called for every such line either way.
bool formatLayout(llvm::StringRef text, const FormatOptions &options, std::string &out,
                  InvalidLineHandler onInvalid);

/// Formats the files of one schema (one buffer per file, all in the engine's SourceMgr):
/// relation completion across files, then the layout of each file. `outputs[i]` is the
/// formatted text of `bufferIds[i]`. Returns false (with diagnostics) when a file is not
/// valid UTF-8 or has a line that is not valid syntax; `outputs` is then unusable.
bool formatSchema(llvm::ArrayRef<unsigned> bufferIds, DiagnosticEngine &diags,
                  const FormatOptions &options, std::vector<std::string> &outputs);

/// Prisma's camelCase and plural of a model name, as used for fields it adds
/// (`PostTag` -> `postTag`, `postTags`).
std::string camelCaseName(llvm::StringRef name);
std::string pluralName(llvm::StringRef word);

} // namespace schemac::format

#endif // SCHEMAC_FORMAT_FORMATTER_H
