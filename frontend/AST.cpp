//===- frontend/AST.cpp - Prisma schema syntax tree -----------------------===//
#include "frontend/AST.h"

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

} // namespace schemac::ast
