//===- frontend/Frontend.cpp - Loading and checking schemas ---------------===//
#include "frontend/Frontend.h"

#include "frontend/Lexer.h"
#include "frontend/Parser.h"
#include "frontend/Sema.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <cstring>

using namespace llvm;

namespace schemac::frontend {

Expected<std::vector<unsigned>> loadSchemaFiles(ArrayRef<std::string> paths,
                                                SourceMgr &sourceMgr,
                                                std::vector<std::string> *readFiles) {
  std::vector<std::string> files;
  for (const std::string &path : paths) {
    if (path != "-" && sys::fs::is_directory(path)) {
      std::vector<std::string> found;
      std::error_code ec;
      for (sys::fs::recursive_directory_iterator it(path, ec), end; it != end && !ec;
           it.increment(ec)) {
        if (sys::path::extension(it->path()) == ".prisma" &&
            !sys::fs::is_directory(it->path()))
          found.push_back(it->path());
      }
      if (ec)
        return createStringError(ec, "cannot read folder '%s': %s", path.c_str(),
                                 ec.message().c_str());
      if (found.empty())
        return createStringError(std::errc::no_such_file_or_directory,
                                 "no .prisma files in folder '%s'", path.c_str());
      llvm::sort(found);
      files.insert(files.end(), found.begin(), found.end());
      continue;
    }
    files.push_back(path);
  }
  std::vector<unsigned> ids;
  for (const std::string &file : files) {
    ErrorOr<std::unique_ptr<MemoryBuffer>> buffer =
        MemoryBuffer::getFileOrSTDIN(file, /*IsText=*/false, /*RequiresNullTerminator=*/true);
    if (!buffer)
      return createStringError(buffer.getError(), "cannot read '%s': %s", file.c_str(),
                               buffer.getError().message().c_str());
    if ((*buffer)->getBufferSize() > UINT32_MAX - 1)
      return createStringError(std::errc::file_too_large, "'%s' is larger than 4 GB",
                               file.c_str());
    if (readFiles)
      readFiles->push_back(file);
    ids.push_back(sourceMgr.AddNewSourceBuffer(std::move(*buffer), SMLoc()));
  }
  return ids;
}

/// Skips the ASCII prefix of `buffer` eight bytes at a time; schemas are mostly ASCII and
/// only the rest needs the full UTF-8 check.
static const UTF8 *firstNonAscii(StringRef buffer) {
  const char *p = buffer.begin(), *end = buffer.end();
  while (end - p >= 8) {
    uint64_t word;
    memcpy(&word, p, 8);
    if (word & 0x8080808080808080ull)
      break;
    p += 8;
  }
  while (p < end && static_cast<unsigned char>(*p) < 0x80)
    ++p;
  return reinterpret_cast<const UTF8 *>(p);
}

/// Reports a buffer that is not valid UTF-8 (which is then not parsed).
static bool checkUtf8(StringRef buffer, DiagnosticEngine &diags) {
  const UTF8 *end = reinterpret_cast<const UTF8 *>(buffer.end());
  const UTF8 *bad = firstNonAscii(buffer);
  if (bad == end || isLegalUTF8String(&bad, end))
    return true;
  SMLoc at = SMLoc::getFromPointer(reinterpret_cast<const char *>(bad));
  diags.error(SMRange(at, SMLoc::getFromPointer(reinterpret_cast<const char *>(bad) + 1)),
              "file is not valid UTF-8 (invalid byte 0x" + hexByte(*bad) + ")");
  return false;
}

static std::unique_ptr<ast::Schema> parseBuffers(ArrayRef<unsigned> bufferIds,
                                                 DiagnosticEngine &diags,
                                                 const ChunkIndex *reuse, ChunkIndex *record) {
  auto schema = std::make_unique<ast::Schema>();
  // A ChunkIndex points at the files it records: they must not move.
  schema->files.reserve(bufferIds.size());
  for (unsigned id : bufferIds)
    if (checkUtf8(diags.getSourceMgr().getMemoryBuffer(id)->getBuffer(), diags))
      parseFile(id, *schema, diags, reuse, record);
  return schema;
}

std::unique_ptr<ast::Schema> parseSchema(ArrayRef<unsigned> bufferIds, DiagnosticEngine &diags) {
  return parseBuffers(bufferIds, diags, nullptr, nullptr);
}

std::pair<std::unique_ptr<ast::Schema>, std::unique_ptr<ast::Schema>>
parseSchemaPair(ArrayRef<unsigned> firstIds, ArrayRef<unsigned> secondIds,
                DiagnosticEngine &firstDiags, DiagnosticEngine &secondDiags) {
  ChunkIndex index;
  std::unique_ptr<ast::Schema> first = parseBuffers(firstIds, firstDiags, nullptr, &index);
  // Chunks of a file with diagnostics are not copied: where they came from is not
  // recorded, and a copy would lose them.
  bool reusable = firstDiags.getDiagnostics().empty() && firstDiags.getNumErrors() == 0 &&
                  firstDiags.getNumWarnings() == 0;
  std::unique_ptr<ast::Schema> second =
      parseBuffers(secondIds, secondDiags, reusable ? &index : nullptr, nullptr);
  return {std::move(first), std::move(second)};
}

bool hasPrismaConfigFile(StringRef schemaPath) {
  SmallString<256> dir(schemaPath);
  sys::fs::make_absolute(dir);
  if (!sys::fs::is_directory(dir))
    sys::path::remove_filename(dir);
  static const char *const kNames[] = {"prisma.config.ts",  "prisma.config.mts",
                                       "prisma.config.cts", "prisma.config.js",
                                       "prisma.config.mjs", "prisma.config.cjs"};
  for (int depth = 0; depth < 4 && !dir.empty(); ++depth) {
    for (const char *name : kNames) {
      SmallString<256> candidate(dir);
      sys::path::append(candidate, name);
      if (sys::fs::exists(candidate))
        return true;
    }
    StringRef parent = sys::path::parent_path(dir);
    if (parent == dir)
      break;
    dir = parent;
  }
  return false;
}

} // namespace schemac::frontend
