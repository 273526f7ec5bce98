//===- frontend/ParseTreeLowering.h - ANTLR parse tree -> AST ---*- C++ -*-===//
//
// Part of schemac (frontend-private). Lowers one top-level declaration's parse tree into
// the AST: source ranges as buffer pointers, string literals decoded, the shape of each
// line checked against the block it is in (a `key = value` line in a model, a typed line
// in an enum, ...), and `///` comments attached to what they document.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_FRONTEND_PARSETREELOWERING_H
#define SCHEMAC_FRONTEND_PARSETREELOWERING_H

#include "frontend/AST.h"
#include "support/Diagnostic.h"

#include "PrismaParser.h"

namespace schemac::frontend {

class ParseTreeLowering {
public:
  ParseTreeLowering(llvm::StringRef buffer, ast::Schema &schema, ast::SourceFile &file,
                    DiagnosticEngine &diags)
      : buffer(buffer), schema(schema), file(file), diags(diags) {}

  void lowerDeclaration(grammar::PrismaParser::DeclarationContext *ctx);
  /// Attaches `///` comment runs to the blocks and members right below them. Call once
  /// the whole file was parsed (all comments are known then).
  void attachDocumentation();

private:
  using P = grammar::PrismaParser;

  bool lowerMember(P::MemberContext *ctx, ast::Block &block, ast::Member &member);
  // The lower* functions with an output parameter fill a default-constructed node in
  // place: AST nodes hold vectors, and building one apart and moving it in costs more.
  void lowerFieldType(P::FieldTypeContext *ctx, ast::FieldType &type);
  void lowerAttribute(antlr4::Token *name, P::ArgumentsContext *args,
                      antlr4::ParserRuleContext *ctx, bool isBlockAttribute,
                      ast::Attribute &attribute);
  template <typename Item>
  void checkSeparators(const std::vector<Item *> &items,
                       const std::vector<antlr4::Token *> &commas, llvm::StringRef what);
  std::vector<ast::Argument> lowerArguments(P::ArgumentsContext *ctx);
  std::vector<ast::Argument> lowerArgumentList(const std::vector<P::ArgumentContext *> &items,
                                               const std::vector<antlr4::Token *> &commas);
  std::optional<ast::Expression> lowerExpression(P::ExpressionContext *ctx);
  /// lowerExpression() into a default-constructed `expr` (AST vectors are filled in
  /// place); false where lowerExpression() gives nothing.
  bool lowerExpressionInto(P::ExpressionContext *ctx, ast::Expression &expr);
  llvm::StringRef decodeString(antlr4::Token *token, llvm::SMRange range);

  bool isValid(antlr4::Token *token) const;
  /// The byte range [begin, end) of a real token; false for missing or conjured ones.
  bool span(antlr4::Token *token, size_t &begin, size_t &end) const;
  llvm::SMRange range(antlr4::Token *token) const;
  llvm::SMRange range(antlr4::ParserRuleContext *ctx) const;
  llvm::StringRef text(antlr4::Token *token) const;
  ast::Identifier identifier(antlr4::Token *token) const;
  /// `next`: the first comment that starts after the previous element; elements come in
  /// source order, so it only moves forward.
  void attach(ast::Documentation &doc, llvm::SMLoc start, llvm::SMLoc lineEnd, size_t &next);

  llvm::StringRef buffer;
  ast::Schema &schema;
  ast::SourceFile &file;
  DiagnosticEngine &diags;
};

} // namespace schemac::frontend

#endif // SCHEMAC_FRONTEND_PARSETREELOWERING_H
