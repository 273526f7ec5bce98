//===- frontend/Lowering.h - Validated schema to database IR ----*- C++ -*-===//
//
// Part of schemac. Maps a validated Prisma schema to the database it describes, exactly
// as Prisma's schema engine does for PostgreSQL (its sql_schema_calculator): default
// native types, enums, defaults, autoincrement, constraint and index names, foreign keys
// with their default referential actions, and implicit many-to-many join tables. The
// orders of tables, indexes and foreign keys are Prisma's, so that the SQL backend can
// print Prisma's script byte for byte.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_FRONTEND_LOWERING_H
#define SCHEMAC_FRONTEND_LOWERING_H

#include "frontend/Sema.h"
#include "support/Diagnostic.h"
#include "ir/Schema.h"

#include <optional>

namespace schemac::frontend {

/// Lowers a schema that validated without errors. Reports an error (and returns
/// std::nullopt) when the datasource provider is not PostgreSQL.
std::optional<ir::Schema> lowerToIR(const SchemaDatabase &db, DiagnosticEngine &diags);

} // namespace schemac::frontend

#endif // SCHEMAC_FRONTEND_LOWERING_H
