//===- frontend/ParseTreeLowering.cpp - ANTLR parse tree -> AST -----------===//
#include "frontend/ParseTreeLowering.h"

#include "grammar/ChunkToken.h"
#include "frontend/Lexer.h"
#include "frontend/Parser.h"

#include "PrismaLexer.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/ConvertUTF.h"

using namespace llvm;
using schemac::grammar::PrismaLexer;

namespace schemac::frontend {

//===----------------------------------------------------------------------===//
// Source positions
//===----------------------------------------------------------------------===//

bool ParseTreeLowering::isValid(antlr4::Token *token) const {
  size_t begin, end;
  return span(token, begin, end);
}

bool ParseTreeLowering::span(antlr4::Token *token, size_t &begin, size_t &end) const {
  if (!token)
    return false;
  size_t type, stop;
  if (const ChunkToken *chunkToken = ChunkToken::dynCast(token)) {
    type = chunkToken->tokenType();
    begin = chunkToken->startOffset();
    stop = chunkToken->stopOffset();
  } else {
    type = token->getType();
    begin = token->getStartIndex();
    stop = token->getStopIndex();
  }
  // Tokens conjured by error recovery have no position.
  if (type == antlr4::Token::EOF || begin > stop || stop >= buffer.size())
    return false;
  end = stop + 1;
  return true;
}

SMRange ParseTreeLowering::range(antlr4::Token *token) const {
  size_t begin, end;
  if (!span(token, begin, end)) {
    size_t at = token && token->getStartIndex() <= buffer.size() ? token->getStartIndex()
                                                                : buffer.size();
    SMLoc loc = SMLoc::getFromPointer(buffer.data() + at);
    return SMRange(loc, loc);
  }
  return SMRange(SMLoc::getFromPointer(buffer.data() + begin),
                 SMLoc::getFromPointer(buffer.data() + end));
}

SMRange ParseTreeLowering::range(antlr4::ParserRuleContext *ctx) const {
  antlr4::Token *startToken = ctx->start;
  SMRange start = range(startToken);
  size_t stopBegin, stopEnd;
  antlr4::Token *stopToken = ctx->stop;
  if (!span(stopToken, stopBegin, stopEnd))
    return start;
  size_t startBegin = startToken->getStartIndex();
  const ChunkToken *chunkStop = ChunkToken::dynCast(stopToken);
  if ((chunkStop ? chunkStop->tokenType() : stopToken->getType()) == PrismaLexer::NL) {
    // A rule ending in a newline: do not extend past the last real token.
    if (stopBegin >= startBegin)
      return SMRange(start.Start, SMLoc::getFromPointer(buffer.data() + stopBegin));
    return start;
  }
  if (stopEnd - 1 < startBegin) // empty rule
    return start;
  return SMRange(start.Start, SMLoc::getFromPointer(buffer.data() + stopEnd));
}

StringRef ParseTreeLowering::text(antlr4::Token *token) const {
  size_t begin, end;
  if (!span(token, begin, end))
    return StringRef();
  return buffer.slice(begin, end);
}

ast::Identifier ParseTreeLowering::identifier(antlr4::Token *token) const {
  return ast::Identifier{text(token), range(token)};
}

//===----------------------------------------------------------------------===//
// Declarations
//===----------------------------------------------------------------------===//

static ast::BlockKind blockKindFromKeyword(StringRef keyword) {
  return StringSwitch<ast::BlockKind>(keyword)
      .Case("model", ast::BlockKind::Model)
      .Case("view", ast::BlockKind::View)
      .Case("type", ast::BlockKind::CompositeType)
      .Case("enum", ast::BlockKind::Enum)
      .Case("datasource", ast::BlockKind::Datasource)
      .Case("generator", ast::BlockKind::Generator)
      .Default(ast::BlockKind::Unknown);
}

void ParseTreeLowering::lowerDeclaration(P::DeclarationContext *ctx) {
  if (!ctx || !isValid(ctx->keyword))
    return;
  ast::Block block;
  block.keyword = identifier(ctx->keyword);
  block.kind = blockKindFromKeyword(block.keyword.name);
  if (ctx->name)
    block.name = identifier(ctx->name);
  block.range = range(ctx);

  if (ctx->alias) {
    // `type Alias = Base @attr`: Prisma's legacy type aliases, no longer supported.
    block.isTypeAlias = true;
    diags.error(block.range, "type aliases are not supported; use a composite type "
                             "(`type Name { ... }`, MongoDB only) or repeat the field type");
    return;
  }
  if (!ctx->lbrace) // A syntax error was reported; nothing to lower.
    return;
  // A block the file ends in: Prisma then reads none of it as a block (every line of it
  // is "not a valid line"), from its first line on; the end of the file is reported too.
  antlr4::Token *stop = ctx->getStop();
  if (!stop || stop->getType() != PrismaLexer::RBRACE || !isValid(stop))
    diags.error(block.keyword.range, "this " +
                                         (block.kind == ast::BlockKind::Unknown
                                              ? StringRef("")
                                              : ast::blockKindName(block.kind)) +
                                         (block.kind == ast::BlockKind::Unknown ? "" : " ") +
                                         "block is not closed: the `}` at its end is missing");

  if (block.kind == ast::BlockKind::Unknown) {
    diags.error(block.keyword.range,
                "unknown block type `" + block.keyword.name +
                    "`; a block starts with `model`, `enum`, `view`, `type`, `datasource` or "
                    "`generator`");
    return;
  }
  if (block.name.empty()) {
    diags.error(range(ctx->lbrace), "expected a name for this " +
                                          ast::blockKindName(block.kind) + " block");
    return;
  }

  // Most items are members; growing the vector would move each (large) member again.
  block.members.reserve(ctx->items.size());
  for (P::BlockItemContext *item : ctx->items) {
    // The alternative follows from the first token (LL(1)); no dynamic_cast needed.
    size_t first = item->getStart() ? item->getStart()->getType() : 0;
    if (first == PrismaLexer::IDENT) {
      // Built in place (reserved above), dropped again if it is not a valid member.
      if (!lowerMember(static_cast<P::MemberContext *>(item), block, block.members.emplace_back()))
        block.members.pop_back();
      continue;
    }
    if (first == PrismaLexer::ATAT) {
      auto *attrCtx = static_cast<P::BlockAttributeContext *>(item);
      if (!isValid(attrCtx->attr))
        continue;
      ast::Attribute &attribute = block.attributes.emplace_back();
      lowerAttribute(attrCtx->attr, attrCtx->args, attrCtx, true, attribute);
      if (block.kind == ast::BlockKind::Datasource || block.kind == ast::BlockKind::Generator) {
        diags.error(attribute.range, "block attribute `@@" + attribute.name.name +
                                         "` in a " + ast::blockKindName(block.kind) +
                                         " block; only `key = value` lines belong here");
        block.attributes.pop_back();
      }
    }
  }
  file.blocks.push_back(std::move(block));
}

bool ParseTreeLowering::lowerMember(P::MemberContext *ctx, ast::Block &block,
                                    ast::Member &member) {
  if (!isValid(ctx->name))
    return false;
  member.name = identifier(ctx->name);
  member.range = range(ctx);
  const bool isConfig =
      block.kind == ast::BlockKind::Datasource || block.kind == ast::BlockKind::Generator;
  StringRef kindName = ast::blockKindName(block.kind);

  if (ctx->eq) {
    member.kind = ast::MemberKind::Property;
    member.hasEquals = true;
    if (ctx->value)
      if (std::optional<ast::Expression> value = lowerExpression(ctx->value))
        member.value = std::move(*value);
    if (!isConfig) {
      diags.error(member.range,
                  block.kind == ast::BlockKind::Enum
                      ? Twine("this line is not an enum value definition")
                      : "`" + member.name.name + " = ...` is not a field or attribute; fields "
                            "are written `name Type @attributes`");
      return false;
    }
    return true;
  }

  member.kind = ast::MemberKind::Field;
  member.legacyColon = ctx->colon != nullptr;
  if (P::FieldTypeContext *typeCtx = ctx->ftype)
    lowerFieldType(typeCtx, member.type.emplace());
  member.attributes.reserve(ctx->attrs.size());
  for (P::FieldAttributeContext *attrCtx : ctx->attrs)
    if (isValid(attrCtx->name))
      lowerAttribute(attrCtx->name, attrCtx->args, attrCtx, false, member.attributes.emplace_back());

  if (isConfig) {
    diags.error(member.range, "this line is not a valid definition within a " + kindName +
                                  "; properties are written `key = value`");
    return false;
  }
  if (block.kind == ast::BlockKind::Enum) {
    if (member.type) {
      diags.error(member.range, "this line is not an enum value definition; enum values "
                                "have no type");
      return false;
    }
    return true;
  }
  if (member.legacyColon) {
    diags.error(range(ctx->colon), "field declarations do not take a `:`; write `" +
                                       member.name.name + " Type`");
  }
  if (!member.type) {
    diags.error(member.range, "field `" + member.name.name + "` in " + kindName + " `" +
                                  block.name.name + "` has no type; a field is declared as "
                                  "`name Type`");
    return false;
  }
  return true;
}

void ParseTreeLowering::lowerFieldType(P::FieldTypeContext *ctx, ast::FieldType &type) {
  type.range = range(ctx);
  if (isValid(ctx->name))
    type.name = identifier(ctx->name);
  if (ctx->lbrack) {
    type.legacyList = true;
    type.arity = ast::FieldArity::List;
    diags.error(type.range, "to specify a list, write `" + type.name.name + "[]` instead of `[" +
                                type.name.name + "]`");
  } else if (ctx->list) {
    type.arity = ast::FieldArity::List;
    type.optionalList = ctx->optional != nullptr;
  } else if (ctx->question) {
    type.arity = ast::FieldArity::Optional;
  } else if (ctx->bang) {
    type.legacyRequired = true;
    diags.error(type.range, "fields are required by default; `!` is not valid, write `" +
                                type.name.name + "`");
  }
  if (ctx->args) {
    std::vector<ast::Argument> args = lowerArguments(ctx->args);
    if (type.name.name == "Unsupported" && args.size() == 1 && !args[0].isNamed() &&
        args[0].value && args[0].value->isString()) {
      type.isUnsupported = true;
      type.unsupportedType = args[0].value->value;
    } else {
      type.malformedUnsupported = true;
      diags.error(SMRange(type.name.range.Start, range(ctx->args).End),
                  type.name.name == "Unsupported"
                                      ? Twine("`Unsupported` takes one string argument: "
                                              "`Unsupported(\"type\")`")
                                      : "field type `" + type.name.name +
                                            "` does not take arguments; only "
                                            "`Unsupported(\"...\")` does");
    }
  }
  // Prisma's parser rejects `Type[]?`, `Unsupported(...)[]?` included.
  if (type.optionalList && !type.malformedUnsupported)
    diags.error(type.range, "optional lists are not supported; use either `" + type.name.name +
                                "[]` or `" + type.name.name + "?`");
}

void ParseTreeLowering::lowerAttribute(antlr4::Token *name, P::ArgumentsContext *args,
                                       antlr4::ParserRuleContext *ctx, bool isBlockAttribute,
                                       ast::Attribute &attribute) {
  attribute.name = identifier(name);
  attribute.isBlockAttribute = isBlockAttribute;
  attribute.range = range(ctx);
  if (args) {
    attribute.hasParens = true;
    attribute.arguments = lowerArguments(args);
  }
}

/// Reports separators with nothing before them: `(,a)`, `(a,,b)`. `items` and `commas` are
/// in source order; an item belongs before a comma when it starts before it.
template <typename Item>
void ParseTreeLowering::checkSeparators(const std::vector<Item *> &items,
                                        const std::vector<antlr4::Token *> &commas,
                                        llvm::StringRef what) {
  size_t next = 0;
  size_t previousEnd = 0; // offset after the previous comma
  for (antlr4::Token *comma : commas) {
    if (!isValid(comma))
      continue;
    size_t at = comma->getStartIndex();
    bool found = false;
    while (next < items.size() && items[next]->getStart()->getStartIndex() < at) {
      if (items[next]->getStart()->getStartIndex() >= previousEnd)
        found = true;
      ++next;
    }
    if (!found)
      diags.error(range(comma), "expected " + what + " before `,`");
    previousEnd = at + 1;
  }
}

std::vector<ast::Argument> ParseTreeLowering::lowerArguments(P::ArgumentsContext *ctx) {
  return lowerArgumentList(ctx->items, ctx->commas);
}

std::vector<ast::Argument>
ParseTreeLowering::lowerArgumentList(const std::vector<P::ArgumentContext *> &items,
                                     const std::vector<antlr4::Token *> &commas) {
  std::vector<ast::Argument> result;
  result.reserve(items.size());
  checkSeparators(items, commas, "an argument");
  // A single trailing comma is allowed, as in Prisma. Arguments and their values are
  // built in place: an Argument holds an Expression, and moving one is not free.
  for (P::ArgumentContext *arg : items) {
    if (!arg->key)
      continue;
    ast::Argument &argument = result.emplace_back();
    argument.range = range(arg);
    if (arg->colon) {
      // The name: an identifier without `.` or arguments (an expression otherwise, whose
      // own problems are reported before this one).
      P::ExpressionContext *key = arg->key;
      antlr4::Token *first = key->getStart();
      if (isValid(first) && first->getType() == PrismaLexer::IDENT &&
          !static_cast<P::PathOrCallContext *>(key)->args &&
          !text(static_cast<P::PathOrCallContext *>(key)->name).contains('.')) {
        argument.name =
            ast::Identifier{text(static_cast<P::PathOrCallContext *>(key)->name), range(key)};
      } else {
        lowerExpression(key);
        diags.error(range(key), "expected an argument name before `:`");
        result.pop_back();
        continue;
      }
      if (arg->value) {
        argument.value.emplace();
        if (!lowerExpressionInto(arg->value, *argument.value))
          argument.value.reset();
      } else {
        diags.error(argument.range, "argument `" + argument.name->name + "` has no value");
      }
    } else {
      argument.value.emplace();
      if (!lowerExpressionInto(arg->key, *argument.value))
        argument.value.reset();
    }
  }
  return result;
}

std::optional<ast::Expression> ParseTreeLowering::lowerExpression(P::ExpressionContext *ctx) {
  ast::Expression expr;
  if (!lowerExpressionInto(ctx, expr))
    return std::nullopt;
  return expr;
}

bool ParseTreeLowering::lowerExpressionInto(P::ExpressionContext *ctx, ast::Expression &expr) {
  if (!ctx || !isValid(ctx->getStart()))
    return false;
  expr.range = range(ctx);
  // The alternative follows from the first token (the grammar is LL(1)), which avoids a
  // dynamic_cast per node.
  switch (ctx->getStart()->getType()) {
  case PrismaLexer::IDENT: {
    auto *call = static_cast<P::PathOrCallContext *>(ctx);
    expr.value = text(call->name);
    if (call->args) {
      expr.kind = ast::ExprKind::Function;
      expr.arguments = lowerArguments(call->args);
    } else {
      expr.kind = ast::ExprKind::Constant;
    }
    return true;
  }
  case PrismaLexer::STRING:
    expr.kind = ast::ExprKind::String;
    expr.value = decodeString(static_cast<P::StringLiteralContext *>(ctx)->str, expr.range);
    return true;
  case PrismaLexer::NUMBER:
    expr.kind = ast::ExprKind::Number;
    expr.value = text(static_cast<P::NumberLiteralContext *>(ctx)->num);
    return true;
  case PrismaLexer::LIST:
    expr.kind = ast::ExprKind::Array;
    return true;
  case PrismaLexer::LBRACK: {
    auto *array = static_cast<P::ArrayLiteralContext *>(ctx);
    expr.kind = ast::ExprKind::Array;
    checkSeparators(array->items, array->commas, "an expression");
    if (!array->commas.empty() && !array->items.empty() && isValid(array->close) &&
        array->items.back()->getStart()->getStartIndex() <
            array->commas.back()->getStartIndex())
      diags.error(range(array->close), "expected an expression after `,`; arrays do not take a "
                                       "trailing comma");
    expr.elements.reserve(array->items.size());
    for (P::ExpressionContext *element : array->items)
      if (!lowerExpressionInto(element, expr.elements.emplace_back()))
        expr.elements.pop_back();
    return true;
  }
  case PrismaLexer::LBRACE: {
    // `{ key: value, ... }`: Prisma 7's grammar reads it; no attribute accepts one, so
    // validation reports it where a value is expected.
    auto *object = static_cast<P::ObjectLiteralContext *>(ctx);
    expr.kind = ast::ExprKind::Object;
    expr.arguments = lowerArgumentList(object->items, object->commas);
    return true;
  }
  default:
    return false;
  }
}

/// Decodes a JSON-style string literal; reports unterminated literals, raw control
/// characters and unknown escapes.
StringRef ParseTreeLowering::decodeString(antlr4::Token *token, SMRange literalRange) {
  StringRef raw = text(token);
  if (isUnterminatedString(raw)) // reported by the token source
    return raw.size() > 1 ? raw.drop_front() : StringRef();
  StringRef body = raw.drop_front().drop_back();
  if (!body.contains('\\')) {
    for (size_t i = 0; i < body.size(); ++i) {
      if (static_cast<unsigned char>(body[i]) < 0x20) {
        SMLoc at = SMLoc::getFromPointer(body.data() + i);
        diags.error(SMRange(at, SMLoc::getFromPointer(body.data() + i + 1)),
                    "control character `\\x" + hexByte(static_cast<unsigned char>(body[i])) +
                        "` in string literal; use an escape sequence");
        break;
      }
    }
    return body;
  }
  SmallString<64> out;
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (static_cast<unsigned char>(c) < 0x20) {
      SMLoc at = SMLoc::getFromPointer(body.data() + i);
      diags.error(SMRange(at, SMLoc::getFromPointer(body.data() + i + 1)),
                  "control character `\\x" + hexByte(static_cast<unsigned char>(c)) +
                      "` in string literal; use an escape sequence");
      continue;
    }
    if (c != '\\') {
      out.push_back(c);
      continue;
    }
    SMLoc escapeLoc = SMLoc::getFromPointer(body.data() + i);
    char e = i + 1 < body.size() ? body[i + 1] : 0;
    ++i;
    switch (e) {
    case '"': out.push_back('"'); break;
    case '\\': out.push_back('\\'); break;
    case '/': out.push_back('/'); break;
    case 'b': out.push_back('\b'); break;
    case 'f': out.push_back('\f'); break;
    case 'n': out.push_back('\n'); break;
    case 'r': out.push_back('\r'); break;
    case 't': out.push_back('\t'); break;
    case 'u': {
      unsigned value = 0;
      if (i + 4 < body.size() + 0 && !body.substr(i + 1, 4).getAsInteger(16, value) &&
          body.substr(i + 1, 4).size() == 4) {
        i += 4;
        char utf8[4];
        char *ptr = utf8;
        if (ConvertCodePointToUTF8(value, ptr))
          out.append(utf8, ptr);
        break;
      }
      diags.error(SMRange(escapeLoc, SMLoc::getFromPointer(escapeLoc.getPointer() + 2)),
                  "invalid unicode escape; expected `\\u` followed by four hex digits");
      break;
    }
    default:
      diags.error(SMRange(escapeLoc, SMLoc::getFromPointer(escapeLoc.getPointer() + 2)),
                  "unknown escape sequence `\\" + Twine(e) +
                      "`; if the value is a windows-style path, write `\\\\` for `\\`");
      break;
    }
  }
  return schema.strings.save(out.str());
}

