//===- frontend/TokenStreams.h - The parser's token source and stream -*- C++ -*-===//
//
// Part of schemac. What the generated parser reads: the scanner's tokens of one chunk
// (whole top-level declarations), kept in one vector of 40-byte ChunkTokens. Private to
// frontend/Parser.cpp and frontend/SyntaxErrors.h.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_FRONTEND_TOKENSTREAMS_H
#define SCHEMAC_FRONTEND_TOKENSTREAMS_H

#include "frontend/AST.h"
#include "frontend/Lexer.h"
#include "frontend/Utf8CharStream.h"
#include "grammar/ChunkToken.h"
#include "support/Diagnostic.h"

#include "PrismaLexer.h"
#include "antlr4-runtime.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/SMLoc.h"

#include <vector>

namespace schemac::frontend {

using llvm::SMLoc;
using llvm::SMRange;
using llvm::StringRef;
using llvm::Twine;
using grammar::PrismaLexer;

/// Feeds scanner tokens to the parser. Comments are recorded in the AST file instead of
/// being sent on a hidden channel; brackets nested deeper than kMaxNestingDepth are
/// reported once per line and the rest of that line is dropped, so that neither the
/// recursive-descent parser nor the lowering can overflow the stack.
class ScannerTokenSource final : public antlr4::TokenSource {
public:
  /// Scans the chunk [begin, end) of `buffer`.
  ScannerTokenSource(StringRef buffer, size_t begin, size_t end, Utf8CharStream &stream,
                     ast::SourceFile &file, DiagnosticEngine &diags)
      : lexer(buffer.substr(0, end), begin), buffer(buffer), stream(stream), file(file),
        diags(diags) {}

  std::unique_ptr<antlr4::Token> nextToken() override {
    RawToken token = nextRaw();
    auto result = std::make_unique<antlr4::CommonToken>(
        std::make_pair(static_cast<antlr4::TokenSource *>(this),
                       static_cast<antlr4::CharStream *>(&stream)),
        token.type, antlr4::Token::DEFAULT_CHANNEL, token.begin,
        token.type == antlr4::Token::EOF ? token.begin : token.end - 1);
    result->setTokenIndex(tokenIndex++);
    return result;
  }

  /// The next token for the parser: comments recorded and skipped, deep nesting dropped.
  RawToken nextRaw() {
    while (true) {
      RawToken token = lexer.next();
      switch (token.type) {
      case PrismaLexer::DOC_COMMENT:
      case PrismaLexer::LINE_COMMENT:
      case PrismaLexer::BLOCK_COMMENT: {
        ast::CommentKind kind = token.type == PrismaLexer::DOC_COMMENT ? ast::CommentKind::Doc
                                : token.type == PrismaLexer::LINE_COMMENT
                                    ? ast::CommentKind::Line
                                    : ast::CommentKind::Block;
        file.comments.push_back({kind, range(token)});
        StringRef text = buffer.slice(token.begin, token.end);
        // `/*/` is not closed: the `*/` must follow the opening `/*`.
        if (kind == ast::CommentKind::Block && (text.size() < 4 || !text.endswith("*/")))
          diags.error(range(token), "unterminated `/*` comment");
        continue;
      }
      case PrismaLexer::NL:
        depth = 0;
        dropping = false;
        break;
      case PrismaLexer::STRING: {
        StringRef text = buffer.slice(token.begin, token.end);
        if (isUnterminatedString(text)) {
          diags.error(range(token), "unterminated string literal");
          // The parser's complaints about the rest of this line would only echo this.
          size_t lineEnd = buffer.find_first_of("\r\n", token.end);
          quietUntil = lineEnd == StringRef::npos ? buffer.size() : lineEnd + 1;
        }
        break;
      }
      case PrismaLexer::LPAREN:
      case PrismaLexer::LBRACK:
        if (!dropping && ++depth > kMaxNestingDepth) {
          diags.error(range(token), "brackets nested deeper than " + Twine(kMaxNestingDepth) +
                                        " levels");
          dropping = true;
          size_t lineEnd = buffer.find_first_of("\r\n", token.end);
          quietUntil = lineEnd == StringRef::npos ? buffer.size() : lineEnd + 1;
        }
        break;
      case PrismaLexer::RPAREN:
      case PrismaLexer::RBRACK:
        if (depth)
          --depth;
        break;
      default:
        break;
      }
      if (dropping && token.type != antlr4::Token::EOF)
        continue;
      return token;
    }
  }
  size_t getLine() const override { return 0; }
  size_t getCharPositionInLine() override { return 0; }
  antlr4::CharStream *getInputStream() override { return &stream; }
  std::string getSourceName() override { return stream.getSourceName(); }
  antlr4::TokenFactory<antlr4::CommonToken> *getTokenFactory() override {
    return antlr4::CommonTokenFactory::DEFAULT.get();
  }

private:
  SMRange range(const RawToken &token) const {
    return SMRange(SMLoc::getFromPointer(buffer.data() + token.begin),
                   SMLoc::getFromPointer(buffer.data() + token.end));
  }

