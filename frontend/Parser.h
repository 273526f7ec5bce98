//===- frontend/Parser.h - PSL parser driver --------------------*- C++ -*-===//
//
// Part of schemac. Parses one source buffer into an ast::SourceFile: the hand-written
// scanner feeds the ANTLR-generated parser (grammar/PrismaParser.g4); each top-level
// declaration is parsed, lowered to the AST and its parse tree freed before the next.
// Syntax errors become diagnostics; parsing recovers at the end of the line.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_FRONTEND_PARSER_H
#define SCHEMAC_FRONTEND_PARSER_H

#include "frontend/AST.h"
#include "ir/Diagnostic.h"

#include <utility>
#include <vector>

namespace schemac::frontend {

/// Deepest nesting of brackets and parentheses the parser accepts.
constexpr unsigned kMaxNestingDepth = 64;

/// True when a STRING token's text has no closing quote.
bool isUnterminatedString(llvm::StringRef text);

/// Splits a buffer into chunks [begin, end) of whole top-level declarations: each ends
/// after the `}` that closes a block (the last one at the end of the buffer).
std::vector<std::pair<size_t, size_t>> splitIntoChunks(llvm::StringRef buffer);

/// Parses buffer `bufferId` of the engine's SourceMgr and appends it to `schema.files`.
/// Never fails: problems are reported through `diags`.
void parseFile(unsigned bufferId, ast::Schema &schema, DiagnosticEngine &diags);

} // namespace schemac::frontend

#endif // SCHEMAC_FRONTEND_PARSER_H
