//===- tools/schemac/FormatCommand.cpp - `schemac format` -----------------===//
//
// Part of schemac. Formats schema files in place (atomically, only when they change),
// checks them (--check), or prints the result (--stdout, or `-` for standard input). A
// file with a syntax error is reported and left untouched.
//
//===----------------------------------------------------------------------===//
#include "FormatCommand.h"

#include "Compile.h"
#include "ExitCodes.h"
#include "OutputFile.h"

#include "format/Formatter.h"
#include "frontend/Frontend.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace schemac::tools {

int runFormat(const FormatCommandOptions &options) {
  PhaseTimer timer;
  format::FormatOptions formatOptions;
  formatOptions.indentWidth = options.indentWidth;
  formatOptions.keepInvalidLines = options.keepInvalidLines;
  formatOptions.completeRelations = options.completeRelations;

  int status = kExitOk;
  std::vector<std::string> unformatted;
  for (const std::string &path : options.paths) {
    timer.next("read");
    SourceMgr sourceMgr;
    DiagnosticEngine diags(sourceMgr, options.diagnostics);
    std::vector<unsigned> buffers;
    bool fromStdin = path == "-";
    if (fromStdin) {
      ErrorOr<std::unique_ptr<MemoryBuffer>> input = MemoryBuffer::getSTDIN();
      if (!input) {
        WithColor::error(errs(), "schemac")
            << "cannot read standard input: " << input.getError().message() << "\n";
        return kExitCannotRun;
      }
      std::unique_ptr<MemoryBuffer> named =
          MemoryBuffer::getMemBufferCopy((*input)->getBuffer(), "<stdin>");
      buffers.push_back(sourceMgr.AddNewSourceBuffer(std::move(named), SMLoc()));
    } else {
      Expected<std::vector<unsigned>> loaded = frontend::loadSchemaFiles({path}, sourceMgr);
      if (!loaded) {
        WithColor::error(errs(), "schemac") << toString(loaded.takeError()) << "\n";
        status = combineExitCodes(status, kExitCannotRun);
        continue;
      }
      buffers = std::move(*loaded);
    }
    timer.next("format");
    std::vector<std::string> outputs;
    bool ok = format::formatSchema(buffers, diags, formatOptions, outputs);
    diags.printText(errs());
    if (!ok) {
      status = combineExitCodes(status, kExitFailed);
      continue;
    }
    timer.next("write");
    for (size_t i = 0; i < buffers.size(); ++i) {
      const MemoryBuffer *buffer = sourceMgr.getMemoryBuffer(buffers[i]);
      if (fromStdin || options.toStdout) {
        outs() << outputs[i];
        continue;
      }
      if (buffer->getBuffer() == outputs[i])
        continue;
      StringRef file = buffer->getBufferIdentifier();
      if (options.check) {
        unformatted.push_back(file.str());
        continue;
      }
      if (Error error = writeFileAtomically(file, outputs[i])) {
        WithColor::error(errs(), "schemac") << toString(std::move(error)) << "\n";
        status = combineExitCodes(status, kExitCannotRun);
      }
    }
  }
  if (!unformatted.empty()) {
    for (const std::string &file : unformatted)
      outs() << file << "\n";
    outs().flush();
    errs() << "schemac: " << unformatted.size()
           << (unformatted.size() == 1 ? " file is" : " files are")
           << " not formatted; run `schemac format` on "
           << (unformatted.size() == 1 ? "it" : "them") << "\n";
    status = combineExitCodes(status, kExitFound);
  }
  if (options.timeReport)
    timer.print(errs());
  return status;
}

} // namespace schemac::tools
