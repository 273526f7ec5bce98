//===- migrate/SqlScript.cpp - Statements of a migration script -----------===//
#include "migrate/SqlScript.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

using namespace llvm;

namespace schemac::migrate {

namespace {

/// Length of the dollar-quote tag starting at `text[i]` (`$$`, `$body$`), or 0.
size_t dollarTag(StringRef text, size_t i) {
  if (text[i] != '$')
    return 0;
  size_t j = i + 1;
  if (j < text.size() && isDigit(text[j]))
    return 0; // $1: a parameter, not a quote
  while (j < text.size() && (isAlnum(text[j]) || text[j] == '_'))
    ++j;
  if (j < text.size() && text[j] == '$')
    return j - i + 1;
  return 0;
}

/// Words of the statement without comments, upper-cased.
SmallVector<std::string, 8> leadingWords(StringRef statement, size_t count) {
  std::string clean = statementSummary(statement, 400);
  SmallVector<StringRef, 8> parts;
  StringRef(clean).split(parts, ' ', -1, false);
  SmallVector<std::string, 8> words;
  for (StringRef part : parts) {
    if (words.size() == count)
      break;
    words.push_back(part.upper());
  }
  return words;
}

} // namespace

std::vector<SqlStatement> splitStatements(StringRef script) {
  std::vector<SqlStatement> out;
  size_t start = 0, i = 0, n = script.size();
  unsigned line = 1, firstTokenLine = 0;
  bool sawToken = false;
  auto finish = [&](size_t end) {
    if (sawToken)
      out.push_back({script.slice(start, end).trim().str(), firstTokenLine});
    sawToken = false;
    start = end + 1;
  };
  auto token = [&]() {
    if (!sawToken) {
      sawToken = true;
      firstTokenLine = line;
    }
  };
  while (i < n) {
    char c = script[i];
    if (c == '\n') {
      ++line;
      ++i;
    } else if (c == '-' && i + 1 < n && script[i + 1] == '-') {
      while (i < n && script[i] != '\n')
        ++i;
    } else if (c == '/' && i + 1 < n && script[i + 1] == '*') {
      int depth = 0;
      do {
        if (script[i] == '/' && i + 1 < n && script[i + 1] == '*') {
          ++depth;
          i += 2;
        } else if (script[i] == '*' && i + 1 < n && script[i + 1] == '/') {
          --depth;
          i += 2;
        } else {
          line += script[i] == '\n';
          ++i;
        }
      } while (i < n && depth > 0);
    } else if (c == '\'' || c == '"') {
      token();
      bool backslashes = c == '\'' && i > 0 && (script[i - 1] == 'E' || script[i - 1] == 'e');
      ++i;
      while (i < n) {
        if (backslashes && script[i] == '\\' && i + 1 < n) {
          line += script[i + 1] == '\n';
          i += 2;
          continue;
        }
        if (script[i] == c) {
          if (i + 1 < n && script[i + 1] == c) { // doubled quote
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        line += script[i] == '\n';
        ++i;
      }
    } else if (size_t tag = dollarTag(script, i)) {
      token();
      StringRef quote = script.substr(i, tag);
      size_t close = script.find(quote, i + tag);
      size_t end = close == StringRef::npos ? n : close + tag;
      line += script.slice(i, end).count('\n');
      i = end;
    } else if (c == ';') {
      finish(i);
      ++i;
    } else {
      if (!isSpace(c))
        token();
      ++i;
    }
  }
  finish(n);
  return out;
}

bool needsOwnTransaction(StringRef statement) {
  SmallVector<std::string, 8> w = leadingWords(statement, 5);
  auto is = [&](size_t at, StringRef word) { return at < w.size() && w[at] == word; };
  if (is(0, "VACUUM"))
    return true;
  if (is(0, "CREATE") && (is(1, "DATABASE") || is(1, "TABLESPACE")))
    return true;
  if (is(0, "DROP") && (is(1, "DATABASE") || is(1, "TABLESPACE")))
    return true;
  if (is(0, "ALTER") && is(1, "SYSTEM"))
    return true;
  // CREATE [UNIQUE] INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY, REINDEX ... CONCURRENTLY.
  for (StringRef word : w)
    if (word == "CONCURRENTLY")
      return is(0, "CREATE") || is(0, "DROP") || is(0, "REINDEX");
  return false;
}

std::string statementSummary(StringRef statement, size_t maxLength) {
  std::string out;
  size_t i = 0, n = statement.size();
  while (i < n) {
    if (statement.substr(i).startswith("--")) {
      while (i < n && statement[i] != '\n')
        ++i;
      continue;
    }
    if (statement.substr(i).startswith("/*")) {
      size_t close = statement.find("*/", i + 2);
      i = close == StringRef::npos ? n : close + 2;
      continue;
    }
    char c = statement[i++];
    if (isSpace(c)) {
      if (!out.empty() && out.back() != ' ')
        out += ' ';
      continue;
    }
    out += c;
  }
  while (!out.empty() && out.back() == ' ')
    out.pop_back();
  if (out.size() > maxLength)
    out = out.substr(0, maxLength - 3) + "...";
  return out;
}

} // namespace schemac::migrate
