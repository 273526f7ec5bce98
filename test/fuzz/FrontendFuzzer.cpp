//===- test/fuzz/FrontendFuzzer.cpp - libFuzzer target for the frontend --===//
//
// Feeds arbitrary bytes through the whole frontend (UTF-8 check, scanner, parser,
// lowering, validation, diagnostic printing). Any crash, sanitizer report, hang or
// out-of-memory is a bug. For valid UTF-8 inputs it also checks that the hand-written
// scanner and the ANTLR lexer generated from PrismaLexer.g4 agree (differential fuzzing).
//
//===----------------------------------------------------------------------===//
#include "frontend/Frontend.h"
#include "frontend/Lexer.h"

#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  llvm::StringRef input(reinterpret_cast<const char *>(data), size);
  llvm::SourceMgr sourceMgr;
  unsigned id = sourceMgr.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(input, "fuzz.prisma"), llvm::SMLoc());
  schemac::DiagnosticOptions options;
  options.errorLimit = 50;
  schemac::DiagnosticEngine diags(sourceMgr, options);
  std::unique_ptr<schemac::ast::Schema> schema = schemac::frontend::parseSchema({id}, diags);
  schemac::frontend::validateSchema(*schema, diags);
  std::string text;
  llvm::raw_string_ostream os(text);
  diags.printText(os);
  diags.printJson(os);

  const llvm::UTF8 *begin = data, *end = data + size;
  if (llvm::isLegalUTF8String(&begin, end)) {
    std::string mismatch = schemac::frontend::compareWithReferenceLexer(input);
    if (!mismatch.empty()) {
      fprintf(stderr, "scanner and reference lexer disagree: %s\n", mismatch.c_str());
      abort();
    }
  }
  return 0;
}