//===----------------------------------------------------------------------===//
// Documentation comments
//===----------------------------------------------------------------------===//

/// The text of a `///` comment: without the slashes, one leading space and trailing blanks.
static StringRef docCommentText(const ast::Comment &comment) {
  StringRef line = comment.text().drop_front(3);
  if (line.startswith(" "))
    line = line.drop_front();
  return line.rtrim();
}

/// Collects the run of comment lines directly above `start` (no blank line between);
/// the `///` ones form the documentation. A `///` comment at the end of the element's own
/// line (before `lineEnd`) is documentation too.
/// Whether `gap` holds only blanks and exactly one line break (one `\n`, or with none of
/// those one `\r`). Stops at the first character that decides, so that the gap before an
/// element far below the last comment costs nothing.
/// Whether `text` is only blanks (a loop: StringRef::find_first_not_of builds a 256-bit
/// table per call, and this runs for every element).
static bool isBlank(StringRef text) {
  for (char c : text)
    if (c != ' ' && c != '\t')
      return false;
  return true;
}

static bool isSingleLineBreak(StringRef gap) {
  unsigned newlines = 0, returns = 0;
  for (char c : gap) {
    if (c == '\n') {
      if (++newlines > 1)
        return false;
    } else if (c == '\r') {
      ++returns;
    } else if (c != ' ' && c != '\t') {
      return false;
    }
  }
  return newlines == 1 || (newlines == 0 && returns == 1);
}

