//===- ir/Parser.h - Read the textual form of the IR ------------*- C++ -*-===//
//
// Part of schemac. Parses what ir/Printer.h prints (grammar in docs/ir.md). Syntax
// errors are reported with their location through the DiagnosticEngine; the parser does
// not check the IR's invariants, the verifier (ir/Verifier.h) does, so a hand-edited file
// can be parsed, then verified with a diagnostic that points at the offending line.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_IR_PARSER_H
#define SCHEMAC_IR_PARSER_H

#include "support/Diagnostic.h"
#include "ir/Schema.h"

#include <optional>

namespace schemac::ir {

/// Source ranges of the parsed constructs, for the verifier's diagnostics. Indexes follow
/// the Schema's vectors.
struct SchemaLocations {
  std::vector<llvm::SMRange> enums, tables, foreignKeys, extensions, namespaces;
  std::vector<std::vector<llvm::SMRange>> enumValues, columns, indexes;
  std::vector<llvm::SMRange> primaryKeys; ///< empty range when the table has none
};

/// Parses the buffer; returns std::nullopt after reporting a syntax error.
std::optional<Schema> parseSchemaText(unsigned bufferId, DiagnosticEngine &diags,
                                      SchemaLocations *locations = nullptr);

/// True when the buffer starts like a textual IR file (`schemac.ir`).
bool looksLikeSchemaText(llvm::StringRef text);

} // namespace schemac::ir

#endif // SCHEMAC_IR_PARSER_H
