//===- frontend/AST.cpp - Prisma schema syntax tree -----------------------===//
#include "frontend/AST.h"

#include <cstdint>

namespace schemac::ast {

llvm::StringRef Expression::describe() const {
  switch (kind) {
  case ExprKind::String:
    return "string";
  case ExprKind::Number:
    return "numeric";
  case ExprKind::Constant:
    return "constant";
  case ExprKind::Function:
    return "functional";
  case ExprKind::Array:
    return "array";
  case ExprKind::Object:
    return "object";
  }
  return "unknown";
}

llvm::StringRef blockKindName(BlockKind kind) {
  switch (kind) {
  case BlockKind::Model:
    return "model";
  case BlockKind::View:
    return "view";
  case BlockKind::CompositeType:
    return "type";
  case BlockKind::Enum:
    return "enum";
  case BlockKind::Datasource:
    return "datasource";
  case BlockKind::Generator:
    return "generator";
  case BlockKind::Unknown:
    return "unknown";
  }
  return "unknown";
}

namespace {

/// Moves the names and locations of a copied subtree from one buffer to another.
class Relocator {
public:
  /// `strings` receives decoded strings; a comment has none (nullptr).
  Relocator(llvm::StringRef text, llvm::StringRef moved, llvm::UniqueStringSaver *strings)
      : begin(reinterpret_cast<uintptr_t>(text.data())), end(begin + text.size()),
        delta(reinterpret_cast<uintptr_t>(moved.data()) - begin), strings(strings) {}

  void comment(Comment &comment) const { range(comment.range); }

  void block(Block &block) {
    identifier(block.keyword);
    identifier(block.name);
    for (Member &member : block.members)
      this->member(member);
    for (Attribute &attribute : block.attributes)
      this->attribute(attribute);
    documentation(block.documentation);
    range(block.range);
  }

private:
  /// A pointer inside the old text (its end included: ranges end there).
  bool inside(const char *pointer) const {
    auto at = reinterpret_cast<uintptr_t>(pointer);
    return at >= begin && at <= end;
  }
  const char *move(const char *pointer) const {
    return reinterpret_cast<const char *>(reinterpret_cast<uintptr_t>(pointer) + delta);
  }
  void location(llvm::SMLoc &loc) const {
    if (inside(loc.getPointer()))
      loc = llvm::SMLoc::getFromPointer(move(loc.getPointer()));
  }
  void range(llvm::SMRange &range) const {
    location(range.Start);
    location(range.End);
  }
  void text(llvm::StringRef &text) const {
    if (inside(text.data()))
      text = llvm::StringRef(move(text.data()), text.size());
    else if (!text.empty())
      text = strings->save(text); // a decoded string literal
  }
  void identifier(Identifier &identifier) const {
    text(identifier.name);
    range(identifier.range);
  }
  void expression(Expression &expression) {
    text(expression.value);
    range(expression.range);
    for (Argument &argument : expression.arguments)
      this->argument(argument);
    for (Expression &element : expression.elements)
      this->expression(element);
  }
  void argument(Argument &argument) {
    if (argument.name)
      identifier(*argument.name);
    if (argument.value)
      expression(*argument.value);
    range(argument.range);
  }
  void attribute(Attribute &attribute) {
    identifier(attribute.name);
    for (Argument &argument : attribute.arguments)
      this->argument(argument);
    range(attribute.range);
  }
  void documentation(Documentation &documentation) const {
    for (llvm::StringRef &line : documentation.lines)
      text(line);
    range(documentation.range);
  }
  void member(Member &member) {
    identifier(member.name);
    if (member.type) {
      identifier(member.type->name);
      text(member.type->unsupportedType);
      range(member.type->range);
    }
    for (Attribute &attribute : member.attributes)
      this->attribute(attribute);
    if (member.value)
      expression(*member.value);
    documentation(member.documentation);
    range(member.range);
  }

  uintptr_t begin, end, delta;
  llvm::UniqueStringSaver *strings;
};

} // namespace

Block relocatedCopy(const Block &block, llvm::StringRef text, llvm::StringRef moved,
                    llvm::UniqueStringSaver &strings) {
  Block copy = block;
  Relocator(text, moved, &strings).block(copy);
  return copy;
}

Comment relocatedCopy(const Comment &comment, llvm::StringRef text, llvm::StringRef moved) {
  Comment copy = comment;
  Relocator(text, moved, nullptr).comment(copy);
  return copy;
}

} // namespace schemac::ast
