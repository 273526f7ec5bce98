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
#include "frontend/SyntaxErrors.h"
#include "frontend/TokenStreams.h"
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
  // Braces nest: a block's `{` opens it, and an object literal inside it (`@default({})`,
  // Prisma 7's grammar) opens and closes its own pair before the block's `}`.
  unsigned depth = 0;
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
      ++depth;
      break;
    case '}':
      if (depth > 0 && --depth == 0) {
        chunks.push_back({chunkStart, i + 1});
        chunkStart = i + 1;
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
  // tenth of parsing it.
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
