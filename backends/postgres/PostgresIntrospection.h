//===- backends/postgres/PostgresIntrospection.h - Read a live database into the IR -*- C++ -*-===//
//
// Part of schemac. Reads the tables, columns (types, defaults, sequences), primary keys,
// unique constraints and indexes (sort order, method, operator classes), foreign keys
// (with their actions), enums and extensions of a PostgreSQL database into the same IR a
// Prisma schema lowers to, so that a database and a schema compare alike. The catalog
// queries live in backends/postgres/introspection/*.sql.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_BACKENDS_POSTGRES_POSTGRESINTROSPECTION_H
#define SCHEMAC_BACKENDS_POSTGRES_POSTGRESINTROSPECTION_H

#include "backends/postgres/PostgresConnection.h"
#include "ir/Schema.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"

namespace schemac::backends::postgres {

/// Reads the namespaces of `connection.target().schemas`, and those of `alsoRead` (the
/// `schemas = [...]` of the schema the database is compared with, as Prisma reads them).
/// The first of the target's is the default namespace (unqualified in SQL), as `?schema=`
/// makes it for Prisma.
llvm::Expected<ir::Schema> introspect(Connection &connection,
                                      llvm::ArrayRef<std::string> alsoRead = {});

/// A column type as format_type() prints it (`character varying(255)`,
/// `timestamp(3) without time zone`), for a non-enum type.
ir::ColumnType parseFormattedType(llvm::StringRef formatted);

/// A column default as pg_get_expr() prints it, for a column of `type`: a literal, now(),
/// a sequence (autoincrement) or any other expression (dbgenerated).
void parseDefaultExpression(llvm::StringRef expression, ir::Column &column);

} // namespace schemac::backends::postgres

#endif // SCHEMAC_BACKENDS_POSTGRES_POSTGRESINTROSPECTION_H
