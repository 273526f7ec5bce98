//===- tools/schemac/ScrubbedArguments.cpp - argv without secrets ---------===//
#include "ScrubbedArguments.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"

using llvm::StringRef;

namespace schemac::tools {

std::vector<std::string> scrubbedArguments(int argc, char **argv) {
  std::vector<std::string> out;
  bool nextIsSecret = false;
  for (int i = 0; i < argc; ++i) {
    StringRef arg(argv[i]);
    if (nextIsSecret) {
      out.push_back("<redacted>");
      nextIsSecret = false;
      continue;
    }
    StringRef name = arg.split('=').first;
    bool urlOption = name.endswith("url") || name.endswith("-url") || name == "--dsn";
    if (urlOption && name.startswith("-")) {
      if (arg.contains('='))
        out.push_back((name + "=<redacted>").str());
      else {
        out.push_back(arg.str());
        nextIsSecret = true;
      }
      continue;
    }
    if (arg.contains("://") || arg.contains("password=") || arg.contains("password ="))
      out.push_back("<redacted>");
    else
      out.push_back(arg.str());
  }
  return out;
}

} // namespace schemac::tools
