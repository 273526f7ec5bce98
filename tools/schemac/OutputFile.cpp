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
  // A device or a pipe (`-o /dev/null`, `-o /dev/stdout`) is written in place: renaming a
  // temporary file over it would replace it with a regular file.
  sys::fs::file_status status;
  if (!sys::fs::status(path, status) && sys::fs::exists(status) &&
      status.type() != sys::fs::file_type::regular_file &&
      status.type() != sys::fs::file_type::directory_file) {
    std::error_code error;
    raw_fd_ostream os(path, error, sys::fs::OF_None);
    if (error)
      return createFileError(path, error);
    os << contents;
    os.flush();
    if (os.has_error()) {
      error = os.error();
      os.clear_error();
      return createFileError(path, error);
    }
    return Error::success();
  }
  Expected<sys::fs::TempFile> temp = sys::fs::TempFile::create(path + "-%%%%%%.tmp");
  if (!temp)
    return createFileError(path, temp.takeError());
  // Keep the permissions of the file being replaced; a new file gets the umask's
  // (TempFile creates it owner-only).
  sys::fs::perms mode = sys::fs::perms(0666 & ~sys::fs::getUmask());
  if (ErrorOr<sys::fs::perms> existing = sys::fs::getPermissions(path))
    mode = *existing;
  if (std::error_code error = sys::fs::setPermissions(temp->FD, mode)) {
    consumeError(temp->discard());
    return createFileError(path, error);
  }
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
