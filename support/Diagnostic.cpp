//===- support/Diagnostic.cpp - Diagnostics engine -----------------------------===//
#include "support/Diagnostic.h"

#include <algorithm>

#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace schemac {

StringRef severityName(Severity severity) {
  switch (severity) {
  case Severity::Note:
    return "note";
  case Severity::Warning:
    return "warning";
  case Severity::Error:
    return "error";
  }
  llvm_unreachable("unknown severity");
}

Diagnostic &DiagnosticEngine::report(Severity severity, SMRange range, const Twine &message,
                                     bool promote) {
  if (severity == Severity::Warning) {
    if (options.suppressWarnings) {
      scratch = Diagnostic();
      return scratch;
    }
    if (options.warningsAsErrors && promote)
      severity = Severity::Error;
  }
  if (severity == Severity::Error) {
    if (errorLimitReached()) {
      ++numDropped;
      ++numErrors;
      scratch = Diagnostic();
      return scratch;
    }
    ++numErrors;
  } else if (severity == Severity::Warning) {
    ++numWarnings;
  }
  Diagnostic &diag = diagnostics.emplace_back();
  diag.severity = severity;
  diag.loc = range.Start;
  diag.range = range;
  diag.message = message.str();
  return diag;
}

void DiagnosticEngine::stableSortFrom(
    size_t first, llvm::function_ref<bool(const Diagnostic &, const Diagnostic &)> less) {
  if (first < diagnostics.size())
    std::stable_sort(diagnostics.begin() + first, diagnostics.end(), less);
}

void DiagnosticEngine::absorb(const DiagnosticEngine &other) {
  for (const Diagnostic &diag : other.diagnostics) {
    if (diag.severity == Severity::Error) {
      ++numErrors;
      if (options.errorLimit != 0 && numErrors > options.errorLimit) {
        ++numDropped;
        continue;
      }
    } else if (diag.severity == Severity::Warning) {
      ++numWarnings;
    }
    diagnostics.push_back(diag);
  }
  numErrors += other.numDropped;
  numDropped += other.numDropped;
  hadEnvironmentError |= other.hadEnvironmentError;
}

static SourceMgr::DiagKind toDiagKind(Severity severity) {
  switch (severity) {
  case Severity::Note:
    return SourceMgr::DK_Note;
  case Severity::Warning:
    return SourceMgr::DK_Warning;
  case Severity::Error:
    return SourceMgr::DK_Error;
  }
  llvm_unreachable("unknown severity");
}

void DiagnosticEngine::printText(raw_ostream &os) const {
  for (const Diagnostic &diag : diagnostics) {
    std::string message = diag.message;
    if (!diag.rule.empty())
      message += " [" + diag.rule + "]";
    SmallVector<SMRange, 1> ranges;
    // A range spanning several lines would underline nothing useful; SourceMgr
    // clips it to the caret line anyway, so only pass ranges that start on it.
    if (diag.range.isValid() && diag.range.Start != diag.range.End)
      ranges.push_back(diag.range);
    if (diag.loc.isValid())
      sourceMgr.PrintMessage(os, diag.loc, toDiagKind(diag.severity), message, ranges,
                             diag.fixIts, options.showColors);
    else
      sourceMgr.PrintMessage(os, SMDiagnostic("schemac", toDiagKind(diag.severity), message),
                             options.showColors);
    for (const DiagnosticNote &note : diag.notes) {
      if (note.loc.isValid())
        sourceMgr.PrintMessage(os, note.loc, SourceMgr::DK_Note, note.message, {}, {},
                               options.showColors);
      else
        sourceMgr.PrintMessage(os, SMDiagnostic("schemac", SourceMgr::DK_Note, note.message),
                               options.showColors);
    }
  }
  if (numErrors > diagnostics.size() && numDropped)
    os << "too many errors emitted, stopping now\n";
  unsigned warnings = numWarnings, errors = numErrors;
  if (warnings)
    os << warnings << (warnings == 1 ? " warning" : " warnings");
  if (warnings && errors)
    os << " and ";
  if (errors)
    os << errors << (errors == 1 ? " error" : " errors");
  if (warnings || errors)
    os << " generated.\n";
}

void DiagnosticEngine::printJson(raw_ostream &os) const {
  os << formatv("{0:2}", json::Value(toJson())) << "\n";
}

json::Array DiagnosticEngine::toJson() const {
  json::Array array;
  auto position = [&](SMLoc loc, json::Object &object, StringRef prefix) {
    unsigned bufferId = sourceMgr.FindBufferContainingLoc(loc);
    if (!bufferId)
      return;
    const MemoryBuffer *buffer = sourceMgr.getMemoryBuffer(bufferId);
    auto [line, column] = sourceMgr.getLineAndColumn(loc, bufferId);
    object[(prefix + "file").str()] = buffer->getBufferIdentifier().str();
    object[(prefix + "line").str()] = line;
    object[(prefix + "column").str()] = column;
    object[(prefix + "offset").str()] = int64_t(loc.getPointer() - buffer->getBufferStart());
  };
  for (const Diagnostic &diag : diagnostics) {
    json::Object object;
    object["severity"] = severityName(diag.severity).str();
    object["message"] = diag.message;
    if (!diag.rule.empty())
      object["rule"] = diag.rule;
    if (diag.loc.isValid()) {
      position(diag.loc, object, "");
      SMLoc end = diag.range.isValid() ? diag.range.End : diag.loc;
      unsigned bufferId = sourceMgr.FindBufferContainingLoc(end);
      if (bufferId)
        object["endOffset"] =
            int64_t(end.getPointer() - sourceMgr.getMemoryBuffer(bufferId)->getBufferStart());
    }
    if (!diag.notes.empty()) {
      json::Array notes;
      for (const DiagnosticNote &note : diag.notes) {
        json::Object noteObject;
        noteObject["message"] = note.message;
        position(note.loc, noteObject, "");
        notes.push_back(std::move(noteObject));
      }
      object["notes"] = std::move(notes);
    }
    if (!diag.fixIts.empty()) {
      json::Array fixIts;
      for (const SMFixIt &fixIt : diag.fixIts) {
        json::Object fixObject;
        position(fixIt.getRange().Start, fixObject, "");
        unsigned bufferId = sourceMgr.FindBufferContainingLoc(fixIt.getRange().Start);
        if (bufferId)
          fixObject["endOffset"] = int64_t(fixIt.getRange().End.getPointer() -
                                           sourceMgr.getMemoryBuffer(bufferId)->getBufferStart());
        fixObject["replacement"] = fixIt.getText().str();
        fixIts.push_back(std::move(fixObject));
      }
      object["fixIts"] = std::move(fixIts);
    }
    array.push_back(std::move(object));
  }
  return array;
}

std::string closestMatch(StringRef name, ArrayRef<StringRef> candidates) {
  StringRef best;
  unsigned bestDistance = ~0u;
  // Allow roughly one edit per three characters, at least one.
  unsigned limit = std::max<unsigned>(1, name.size() / 3);
  for (StringRef candidate : candidates) {
    if (candidate == name)
      continue;
    unsigned distance = name.edit_distance_insensitive(candidate, true, limit);
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best.str();
}

} // namespace schemac