void ParseTreeLowering::attach(ast::Documentation &doc, SMLoc start, SMLoc lineEnd,
                               size_t &next) {
  const char *begin = buffer.data();
  auto &comments = file.comments;
  // The first comment that starts after `start`: found by moving `next` forward, or by a
  // search should an element ever come before the previous one.
  const char *startPtr = start.getPointer();
  if (next > 0 && startPtr < comments[next - 1].range.Start.getPointer())
    next = std::upper_bound(comments.begin(), comments.end(), startPtr,
                            [](const char *ptr, const ast::Comment &comment) {
                              return ptr < comment.range.Start.getPointer();
                            }) -
           comments.begin();
  while (next < comments.size() && comments[next].range.Start.getPointer() <= startPtr)
    ++next;
  auto it = comments.begin() + next;
  std::vector<const ast::Comment *> run;
  const char *cursor = start.getPointer();
  // Walk back to the start of the element's line.
  const char *lineStart = cursor;
  while (lineStart > begin && lineStart[-1] != '\n' && lineStart[-1] != '\r')
    --lineStart;
  if (isBlank(StringRef(lineStart, cursor - lineStart))) {
    const char *boundary = lineStart;
    for (auto rit = std::make_reverse_iterator(it); rit != comments.rend(); ++rit) {
      const ast::Comment &comment = *rit;
      const char *end = comment.range.End.getPointer();
      if (end > boundary)
        continue;
      // Exactly one line break and only blanks between the comment and the boundary.
      if (!isSingleLineBreak(StringRef(end, boundary - end)))
        break;
      const char *commentLine = comment.range.Start.getPointer();
      while (commentLine > begin && commentLine[-1] != '\n' && commentLine[-1] != '\r')
        --commentLine;
      if (!isBlank(StringRef(commentLine, comment.range.Start.getPointer() - commentLine)))
        break; // a trailing comment of the previous line
      if (comment.kind == ast::CommentKind::Block)
        break;
      run.push_back(&comment);
      boundary = commentLine;
    }
  }
  std::reverse(run.begin(), run.end());
  for (const ast::Comment *comment : run) {
    if (comment->kind != ast::CommentKind::Doc)
      continue;
    doc.lines.push_back(docCommentText(*comment));
    if (!doc.range.isValid())
      doc.range.Start = comment->range.Start;
    doc.range.End = comment->range.End;
  }
  // A trailing `///` comment on the element's own line.
  if (lineEnd.isValid()) {
    // The first comment that starts at or after the end of the element (its line's rest).
    auto trailing = it;
    while (trailing != comments.begin() &&
           std::prev(trailing)->range.Start.getPointer() >= lineEnd.getPointer())
      --trailing;
    while (trailing != comments.end() &&
           trailing->range.Start.getPointer() < lineEnd.getPointer())
      ++trailing;
    if (trailing != comments.end() && trailing->kind == ast::CommentKind::Doc) {
      StringRef gap(lineEnd.getPointer(),
                    trailing->range.Start.getPointer() - lineEnd.getPointer());
      if (gap.find_first_of("\r\n") == StringRef::npos) {
        doc.lines.push_back(docCommentText(*trailing));
        if (!doc.range.isValid())
          doc.range.Start = trailing->range.Start;
        doc.range.End = trailing->range.End;
      }
    }
  }
}

void ParseTreeLowering::attachDocumentation() {
  if (file.comments.empty())
    return;
  size_t next = 0;
  for (ast::Block &block : file.blocks) {
    attach(block.documentation, block.range.Start, SMLoc(), next);
    for (ast::Member &member : block.members)
      attach(member.documentation, member.range.Start, member.range.End, next);
  }
}

} // namespace schemac::frontend
