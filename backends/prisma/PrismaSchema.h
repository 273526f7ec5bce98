//===- backends/prisma/PrismaSchema.h - The IR as a Prisma schema ------*- C++ -*-===//
//
// Part of schemac. Prints a database IR (typically an introspected database) as a
// Prisma schema, what `prisma db pull` does: models with @map/@@map where database names
// are not Prisma identifiers, native types where they differ from Prisma's defaults,
// defaults, ids, unique constraints and indexes with `map:` wherever the database name
// differs from the one Prisma would choose, and both sides of every relation with
// explicit referential actions. Lowering the printed schema gives back the same
// database.
//
// Join tables are printed as ordinary models (with @@map), not as implicit
// many-to-many relations: the database is the same, and the schema stays explicit.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_BACKENDS_PRISMA_PRISMASCHEMA_H
#define SCHEMAC_BACKENDS_PRISMA_PRISMASCHEMA_H

#include "ir/Schema.h"

#include "llvm/Support/raw_ostream.h"

namespace schemac::backends::prisma {

void printPrismaSchema(const ir::Schema &schema, llvm::raw_ostream &os);

/// The Prisma type of a column type: `String`, `Int`, ..., the enum's Prisma name, or
/// `Unsupported("...")` (no `?` or `[]`). `nativeAttribute` gets the `@db.*` attribute
/// when the type is not Prisma's default for that scalar.
std::string prismaTypeName(const ir::Schema &schema, const ir::ColumnType &type,
                           std::string *nativeAttribute = nullptr);

} // namespace schemac::backends::prisma

#endif // SCHEMAC_BACKENDS_PRISMA_PRISMASCHEMA_H
