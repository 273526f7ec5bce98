//===- tools/driver/DatasourceUrls.h - URLs a schema's datasource names -*- C++ -*-===//
//
// Part of schemac. The database URLs a Prisma schema's datasource names, for the commands
// that connect: `url = "..."` or `url = env("DATABASE_URL")`, `directUrl` (which Prisma
// Migrate prefers over `url`, as it bypasses a connection pooler) and
// `shadowDatabaseUrl`.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_TOOLS_DRIVER_DATASOURCEURLS_H
#define SCHEMAC_TOOLS_DRIVER_DATASOURCEURLS_H

#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>

namespace schemac::tools {

struct DatasourceUrls {
  std::optional<std::string> migrate; ///< directUrl, else url
  std::optional<std::string> shadow;  ///< shadowDatabaseUrl
};

/// Reads the datasource of the schema at `schemaPath` (a file or a multi-file folder). A
/// literal counts as written; `env("VAR")` counts when VAR is set and not empty. A schema
/// that is missing or does not compile names nothing: the caller falls back to its other
/// sources, and the commands that need the schema report its errors themselves.
DatasourceUrls datasourceUrls(llvm::StringRef schemaPath);

} // namespace schemac::tools

#endif
