//===- frontend/Frontend.cpp - Loading and checking schemas ---------------===//
#include "frontend/Frontend.h"

#include "frontend/Lexer.h"
#include "frontend/Parser.h"
#include "frontend/Sema.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
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

namespace {

/// Whether the file declares a datasource block (a line that starts with `datasource`).
bool declaresDatasource(StringRef path) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> buffer = MemoryBuffer::getFile(path);
  if (!buffer)
    return false;
  SmallVector<StringRef, 64> lines;
  (*buffer)->getBuffer().split(lines, '\n');
  for (StringRef line : lines) {
    line = line.ltrim();
    if (line.consume_front("datasource") && !line.empty() && isSpace(line.front()))
      return true;
  }
  return false;
}

/// The `.prisma` files directly in `directory`, sorted.
std::vector<std::string> prismaFilesIn(StringRef directory) {
  std::vector<std::string> files;
  std::error_code ec;
  for (sys::fs::directory_iterator it(directory, ec), end; it != end && !ec; it.increment(ec))
    if (sys::path::extension(it->path()) == ".prisma" && !sys::fs::is_directory(it->path()))
      files.push_back(it->path());
  llvm::sort(files);
  return files;
}

/// Whether a `.prisma` file other than `except` is in `directory` or below it (dependency
/// folders skipped).
bool hasOtherPrismaFile(StringRef directory, StringRef except) {
  std::error_code ec;
  for (sys::fs::recursive_directory_iterator it(directory, ec), end; it != end && !ec;
       it.increment(ec)) {
    StringRef name = sys::path::filename(it->path());
    if (name == "node_modules" || name == ".git") {
      it.no_push();
      continue;
    }
    if (sys::path::extension(it->path()) == ".prisma" && !sys::fs::equivalent(it->path(), except) &&
        !sys::fs::is_directory(it->path()))
      return true;
  }
  return false;
}

/// The `schema` a Prisma config names, resolved against the config's folder: the
/// `schema: "..."` property of prisma.config.*, or `prisma.schema` in package.json.
std::optional<std::string> configuredSchema(StringRef directory) {
  static const char *const kConfigs[] = {"prisma.config.ts",  "prisma.config.mts",
                                         "prisma.config.cts", "prisma.config.js",
                                         "prisma.config.mjs", "prisma.config.cjs"};
  auto resolve = [&](StringRef value) {
    SmallString<256> resolved(directory);
    sys::path::append(resolved, value);
    sys::path::remove_dots(resolved, /*remove_dot_dot=*/true);
    return resolved.str().str();
  };
  for (const char *name : kConfigs) {
    SmallString<256> config(directory);
    sys::path::append(config, name);
    ErrorOr<std::unique_ptr<MemoryBuffer>> buffer = MemoryBuffer::getFile(config);
    if (!buffer)
      continue;
    // `schema: "prisma/schema"` (a string literal; anything computed is not followed).
    StringRef text = (*buffer)->getBuffer();
    for (size_t at = text.find("schema"); at != StringRef::npos; at = text.find("schema", at + 1)) {
      StringRef rest = text.drop_front(at + 6).ltrim(" \t");
      if (!rest.consume_front(":"))
        continue;
      rest = rest.ltrim(" \t");
      if (rest.empty() || (rest.front() != '"' && rest.front() != '\''))
        continue;
      char quote = rest.front();
      StringRef value = rest.drop_front().take_until([&](char c) { return c == quote || c == '\n'; });
      if (!value.empty())
        return resolve(value);
    }
  }
  SmallString<256> packageJson(directory);
  sys::path::append(packageJson, "package.json");
  if (ErrorOr<std::unique_ptr<MemoryBuffer>> buffer = MemoryBuffer::getFile(packageJson)) {
    Expected<json::Value> parsed = json::parse((*buffer)->getBuffer());
    if (!parsed) {
      consumeError(parsed.takeError());
    } else if (const json::Object *object = parsed->getAsObject()) {
      if (const json::Object *prisma = object->getObject("prisma"))
        if (std::optional<StringRef> schema = prisma->getString("schema"))
          return resolve(*schema);
    }
  }
  return std::nullopt;
}

