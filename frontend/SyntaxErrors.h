//===- frontend/SyntaxErrors.h - Syntax errors as diagnostics -*- C++ -*-===//
//
// Part of schemac. The error strategy of the generated parser: reports recognition errors
// as schemac diagnostics, in Prisma's words, and resynchronises at the end of the line.
// Private to frontend/Parser.cpp.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_FRONTEND_SYNTAXERRORS_H
#define SCHEMAC_FRONTEND_SYNTAXERRORS_H

#include "frontend/TokenStreams.h"

#include "PrismaParser.h"

#include "llvm/ADT/StringExtras.h"

#include <atomic>
#include <string>

namespace schemac::frontend {

using grammar::PrismaParser;

/// How a token type is called in a message.
inline std::string describeTokenType(antlr4::dfa::Vocabulary &vocabulary, size_t type) {
  switch (type) {
  case antlr4::Token::EOF:
    return "end of file";
  case PrismaLexer::NL:
    return "newline";
  case PrismaLexer::IDENT:
    return "identifier";
  case PrismaLexer::STRING:
    return "string literal";
  case PrismaLexer::NUMBER:
    return "number";
  case PrismaLexer::LIST:
    return "`[]`";
  default:
    break;
  }
  std::string literal = vocabulary.getLiteralName(type);
  if (literal.size() >= 2 && literal.front() == '\'')
    return "`" + literal.substr(1, literal.size() - 2) + "`";
  return vocabulary.getSymbolicName(type);
}

inline bool isKnownBlockKeyword(StringRef keyword) {
  return keyword == "model" || keyword == "enum" || keyword == "view" || keyword == "type" ||
         keyword == "datasource" || keyword == "generator";
}

/// Reports recognition errors as diagnostics and resynchronises at the end of the line
/// (or at `}`), the way Prisma's grammar treats a bad line as one CATCH_ALL node.
class DiagnosticErrorStrategy final : public antlr4::DefaultErrorStrategy {
public:
  DiagnosticErrorStrategy(const antlr4::atn::ATN &atn, antlr4::dfa::Vocabulary &vocabulary,
                          StringRef buffer, DiagnosticEngine &diags)
      : atn(atn), follows(followTable(atn)), vocabulary(vocabulary), buffer(buffer),
        diags(diags) {}

  /// Per ATN state, the tokens sync() lets pass without a look (all, when the state may
  /// end its rule; 0 until sync() has met the state): PrismaParser::syncAt() reads them.
  const std::atomic<uint64_t> *syncMasks() const { return follows.masks.data(); }

  /// What reportMatch() resets (DefaultErrorStrategy::endErrorCondition), for
  /// PrismaParser::match()'s fast path; this strategy does not override either.
  PrismaParser::MatchState matchState() { return {&errorRecoveryMode, &lastErrorIndex}; }

  /// Called before every loop iteration and optional element: only a token outside the
  /// (cached) follow set of the current state takes the default (reporting) path.
  void sync(antlr4::Parser *parser) override {
    if (errorRecoveryMode)
      return;
    size_t state = parser->getState();
    size_t la = tokens->LA(1);
    if (anyMayFollow(state) ||
        (la < 64 && ((follows.masks[state].load(std::memory_order_relaxed) >> la) & 1)))
      return;
    DefaultErrorStrategy::sync(parser);
  }

protected:
  antlr4::misc::IntervalSet getErrorRecoverySet(antlr4::Parser *) override {
    return antlr4::misc::IntervalSet::of(PrismaLexer::NL, PrismaLexer::RBRACE)
        .Or(antlr4::misc::IntervalSet::of(antlr4::Token::EOF));
  }

  void reportNoViableAlternative(antlr4::Parser *parser,
                                 const antlr4::NoViableAltException &e) override {
    report(parser, e.getOffendingToken(), e.getExpectedTokens());
  }
  void reportInputMismatch(antlr4::Parser *parser,
                           const antlr4::InputMismatchException &e) override {
    report(parser, e.getOffendingToken(), e.getExpectedTokens());
  }
  void reportFailedPredicate(antlr4::Parser *parser,
                             const antlr4::FailedPredicateException &e) override {
    report(parser, e.getOffendingToken(), {});
  }
  void reportUnwantedToken(antlr4::Parser *parser) override {
    if (inErrorRecoveryMode(parser))
      return;
    beginErrorCondition(parser);
    report(parser, parser->getCurrentToken(), getExpectedTokens(parser));
  }
  void reportMissingToken(antlr4::Parser *parser) override {
    if (inErrorRecoveryMode(parser))
      return;
    beginErrorCondition(parser);
    report(parser, parser->getCurrentToken(), getExpectedTokens(parser));
  }

private:
  SMRange tokenRange(antlr4::Token *token) const {
    size_t begin = std::min(token->getStartIndex(), buffer.size());
    size_t end = token->getType() == antlr4::Token::EOF
                     ? begin
                     : std::min(token->getStopIndex() + 1, buffer.size());
    // Point at the newline itself rather than past it.
    return SMRange(SMLoc::getFromPointer(buffer.data() + begin),
                   SMLoc::getFromPointer(buffer.data() + end));
  }

