//===- test/unit/ParserTest.cpp - AST construction tests ------------------===//
#include "frontend/Frontend.h"

#include "llvm/Support/MemoryBuffer.h"

#include <gtest/gtest.h>

using namespace llvm;
using namespace schemac;

namespace {

struct Parsed {
  SourceMgr sourceMgr;
  std::unique_ptr<DiagnosticEngine> diags;
  std::unique_ptr<ast::Schema> schema;
  StringRef text;

  explicit Parsed(StringRef source) {
    auto buffer = MemoryBuffer::getMemBufferCopy(source, "t.prisma");
    text = buffer->getBuffer();
    unsigned id = sourceMgr.AddNewSourceBuffer(std::move(buffer), SMLoc());
    diags = std::make_unique<DiagnosticEngine>(sourceMgr);
    schema = frontend::parseSchema({id}, *diags);
  }
  size_t offset(SMLoc loc) const { return loc.getPointer() - text.data(); }
};

TEST(Parser, BuildsBlocksWithExactRanges) {
  Parsed p("/// The user.\nmodel User {\n  /// Primary key.\n  id Int @id @default(autoincrement())\n"
           "  name String? @db.VarChar(255)\n  @@map(\"users\")\n}\n");
  ASSERT_EQ(p.diags->getNumErrors(), 0u);
  ASSERT_EQ(p.schema->files.size(), 1u);
  const ast::Block &block = p.schema->files[0].blocks.at(0);
  EXPECT_EQ(block.kind, ast::BlockKind::Model);
  EXPECT_EQ(block.name.name, "User");
  EXPECT_EQ(p.offset(block.name.range.Start), 20u);
  ASSERT_EQ(block.documentation.lines.size(), 1u);
  EXPECT_EQ(block.documentation.lines[0], "The user.");
  ASSERT_EQ(block.members.size(), 2u);
  const ast::Member &id = block.members[0];
  EXPECT_EQ(id.documentation.lines.at(0), "Primary key.");
  ASSERT_EQ(id.attributes.size(), 2u);
  EXPECT_EQ(id.attributes[1].arguments.at(0).value->kind, ast::ExprKind::Function);
  const ast::Member &name = block.members[1];
  EXPECT_EQ(name.type->arity, ast::FieldArity::Optional);
  EXPECT_EQ(name.attributes.at(0).name.name, "db.VarChar");
  EXPECT_EQ(block.attributes.at(0).arguments.at(0).value->value, "users");
}

TEST(Parser, DecodesStringEscapes) {
  Parsed p("datasource db {\n  url = \"a\\\"b\\\\c\\u00e9\\n\"\n}\n");
  ASSERT_EQ(p.diags->getNumErrors(), 0u);
  const ast::Member &url = p.schema->files[0].blocks.at(0).members.at(0);
  EXPECT_EQ(url.value->value, "a\"b\\c\xC3\xA9\n");
}

TEST(Parser, RecoversAndReportsSeveralErrors) {
  Parsed p("model A {\n  id Int @id(\n  x ]\n}\nmodel B {\n  id Int @id\n}\n");
  EXPECT_GE(p.diags->getNumErrors(), 2u);
  // Recovery keeps the blocks after the errors.
  ASSERT_EQ(p.schema->files[0].blocks.size(), 2u);
  EXPECT_EQ(p.schema->files[0].blocks[1].name.name, "B");
}

TEST(Parser, LimitsNesting) {
  std::string deep = "model A {\n  id Int @default(" + std::string(10000, '[') + "\n}\n";
  Parsed p(deep);
  EXPECT_GE(p.diags->getNumErrors(), 1u);
}

TEST(Parser, RejectsInvalidUtf8) {
  Parsed p("model A {\n  id Int @id \xFF\n}\n");
  ASSERT_EQ(p.diags->getNumErrors(), 1u);
  EXPECT_NE(p.diags->getDiagnostics()[0].message.find("UTF-8"), std::string::npos);
}

} // namespace