  Lexer lexer;
  StringRef buffer;
  Utf8CharStream &stream;
  ast::SourceFile &file;
  DiagnosticEngine &diags;
  unsigned depth = 0;
  bool dropping = false;
  size_t tokenIndex = 0;

public:
  /// Syntax errors at offsets below this are consequences of a lexical error already
  /// reported (an unterminated string) and are not reported again.
  size_t quietUntil = 0;
};

/// The tokens of one chunk, scanned up front into one vector: no per-token heap object,
/// none of BufferedTokenStream's incremental fetching (which dynamic_casts every token),
/// and LA(1), which the parser asks several times per token, is a load.
class ChunkTokenStream final : public antlr4::TokenStream, public ChunkTokenOwner {
public:
  ChunkTokenStream(ScannerTokenSource &source, Utf8CharStream &stream, StringRef buffer,
                   size_t expectedTokens)
      : source(source), stream(stream), buffer(buffer) {
    tokens.reserve(expectedTokens);
    while (true) {
      RawToken raw = source.nextRaw();
      bool eof = raw.type == antlr4::Token::EOF;
      tokens.emplace_back(this, raw.type, uint32_t(raw.begin),
                          uint32_t(eof ? raw.begin : raw.end - 1), uint32_t(tokens.size()));
      if (eof)
        break;
    }
  }

  /// The tokens, for PrismaParser's direct reads (chunkTokens): filled once, never moved.
  const ChunkToken *data() const { return tokens.data(); }
  /// The index of the next token, which consume() advances.
  const size_t *position() const { return &p; }

  antlr4::Token *LT(ssize_t k) override {
    if (k > 0)
      return &tokens[std::min(p + size_t(k) - 1, tokens.size() - 1)];
    if (k == 0)
      return nullptr;
    return ssize_t(p) + k < 0 ? nullptr : &tokens[p + k];
  }
  size_t LA(ssize_t i) override {
    if (i == 1) // the parser's question, several times per token
      return tokens[p].getType();
    antlr4::Token *token = LT(i);
    return token ? token->getType() : antlr4::Token::INVALID_TYPE;
  }
  void consume() override {
    if (tokens[p].getType() != antlr4::Token::EOF)
      ++p;
  }
  ssize_t mark() override { return 0; }
  void release(ssize_t) override {}
  size_t index() override { return p; }
  void seek(size_t index) override { p = std::min(index, tokens.size() - 1); }
  size_t size() override { return tokens.size(); }
  std::string getSourceName() const override { return source.getSourceName(); }
  antlr4::Token *get(size_t index) const override {
    return const_cast<ChunkToken *>(&tokens[std::min(index, tokens.size() - 1)]);
  }
  antlr4::TokenSource *getTokenSource() const override { return &source; }
  antlr4::TokenSource *tokenSource() const override { return &source; }
  antlr4::CharStream *charStream() const override { return &stream; }
  std::string textOf(size_t start, size_t stop) const override {
    return buffer.slice(start, stop + 1).str();
  }
  std::string getText(const antlr4::misc::Interval &interval) override {
    std::string text;
    for (ssize_t i = std::max<ssize_t>(0, interval.a);
         i <= interval.b && size_t(i) < tokens.size(); ++i)
      if (tokens[i].getType() != antlr4::Token::EOF)
        text += tokens[i].getText();
    return text;
  }
  std::string getText() override { return getText(antlr4::misc::Interval(0, ssize_t(tokens.size()) - 1)); }
  std::string getText(antlr4::RuleContext *ctx) override { return getText(ctx->getSourceInterval()); }
  std::string getText(antlr4::Token *start, antlr4::Token *stop) override {
    if (!start || !stop)
      return "";
    return getText(antlr4::misc::Interval(ssize_t(start->getTokenIndex()),
                                          ssize_t(stop->getTokenIndex())));
  }

private:
  ScannerTokenSource &source;
  Utf8CharStream &stream;
  StringRef buffer;
  std::vector<ChunkToken> tokens; // never grows once built: the parser keeps pointers
  size_t p = 0;
};

} // namespace schemac::frontend

#endif // SCHEMAC_FRONTEND_TOKENSTREAMS_H
