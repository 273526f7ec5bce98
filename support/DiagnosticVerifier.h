//===- support/DiagnosticVerifier.h - expected-warning comments ------*- C++ -*-===//
//
// Part of schemac. The verify mode of schemac-opt, after clang's -verify and MLIR's
// -verify-diagnostics: the input files say which diagnostics they expect, in comments
//
//   // expected-warning {{has no index}}        on this line
//   // expected-error@+1 {{...}}                on the next line (@-2: two lines up)
//   // expected-note@7 {{...}}                  on line 7 of this file
//   // expected-warning@* {{...}}               anywhere, or without a location
//
// and the verifier checks that the run produced exactly those (the text is a substring
// of the message with its ` [rule]` suffix). Notes without a location are not checked.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_SUPPORT_DIAGNOSTICVERIFIER_H
#define SCHEMAC_SUPPORT_DIAGNOSTICVERIFIER_H

#include "support/Diagnostic.h"

namespace schemac {

/// Compares the diagnostics of `produced` with the expectations written in the buffers
/// of its SourceMgr; reports each mismatch as an error to `report` (same SourceMgr).
/// Returns true when everything matched.
bool verifyDiagnostics(const DiagnosticEngine &produced, DiagnosticEngine &report);

} // namespace schemac

#endif // SCHEMAC_SUPPORT_DIAGNOSTICVERIFIER_H
