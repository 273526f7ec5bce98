//===- frontend/Lexer.h - PSL scanner ---------------------------*- C++ -*-===//
//
// Part of schemac. A hand-written scanner producing exactly the tokens that
// grammar/PrismaLexer.g4 specifies (same types, same boundaries), over the UTF-8 bytes of
// the buffer: no UTF-32 copy, byte offsets for free, no per-character DFA lookups. The
// generated ANTLR lexer stays the reference; test/unit/LexerTest.cpp compares the two.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_FRONTEND_LEXER_H
#define SCHEMAC_FRONTEND_LEXER_H

#include "llvm/ADT/StringRef.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace schemac::frontend {

/// A token as byte offsets into the buffer: [begin, end). `type` is a token type of the
/// generated PrismaLexer (PrismaLexer::IDENT, ...); WS is never returned.
struct RawToken {
  size_t type;
  uint32_t begin;
  uint32_t end;
};

class Lexer {
public:
  /// Scans `buffer` from byte `start`; offsets stay relative to the start of `buffer`.
  explicit Lexer(llvm::StringRef buffer, size_t start = 0) : buffer(buffer), pos(start) {}

  /// The next token, or one of type antlr4::Token::EOF at the end (begin == end == size).
  RawToken next();

  /// Decodes the UTF-8 code point at `pos`; on an invalid sequence returns 0xFFFFFFFF and
  /// a length of 1.
  static uint32_t decode(llvm::StringRef buffer, size_t pos, unsigned &length);
  static bool isSpace(uint32_t codePoint);
  static bool isIdentStart(uint32_t codePoint);

private:
  size_t scanIdent(size_t pos) const;
  size_t scanNumber(size_t pos) const;

  llvm::StringRef buffer;
  size_t pos = 0;
};

} // namespace schemac::frontend


namespace schemac::frontend {
/// Two upper-case hex digits, for naming a byte in a message (`\x00`, `0xFF`).
inline std::string hexByte(unsigned char byte) {
  const char *digits = "0123456789ABCDEF";
  return {digits[byte >> 4], digits[byte & 15]};
}

/// Runs the scanner and the ANTLR lexer generated from grammar/PrismaLexer.g4 over
/// `buffer` (valid UTF-8) and returns a description of the first token where they differ,
/// or an empty string when they produce the same token stream. Used by tests and the fuzzer.
std::string compareWithReferenceLexer(llvm::StringRef buffer);
} // namespace schemac::frontend

#endif // SCHEMAC_FRONTEND_LEXER_H
