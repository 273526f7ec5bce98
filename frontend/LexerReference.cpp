//===- frontend/LexerReference.cpp - scanner vs. generated lexer ----------===//
//
// The ANTLR lexer generated from PrismaLexer.g4 is the specification of the token
// stream; this compares the hand-written scanner against it token by token.
//
//===----------------------------------------------------------------------===//
#include "frontend/Lexer.h"
#include "frontend/Utf8CharStream.h"

#include "PrismaLexer.h"

namespace schemac::frontend {

std::string compareWithReferenceLexer(llvm::StringRef buffer) {
  Utf8CharStream stream(buffer, "<input>");
  grammar::PrismaLexer reference(&stream);
  reference.removeErrorListeners();
  Lexer scanner(buffer);
  for (size_t n = 0;; ++n) {
    std::unique_ptr<antlr4::Token> expected = reference.nextToken();
    RawToken got = scanner.next();
    size_t expectedBegin = expected->getStartIndex();
    size_t expectedEnd = expected->getType() == antlr4::Token::EOF
                             ? expectedBegin
                             : expected->getStopIndex() + 1;
    if (expected->getType() == antlr4::Token::EOF) {
      expectedBegin = expectedEnd = buffer.size();
    }
    if (expected->getType() != got.type || expectedBegin != got.begin ||
        expectedEnd != got.end) {
      return "token " + std::to_string(n) + ": reference " +
             reference.getVocabulary().getSymbolicName(expected->getType()) + " [" +
             std::to_string(expectedBegin) + "," + std::to_string(expectedEnd) +
             "), scanner " + reference.getVocabulary().getSymbolicName(got.type) + " [" +
             std::to_string(got.begin) + "," + std::to_string(got.end) + ")";
    }
    if (got.type == antlr4::Token::EOF)
      return "";
  }
}

} // namespace schemac::frontend
