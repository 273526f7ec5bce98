//===- test/unit/LexerTest.cpp - scanner tests ----------------------------===//
//
// The hand-written scanner must produce exactly the tokens of grammar/PrismaLexer.g4:
// checked on hand-picked edge cases and on every schema of the conformance corpus.
//
//===----------------------------------------------------------------------===//
#include "frontend/Lexer.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <gtest/gtest.h>

using namespace llvm;
using namespace schemac::frontend;

namespace {

TEST(Lexer, AgreesWithGrammarOnEdgeCases) {
  const char *cases[] = {
      "",
      "model A {\n  id Int @id\n}\n",
      "a.b. c..d 1.5 1.5a 1. -1 -x 12abc 1-2",
      "\"unterminated\n\"esc\\\"aped\" \"tab\there\" \"\\\n",
      "/// doc\n// line\n//// four\n/* block */ /* open",
      "@@index([a(sort: Desc)], type: Brin) Int[]? Int! [Int] [ ]",
      "l\xC3\xB6\xC3\xB6ps \xC2\xA0 x\xE2\x80\x83y \xEF\xBB\xBFz",
      "\r\n\r\n\n\r{}()[]:=?!@",
      "$ % ^ & * ~ ` \\ | ; < > #",
      "_id a_b a-b a.b_c",
  };
  for (const char *text : cases)
    EXPECT_EQ(compareWithReferenceLexer(text), "") << "input: " << text;
}

TEST(Lexer, AgreesWithGrammarOnCorpus) {
  std::string root = std::string(SCHEMAC_SOURCE_DIR) + "/test/conformance/psl";
  std::error_code ec;
  int files = 0;
  for (sys::fs::recursive_directory_iterator it(root, ec), end; it != end && !ec;
       it.increment(ec)) {
    if (sys::path::extension(it->path()) != ".prisma")
      continue;
    auto buffer = MemoryBuffer::getFile(it->path());
    ASSERT_TRUE(bool(buffer)) << it->path();
    EXPECT_EQ(compareWithReferenceLexer((*buffer)->getBuffer()), "") << it->path();
    ++files;
  }
  EXPECT_GT(files, 150);
}

TEST(Lexer, TokensCarryByteOffsets) {
  Lexer lexer("l\xC3\xB6\xC3\xB6ps Int");
  RawToken first = lexer.next();
  EXPECT_EQ(first.begin, 0u);
  EXPECT_EQ(first.end, 7u); // two 2-byte characters
  RawToken second = lexer.next();
  EXPECT_EQ(second.begin, 8u);
  EXPECT_EQ(second.end, 11u);
}

} // namespace
