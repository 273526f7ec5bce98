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
#include "support/Diagnostic.h"

#include "llvm/ADT/DenseMap.h"

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

/// The chunks of files already parsed, by their text, with the blocks and comments each
/// gave: a second version of a schema (the other side of a diff) takes over the syntax
/// of every chunk it shares with the first instead of parsing it again. Only files
/// parsed without diagnostics belong here, so a copied chunk reports nothing, as parsing
/// it would not.
class ChunkIndex {
public:
  struct Entry {
    llvm::StringRef text;
    const ast::SourceFile *file;
    unsigned firstBlock, endBlock, firstComment, endComment;
  };
  /// Records `file`, parsed from `buffer` split into `chunks` (splitIntoChunks). The
  /// index points at `file`, which must stay where it is.
  void add(llvm::StringRef buffer, llvm::ArrayRef<std::pair<size_t, size_t>> chunks,
           const ast::SourceFile &file);
  /// The chunk with this text, if any.
  const Entry *find(llvm::StringRef text) const {
    auto it = entries.find(text);
    return it == entries.end() ? nullptr : &it->second;
  }
  bool empty() const { return entries.empty(); }

private:
  /// Chunks are whole declarations: xxHash64 hashes them several times faster than
  /// DenseMap's default string hash.
  struct TextInfo : llvm::DenseMapInfo<llvm::StringRef> {
    static unsigned getHashValue(llvm::StringRef text);
  };
  llvm::DenseMap<llvm::StringRef, Entry, TextInfo> entries;
};

/// Parses buffer `bufferId` of the engine's SourceMgr and appends it to `schema.files`.
/// Never fails: problems are reported through `diags`. With `reuse`, chunks found there
/// are copied (ast::relocatedCopy), not parsed; with `record`, the file's chunks are
/// added to it.
void parseFile(unsigned bufferId, ast::Schema &schema, DiagnosticEngine &diags,
               const ChunkIndex *reuse = nullptr, ChunkIndex *record = nullptr);

} // namespace schemac::frontend

#endif // SCHEMAC_FRONTEND_PARSER_H
