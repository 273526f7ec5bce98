//===- format/Formatter.cpp - Prisma's layout of schema files -----------===//
//
// The layout half of `schemac format`. Prisma formats from its pest grammar
// (psl/schema-ast: datamodel.pest, reformat.rs, renderer/table.rs); this file mirrors that
// grammar over our token stream:
//
//   schema  := (block | type_alias | arbitrary_block | comment_block | empty_lines | catch_all)*
//   block   := keyword name `{` rest-of-line NL member* `}`
//   member  := field | `@@`attribute NL | property | enum_value | comment_block
//            | empty_lines | catch_all
//
// Every construct fits on one line, so a member that does not parse up to its newline is a
// "catch-all" line: Prisma keeps it verbatim, we refuse it (or keep it when asked). Rows of
// one block are laid out as a table (name, type, attributes columns; comments as a suffix
// that does not affect widths); a blank line starts a new table, block attributes go last
// in Prisma's order after one blank line.
//
//===----------------------------------------------------------------------===//
#include "format/Formatter.h"
#include "format/LayoutTable.h"

#include "frontend/Lexer.h"

#include "PrismaLexer.h"

#include "llvm/ADT/STLExtras.h"

#include <algorithm>
#include <optional>

using schemac::grammar::PrismaLexer;

namespace schemac::format {

using namespace schemac::frontend;
namespace {

constexpr size_t kEOF = static_cast<size_t>(antlr4::Token::EOF);

bool isComment(size_t type) {
  return type == PrismaLexer::LINE_COMMENT || type == PrismaLexer::DOC_COMMENT ||
         type == PrismaLexer::BLOCK_COMMENT;
}

//===----------------------------------------------------------------------===//
// The line parser
//===----------------------------------------------------------------------===//

/// Prisma's order of field and block attributes; others keep their order, last.
size_t attributeRank(llvm::StringRef path) {
  static const char *const order[] = {"id",       "unique", "default", "updatedAt", "index",
                                      "fulltext", "map",    "relation", "ignore"};
  for (size_t i = 0; i < std::size(order); ++i)
    if (path == order[i])
      return i;
  return SIZE_MAX;
}

enum class BlockSyntax { Model, Enum, Config };

std::optional<BlockSyntax> blockSyntax(llvm::StringRef keyword) {
  if (keyword == "model" || keyword == "type" || keyword == "view")
    return BlockSyntax::Model;
  if (keyword == "enum")
    return BlockSyntax::Enum;
  if (keyword == "datasource" || keyword == "generator")
    return BlockSyntax::Config;
  return std::nullopt;
}

class LayoutParser {
public:
  LayoutParser(llvm::StringRef text, const FormatOptions &options, std::string &out,
               InvalidLineHandler onInvalid)
      : text(text), options(options), renderer(out, options.indentWidth), onInvalid(onInvalid) {
    Lexer lexer(text);
    for (;;) {
      RawToken token = lexer.next();
      tokens.push_back(token);
      if (token.type == kEOF)
        break;
    }
  }

  bool run();

private:
  // Token access.
  const RawToken &tok(size_t at) const { return tokens[std::min(at, tokens.size() - 1)]; }
  size_t type(size_t at) const { return tok(at).type; }
  llvm::StringRef textOf(size_t at) const {
    const RawToken &t = tok(at);
    return text.slice(t.begin, t.end);
  }
  /// Index of the NL (or EOF) token ending the line that holds token `at`.
  size_t lineEnd(size_t at) const {
    while (type(at) != PrismaLexer::NL && type(at) != kEOF)
      ++at;
    return at;
  }
  /// Source text from token `at` to the end of its line (newline excluded).
  llvm::StringRef restOfLine(size_t at) const {
    return text.slice(tok(at).begin, tok(lineEnd(at)).begin);
  }
  bool isName(size_t at) const {
    return type(at) == PrismaLexer::IDENT && !textOf(at).contains('.');
  }

