//===- support/Diagnostic.h - Diagnostics engine ---------------------*- C++ -*-===//
//
// Part of schemac. Every user-facing problem (syntax, validation, lint finding) goes
// through a DiagnosticEngine: it owns severity policy (-Werror, --quiet, error limit),
// keeps the diagnostics in emission order and renders them as clang-style caret text
// (through llvm::SourceMgr) or as JSON.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_SUPPORT_DIAGNOSTIC_H
#define SCHEMAC_SUPPORT_DIAGNOSTIC_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/SMLoc.h"
#include "llvm/Support/SourceMgr.h"

#include <string>
#include <vector>

namespace llvm {
class raw_ostream;
namespace json {
class Array;
} // namespace json
} // namespace llvm

namespace schemac {

enum class Severity { Note, Warning, Error };

llvm::StringRef severityName(Severity severity);

/// A note attached to a diagnostic ("opposite field declared here").
struct DiagnosticNote {
  llvm::SMLoc loc;
  std::string message;
};

/// One reported problem. `range` is the primary range (underlined with `~`), `loc` the
/// caret position (normally the start of the range). `rule` names a lint rule or warning
/// flag, printed as a ` [rule]` suffix.
struct Diagnostic {
  Severity severity = Severity::Error;
  llvm::SMLoc loc;
  llvm::SMRange range;
  std::string message;
  std::string rule;
  llvm::SmallVector<llvm::SMFixIt, 1> fixIts;
  llvm::SmallVector<DiagnosticNote, 1> notes;
};

enum class DiagnosticFormat { Text, Json };

struct DiagnosticOptions {
  bool warningsAsErrors = false;
  bool suppressWarnings = false;
  bool showColors = false;
  /// Stop recording errors after this many (0 = no limit), like clang's -ferror-limit.
  unsigned errorLimit = 0;
};

class DiagnosticEngine {
public:
  explicit DiagnosticEngine(llvm::SourceMgr &sourceMgr, DiagnosticOptions options = {})
      : sourceMgr(sourceMgr), options(options) {}

  llvm::SourceMgr &getSourceMgr() const { return sourceMgr; }
  const DiagnosticOptions &getOptions() const { return options; }

  /// Reports a diagnostic; returns it so that callers can attach notes and fix-its.
  /// Warnings are promoted under -Werror and dropped under --quiet (the returned
  /// reference then points at a scratch object).
  /// `promote` false: the caller applied its own -Werror policy (lint rules with
  /// -Wno-error=), so a warning stays a warning.
  Diagnostic &report(Severity severity, llvm::SMRange range, const llvm::Twine &message,
                     bool promote = true);
  Diagnostic &error(llvm::SMRange range, const llvm::Twine &message) {
    return report(Severity::Error, range, message);
  }
  Diagnostic &warning(llvm::SMRange range, const llvm::Twine &message) {
    return report(Severity::Warning, range, message);
  }

  /// Reports an error about the environment rather than the input: a file that cannot be
  /// read, a database that cannot be reached. A command exits "could not run" (2) after
  /// one, and "rejected" (1) after errors in the input only.
  Diagnostic &environmentError(const llvm::Twine &message) {
    hadEnvironmentError = true;
    return report(Severity::Error, llvm::SMRange(), message);
  }
  bool hasEnvironmentErrors() const { return hadEnvironmentError; }

  unsigned getNumErrors() const { return numErrors; }
  unsigned getNumWarnings() const { return numWarnings; }
  bool hasErrors() const { return numErrors != 0; }
  /// True once the error limit was reached; callers may stop early.
  bool errorLimitReached() const {
    return options.errorLimit != 0 && numErrors >= options.errorLimit;
  }
  llvm::ArrayRef<Diagnostic> getDiagnostics() const { return diagnostics; }

  /// Appends the diagnostics of `other` (same SourceMgr and options), as if they had been
  /// reported here after everything reported so far. Used to merge per-thread engines in
  /// a deterministic order.
  void absorb(const DiagnosticEngine &other);
  /// Reorders the diagnostics reported since the first `first` ones, keeping the order of
  /// equal ones: a stage that checks things in another order than the one its problems
  /// are reported in.
  void stableSortFrom(size_t first,
                      llvm::function_ref<bool(const Diagnostic &, const Diagnostic &)> less);

  /// Prints every diagnostic in emission order, clang style, followed by
  /// "N errors generated." when there is any.
  void printText(llvm::raw_ostream &os) const;
  /// Prints a JSON array of {file, line, column, offset, endOffset, severity, message, ...}.
  void printJson(llvm::raw_ostream &os) const;
  /// The array printJson prints.
  llvm::json::Array toJson() const;

private:
  llvm::SourceMgr &sourceMgr;
  DiagnosticOptions options;
  std::vector<Diagnostic> diagnostics;
  Diagnostic scratch;
  unsigned numErrors = 0;
  unsigned numWarnings = 0;
  unsigned numDropped = 0;
  bool hadEnvironmentError = false;
};

/// "did you mean" support: the candidate closest to `name` by edit distance, or an empty
/// string when none is close enough to be a plausible typo.
std::string closestMatch(llvm::StringRef name, llvm::ArrayRef<llvm::StringRef> candidates);

} // namespace schemac

#endif // SCHEMAC_SUPPORT_DIAGNOSTIC_H
