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

TEST(Parser, ParallelParseKeepsOrderAndDocumentation) {
  // Over the parallel threshold (512 KB): chunks are parsed on several threads.
  std::string text;
  for (int i = 0; i < 6000; ++i)
    text += "/// Model " + std::to_string(i) + "\nmodel M" + std::to_string(i) +
            " {\n  /// key\n  id Int @id\n  name String @default(\"x\")\n  other String?\n"
            "  @@map(\"m_" + std::to_string(i) + "\")\n}\n\n";
  ASSERT_GT(text.size(), 512u * 1024);
  Parsed p(text);
  ASSERT_EQ(p.diags->getNumErrors(), 0u);
  const std::vector<ast::Block> &blocks = p.schema->files[0].blocks;
  ASSERT_EQ(blocks.size(), 6000u);
  for (int i : {0, 1, 2999, 3000, 5999}) {
    EXPECT_EQ(blocks[i].name.name, "M" + std::to_string(i));
    ASSERT_EQ(blocks[i].documentation.lines.size(), 1u);
    EXPECT_EQ(blocks[i].documentation.lines[0], "Model " + std::to_string(i));
    EXPECT_EQ(blocks[i].members.at(0).documentation.lines.at(0), "key");
  }
  // Comments stay sorted by position across the merged runs.
  const auto &comments = p.schema->files[0].comments;
  for (size_t i = 1; i < comments.size(); ++i)
    ASSERT_LT(comments[i - 1].range.Start.getPointer(), comments[i].range.Start.getPointer());
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
