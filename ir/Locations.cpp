//===- ir/Locations.cpp - From IR origins to source locations ------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//
#include "ir/Locations.h"

#include "llvm/Support/MemoryBuffer.h"

using namespace llvm;

namespace schemac::ir {

OriginLocator::OriginLocator(SourceMgr &sourceMgr, const Schema &schema)
    : sourceMgr(sourceMgr), bufferOfFile(schema.files.size(), 0) {
  for (unsigned id = 1; id <= sourceMgr.getNumBuffers(); ++id) {
    StringRef identifier = sourceMgr.getMemoryBuffer(id)->getBufferIdentifier();
    for (size_t file = 0; file < schema.files.size(); ++file)
      if (!bufferOfFile[file] && schema.files[file] == identifier)
        bufferOfFile[file] = id;
  }
}

SMLoc OriginLocator::find(unsigned file, unsigned line, unsigned column) const {
  if (file == 0 || file > bufferOfFile.size() || !bufferOfFile[file - 1] || line == 0)
    return SMLoc();
  return sourceMgr.FindLocForLineAndColumn(bufferOfFile[file - 1], line, column);
}

SMLoc OriginLocator::loc(const Origin &origin) const {
  return find(origin.file, origin.line, origin.column);
}

SMRange OriginLocator::nameRange(const Origin &origin) const {
  SMLoc start = loc(origin);
  if (!start.isValid())
    return SMRange();
  StringRef rest(start.getPointer(),
                 sourceMgr.getMemoryBuffer(bufferOfFile[origin.file - 1])->getBufferEnd() -
                     start.getPointer());
  // `Model.field` (a relation) is written as `field` at its position.
  StringRef name = StringRef(origin.name).rsplit('.').second;
  if (name.empty())
    name = origin.name;
  if (!name.empty() && rest.startswith(name))
    return SMRange(start, SMLoc::getFromPointer(start.getPointer() + name.size()));
  return SMRange(start, start);
}

SMLoc OriginLocator::end(const Origin &origin) const {
  return find(origin.file, origin.endLine, origin.endColumn);
}

} // namespace schemac::ir
