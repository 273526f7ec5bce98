//===- frontend/Parser.cpp - PSL parser driver ----------------------------===//
//
// Token source (scanner -> ANTLR tokens, comments kept aside, nesting limit), the error
// strategy that turns ANTLR's recognition errors into diagnostics and resynchronises at
// line ends, and the driver loop over top-level declarations.
//
//===----------------------------------------------------------------------===//
#include "frontend/Parser.h"

#include "grammar/ChunkToken.h"
#include "frontend/Lexer.h"
#include "support/Parallel.h"
#include "frontend/ParseTreeLowering.h"
#include "frontend/Utf8CharStream.h"

#include "PrismaLexer.h"
#include "PrismaParser.h"
#include "antlr4-runtime.h"

#include <array>
#include <atomic>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/xxhash.h"

using namespace llvm;
using schemac::grammar::PrismaLexer;
using schemac::grammar::PrismaParser;

namespace schemac::frontend {

bool isUnterminatedString(StringRef text) {
  if (text.size() < 2 || text.back() != '"')
    return true;
  // The final quote may itself be escaped: count the backslashes before it.
  size_t backslashes = 0;
  for (size_t i = text.size() - 1; i > 1 && text[i - 1] == '\\'; --i)
    ++backslashes;
  return backslashes % 2 == 1;
}

namespace {

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


/// How a token type is called in a message.
std::string describeTokenType(antlr4::dfa::Vocabulary &vocabulary, size_t type) {
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

bool isKnownBlockKeyword(StringRef keyword) {
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
      if (text.size() == 1 && !isPrint(text[0]))
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

} // namespace

/// The position of the first byte at or after `i` that is one of the `N` bytes `wanted`
/// (`size` when none is): 16 bytes at a time where SSE2 is there (all x86-64), which is
/// what makes the split below cheap next to the parse it comes before.
template <size_t N>
static size_t findFirstOf(const char *data, size_t i, size_t size, const char (&wanted)[N]) {
#if defined(__SSE2__)
  __m128i needles[N];
  for (size_t n = 0; n < N; ++n)
    needles[n] = _mm_set1_epi8(wanted[n]);
  for (; i + 16 <= size; i += 16) {
    __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
    __m128i hits = _mm_cmpeq_epi8(bytes, needles[0]);
    for (size_t n = 1; n < N; ++n)
      hits = _mm_or_si128(hits, _mm_cmpeq_epi8(bytes, needles[n]));
    if (int mask = _mm_movemask_epi8(hits))
      return i + __builtin_ctz(unsigned(mask));
  }
#endif
  for (; i < size; ++i)
    for (char c : wanted)
      if (data[i] == c)
        return i;
  return size;
}

std::vector<std::pair<size_t, size_t>> splitIntoChunks(StringRef buffer) {
  // Only strings, comments and braces matter, and none of them can start inside another
  // token (identifiers and numbers contain none of `"`, `/`, `{`, `}`), so a byte loop
  // finds the same braces as the scanner, several times faster. Multi-byte UTF-8 sequences
  // contain no ASCII bytes, so they need no decoding here.
  // Most bytes are none of the four, and are skipped many at a time (this loop runs on
  // one thread before the parallel parse).
  std::vector<std::pair<size_t, size_t>> chunks;
  const char *data = buffer.data();
  const size_t size = buffer.size();
  size_t chunkStart = 0;
  bool inBlock = false;
  for (size_t i = 0; i < size; ++i) {
    i = findFirstOf(data, i, size, {'"', '/', '{', '}'});
    if (i == size)
      break;
    switch (data[i]) {
    case '"':
      // As the STRING token: ends at `"` or before a line break; `\` escapes one char.
      for (++i; i < size; ++i) {
        char c = data[i];
        if (c == '"')
          break;
        if (c == '\n' || c == '\r') {
          --i;
          break;
        }
        if (c == '\\') {
          if (i + 1 >= size || data[i + 1] == '\n' || data[i + 1] == '\r')
            break;
          ++i;
        }
      }
      break;
    case '/':
      if (i + 1 < size && data[i + 1] == '/') {
        i = findFirstOf(data, i, size, {'\n', '\r'}) - 1;
      } else if (i + 1 < size && data[i + 1] == '*') {
        size_t end = buffer.find("*/", i + 2);
        i = end == StringRef::npos ? size : end + 1;
      }
      break;
    case '{':
      inBlock = true;
      break;
    case '}':
      if (inBlock) {
        chunks.push_back({chunkStart, i + 1});
        chunkStart = i + 1;
        inBlock = false;
      }
      break;
    default:
      break;
    }
  }
  if (chunkStart < size || chunks.empty())
    chunks.push_back({chunkStart, size});
  return chunks;
}

/// Parses and lowers the chunks [begin, end) pairs of `buffer` into `file`, in order.
static void parseChunks(StringRef buffer, ArrayRef<std::pair<size_t, size_t>> chunks,
                        ast::Schema &schema, ast::SourceFile &file, DiagnosticEngine &diags) {
  Utf8CharStream stream(buffer, file.path.str());
  ParseTreeLowering lowering(buffer, schema, file, diags);
  std::shared_ptr<DiagnosticErrorStrategy> strategy;
  std::unique_ptr<PrismaParser> parser;
  for (auto [begin, end] : chunks) {
    ScannerTokenSource tokenSource(buffer, begin, end, stream, file, diags);
    // About one token per 5 bytes in typical schemas; the vector grows if not.
    ChunkTokenStream tokens(tokenSource, stream, buffer, (end - begin) / 4 + 16);
    if (!parser) {
      parser = std::make_unique<PrismaParser>(&tokens);
      parser->removeErrorListeners();
      // The lowering reads labelled tokens and sub-rules only: no parse tree needed.
      parser->setBuildParseTree(false);
      strategy = std::make_shared<DiagnosticErrorStrategy>(parser->getATN(),
                                                           parser->getVocabulary(), buffer, diags);
      parser->setErrorHandler(strategy);
      parser->syncMasks = strategy->syncMasks();
      parser->matchState = strategy->matchState();
    } else {
      parser->setTokenStream(&tokens);
    }
    strategy->setTokens(&tokenSource, &tokens);
    parser->chunkTokens = tokens.data();
    parser->chunkPosition = tokens.position();
    // One declaration at a time: lower it, then free its rule contexts.
    while (tokens.LA(1) != antlr4::Token::EOF) {
      size_t before = tokens.index();
      PrismaParser::DeclarationContext *declaration = parser->declaration();
      lowering.lowerDeclaration(declaration);
      parser->resetContexts();
      if (tokens.index() == before)
        tokens.consume();
      if (diags.errorLimitReached())
        break;
    }
    strategy->setTokens(nullptr, nullptr);
    parser->chunkTokens = nullptr;
    parser->chunkPosition = nullptr;
    if (diags.errorLimitReached())
      break;
  }
  // The comments above a block are in the same chunk as the block, so each run attaches
  // its own documentation.
  lowering.attachDocumentation();
}

unsigned ChunkIndex::TextInfo::getHashValue(StringRef text) {
  return unsigned(xxHash64(text));
}

void ChunkIndex::add(StringRef buffer, ArrayRef<std::pair<size_t, size_t>> chunks,
                     const ast::SourceFile &file) {
  entries.reserve(entries.size() + chunks.size());
  size_t block = 0, comment = 0;
  for (auto [begin, end] : chunks) {
    const char *chunkEnd = buffer.data() + end;
    Entry entry{buffer.slice(begin, end), &file, unsigned(block), 0, unsigned(comment), 0};
    while (block < file.blocks.size() && file.blocks[block].range.Start.getPointer() < chunkEnd)
      ++block;
    while (comment < file.comments.size() &&
           file.comments[comment].range.Start.getPointer() < chunkEnd)
      ++comment;
    entry.endBlock = block;
    entry.endComment = comment;
    entries.try_emplace(entry.text, entry); // the first of identical chunks
  }
}

/// Appends the chunks [begin, end) of `buffer` to `file` in order: those found in `reuse`
/// (`found[k]` for chunk k, or all parsed when `found` is empty) as relocated copies, the
/// others parsed.
static void parseOrCopyChunks(StringRef buffer, ArrayRef<std::pair<size_t, size_t>> chunks,
                              ArrayRef<const ChunkIndex::Entry *> found, ast::Schema &schema,
                              ast::SourceFile &file, DiagnosticEngine &diags) {
  if (llvm::all_of(found, [](const ChunkIndex::Entry *entry) { return !entry; })) {
    parseChunks(buffer, chunks, schema, file, diags);
    return;
  }
  std::vector<std::pair<size_t, size_t>> toParse;
  for (size_t k = 0; k < chunks.size(); ++k)
    if (!found[k])
      toParse.push_back(chunks[k]);
  ast::SourceFile parsed;
  parsed.bufferId = file.bufferId;
  parsed.path = file.path;
  if (!toParse.empty())
    parseChunks(buffer, toParse, schema, parsed, diags);
  size_t block = 0, comment = 0;
  for (size_t k = 0; k < chunks.size(); ++k) {
    StringRef text = buffer.slice(chunks[k].first, chunks[k].second);
    if (const ChunkIndex::Entry *entry = found[k]) {
      const ast::SourceFile &from = *entry->file;
      for (unsigned b = entry->firstBlock; b < entry->endBlock; ++b)
        file.blocks.push_back(ast::relocatedCopy(from.blocks[b], entry->text, text, schema.strings));
      for (unsigned c = entry->firstComment; c < entry->endComment; ++c)
        file.comments.push_back(ast::relocatedCopy(from.comments[c], entry->text, text));
      continue;
    }
    const char *chunkEnd = text.end();
    for (; block < parsed.blocks.size() && parsed.blocks[block].range.Start.getPointer() < chunkEnd;
         ++block)
      file.blocks.push_back(std::move(parsed.blocks[block]));
    for (; comment < parsed.comments.size() &&
           parsed.comments[comment].range.Start.getPointer() < chunkEnd;
         ++comment)
      file.comments.push_back(parsed.comments[comment]);
  }
  std::move(parsed.blocks.begin() + block, parsed.blocks.end(), std::back_inserter(file.blocks));
  file.comments.insert(file.comments.end(), parsed.comments.begin() + comment,
                       parsed.comments.end());
}

/// Files with at least this much work (bytes to parse, plus a tenth of the bytes to copy)
/// are parsed in kParseTasks runs of about equal work, shared by the threads.
constexpr size_t kParallelParseWork = 64 * 1024;

/// Runs per big file: several per thread, so that a thread that falls behind delays the
/// parse by one short run (see kTasksPerThread). The same on every machine: a run stops
/// at the error limit on its own, so the count of errors past the limit depends on the
/// runs, and must not depend on the number of cores.
constexpr unsigned kParseTasks = 16;

void parseFile(unsigned bufferId, ast::Schema &schema, DiagnosticEngine &diags,
               const ChunkIndex *reuse, ChunkIndex *record) {
  SourceMgr &sourceMgr = diags.getSourceMgr();
  const MemoryBuffer *memoryBuffer = sourceMgr.getMemoryBuffer(bufferId);
  StringRef buffer = memoryBuffer->getBuffer();

  ast::SourceFile &file = schema.files.emplace_back();
  file.bufferId = bufferId;
  file.path = memoryBuffer->getBufferIdentifier();

  // Top-level blocks never nest and `{`/`}` only delimit blocks (in strings and comments
  // they are part of a token), so a cheap scan splits the file into chunks of whole
  // declarations. Each chunk gets its own token stream, so the tokens of a block are freed
  // once it is lowered, and chunks can be parsed in parallel.
  std::vector<std::pair<size_t, size_t>> chunks = splitIntoChunks(buffer);
  // With a reference schema, the chunks it has (a block and the comments above it, byte
  // for byte) are copied, not parsed.
  std::vector<const ChunkIndex::Entry *> found;
  if (reuse && !reuse->empty()) {
    found.resize(chunks.size());
    for (size_t k = 0; k < chunks.size(); ++k)
      found[k] = reuse->find(buffer.slice(chunks[k].first, chunks[k].second));
  }
  // The work of a chunk, for splitting it between threads: copying a block costs about a
  // tenth of parsing it (callgrind: 11.5M against 139M instructions for 1,000 models).
  auto workOf = [&](size_t k) {
    size_t bytes = chunks[k].second - chunks[k].first;
    return found.empty() || !found[k] ? bytes : bytes / 10;
  };
  size_t totalWork = 0;
  for (size_t k = 0; k < chunks.size(); ++k)
    totalWork += workOf(k);
  auto foundIn = [&](size_t first, size_t count) {
    return found.empty() ? ArrayRef<const ChunkIndex::Entry *>()
                         : ArrayRef<const ChunkIndex::Entry *>(found).slice(first, count);
  };

  if (totalWork < kParallelParseWork || chunks.size() < 2) {
    parseOrCopyChunks(buffer, chunks, foundIn(0, chunks.size()), schema, file, diags);
  } else {
    // Split the chunks into runs of about equal work; run 0 goes straight into `file`,
    // the others into their own file, engine and string storage, merged afterwards in
    // source order so that output does not depend on scheduling.
    unsigned tasks = unsigned(std::min<size_t>(kParseTasks, chunks.size()));
    std::vector<size_t> cuts = {0};
    size_t work = 0;
    for (size_t k = 0, t = 1; k < chunks.size() && t < tasks; ++k) {
      work += workOf(k);
      while (t < tasks && work >= totalWork * t / tasks) {
        cuts.push_back(k + 1);
        ++t;
      }
    }
    while (cuts.size() < tasks)
      cuts.push_back(chunks.size());
    cuts.push_back(chunks.size());
    struct Part {
      std::unique_ptr<ast::Schema> storage = std::make_unique<ast::Schema>();
      ast::SourceFile file;
      std::unique_ptr<DiagnosticEngine> diags;
    };
    std::vector<Part> parts(tasks - 1);
    for (unsigned t = 1; t < tasks; ++t) {
      Part &part = parts[t - 1];
      part.file.bufferId = bufferId;
      part.file.path = file.path;
      part.diags = std::make_unique<DiagnosticEngine>(sourceMgr, diags.getOptions());
    }
    runTasks(tasks, [&](unsigned t) {
      ArrayRef<std::pair<size_t, size_t>> run(chunks.data() + cuts[t], cuts[t + 1] - cuts[t]);
      if (run.empty())
        return;
      ArrayRef<const ChunkIndex::Entry *> runFound = foundIn(cuts[t], run.size());
      if (t == 0) {
        parseOrCopyChunks(buffer, run, runFound, schema, file, diags);
        return;
      }
      Part &part = parts[t - 1];
      parseOrCopyChunks(buffer, run, runFound, *part.storage, part.file, *part.diags);
    });
    for (Part &part : parts) {
      diags.absorb(*part.diags);
      std::move(part.file.blocks.begin(), part.file.blocks.end(), std::back_inserter(file.blocks));
      file.comments.insert(file.comments.end(), part.file.comments.begin(),
                           part.file.comments.end());
      schema.mergedStorage.push_back(std::move(part.storage));
    }
  }
  if (record)
    record->add(buffer, chunks, file);
}

} // namespace schemac::frontend
