//===- frontend/Lexer.cpp - PSL scanner -----------------------------------===//
#include "frontend/Lexer.h"

#include <array>

#include "PrismaLexer.h"

using schemac::grammar::PrismaLexer;

namespace schemac::frontend {

uint32_t Lexer::decode(llvm::StringRef buffer, size_t pos, unsigned &length) {
  auto byte = [&](size_t i) -> uint32_t { return static_cast<unsigned char>(buffer[i]); };
  uint32_t first = byte(pos);
  length = 1;
  if (first < 0x80)
    return first;
  unsigned extra;
  uint32_t codePoint, min;
  if ((first & 0xE0) == 0xC0) {
    extra = 1, codePoint = first & 0x1F, min = 0x80;
  } else if ((first & 0xF0) == 0xE0) {
    extra = 2, codePoint = first & 0x0F, min = 0x800;
  } else if ((first & 0xF8) == 0xF0) {
    extra = 3, codePoint = first & 0x07, min = 0x10000;
  } else {
    return 0xFFFFFFFF;
  }
  if (pos + extra >= buffer.size())
    return 0xFFFFFFFF;
  for (unsigned i = 1; i <= extra; ++i) {
    uint32_t next = byte(pos + i);
    if ((next & 0xC0) != 0x80)
      return 0xFFFFFFFF;
    codePoint = (codePoint << 6) | (next & 0x3F);
  }
  if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
    return 0xFFFFFFFF;
  length = extra + 1;
  return codePoint;
}

bool Lexer::isSpace(uint32_t c) {
  return c == ' ' || c == '\t' || c == 0x0B || c == 0x0C || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000 ||
         c == 0xFEFF;
}

bool Lexer::isIdentStart(uint32_t c) {
  if (c < 0x80)
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return c != 0xFFFFFFFF && !isSpace(c);
}

static bool isDigit(char c) { return c >= '0' && c <= '9'; }

/// Length of the IDENT match at `start` (0 when none), as the g4 rule
/// `ID_START ID_CONT* ('.' (ID_START ID_CONT*)?)*`.
size_t Lexer::scanIdent(size_t start) const {
  const size_t size = buffer.size();
  auto identStartAt = [&](size_t at, unsigned &len) {
    if (at >= size)
      return false;
    unsigned char c = buffer[at];
    if (c < 0x80) {
      len = 1;
      return isIdentStart(c);
    }
    return isIdentStart(decode(buffer, at, len));
  };
  // ID_START ID_CONT*; returns false when there is no ID_START at p.
  auto segment = [&](size_t &p) {
    unsigned len;
    if (!identStartAt(p, len))
      return false;
    p += len;
    // ID_CONT: ID_START (ASCII: letters and digits, as isIdentStart), `_` or `-`; ASCII
    // by table, the rest decoded.
    static constexpr auto kAsciiContinue = [] {
      std::array<bool, 128> table{};
      for (unsigned c = 0; c < 128; ++c)
        table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                   c == '_' || c == '-';
      return table;
    }();
    while (p < size) {
      unsigned char c = buffer[p];
      if (c < 0x80) {
        if (!kAsciiContinue[c])
          break;
        ++p;
        continue;
      }
      if (!identStartAt(p, len))
        break;
      p += len;
    }
    return true;
  };
  size_t p = start;
  if (!segment(p))
    return 0;
  while (p < size && buffer[p] == '.') {
    ++p;
    segment(p);
  }
  return p - start;
}

/// Length of the NUMBER match at `start` (0 when none): `'-'? [0-9]+ ('.' [0-9]+)?`.
size_t Lexer::scanNumber(size_t start) const {
  size_t p = start, size = buffer.size();
  if (p < size && buffer[p] == '-')
    ++p;
  size_t digits = p;
  while (p < size && isDigit(buffer[p]))
    ++p;
  if (p == digits)
    return 0;
  if (p + 1 < size && buffer[p] == '.' && isDigit(buffer[p + 1])) {
    p += 2;
    while (p < size && isDigit(buffer[p]))
      ++p;
  }
  return p - start;
}

RawToken Lexer::next() {
  const size_t size = buffer.size();
  const char *data = buffer.data();
  while (pos < size) {
    const size_t start = pos;
    auto make = [&](size_t type, size_t end) {
      pos = end;
      return RawToken{type, static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
    };
    const unsigned char c = data[pos];
    switch (c) {
    case ' ':
    case '\t':
    case 0x0B:
    case 0x0C:
      ++pos;
      continue;
    case '\n':
      return make(PrismaLexer::NL, pos + 1);
    case '\r':
      return make(PrismaLexer::NL, pos + 1 < size && data[pos + 1] == '\n' ? pos + 2 : pos + 1);
    case '{':
      return make(PrismaLexer::LBRACE, pos + 1);
    case '}':
      return make(PrismaLexer::RBRACE, pos + 1);
    case '(':
      return make(PrismaLexer::LPAREN, pos + 1);
    case ')':
      return make(PrismaLexer::RPAREN, pos + 1);
    case '[':
      if (pos + 1 < size && data[pos + 1] == ']')
        return make(PrismaLexer::LIST, pos + 2);
      return make(PrismaLexer::LBRACK, pos + 1);
    case ']':
      return make(PrismaLexer::RBRACK, pos + 1);
    case ',':
      return make(PrismaLexer::COMMA, pos + 1);
    case ':':
      return make(PrismaLexer::COLON, pos + 1);
    case '=':
      return make(PrismaLexer::EQUAL, pos + 1);
    case '?':
      return make(PrismaLexer::QUESTION, pos + 1);
    case '!':
      return make(PrismaLexer::BANG, pos + 1);
    case '@':
      if (pos + 1 < size && data[pos + 1] == '@')
        return make(PrismaLexer::ATAT, pos + 2);
      return make(PrismaLexer::AT, pos + 1);
    case '/': {
      if (pos + 1 < size && data[pos + 1] == '/') {
        size_t type = pos + 2 < size && data[pos + 2] == '/' ? PrismaLexer::DOC_COMMENT
                                                             : PrismaLexer::LINE_COMMENT;
        size_t end = pos + 2;
        while (end < size && data[end] != '\n' && data[end] != '\r')
          ++end;
        return make(type, end);
      }
      if (pos + 1 < size && data[pos + 1] == '*') {
        size_t end = buffer.find("*/", pos + 2);
        return make(PrismaLexer::BLOCK_COMMENT, end == llvm::StringRef::npos ? size : end + 2);
      }
      return make(PrismaLexer::INVALID, pos + 1);
    }
    case '"': {
      size_t end = pos + 1;
      while (end < size) {
        char ch = data[end];
        if (ch == '"') {
          ++end;
          break;
        }
        if (ch == '\n' || ch == '\r')
          break;
        if (ch == '\\') {
          if (end + 1 >= size || data[end + 1] == '\n' || data[end + 1] == '\r')
            break;
          unsigned len;
          decode(buffer, end + 1, len);
          end += 1 + len;
          continue;
        }
        unsigned len = 1;
        if (static_cast<unsigned char>(ch) >= 0x80)
          decode(buffer, end, len);
        end += len;
      }
      return make(PrismaLexer::STRING, end);
    }
    case '-': {
      size_t n = scanNumber(pos);
      if (n)
        return make(PrismaLexer::NUMBER, pos + n);
      return make(PrismaLexer::INVALID, pos + 1);
    }
    default:
      break;
    }
    if (isDigit(c)) {
      // NUMBER and IDENT both match; the longer wins, NUMBER on a tie (declared first).
      size_t number = scanNumber(pos), ident = scanIdent(pos);
      if (ident > number)
        return make(PrismaLexer::IDENT, pos + ident);
      return make(PrismaLexer::NUMBER, pos + number);
    }
    if (c < 0x80) {
      if (isIdentStart(c))
        return make(PrismaLexer::IDENT, pos + scanIdent(pos));
      return make(PrismaLexer::INVALID, pos + 1);
    }
    unsigned len;
    uint32_t codePoint = decode(buffer, pos, len);
    if (isSpace(codePoint)) {
      pos += len;
      continue;
    }
    if (isIdentStart(codePoint))
      return make(PrismaLexer::IDENT, pos + scanIdent(pos));
    return make(PrismaLexer::INVALID, pos + len);
  }
  return RawToken{antlr4::Token::EOF, static_cast<uint32_t>(size), static_cast<uint32_t>(size)};
}

} // namespace schemac::frontend
