//===- ir/Printer.h - The textual form of the IR ----------------*- C++ -*-===//
//
// Part of schemac. Prints an ir::Schema as text (the grammar is in docs/ir.md). The
// output is deterministic and parses back (ir/Parser.h) to an IR that prints to the same
// bytes.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_IR_PRINTER_H
#define SCHEMAC_IR_PRINTER_H

#include "ir/Schema.h"

#include "llvm/Support/raw_ostream.h"

namespace schemac::ir {

struct PrintOptions {
  /// Print `loc("file":line:col)` after each construct that has one.
  bool locations = false;
};

void printSchema(const Schema &schema, llvm::raw_ostream &os, const PrintOptions &options = {});

/// A string literal in the IR's syntax: double quotes, `\"`, `\\`, `\n`, `\t`, `\xHH`.
void printStringLiteral(llvm::StringRef text, llvm::raw_ostream &os);

} // namespace schemac::ir

#endif // SCHEMAC_IR_PRINTER_H