  void invalid(size_t at, llvm::StringRef message) {
    ok = false;
    if (!afterUnclosedBlock)
      onInvalid(tok(at).begin, message);
  }

  // Expressions, written in Prisma's canonical spacing. Each returns false (and leaves
  // `pos` anywhere) when the tokens do not form the construct.
  bool expression(size_t &pos, std::string &out);
  bool arguments(size_t &pos, std::string &out);
  bool attribute(size_t &pos, std::string &out, llvm::StringRef *path);
  bool isString(size_t at) const;

  // Lines. Each parses one line starting at `pos`; on success `pos` is at the NL.
  bool fieldLine(size_t &pos, Table &table);
  bool propertyLine(size_t &pos, Table &table);
  bool enumValueLine(size_t &pos, Table &table);
  bool trailingComment(size_t &pos, Table &table);

  struct BlockAttribute {
    size_t rank;
    std::vector<llvm::StringRef> comments; ///< the comment block right above it
    std::string text;
    llvm::StringRef suffix;
  };
  bool blockAttributeLine(size_t &pos, BlockAttribute &attribute);

  /// Parses a block from its keyword; returns false when it is not closed.
  bool block(size_t &pos);
  void catchAllLine(size_t &pos, bool topLevel, llvm::StringRef message);

  llvm::StringRef text;
  const FormatOptions &options;
  Renderer renderer;
  InvalidLineHandler onInvalid;
  std::vector<RawToken> tokens;
  bool ok = true;
  /// After a block that is not closed, the lines that follow are not reported one by one.
  bool afterUnclosedBlock = false;
};

bool LayoutParser::isString(size_t at) const {
  if (type(at) != PrismaLexer::STRING)
    return false;
  // Terminated, and no raw control character inside (JSON strings, as Prisma's grammar).
  llvm::StringRef s = textOf(at);
  for (size_t i = 1; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\\') {
      ++i;
      continue;
    }
    if (c == '"')
      return i + 1 == s.size();
    if (static_cast<unsigned char>(c) < 0x20)
      return false;
  }
  return false;
}

bool LayoutParser::expression(size_t &pos, std::string &out) {
  switch (type(pos)) {
  case PrismaLexer::IDENT:
    out += textOf(pos);
    ++pos;
    if (type(pos) == PrismaLexer::LPAREN)
      return arguments(pos, out);
    return true;
  case PrismaLexer::NUMBER:
    out += textOf(pos++);
    return true;
  case PrismaLexer::STRING:
    if (!isString(pos))
      return false;
    out += textOf(pos++);
    return true;
  case PrismaLexer::LIST:
    out += "[]";
    ++pos;
    return true;
  case PrismaLexer::LBRACK: {
    ++pos;
    out += '[';
    if (type(pos) == PrismaLexer::RBRACK) {
      ++pos;
      out += ']';
      return true;
    }
    for (bool first = true;; first = false) {
      if (!first)
        out += ", ";
      if (!expression(pos, out))
        return false;
      if (type(pos) == PrismaLexer::COMMA) {
        ++pos;
        continue;
      }
      if (type(pos) != PrismaLexer::RBRACK)
        return false;
      ++pos;
      out += ']';
      return true;
    }
  }
  default:
    return false;
  }
}

bool LayoutParser::arguments(size_t &pos, std::string &out) {
  if (type(pos) != PrismaLexer::LPAREN)
    return false;
  ++pos;
  out += '(';
  for (bool first = true;; first = false) {
    if (type(pos) == PrismaLexer::RPAREN)
      break;
    if (type(pos) == PrismaLexer::COMMA && type(pos + 1) == PrismaLexer::RPAREN) {
      ++pos; // a trailing comma (even alone) is dropped
      break;
    }
    if (!first)
      out += ", ";
    if (isName(pos) && type(pos + 1) == PrismaLexer::COLON) {
      out += textOf(pos);
      out += ": ";
      pos += 2;
      // `name:` without a value is an empty argument (a validation error, not a syntax one).
      if (type(pos) != PrismaLexer::COMMA && type(pos) != PrismaLexer::RPAREN &&
          !expression(pos, out))
        return false;
    } else if (!expression(pos, out)) {
      return false;
    }
    if (type(pos) == PrismaLexer::COMMA) {
      ++pos;
      continue;
    }
    if (type(pos) != PrismaLexer::RPAREN)
      return false;
  }
  ++pos;
  out += ')';
  return true;
}

bool LayoutParser::attribute(size_t &pos, std::string &out, llvm::StringRef *path) {
  if (type(pos) != PrismaLexer::IDENT)
    return false;
  if (path)
    *path = textOf(pos);
  out += textOf(pos++);
  if (type(pos) == PrismaLexer::LPAREN)
    return arguments(pos, out);
  return true;
}

bool LayoutParser::trailingComment(size_t &pos, Table &table) {
  if (isComment(type(pos)) && type(pos + 1) != PrismaLexer::NL && type(pos + 1) != kEOF)
    return false;
  if (isComment(type(pos)))
    table.appendSuffix(textOf(pos++));
  return type(pos) == PrismaLexer::NL || type(pos) == kEOF;
}

bool LayoutParser::fieldLine(size_t &pos, Table &table) {
  if (!isName(pos))
    return false;
  table.startRow();
  table.column(0) = textOf(pos++).str();
  if (type(pos) == PrismaLexer::COLON) // legacy `name: Type`, not rendered
    ++pos;
  // The type: `T`, `T?`, `T[]`, `T[]?`, `T!` (legacy), `[T]` (legacy), `Unsupported("..")`.
  std::string typeText;
  if (type(pos) == PrismaLexer::IDENT || type(pos) == PrismaLexer::LBRACK) {
    bool legacyList = type(pos) == PrismaLexer::LBRACK;
    if (legacyList)
      ++pos;
    if (textOf(pos) == "Unsupported" && type(pos + 1) == PrismaLexer::LPAREN &&
        isString(pos + 2) && type(pos + 3) == PrismaLexer::RPAREN) {
      typeText = text.slice(tok(pos).begin, tok(pos + 3).end).str();
      pos += 4;
    } else if (isName(pos)) {
      typeText = textOf(pos++).str();
    } else {
      return false;
    }
    if (legacyList) {
      if (type(pos) != PrismaLexer::RBRACK)
        return false;
      ++pos;
      typeText += "[]";
    } else if (type(pos) == PrismaLexer::LIST) {
      ++pos;
      typeText += "[]";
      if (type(pos) == PrismaLexer::QUESTION) {
        ++pos;
        typeText += "?";
      }
    } else if (type(pos) == PrismaLexer::QUESTION) {
      ++pos;
      typeText += "?";
    } else if (type(pos) == PrismaLexer::BANG) {
      ++pos; // legacy required marker, not rendered
    }
  }
  table.column(1) = std::move(typeText);
  struct Attr {
    size_t rank;
    std::string text;
  };
  std::vector<Attr> attributes;
  while (type(pos) == PrismaLexer::AT) {
    ++pos;
    Attr attr{0, "@"};
    llvm::StringRef path;
    if (!attribute(pos, attr.text, &path))
      return false;
    attr.rank = attributeRank(path);
    attributes.push_back(std::move(attr));
  }
  if (!trailingComment(pos, table))
    return false;
  std::stable_sort(attributes.begin(), attributes.end(),
                   [](const Attr &a, const Attr &b) { return a.rank < b.rank; });
  std::string &column = table.column(2);
  for (size_t i = 0; i < attributes.size(); ++i) {
    if (i)
      column += ' ';
    column += attributes[i].text;
  }
  return true;
}

bool LayoutParser::propertyLine(size_t &pos, Table &table) {
  // `name = value`. Prisma's grammar also takes `name =` and writes it as `name`, which
  // it then cannot parse (so its formatting is not idempotent there): that line is
  // invalid here.
  if (!isName(pos) || type(pos + 1) != PrismaLexer::EQUAL)
    return false;
  table.startRow();
  table.column(0) = textOf(pos).str();
  pos += 2;
  std::string value = "= ";
  if (!expression(pos, value))
    return false;
  table.column(1) = std::move(value);
  return trailingComment(pos, table);
}

bool LayoutParser::enumValueLine(size_t &pos, Table &table) {
  if (!isName(pos))
    return false;
  table.startRow();
  table.column(0) = textOf(pos++).str();
  // Prisma writes enum value attributes into one column without a separator.
  while (type(pos) == PrismaLexer::AT) {
    ++pos;
    std::string &column = table.column(1);
    column += '@';
    if (!attribute(pos, column, nullptr))
      return false;
  }
  return trailingComment(pos, table);
}

bool LayoutParser::blockAttributeLine(size_t &pos, BlockAttribute &result) {
  if (type(pos) != PrismaLexer::ATAT)
    return false;
  ++pos;
  result.text = "@@";
  llvm::StringRef path;
  if (!attribute(pos, result.text, &path))
    return false;
  result.rank = attributeRank(path);
  if (isComment(type(pos)))
    result.suffix = textOf(pos++);
  return type(pos) == PrismaLexer::NL;
}

void LayoutParser::catchAllLine(size_t &pos, bool topLevel, llvm::StringRef message) {
  invalid(pos, message);
  size_t end = lineEnd(pos);
  llvm::StringRef line = restOfLine(pos);
  if (topLevel) {
    renderer.write(line);
    if (type(end) == PrismaLexer::NL)
      renderer.endLine();
  }
  pos = end == tokens.size() - 1 ? end : end + 1;
}

bool LayoutParser::block(size_t &start) {
  size_t pos = start;
  llvm::StringRef keyword = textOf(pos);
  BlockSyntax syntax = *blockSyntax(keyword);
  llvm::StringRef name = textOf(pos + 1);
  pos += 3; // keyword name {

  // Prisma's BLOCK_OPEN takes the rest of the line. Keep a comment there (Prisma drops
  // it); `{}` is an empty block.
  llvm::StringRef headerComment;
  bool closedOnOpenLine = false;
  if (isComment(type(pos)) && (type(pos + 1) == PrismaLexer::NL || type(pos + 1) == kEOF)) {
    headerComment = textOf(pos++);
  } else if (type(pos) == PrismaLexer::RBRACE) {
    closedOnOpenLine = true;
  } else if (type(pos) != PrismaLexer::NL) {
    invalid(pos, "unexpected text after `{`; the members of a block start on the next line");
    pos = lineEnd(pos);
  }

  // Find the members first: a block that is never closed is not a block.
  struct MemberLine {
    enum Kind { Row, Attribute, Comments, Empty, CatchAll } kind;
    size_t pos;
    size_t end;
  };
  std::vector<MemberLine> members;
  if (!closedOnOpenLine) {
    if (type(pos) != PrismaLexer::NL)
      return false;
    ++pos;
    for (;;) {
      size_t t = type(pos);
      if (t == kEOF)
        return false;
      if (t == PrismaLexer::RBRACE)
        break;
      if (t == PrismaLexer::NL) {
        size_t end = pos;
        while (type(end) == PrismaLexer::NL)
          ++end;
        members.push_back({MemberLine::Empty, pos, end});
        pos = end;
        continue;
      }
      if (isComment(t)) {
        size_t end = pos;
        while (isComment(type(end))) {
          ++end;
          if (type(end) == PrismaLexer::NL && isComment(type(end + 1)))
            ++end;
        }
        if (type(end) == PrismaLexer::NL || type(end) == kEOF ||
            type(end) == PrismaLexer::RBRACE) {
          members.push_back({MemberLine::Comments, pos, end});
          pos = type(end) == PrismaLexer::NL ? end + 1 : end;
          continue;
        }
      }
      // Classify the line by parsing it: a line that does not parse is a catch-all.
      size_t end = lineEnd(pos);
      size_t p = pos;
      Table scratch;
      BlockAttribute scratchAttribute;
      bool parsed = t == PrismaLexer::ATAT ? syntax != BlockSyntax::Config &&
                                                 blockAttributeLine(p, scratchAttribute)
                    : syntax == BlockSyntax::Model      ? fieldLine(p, scratch)
                    : syntax == BlockSyntax::Config     ? propertyLine(p, scratch)
                                                        : enumValueLine(p, scratch);
      MemberLine::Kind kind = !parsed                   ? MemberLine::CatchAll
                              : t == PrismaLexer::ATAT ? MemberLine::Attribute
                                                       : MemberLine::Row;
      members.push_back({kind, pos, end});
      pos = type(end) == PrismaLexer::NL ? end + 1 : end;
    }
  }
  size_t close = pos; // the `}`

  // Header.
  renderer.write(keyword);
  renderer.write(" ");
  renderer.write(name);
  renderer.write(" {");
  if (!headerComment.empty()) {
    renderer.write(" ");
    renderer.write(headerComment);
  }
  renderer.endLine();
  renderer.indentUp();

  // Members, as reformat_block_contents.
  Table table;
  std::vector<BlockAttribute> attributes;
  std::optional<size_t> pendingComment; // index into members
  size_t i = 0;
  if (i < members.size() && members[i].kind == MemberLine::Empty)
    ++i;
  auto collectComments = [&](const MemberLine &m, std::vector<llvm::StringRef> &out) {
    for (size_t t = m.pos; t < m.end; ++t)
      if (isComment(type(t)))
        out.push_back(textOf(t));
  };
  for (;;) {
    bool ateEmptyLines = false;
    if (i < members.size() && members[i].kind == MemberLine::Empty) {
      ateEmptyLines = true;
      ++i;
      bool next = i < members.size();
      if (next && members[i].kind != MemberLine::Attribute &&
          members[i].kind != MemberLine::Comments) {
        table.render(renderer);
        table.startRow();
      }
    }
    if (i == members.size())
      break;
    const MemberLine &member = members[i++];
    switch (member.kind) {
    case MemberLine::Comments: {
      if (i < members.size() && members[i].kind == MemberLine::Attribute) {
        pendingComment = i - 1;
        break;
      }
      if (ateEmptyLines) {
        table.render(renderer);
        table.startRow();
      }
      std::vector<llvm::StringRef> comments;
      collectComments(member, comments);
      for (llvm::StringRef comment : comments)
        commentRows(comment, table);
      break;
    }
    case MemberLine::Attribute: {
      BlockAttribute attribute;
      size_t p = member.pos;
      blockAttributeLine(p, attribute);
      if (pendingComment) {
        collectComments(members[*pendingComment], attribute.comments);
        pendingComment.reset();
      }
      attributes.push_back(std::move(attribute));
      break;
    }
    case MemberLine::Row: {
      size_t p = member.pos;
      syntax == BlockSyntax::Model    ? fieldLine(p, table)
      : syntax == BlockSyntax::Config ? propertyLine(p, table)
                                      : enumValueLine(p, table);
      break;
    }
    case MemberLine::CatchAll: {
      size_t at = member.pos;
      catchAllLine(at, false,
                   type(at) == PrismaLexer::ATAT   ? "invalid block attribute"
                   : syntax == BlockSyntax::Model  ? "invalid field declaration"
                   : syntax == BlockSyntax::Config ? "invalid property; expected `name = value`"
                                                   : "invalid enum value declaration");
      table.interleave(restOfLine(member.pos));
      break;
    }
    case MemberLine::Empty:
      break;
    }
  }
  table.render(renderer);
  if (!attributes.empty())
    table.startRow();
  std::stable_sort(attributes.begin(), attributes.end(),
                   [](const BlockAttribute &a, const BlockAttribute &b) { return a.rank < b.rank; });
  for (const BlockAttribute &attribute : attributes) {
    for (llvm::StringRef comment : attribute.comments)
      commentRows(comment, table);
    table.startRow();
    table.column(0) = attribute.text;
    if (!attribute.suffix.empty())
      table.appendSuffix(attribute.suffix);
  }
  table.render(renderer);
  renderer.indentDown();
  renderer.write("}");
  renderer.endLine();
  start = close + 1;
  return true;
}

bool LayoutParser::run() {
  size_t pos = 0;
  // Leading empty lines go.
  while (type(pos) == PrismaLexer::NL)
    ++pos;
  // After a block, a type alias or an arbitrary block, the newline that ends its line
  // starts an "empty lines" element: one line break however many blank lines follow.
  for (;;) {
    size_t t = type(pos);
    if (t == kEOF)
      break;
    if (t == PrismaLexer::NL) {
      while (type(pos) == PrismaLexer::NL)
        ++pos;
      if (type(pos) != kEOF)
        renderer.endLine();
      continue;
    }
    if (isComment(t)) {
      Table table;
      while (isComment(type(pos))) {
        commentRows(textOf(pos++), table);
        if (type(pos) == PrismaLexer::NL && isComment(type(pos + 1)))
          ++pos;
      }
      if (type(pos) == PrismaLexer::NL)
        ++pos;
      table.render(renderer);
      continue;
    }
    if (t == PrismaLexer::IDENT && blockSyntax(textOf(pos)) && isName(pos + 1) &&
        type(pos + 2) == PrismaLexer::LBRACE) {
      size_t start = pos;
      if (block(pos)) {
        // Something on the line of the closing brace (`}model B {`): Prisma starts it on
        // the next line with no blank line between, and adds one only when formatting
        // its own output again. schemac adds it at once, so that formatting is
        // idempotent (a deliberate difference, in docs/format.md).
        if (type(pos) != PrismaLexer::NL && type(pos) != kEOF)
          renderer.endLine();
        continue;
      }
      pos = start;
      catchAllLine(pos, true, "`" + textOf(pos).str() + " " + textOf(pos + 1).str() +
                                  "` is not closed; expected `}` on a line of its own");
      afterUnclosedBlock = true;
      continue;
    }
    if (t == PrismaLexer::IDENT && textOf(pos) == "type" && isName(pos + 1) &&
        type(pos + 2) == PrismaLexer::EQUAL) {
      // A type alias (legacy): written as it is.
      size_t p = pos + 3;
      std::string ignored;
      if (isName(p) || (textOf(p) == "Unsupported" && type(p + 1) == PrismaLexer::LPAREN)) {
        if (textOf(p) == "Unsupported")
          p += 4;
        else
          ++p;
        while (type(p) == PrismaLexer::AT) {
          size_t q = p + 1;
          if (!attribute(q, ignored, nullptr))
            break;
          p = q;
        }
        renderer.write(text.slice(tok(pos).begin, tok(p - 1).end));
        pos = p;
        continue;
      }
    }
    if (t == PrismaLexer::IDENT && isName(pos) && type(pos + 1) == PrismaLexer::LBRACE) {
      // A block without a keyword: Prisma keeps it verbatim and reports it.
      size_t end = pos + 2;
      while (type(end) != PrismaLexer::RBRACE && type(end) != kEOF)
        ++end;
      if (type(end) == PrismaLexer::RBRACE) {
        invalid(pos, "this block has no keyword; expected `model`, `enum`, `type`, `view`, "
                     "`datasource` or `generator`");
        renderer.write(text.slice(tok(pos).begin, tok(end).end));
        pos = end + 1;
        continue;
      }
    }
    catchAllLine(pos, true,
                 "this line is invalid; it does not start with a known Prisma schema keyword");
  }
  return ok;
}

} // namespace

bool formatLayout(llvm::StringRef text, const FormatOptions &options, std::string &out,
                  InvalidLineHandler onInvalid) {
  out.clear();
  out.reserve(text.size() + text.size() / 4);
  LayoutParser parser(text, options, out, onInvalid);
  bool ok = parser.run();
  if (out.empty() || out.back() != '\n')
    out.push_back('\n');
  return ok || options.keepInvalidLines;
}

} // namespace schemac::format
