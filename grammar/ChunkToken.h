//===- grammar/ChunkToken.h - The parser's compact token -------*- C++ -*-===//
//
// Part of schemac (frontend-private). The tokens the generated parser reads: 40 bytes
// instead of CommonToken's 112 (no text copy, no source pair), all of a chunk in one
// vector (Parser.cpp's ChunkTokenStream). The AST builder reads their offsets directly
// (ChunkToken::dynCast) rather than through three virtual calls per token; tokens that
// ANTLR's error recovery conjures are CommonTokens and take the virtual path.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_GRAMMAR_CHUNKTOKEN_H
#define SCHEMAC_GRAMMAR_CHUNKTOKEN_H

#include "antlr4-runtime.h"

#include <cstdint>
#include <typeinfo>

namespace schemac::frontend {

/// What a ChunkToken needs from the stream that owns it, for ANTLR's rarely used parts.
class ChunkTokenOwner {
public:
  virtual antlr4::TokenSource *tokenSource() const = 0;
  virtual antlr4::CharStream *charStream() const = 0;
  virtual std::string textOf(size_t start, size_t stop) const = 0;

protected:
  ~ChunkTokenOwner() = default;
};

/// Line and column are 0 as for every token of ours: diagnostics use byte offsets.
class ChunkToken final : public antlr4::Token {
public:
  ChunkToken(const ChunkTokenOwner *owner, size_t type, uint32_t start, uint32_t stop,
             uint32_t index)
      : owner(owner), type(type), start(start), stop(stop), index(index) {}

  /// `token` as a ChunkToken, or null for another kind of token. The type_info objects
  /// are compared by address (one load and a compare; type_info's == may compare names):
  /// were a ChunkToken's ever a copy elsewhere, the answer would only be a slower null.
  static const ChunkToken *dynCast(const antlr4::Token *token) {
    return &typeid(*token) == &typeid(ChunkToken) ? static_cast<const ChunkToken *>(token)
                                                  : nullptr;
  }
  size_t tokenType() const { return type; }
  size_t startOffset() const { return start; }
  size_t stopOffset() const { return stop; }

  size_t getType() const override { return type; }
  size_t getLine() const override { return 0; }
  size_t getCharPositionInLine() const override { return 0; }
  size_t getChannel() const override { return DEFAULT_CHANNEL; }
  size_t getTokenIndex() const override { return index; }
  size_t getStartIndex() const override { return start; }
  size_t getStopIndex() const override { return stop; }
  antlr4::TokenSource *getTokenSource() const override { return owner->tokenSource(); }
  antlr4::CharStream *getInputStream() const override { return owner->charStream(); }
  std::string getText() const override {
    return type == EOF ? "<EOF>" : owner->textOf(start, stop);
  }
  std::string toString() const override { return getText(); }

private:
  const ChunkTokenOwner *owner;
  size_t type; // EOF is size_t(-1)
  uint32_t start, stop, index;
};

} // namespace schemac::frontend

#endif // SCHEMAC_GRAMMAR_CHUNKTOKEN_H
