//===- ir/Locations.h - From IR origins to source locations -----*- C++ -*-===//
//
// Part of schemac. An ir::Origin names a file of ir::Schema::files by index and a line and
// column in it. OriginLocator turns it back into an SMLoc in the SourceMgr that holds
// those files (the one the schema was compiled with), so that passes over the IR report
// diagnostics with carets in the schema without seeing the frontend.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_IR_LOCATIONS_H
#define SCHEMAC_IR_LOCATIONS_H

#include "ir/Schema.h"

#include "llvm/Support/SMLoc.h"
#include "llvm/Support/SourceMgr.h"

#include <vector>

namespace schemac::ir {

class OriginLocator {
public:
  OriginLocator(llvm::SourceMgr &sourceMgr, const Schema &schema);

  /// The origin's position; an invalid SMLoc when its file is not loaded.
  llvm::SMLoc loc(const Origin &origin) const;
  /// The origin's Prisma name as written at its position (a field or enum value name),
  /// or the position alone.
  llvm::SMRange nameRange(const Origin &origin) const;
  /// Where the declaration ends (Origin::endLine/endColumn), or an invalid SMLoc.
  llvm::SMLoc end(const Origin &origin) const;

private:
  llvm::SMLoc find(unsigned file, unsigned line, unsigned column) const;

  llvm::SourceMgr &sourceMgr;
  std::vector<unsigned> bufferOfFile; ///< Schema::files index -> buffer id (0: not loaded)
};

} // namespace schemac::ir

#endif // SCHEMAC_IR_LOCATIONS_H
