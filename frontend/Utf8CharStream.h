//===- frontend/Utf8CharStream.h - ANTLR char stream over UTF-8 -*- C++ -*-===//
//
// Part of schemac (frontend-private). An antlr4::CharStream that reads code points straight
// from the UTF-8 bytes of a buffer, with byte offsets as indexes. It replaces ANTLR's
// ANTLRInputStream, which copies the whole input to UTF-32 and counts code points. Used
// for token text and by the reference ANTLR lexer in tests.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_FRONTEND_UTF8CHARSTREAM_H
#define SCHEMAC_FRONTEND_UTF8CHARSTREAM_H

#include "frontend/Lexer.h"

#include "antlr4-runtime.h"
#include "llvm/ADT/StringRef.h"

namespace schemac::frontend {

class Utf8CharStream final : public antlr4::CharStream {
public:
  Utf8CharStream(llvm::StringRef buffer, std::string name)
      : buffer(buffer), name(std::move(name)) {}

  void consume() override {
    if (pos >= buffer.size())
      throw antlr4::IllegalStateException("cannot consume EOF");
    unsigned len;
    Lexer::decode(buffer, pos, len);
    pos += len;
  }
  size_t LA(ssize_t i) override {
    if (i == 0)
      return 0;
    size_t p = pos;
    if (i < 0) {
      for (; i < 0; ++i) {
        if (p == 0)
          return EOF;
        do
          --p;
        while (p > 0 && (static_cast<unsigned char>(buffer[p]) & 0xC0) == 0x80);
      }
      unsigned len;
      return codePoint(Lexer::decode(buffer, p, len));
    }
    for (; i > 1; --i) {
      if (p >= buffer.size())
        return EOF;
      unsigned len;
      Lexer::decode(buffer, p, len);
      p += len;
    }
    if (p >= buffer.size())
      return EOF;
    unsigned len;
    return codePoint(Lexer::decode(buffer, p, len));
  }
  ssize_t mark() override { return -1; }
  void release(ssize_t) override {}
  size_t index() override { return pos; }
  void seek(size_t index) override { pos = std::min(index, buffer.size()); }
  size_t size() override { return buffer.size(); }
  std::string getSourceName() const override { return name; }
  std::string getText(const antlr4::misc::Interval &interval) override {
    size_t begin = static_cast<size_t>(interval.a);
    size_t end = static_cast<size_t>(interval.b) + 1;
    if (interval.a < 0 || begin >= buffer.size() || end <= begin)
      return "";
    return buffer.slice(begin, std::min(end, buffer.size())).str();
  }
  std::string toString() const override { return buffer.str(); }

private:
  static size_t codePoint(uint32_t c) { return c == 0xFFFFFFFF ? 0xFFFD : c; }

  llvm::StringRef buffer;
  std::string name;
  size_t pos = 0;
};

} // namespace schemac::frontend

#endif // SCHEMAC_FRONTEND_UTF8CHARSTREAM_H
