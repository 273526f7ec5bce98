//===- ir/Verifier.h - The IR's invariants ----------------------*- C++ -*-===//
//
// Part of schemac. Checks that an IR describes a database PostgreSQL can hold, in the
// spirit of MLIR's verifier: names are unique where PostgreSQL requires it and fit in 63
// bytes, every reference resolves (namespaces, enums, columns, referenced tables and
// columns), primary key columns are required, a foreign key references a primary key or
// unique constraint with columns of the same types, defaults fit their column. Lowered
// IR always verifies; a failure there is a schemac bug. The list is in docs/ir.md.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_IR_VERIFIER_H
#define SCHEMAC_IR_VERIFIER_H

#include "support/Diagnostic.h"
#include "ir/Parser.h"
#include "ir/Schema.h"

namespace schemac::ir {

/// Reports every broken invariant as an error. `locations` (from the parser) places the
/// diagnostics; without it they carry no source location. Returns true when the IR is valid.
bool verifySchema(const Schema &schema, DiagnosticEngine &diags,
                  const SchemaLocations *locations = nullptr);

} // namespace schemac::ir

#endif // SCHEMAC_IR_VERIFIER_H
