//===- frontend/AST.h - Prisma schema syntax tree ---------------*- C++ -*-===//
//
// Part of schemac. The project's own syntax tree for PSL, lowered once from ANTLR's parse
// tree (frontend/ParseTreeLowering.cpp). Every node carries its exact source range as an
// llvm::SMRange (pointers into the SourceMgr buffer, so byte offsets are exact); names are
// StringRefs into the buffer, decoded string literals live in the schema's StringSaver.
// No antlr4 type appears here.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_FRONTEND_AST_H
#define SCHEMAC_FRONTEND_AST_H

#include "ir/Boxed.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/SMLoc.h"
#include "llvm/Support/StringSaver.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace schemac::ast {

struct Identifier {
  llvm::StringRef name;
  llvm::SMRange range;

  bool empty() const { return name.empty(); }
};

struct Argument;

enum class ExprKind {
  String,   ///< "text" (value is the decoded text)
  Number,   ///< 42, -1.5 (value is the literal text)
  Constant, ///< Desc, true, db.Text (value is the path)
  Function, ///< now(), dbgenerated("..."), env("URL") (value is the name)
  Array,    ///< [a, b]
  Object,   ///< { a: 1, b: "x" } (Prisma 7's grammar; no attribute takes one yet)
};

struct Expression {
  ExprKind kind = ExprKind::Constant;
  llvm::StringRef value;
  llvm::SMRange range;
  std::vector<Argument> arguments;   ///< ExprKind::Function; ExprKind::Object's members
  std::vector<Expression> elements;  ///< ExprKind::Array

  bool isString() const { return kind == ExprKind::String; }
  bool isNumber() const { return kind == ExprKind::Number; }
  bool isConstant() const { return kind == ExprKind::Constant; }
  bool isFunction() const { return kind == ExprKind::Function; }
  bool isArray() const { return kind == ExprKind::Array; }
  bool isObject() const { return kind == ExprKind::Object; }
  /// The source text of the expression, for messages.
  llvm::StringRef text() const {
    return llvm::StringRef(range.Start.getPointer(),
                           range.End.getPointer() - range.Start.getPointer());
  }
  /// The elements of an array, or the expression itself: Prisma accepts a single value
  /// where a list is expected (`fields: a`, `extensions = postgis`).
  llvm::SmallVector<const Expression *, 4> asList() const {
    llvm::SmallVector<const Expression *, 4> list;
    if (kind == ExprKind::Array)
      for (const Expression &element : elements)
        list.push_back(&element);
    else
      list.push_back(this);
    return list;
  }
  /// "string", "numeric", "constant", "functional", "array", "object": Prisma's words.
  llvm::StringRef describe() const;
};

/// `value`, `name: value` or `name:` (an empty argument, which is an error).
struct Argument {
  std::optional<Identifier> name;
  std::optional<Expression> value;
  llvm::SMRange range;

  bool isNamed() const { return name.has_value(); }
};

/// `@name(args)` on a field or `@@name(args)` on a block. `name` is the path without
/// the at signs (`db.VarChar`, `relation`).
struct Attribute {
  Identifier name;
  std::vector<Argument> arguments;
  bool hasParens = false;
  bool isBlockAttribute = false;
  llvm::SMRange range;
};

enum class FieldArity { Required, Optional, List };

struct FieldType {
  Identifier name;                 ///< `Int`, `User`, or `Unsupported`
  FieldArity arity = FieldArity::Required;
  bool isUnsupported = false;      ///< `Unsupported("...")`
  llvm::StringRef unsupportedType; ///< the decoded string argument of Unsupported
  bool optionalList = false;       ///< `Type[]?` (an error, reported while parsing)
  bool legacyRequired = false;     ///< `Type!` (legacy syntax, an error)
  bool legacyList = false;         ///< `[Type]` (legacy syntax, an error)
  bool malformedUnsupported = false;
  llvm::SMRange range;
};

enum class CommentKind { Line, Doc, Block };

struct Comment {
  CommentKind kind;
  llvm::SMRange range;
  llvm::StringRef text() const {
    return llvm::StringRef(range.Start.getPointer(),
                           range.End.getPointer() - range.Start.getPointer());
  }
};

/// The text of `///` comments right above an element, one line per comment, with the
/// `///` and one following space removed.
struct Documentation {
  std::vector<llvm::StringRef> lines;
  llvm::SMRange range;
  bool empty() const { return lines.empty(); }
};

/// A line inside a block: a field (models, views, composite types), an enum value, or a
/// `key = value` property (datasource, generator). Which one it is follows from the
/// syntax; the frontend reports members that do not belong to their block.
enum class MemberKind { Field, Property };

struct Member {
  MemberKind kind = MemberKind::Field;
  Identifier name;
  std::optional<FieldType> type;         ///< fields
  std::vector<Attribute> attributes;     ///< fields and enum values
  bool hasEquals = false;                ///< properties
  /// Properties: out of line, as few members are properties (ir::Boxed is an optional
  /// on the heap).
  ir::Boxed<Expression> value;
  bool legacyColon = false;              ///< `name: Type`
  Documentation documentation;
  llvm::SMRange range;
};

enum class BlockKind { Model, View, CompositeType, Enum, Datasource, Generator, Unknown };

llvm::StringRef blockKindName(BlockKind kind);

struct Block {
  BlockKind kind = BlockKind::Unknown;
  Identifier keyword;
  Identifier name;
  std::vector<Member> members;
  std::vector<Attribute> attributes;  ///< block attributes (`@@id`, ...)
  Documentation documentation;
  bool isTypeAlias = false;           ///< `type A = B` (legacy, an error)
  llvm::SMRange range;
};

/// One parsed `.prisma` file.
struct SourceFile {
  unsigned bufferId = 0;
  llvm::StringRef path;
  std::vector<Block> blocks;
  std::vector<Comment> comments;
};

/// A copy of `block`, parsed from `text`, for the same bytes at `moved`: each name and
/// location inside `text` moves by `moved.data() - text.data()` (so it points into the
/// other buffer), strings decoded into the old schema's storage are copied into
/// `strings`. The syntax of a block depends on its own text only, so the copy is what
/// parsing `moved` would give.
Block relocatedCopy(const Block &block, llvm::StringRef text, llvm::StringRef moved,
                    llvm::UniqueStringSaver &strings);
/// `comment`, taken from `text`, moved the same way.
Comment relocatedCopy(const Comment &comment, llvm::StringRef text, llvm::StringRef moved);

/// A whole schema: one or more files. Owns the storage for decoded strings.
struct Schema {
  std::vector<SourceFile> files;
  /// Storage for decoded strings; mutable so that later stages holding a const Schema can
  /// still intern derived text.
  mutable llvm::BumpPtrAllocator allocator;
  mutable llvm::UniqueStringSaver strings{allocator};
  /// String storage of schemas parsed on worker threads and merged into this one.
  std::vector<std::unique_ptr<Schema>> mergedStorage;
};

} // namespace schemac::ast

#endif // SCHEMAC_FRONTEND_AST_H