/// Whether `path` is `root` or inside it.
bool isWithin(StringRef path, StringRef root) {
  SmallString<256> a, b;
  if (sys::fs::real_path(path, a) || sys::fs::real_path(root, b))
    return false;
  return a == b || (StringRef(a).startswith(b) && a.size() > b.size() &&
                    sys::path::is_separator(a[b.size()]));
}

/// Moves `current` (absolute) to its parent folder; false at the top of its git work tree
/// or of the file system, where the walks up for a schema root stop.
bool stepUp(SmallString<256> &current) {
  SmallString<256> git(current);
  sys::path::append(git, ".git");
  StringRef parent = sys::path::parent_path(current);
  if (sys::fs::exists(git) || parent.empty() || parent == current)
    return false;
  current = parent.str();
  return true;
}

/// Whether the absolute folder is Prisma's default multi-file folder, `prisma/schema`.
bool isPrismaSchemaFolder(StringRef folder) {
  return sys::path::filename(folder) == "schema" &&
         sys::path::filename(sys::path::parent_path(folder)) == "prisma";
}

std::string schemaRootOf(const std::string &path) {
  if (path == "-" || sys::fs::is_directory(path) || !sys::fs::exists(path))
    return path;
  SmallString<256> directory(path);
  sys::path::remove_filename(directory);
  if (directory.empty())
    directory = ".";
  SmallString<256> current(directory);
  sys::fs::make_absolute(current);
  // 1. The project's Prisma config names the schema, as Prisma reads it.
  for (int depth = 0; depth < 16; ++depth) {
    if (std::optional<std::string> configured = configuredSchema(current))
      if (isWithin(path, *configured))
        return sys::fs::is_directory(*configured) ? *configured : path;
    if (!stepUp(current))
      break;
  }
  // 2. A file with a datasource is a schema of its own, unless it sits in Prisma's
  // default multi-file folder (`prisma/schema/`) with other files.
  SmallString<256> absolute(directory);
  sys::fs::make_absolute(absolute);
  if (declaresDatasource(path))
    return isPrismaSchemaFolder(absolute) && hasOtherPrismaFile(directory, path)
               ? directory.str().str()
               : path;
  // 3. A file without one, in or below Prisma's default multi-file folder, belongs to it
  // when the folder's own files declare exactly one datasource.
  current = absolute;
  std::string shown = directory.str().str();
  for (int depth = 0; depth < 16; ++depth) {
    if (isPrismaSchemaFolder(current)) {
      std::vector<std::string> files = prismaFilesIn(current);
      if (llvm::count_if(files, [](const std::string &f) { return declaresDatasource(f); }) == 1)
        return shown;
      break;
    }
    if (!stepUp(current))
      break;
    SmallString<256> up(shown);
    sys::path::append(up, "..");
    shown = up.str().str();
  }
  return path;
}

} // namespace

std::vector<std::string> schemaRootsOf(ArrayRef<std::string> paths) {
  std::vector<std::string> roots;
  std::vector<std::string> seen; // real paths of the roots, to merge spellings
  for (const std::string &path : paths) {
    std::string root = schemaRootOf(path);
    SmallString<256> real;
    if (root == "-" || sys::fs::real_path(root, real))
      real = root;
    if (llvm::is_contained(seen, real.str()))
      continue;
    seen.push_back(real.str().str());
    roots.push_back(root);
  }
  return roots;
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
  // Prisma reports a file's syntax problems, and those it finds while building its syntax
  // tree (an optional list, `!`), in source order; the parser finds some of them in
  // another order. Under an error limit, a few more are kept while parsing, so that the
  // first ones of the sorted order are those reported.
  DiagnosticOptions options = diags.getOptions();
  if (options.errorLimit != 0)
    options.errorLimit += 64;
  DiagnosticEngine parsing(diags.getSourceMgr(), options);
  for (unsigned id : bufferIds) {
    if (!checkUtf8(parsing.getSourceMgr().getMemoryBuffer(id)->getBuffer(), parsing))
      continue;
    size_t first = parsing.getDiagnostics().size();
    parseFile(id, *schema, parsing, reuse, record);
    parsing.stableSortFrom(first, [](const Diagnostic &a, const Diagnostic &b) {
      return a.loc.getPointer() < b.loc.getPointer();
    });
  }
  diags.absorb(parsing);
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
