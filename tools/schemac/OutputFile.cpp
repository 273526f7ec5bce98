//===- tools/schemac/OutputFile.cpp - Atomic output and depfiles ----------===//
#include "OutputFile.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace schemac::tools {

Error writeFileAtomically(StringRef path, StringRef contents) {
  if (path == "-") {
    outs() << contents;
    outs().flush();
    return Error::success();
  }
  Expected<sys::fs::TempFile> temp = sys::fs::TempFile::create(path + "-%%%%%%.tmp");
  if (!temp)
    return createFileError(path, temp.takeError());
  {
    raw_fd_ostream os(temp->FD, /*shouldClose=*/false);
    os << contents;
    os.flush();
    if (os.has_error()) {
      std::error_code error = os.error();
      os.clear_error();
      consumeError(temp->discard());
      return createFileError(path, error);
    }
  }
  if (Error error = temp->keep(path))
    return createFileError(path, std::move(error));
  return Error::success();
}

static std::string escapeForMake(StringRef path) {
  std::string out;
  for (char c : path) {
    if (c == ' ' || c == '#')
      out += '\\';
    else if (c == '$')
      out += '$';
    out += c;
  }
  return out;
}

Error writeDepfile(StringRef path, StringRef target, ArrayRef<std::string> dependencies) {
  std::string text = escapeForMake(target) + ":";
  for (const std::string &dependency : dependencies)
    text += " \\\n  " + escapeForMake(dependency);
  text += "\n";
  return writeFileAtomically(path, text);
}

} // namespace schemac::tools
