//===- test/fuzz/FrontendFuzzer.cpp - libFuzzer target for the frontend --===//
//
// Feeds arbitrary bytes through the whole frontend (UTF-8 check, scanner, parser,
// lowering, validation, diagnostic printing). Any crash, sanitizer report, hang or
// out-of-memory is a bug. For valid UTF-8 inputs it also checks that the hand-written
// scanner and the ANTLR lexer generated from PrismaLexer.g4 agree (differential fuzzing).
// A schema that validates is lowered to the IR, which must verify, print, parse back and
// print to the same bytes, and render as SQL. Inputs that start like a textual IR file
// also go through the IR parser and verifier. The formatter's layout must not crash and,
// where it accepts the input, must be idempotent.
//
//===----------------------------------------------------------------------===//
#include "backends/postgres/PostgresSQL.h"
#include "format/Formatter.h"
#include "frontend/Frontend.h"
#include "frontend/Lexer.h"
#include "frontend/Lowering.h"
#include "ir/ConstraintNames.h"
#include "ir/Parser.h"
#include "ir/Printer.h"
#include "ir/Verifier.h"

#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdio>
#include <cstdlib>

/// Whether a table, column, enum or enum value name is over PostgreSQL's limit.
static bool hasOverlongName(const schemac::ir::Schema &schema) {
  auto tooLong = [](llvm::StringRef name) {
    return name.size() > schemac::ir::kPostgresMaxIdentifierLength;
  };
  for (const schemac::ir::Table &table : schema.tables) {
    if (tooLong(table.name))
      return true;
    for (const schemac::ir::Column &column : table.columns)
      if (tooLong(column.name))
        return true;
  }
  for (const schemac::ir::Enum &enm : schema.enums) {
    if (tooLong(enm.name))
      return true;
    for (const schemac::ir::EnumValue &value : enm.values)
      if (tooLong(value.name))
        return true;
  }
  return false;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  llvm::StringRef input(reinterpret_cast<const char *>(data), size);
  llvm::SourceMgr sourceMgr;
  unsigned id = sourceMgr.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(input, "fuzz.prisma"), llvm::SMLoc());
  schemac::DiagnosticOptions options;
  options.errorLimit = 50;
  schemac::DiagnosticEngine diags(sourceMgr, options);
  std::string text;
  llvm::raw_string_ostream os(text);
  if (schemac::ir::looksLikeSchemaText(input)) {
    if (std::optional<schemac::ir::Schema> ir = schemac::ir::parseSchemaText(id, diags))
      if (schemac::ir::verifySchema(*ir, diags))
        os << schemac::backends::postgres::createScript(*ir);
    diags.printText(os);
    return 0;
  }
  // The formatter: never crashes, and what it accepts it formats idempotently.
  if (llvm::json::isUTF8(input)) {
    schemac::format::FormatOptions formatOptions;
    std::string once, twice;
    if (schemac::format::formatLayout(input, formatOptions, once, [](size_t, llvm::StringRef) {})) {
      if (!schemac::format::formatLayout(once, formatOptions, twice,
                                           [](size_t, llvm::StringRef) {}) ||
          once != twice) {
        fprintf(stderr, "formatting is not idempotent\n");
        abort();
      }
    }
  }
  std::unique_ptr<schemac::ast::Schema> schema = schemac::frontend::parseSchema({id}, diags);
  std::unique_ptr<schemac::frontend::SchemaDatabase> db =
      schemac::frontend::validateSchema(*schema, diags);
  diags.printText(os);
  diags.printJson(os);
  if (!diags.hasErrors() && db->provider == schemac::frontend::Provider::PostgreSQL) {
    std::optional<schemac::ir::Schema> ir = schemac::frontend::lowerToIR(*db, diags);
    if (!ir) {
      fprintf(stderr, "lowering failed on a valid schema\n");
      abort();
    }
    // Prisma accepts names PostgreSQL would truncate (the identifier-too-long lint rule
    // reports them); the IR verifier does not, as such a database cannot exist.
    if (!hasOverlongName(*ir) && !schemac::ir::verifySchema(*ir, diags)) {
      diags.printText(llvm::errs());
      fprintf(stderr, "lowered IR does not verify\n");
      abort();
    }
    os << schemac::backends::postgres::createScript(*ir);
    std::string first;
    llvm::raw_string_ostream firstOs(first);
    schemac::ir::PrintOptions printOptions;
    printOptions.locations = true;
    schemac::ir::printSchema(*ir, firstOs, printOptions);
    unsigned irId = sourceMgr.AddNewSourceBuffer(
        llvm::MemoryBuffer::getMemBufferCopy(first, "fuzz.sir"), llvm::SMLoc());
    std::optional<schemac::ir::Schema> parsed = schemac::ir::parseSchemaText(irId, diags);
    std::string second;
    llvm::raw_string_ostream secondOs(second);
    if (parsed)
      schemac::ir::printSchema(*parsed, secondOs, printOptions);
    if (!parsed || first != second) {
      diags.printText(llvm::errs());
      fprintf(stderr, "IR round trip failed:\n%s\n---\n%s\n", first.c_str(), second.c_str());
      abort();
    }
  }

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
