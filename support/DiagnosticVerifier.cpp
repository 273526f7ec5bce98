//===- support/DiagnosticVerifier.cpp - expected-warning comments --------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//
#include "support/DiagnosticVerifier.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"

#include <vector>

using namespace llvm;

namespace schemac {

namespace {

struct Expectation {
  Severity severity;
  unsigned buffer = 0; ///< 0: anywhere (@*)
  unsigned line = 0;
  std::string text;
  SMLoc loc; ///< the comment, for "expected ... not produced"
  bool matched = false;
};

struct Produced {
  Severity severity;
  SMLoc loc;
  std::string message;
};

/// Parses the expectations of one buffer; malformed ones are reported.
void parseExpectations(const SourceMgr &sourceMgr, unsigned buffer,
                       std::vector<Expectation> &out, DiagnosticEngine &report) {
  StringRef text = sourceMgr.getMemoryBuffer(buffer)->getBuffer();
  size_t at = 0;
  while ((at = text.find("expected-", at)) != StringRef::npos) {
    SMLoc loc = SMLoc::getFromPointer(text.data() + at);
    StringRef rest = text.drop_front(at + strlen("expected-"));
    at += strlen("expected-");
    Expectation expectation;
    if (rest.consume_front("error"))
      expectation.severity = Severity::Error;
    else if (rest.consume_front("warning"))
      expectation.severity = Severity::Warning;
    else if (rest.consume_front("note"))
      expectation.severity = Severity::Note;
    else
      continue; // expected-no-diagnostics and prose
    unsigned line = sourceMgr.getLineAndColumn(loc, buffer).first;
    expectation.buffer = buffer;
    expectation.line = line;
    expectation.loc = loc;
    if (rest.consume_front("@")) {
      if (rest.consume_front("*")) {
        expectation.buffer = 0;
      } else {
        bool plus = rest.consume_front("+"), minus = !plus && rest.consume_front("-");
        size_t digits = rest.find_first_not_of("0123456789");
        unsigned number = 0;
        if (digits == 0 || rest.take_front(digits).getAsInteger(10, number)) {
          report.error(SMRange(loc, loc), "expected a line number after `@`");
          continue;
        }
        rest = rest.drop_front(digits);
        expectation.line = plus ? line + number : minus ? line - number : number;
      }
    }
    rest = rest.ltrim(" \t");
    if (!rest.consume_front("{{")) {
      report.error(SMRange(loc, loc), "expected `{{` after the expectation");
      continue;
    }
    size_t close = rest.find("}}");
    size_t newline = rest.find('\n');
    if (close == StringRef::npos || close > newline) {
      report.error(SMRange(loc, loc), "expected `}}` to end the expected message");
      continue;
    }
    expectation.text = rest.take_front(close).str();
    out.push_back(std::move(expectation));
  }
}

} // namespace

bool verifyDiagnostics(const DiagnosticEngine &produced, DiagnosticEngine &report) {
  const SourceMgr &sourceMgr = produced.getSourceMgr();
  unsigned errorsBefore = report.getNumErrors();
  std::vector<Expectation> expectations;
  for (unsigned buffer = 1; buffer <= sourceMgr.getNumBuffers(); ++buffer)
    parseExpectations(sourceMgr, buffer, expectations, report);

  std::vector<Produced> actual;
  for (const Diagnostic &diag : produced.getDiagnostics()) {
    std::string message = diag.rule.empty() ? diag.message : diag.message + " [" + diag.rule + "]";
    actual.push_back({diag.severity, diag.loc, message});
    for (const DiagnosticNote &note : diag.notes)
      if (note.loc.isValid())
        actual.push_back({Severity::Note, note.loc, note.message});
  }
  // First the expectations bound to a line, then the `@*` ones take what is left.
  std::vector<bool> used(actual.size(), false);
  for (bool anywhere : {false, true})
    for (Expectation &expectation : expectations) {
      if ((expectation.buffer == 0) != anywhere)
        continue;
      for (size_t i = 0; i < actual.size() && !expectation.matched; ++i) {
        const Produced &diag = actual[i];
        if (used[i] || diag.severity != expectation.severity ||
            !StringRef(diag.message).contains(expectation.text))
          continue;
        if (!anywhere) {
          unsigned buffer = diag.loc.isValid() ? sourceMgr.FindBufferContainingLoc(diag.loc) : 0;
          if (buffer != expectation.buffer ||
              sourceMgr.getLineAndColumn(diag.loc, buffer).first != expectation.line)
            continue;
        }
        used[i] = expectation.matched = true;
      }
    }
  for (const Expectation &expectation : expectations)
    if (!expectation.matched)
      report.error(SMRange(expectation.loc, expectation.loc),
                   "expected " + severityName(expectation.severity) +
                       " not produced: " + expectation.text);
  for (size_t i = 0; i < actual.size(); ++i)
    if (!used[i])
      report.error(SMRange(actual[i].loc, actual[i].loc),
                   "unexpected " + severityName(actual[i].severity) + ": " + actual[i].message);
  return report.getNumErrors() == errorsBefore;
}

} // namespace schemac