  std::string describeExpected(const antlr4::misc::IntervalSet &expected) const {
    auto has = [&](size_t type) { return expected.contains(type); };
    if (has(PrismaLexer::STRING) && has(PrismaLexer::NUMBER) && has(PrismaLexer::LBRACK))
      return "an expression";
    if (has(PrismaLexer::RBRACE) && has(PrismaLexer::IDENT) && has(PrismaLexer::ATAT))
      return "a field, a block attribute or `}`";
    if (has(PrismaLexer::LBRACE) && has(PrismaLexer::EQUAL) && has(PrismaLexer::IDENT))
      return "a name or `{`";
    if (has(PrismaLexer::LBRACE) && has(PrismaLexer::EQUAL))
      return "`{`";
    std::vector<std::string> names;
    for (ssize_t type : expected.toList())
      names.push_back(describeTokenType(vocabulary, static_cast<size_t>(type)));
    if (names.empty())
      return "";
    if (names.size() == 1)
      return names.front();
    std::string result = "one of ";
    for (size_t i = 0; i < names.size(); ++i) {
      if (i)
        result += i + 1 == names.size() ? " or " : ", ";
      result += names[i];
    }
    return result;
  }

  void report(antlr4::Parser *parser, antlr4::Token *token,
              const antlr4::misc::IntervalSet &expected) {
    if (!token || (tokenSource && token->getStartIndex() < tokenSource->quietUntil))
      return;
    SMRange range = tokenRange(token);
    size_t type = token->getType();
    if (type == PrismaLexer::INVALID) {
      StringRef text = buffer.slice(token->getStartIndex(), token->getStopIndex() + 1);
      std::string shown;
      if (text.size() == 1 && !llvm::isPrint(text[0]))
        shown = "\\x" + hexByte(static_cast<unsigned char>(text[0]));
      else
        shown = text.str();
      diags.error(range, "invalid character `" + shown + "`");
      return;
    }
    // A top-level line that does not start with a block keyword.
    if (auto *decl = dynamic_cast<PrismaParser::DeclarationContext *>(parser->getContext())) {
      if (decl->keyword) {
        StringRef keyword = buffer.slice(decl->keyword->getStartIndex(),
                                         decl->keyword->getStopIndex() + 1);
        if (!isKnownBlockKeyword(keyword)) {
          SMRange keywordRange = tokenRange(decl->keyword);
          diags.error(keywordRange, "unknown declaration `" + keyword +
                                        "`; a top-level block starts with `model`, `enum`, "
                                        "`view`, `type`, `datasource` or `generator`");
          return;
        }
      }
    }
    std::string message = "unexpected " + describeToken(token);
    std::string wanted = describeExpected(expected);
    if (!wanted.empty())
      message += "; expected " + wanted;
    diags.error(range, message);
  }

  std::string describeToken(antlr4::Token *token) const {
    size_t type = token->getType();
    if (type == PrismaLexer::IDENT || type == PrismaLexer::NUMBER) {
      StringRef text = buffer.slice(token->getStartIndex(), token->getStopIndex() + 1);
      return describeTokenType(vocabulary, type) + " `" + text.str() + "`";
    }
    return describeTokenType(vocabulary, type);
  }

  /// DefaultErrorStrategy::sync() computes the follow set of the current ATN state (an
  /// IntervalSet copy) every time; this table caches it as a bitset per state, filled as
  /// states are met and shared by the whole process (a parse makes a strategy per run of
  /// chunks, and each used to compute the states it met again). Entries are atomics:
  /// two threads meeting a new state at once both compute it and store the same value.
  struct FollowTable {
    explicit FollowTable(size_t states) : known(states), masks(states) {}
    /// 0: not computed yet; 1: computed; 2: computed, and any token may follow (the
    /// state may end its rule).
    std::vector<std::atomic<uint8_t>> known;
    /// Tokens below 64 that may follow; all when any may; 0 until computed.
    std::vector<std::atomic<uint64_t>> masks;
  };
  static FollowTable &followTable(const antlr4::atn::ATN &atn) {
    static FollowTable table(atn.states.size());
    return table;
  }
  /// Whether any token may follow `state`, computing its entry if needed.
  bool anyMayFollow(size_t state) {
    uint8_t known = follows.known[state].load(std::memory_order_acquire);
    if (!known) {
      antlr4::misc::IntervalSet next = atn.nextTokens(atn.states[state]);
      bool any = next.contains(antlr4::Token::EPSILON);
      uint64_t mask = 0;
      for (size_t type = 0; type < 64; ++type)
        if (next.contains(type))
          mask |= uint64_t(1) << type;
      follows.masks[state].store(any ? ~uint64_t(0) : mask, std::memory_order_relaxed);
      known = any ? 2 : 1;
      follows.known[state].store(known, std::memory_order_release);
    }
    return known == 2;
  }
  const antlr4::atn::ATN &atn;
  FollowTable &follows;
  antlr4::dfa::Vocabulary &vocabulary;
  StringRef buffer;
  DiagnosticEngine &diags;
  const ScannerTokenSource *tokenSource = nullptr;
  ChunkTokenStream *tokens = nullptr;

public:
  void setTokens(const ScannerTokenSource *source, ChunkTokenStream *stream) {
    tokenSource = source;
    tokens = stream;
  }
};

} // namespace schemac::frontend

#endif // SCHEMAC_FRONTEND_SYNTAXERRORS_H
