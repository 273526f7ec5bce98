//===- tools/driver/Compile.cpp - Shared driver steps ---------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//
#include "Compile.h"

#include "backends/postgres/PostgresConnection.h"
#include "backends/postgres/PostgresIntrospection.h"
#include "frontend/Frontend.h"
#include "frontend/Lowering.h"
#include "support/Parallel.h"
#include "ir/Parser.h"
#include "ir/Verifier.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

#include <atomic>

using namespace llvm;

/// Reachable from a global with external linkage, so LeakSanitizer does not report the
/// trees and the compiler cannot drop the stores.
void *keepAlive[32];
static std::atomic<unsigned> keepAliveCount = 0;

namespace schemac::tools {

void keepUntilExit(void *pointer) {
  // The two sides of a diff are compiled on two threads.
  unsigned slot = keepAliveCount++;
  if (slot < std::size(keepAlive))
    keepAlive[slot] = pointer;
}

void PhaseTimer::next(StringRef phase) {
  auto now = std::chrono::steady_clock::now();
  if (!current.empty())
    phases.push_back({current, std::chrono::duration<double, std::milli>(now - start).count()});
  current = phase.str();
  start = now;
}

void PhaseTimer::addDetails(StringRef prefix, PhaseTimer &other) {
  other.next("");
  for (auto &[name, ms] : other.phases)
    details.push_back({phases.size(), "  " + prefix.str() + name, ms});
}

void PhaseTimer::print(raw_ostream &os) {
  next("");
  double total = 0;
  for (auto &[name, ms] : phases)
    total += ms;
  auto line = [&](double ms, StringRef name) {
    os << format("%10.2f ms  %5.1f%%  ", ms, total > 0 ? 100 * ms / total : 0.0) << name << "\n";
  };
  size_t detail = 0;
  for (size_t i = 0; i < phases.size(); ++i) {
    line(phases[i].second, phases[i].first);
    // Details recorded while phase i was running (its sub-phases on other threads).
    for (; detail < details.size() && details[detail].phase <= i; ++detail)
      line(details[detail].ms, details[detail].name);
  }
  os << format("%10.2f ms  total\n", total);
}

namespace {

/// Gives every construct of an IR read from text, that has no `loc(...)`, its position in
/// the IR file.
void anchorToIRText(ir::Schema &schema, const ir::SchemaLocations &locations,
                    const SourceMgr &sourceMgr, unsigned bufferId) {
  unsigned file = 0;
  StringRef path = sourceMgr.getMemoryBuffer(bufferId)->getBufferIdentifier();
  auto anchor = [&](ir::Origin &origin, SMRange range) {
    if (origin.hasLocation() || !range.isValid())
      return;
    if (!file) {
      schema.files.push_back(path.str());
      file = unsigned(schema.files.size());
    }
    origin.file = file;
    std::tie(origin.line, origin.column) = sourceMgr.getLineAndColumn(range.Start, bufferId);
  };
  for (size_t e = 0; e < schema.enums.size() && e < locations.enums.size(); ++e) {
    anchor(schema.enums[e].origin, locations.enums[e]);
    for (size_t v = 0; v < schema.enums[e].values.size() && v < locations.enumValues[e].size(); ++v)
      anchor(schema.enums[e].values[v].origin, locations.enumValues[e][v]);
  }
  for (size_t t = 0; t < schema.tables.size() && t < locations.tables.size(); ++t) {
    ir::Table &table = schema.tables[t];
    anchor(table.origin, locations.tables[t]);
    for (size_t c = 0; c < table.columns.size() && c < locations.columns[t].size(); ++c)
      anchor(table.columns[c].origin, locations.columns[t][c]);
    if (table.primaryKey && t < locations.primaryKeys.size())
      anchor(table.primaryKey->origin, locations.primaryKeys[t]);
    for (size_t i = 0; i < table.indexes.size() && i < locations.indexes[t].size(); ++i)
      anchor(table.indexes[i].origin, locations.indexes[t][i]);
  }
  for (size_t f = 0; f < schema.foreignKeys.size() && f < locations.foreignKeys.size(); ++f)
    anchor(schema.foreignKeys[f].origin, locations.foreignKeys[f]);
}

} // namespace

/// Validates and lowers a parsed schema: compileSchemaBuffers after the parse.
static std::optional<ir::Schema> compileParsedSchema(std::unique_ptr<ast::Schema> schema,
                                                     DiagnosticEngine &diags, PhaseTimer &timer,
                                                     const LoadOptions &loadOptions) {
  keepUntilExit(schema.get());
  if (diags.hasErrors()) {
    schema.release();
    return std::nullopt;
  }
  timer.next("validate");
  frontend::ValidationOptions options;
  options.requireDatasourceUrl = loadOptions.requireDatasourceUrl;
  std::unique_ptr<frontend::SchemaDatabase> db = frontend::validateSchema(*schema, diags, options);
  keepUntilExit(db.get());
  schema.release();
  if (diags.hasErrors()) {
    db.release();
    return std::nullopt;
  }
  timer.next("lower");
  std::optional<ir::Schema> lowered = frontend::lowerToIR(*db, diags);
  db.release();
  return lowered;
}

std::optional<ir::Schema> compileSchemaBuffers(ArrayRef<unsigned> buffers,
                                               DiagnosticEngine &diags, PhaseTimer &timer,
                                               const LoadOptions &loadOptions) {
  timer.next("parse");
  return compileParsedSchema(frontend::parseSchema(buffers, diags), diags, timer, loadOptions);
}

std::optional<SchemaSource> readSchemaSource(StringRef path, DiagnosticEngine &diags,
                                             std::vector<std::string> &readFiles,
                                             PhaseTimer &timer) {
  SourceMgr &sourceMgr = diags.getSourceMgr();
  timer.next("read");
  bool isIR = sys::path::extension(path) == ".sir";
  if (!isIR && !sys::fs::is_directory(path) && path != "-") {
    ErrorOr<std::unique_ptr<MemoryBuffer>> buffer = MemoryBuffer::getFile(path);
    isIR = buffer && ir::looksLikeSchemaText((*buffer)->getBuffer());
  }
  SchemaSource source;
  source.isIR = isIR;
  if (isIR) {
    ErrorOr<std::unique_ptr<MemoryBuffer>> buffer = MemoryBuffer::getFileOrSTDIN(path);
    if (!buffer) {
      diags.environmentError("cannot read `" + path + "`: " + buffer.getError().message());
      return std::nullopt;
    }
    readFiles.push_back(path.str());
    source.buffers.push_back(sourceMgr.AddNewSourceBuffer(std::move(*buffer), SMLoc()));
    return source;
  }
  Expected<std::vector<unsigned>> buffers =
      frontend::loadSchemaFiles({path.str()}, sourceMgr, &readFiles);
  if (!buffers) {
    diags.environmentError(toString(buffers.takeError()));
    return std::nullopt;
  }
  source.buffers = std::move(*buffers);
  return source;
}

std::optional<ir::Schema> compileSchemaSource(const SchemaSource &source,
                                              DiagnosticEngine &diags, PhaseTimer &timer,
                                              const LoadOptions &options) {
  if (!source.isIR)
    return compileSchemaBuffers(source.buffers, diags, timer, options);
  unsigned id = source.buffers.front();
  timer.next("parse IR");
  ir::SchemaLocations locations;
  std::optional<ir::Schema> schema = ir::parseSchemaText(id, diags, &locations);
  if (!schema)
    return std::nullopt;
  timer.next("verify");
  if (!ir::verifySchema(*schema, diags, &locations))
    return std::nullopt;
  if (options.anchorIRText)
    anchorToIRText(*schema, locations, diags.getSourceMgr(), id);
  return schema;
}

std::pair<std::optional<ir::Schema>, std::optional<ir::Schema>>
compileSchemaSources(const SchemaSource &first, const SchemaSource &second,
                     DiagnosticEngine &diags, PhaseTimer &timer, const TwoSources &how,
                     const LoadOptions &options) {
  DiagnosticEngine firstDiags(diags.getSourceMgr(), diags.getOptions());
  DiagnosticEngine secondDiags(diags.getSourceMgr(), diags.getOptions());
  PhaseTimer firstTimer, secondTimer;
  // Two Prisma schemas are parsed together, on all cores: the second copies what it
  // shares with the first (frontend::parseSchemaPair). Validation and lowering then run
  // side by side, each on half the cores.
  std::unique_ptr<ast::Schema> firstAST, secondAST;
  if (!first.isIR && !second.isIR) {
    timer.next("parse both");
    std::tie(firstAST, secondAST) =
        frontend::parseSchemaPair(first.buffers, second.buffers, firstDiags, secondDiags);
  }
  timer.next("compile both");
  std::optional<ir::Schema> firstSchema, secondSchema;
  unsigned half = std::max(1u, std::min(4u, usableCores()) / 2);
  runTasks(2, [&](unsigned side) {
    ScopedThreadLimit limit(half);
    bool isFirst = side == 1;
    std::unique_ptr<ast::Schema> &parsed = isFirst ? firstAST : secondAST;
    DiagnosticEngine &sideDiags = isFirst ? firstDiags : secondDiags;
    PhaseTimer &sideTimer = isFirst ? firstTimer : secondTimer;
    std::optional<ir::Schema> result =
        parsed ? compileParsedSchema(std::move(parsed), sideDiags, sideTimer, options)
               : compileSchemaSource(isFirst ? first : second, sideDiags, sideTimer, options);
    (isFirst ? firstSchema : secondSchema) = std::move(result);
  });
  timer.addDetails(how.firstLabel, firstTimer);
  timer.addDetails(how.secondLabel, secondTimer);
  diags.absorb(firstDiags);
  if (firstSchema || how.reportSecondAfterFailure)
    diags.absorb(secondDiags);
  return {std::move(firstSchema), std::move(secondSchema)};
}

std::pair<std::optional<ir::Schema>, std::optional<ir::Schema>>
loadSchemaIRs(StringRef firstPath, StringRef secondPath, DiagnosticEngine &diags,
              std::vector<std::string> &readFiles, PhaseTimer &timer, const TwoSources &how,
              const LoadOptions &options) {
  std::optional<SchemaSource> first = readSchemaSource(firstPath, diags, readFiles, timer);
  if (!first && !how.reportSecondAfterFailure)
    return {};
  std::optional<SchemaSource> second = readSchemaSource(secondPath, diags, readFiles, timer);
  if (!first || !second)
    return {};
  return compileSchemaSources(*first, *second, diags, timer, how, options);
}

std::optional<ir::Schema> loadSchemaIR(StringRef path, DiagnosticEngine &diags,
                                       std::vector<std::string> &readFiles, PhaseTimer &timer,
                                       const LoadOptions &options) {
  std::optional<SchemaSource> source = readSchemaSource(path, diags, readFiles, timer);
  if (!source)
    return std::nullopt;
  return compileSchemaSource(*source, diags, timer, options);
}

namespace {

/// Runs git with `args` in `directory`; returns its standard output.
Expected<std::string> runGit(ArrayRef<StringRef> args, StringRef directory) {
  ErrorOr<std::string> git = sys::findProgramByName("git");
  if (!git)
    return createStringError(inconvertibleErrorCode(), "--base-ref needs git, which is not on PATH");
  SmallString<128> out, err;
  if (std::error_code ec = sys::fs::createTemporaryFile("schemac-git", "out", out))
    return errorCodeToError(ec);
  if (std::error_code ec = sys::fs::createTemporaryFile("schemac-git", "err", err))
    return errorCodeToError(ec);
  FileRemover removeOut(out), removeErr(err);
  SmallVector<StringRef, 8> argv = {*git, "-C", directory};
  argv.append(args.begin(), args.end());
  std::optional<StringRef> redirects[] = {StringRef(""), StringRef(out), StringRef(err)};
  std::string message;
  int status = sys::ExecuteAndWait(*git, argv, std::nullopt, redirects, 0, 0, &message);
  if (status != 0) {
    ErrorOr<std::unique_ptr<MemoryBuffer>> errText = MemoryBuffer::getFile(err);
    std::string detail = errText ? (*errText)->getBuffer().trim().str() : message;
    return createStringError(inconvertibleErrorCode(),
                             "git " + join(args, " ") + " failed" +
                                 (detail.empty() ? "" : ": " + detail));
  }
  ErrorOr<std::unique_ptr<MemoryBuffer>> text = MemoryBuffer::getFile(out);
  if (!text)
    return errorCodeToError(text.getError());
  return (*text)->getBuffer().str();
}

} // namespace

Expected<std::vector<unsigned>> loadSchemaFromGit(StringRef ref, StringRef path,
                                                  SourceMgr &sourceMgr) {
  SmallString<256> absolute(path);
  sys::fs::make_absolute(absolute);
  bool isDirectory = sys::fs::is_directory(absolute);
  SmallString<256> directory = absolute;
  if (!isDirectory)
    sys::path::remove_filename(directory);
  // The revision is resolved to a commit first, with everything after --end-of-options
  // taken as a revision: a value such as `--output=FILE` is never read as an option.
  Expected<std::string> commit =
      runGit({"rev-parse", "--verify", "--quiet", "--end-of-options", (ref + "^{commit}").str()}, directory);
  if (!commit)
    return createStringError(inconvertibleErrorCode(),
                             "--base-ref `" + ref + "` is not a commit of this repository");
  std::string resolved = StringRef(*commit).trim().str();
  // The path relative to the top of the work tree, as git names it in a revision.
  Expected<std::string> prefix = runGit({"rev-parse", "--show-prefix"}, directory);
  if (!prefix)
    return prefix.takeError();
  std::string relative = StringRef(*prefix).trim().str();
  if (!isDirectory)
    relative += sys::path::filename(absolute).str();
  std::vector<std::string> files;
  if (isDirectory) {
    Expected<std::string> listing =
        runGit({"ls-tree", "-r", "--name-only", "--full-tree", resolved, "--", relative}, directory);
    if (!listing)
      return listing.takeError();
    SmallVector<StringRef, 16> lines;
    StringRef(*listing).split(lines, '\n', -1, false);
    for (StringRef line : lines)
      if (line.endswith(".prisma"))
        files.push_back(line.str());
    llvm::sort(files);
    if (files.empty())
      return createStringError(inconvertibleErrorCode(),
                               "no .prisma file under `" + path + "` at " + ref);
  } else {
    files.push_back(relative);
  }
  std::vector<unsigned> buffers;
  for (const std::string &file : files) {
    Expected<std::string> text = runGit({"show", resolved + ":" + file}, directory);
    if (!text)
      return text.takeError();
    buffers.push_back(sourceMgr.AddNewSourceBuffer(
        MemoryBuffer::getMemBufferCopy(*text, (ref + ":" + file).str()), SMLoc()));
  }
  return buffers;
}

std::optional<ir::Schema> introspectURL(StringRef url, DiagnosticEngine &diags,
                                        PhaseTimer &timer, const ReadOnlyLimits &limits,
                                        ArrayRef<std::string> alsoRead) {
  timer.next("connect");
  Expected<backends::postgres::ConnectionTarget> target =
      backends::postgres::parseConnectionTarget(url);
  if (!target) {
    diags.environmentError(toString(target.takeError()));
    return std::nullopt;
  }
  Expected<std::unique_ptr<backends::postgres::Connection>> connection =
      backends::postgres::Connection::open(*target, limits.session());
  if (!connection) {
    diags.environmentError(toString(connection.takeError()));
    return std::nullopt;
  }
  timer.next("introspect");
  Expected<ir::Schema> schema = backends::postgres::introspect(**connection, alsoRead);
  if (!schema) {
    diags.environmentError(toString(schema.takeError()));
    return std::nullopt;
  }
  return std::move(*schema);
}

} // namespace schemac::tools
