//===- tools/schemac/OutputFile.h - Atomic output and depfiles --*- C++ -*-===//
//
// Part of schemac. Build systems read schemac's outputs while it may be writing them, and
// a failed run must not leave half a file behind: outputs are written to a temporary
// file next to the target and renamed over it. Depfiles list the inputs in Make syntax
// (as clang's -MD -MF), which make, ninja and CMake's DEPFILE understand.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_TOOLS_OUTPUTFILE_H
#define SCHEMAC_TOOLS_OUTPUTFILE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <string>

namespace schemac::tools {

/// Writes `contents` to `path` atomically; `-` writes to standard output.
llvm::Error writeFileAtomically(llvm::StringRef path, llvm::StringRef contents);

/// Writes `target: dep1 dep2 ...` to `path` atomically, escaping spaces, `#` and `$`.
llvm::Error writeDepfile(llvm::StringRef path, llvm::StringRef target,
                         llvm::ArrayRef<std::string> dependencies);

} // namespace schemac::tools

#endif // SCHEMAC_TOOLS_OUTPUTFILE_H
