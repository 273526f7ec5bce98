//===- test/unit/ParserTest.cpp - AST construction tests ------------------===//
#include "frontend/Frontend.h"

#include "llvm/Support/MemoryBuffer.h"

#include <gtest/gtest.h>

using namespace llvm;
using namespace schemac;

namespace {

/// `count` documented models, each with a mapped name and a string default.
std::string generatedModels(int count) {
  std::string text;
  for (int i = 0; i < count; ++i)
    text += "/// Model " + std::to_string(i) + "\nmodel M" + std::to_string(i) +
            " {\n  /// key\n  id Int @id\n  name String @default(\"x\\ty\")\n  other String?\n"
            "  @@map(\"m_" + std::to_string(i) + "\")\n}\n\n";
  return text;
}

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
  // Over the parallel threshold (64 KB to parse): chunks are parsed on several threads.
  std::string text = generatedModels(6000);
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

/// Prints a file's syntax with every position as an offset into `buffer` (and "!" for
/// one outside it), so that two parses of the same text compare equal exactly when every
/// name and range points at the same place.
class Dump {
public:
  explicit Dump(StringRef buffer) : buffer(buffer) {}

  std::string file(const ast::SourceFile &file) {
    for (const ast::Block &block : file.blocks) {
      out += "block " + std::to_string(int(block.kind));
      id(block.keyword);
      id(block.name);
      doc(block.documentation);
      range(block.range);
      for (const ast::Member &member : block.members) {
        out += "\n  member";
        id(member.name);
        if (member.type) {
          id(member.type->name);
          text(member.type->unsupportedType);
          range(member.type->range);
          out += std::to_string(int(member.type->arity));
        }
        for (const ast::Attribute &attribute : member.attributes)
          this->attribute(attribute);
        if (member.value)
          expression(*member.value);
        doc(member.documentation);
        range(member.range);
      }
      for (const ast::Attribute &attribute : block.attributes)
        this->attribute(attribute);
      out += "\n";
    }
    for (const ast::Comment &comment : file.comments)
      range(comment.range);
    return out;
  }

private:
  void loc(SMLoc at) {
    const char *p = at.getPointer();
    if (!p)
      out += " -";
    else if (p >= buffer.begin() && p <= buffer.end())
      out += " " + std::to_string(p - buffer.begin());
    else
      out += " !";
  }
  void range(SMRange r) {
    loc(r.Start);
    loc(r.End);
  }
  void text(StringRef t) {
    out += " '" + t.str() + "'";
    if (t.data() >= buffer.begin() && t.data() <= buffer.end())
      loc(SMLoc::getFromPointer(t.data()));
  }
  void id(const ast::Identifier &identifier) {
    text(identifier.name);
    range(identifier.range);
  }
  void doc(const ast::Documentation &documentation) {
    for (StringRef line : documentation.lines)
      text(line);
    range(documentation.range);
  }
  void expression(const ast::Expression &e) {
    out += " (" + std::to_string(int(e.kind));
    text(e.value);
    range(e.range);
    for (const ast::Argument &argument : e.arguments)
      this->argument(argument);
    for (const ast::Expression &element : e.elements)
      expression(element);
    out += ")";
  }
  void argument(const ast::Argument &argument) {
    if (argument.name)
      id(*argument.name);
    if (argument.value)
      expression(*argument.value);
    range(argument.range);
  }
  void attribute(const ast::Attribute &attribute) {
    out += " @";
    id(attribute.name);
    for (const ast::Argument &argument : attribute.arguments)
      this->argument(argument);
    range(attribute.range);
  }

  StringRef buffer;
  std::string out;
};

/// Parses the files `second` twice, on their own and after the files `first`
/// (frontend::parseSchemaPair, which copies the blocks the two share), and expects the
/// same syntax, position for position.
void expectPairParsesLikeAlone(ArrayRef<std::string> first, ArrayRef<std::string> second) {
  SourceMgr sourceMgr;
  auto add = [&](ArrayRef<std::string> texts, StringRef prefix) {
    std::vector<unsigned> ids;
    for (const std::string &text : texts)
      ids.push_back(sourceMgr.AddNewSourceBuffer(
          MemoryBuffer::getMemBufferCopy(text, prefix + std::to_string(ids.size())), SMLoc()));
    return ids;
  };
  std::vector<unsigned> firstIds = add(first, "first"), secondIds = add(second, "second");
  DiagnosticEngine firstDiags(sourceMgr), secondDiags(sourceMgr), aloneDiags(sourceMgr);
  auto [firstSchema, secondSchema] =
      frontend::parseSchemaPair(firstIds, secondIds, firstDiags, secondDiags);
  std::unique_ptr<ast::Schema> alone = frontend::parseSchema(secondIds, aloneDiags);
  ASSERT_EQ(secondSchema->files.size(), secondIds.size());
  for (size_t f = 0; f < secondIds.size(); ++f) {
    StringRef buffer = sourceMgr.getMemoryBuffer(secondIds[f])->getBuffer();
    std::string shared = Dump(buffer).file(secondSchema->files[f]);
    std::string expected = Dump(buffer).file(alone->files[f]);
    EXPECT_EQ(shared.find('!'), std::string::npos) << "a position left in another buffer";
    EXPECT_EQ(shared, expected);
  }
  EXPECT_EQ(secondDiags.getNumErrors(), aloneDiags.getNumErrors());
}

const char *const kSharedBlocks[] = {
    "datasource db {\n  provider = \"postgresql\"\n  extensions = [citext(schema: \"x\")]\n}\n",
    "// a line comment\n/* a block\n comment */\n/// The user.\n/// Two lines.\n"
    "model User {\n  /// Primary key.\n  id Int @id @default(autoincrement())\n"
    "  name String @default(\"a \\\"quoted\\\" name\\u00e9\") // trailing\n"
    "  tags String[] @default([\"a\", \"b\"])\n  geo Unsupported(\"geometry\")?\n"
    "  price Decimal @db.Decimal(12, 2)\n  @@index([name(sort: Desc), price], map: \"ix\")\n"
    "  @@map(\"users\")\n}\n",
    "\nenum Role {\n  ADMIN @map(\"admin\")\n  USER\n  @@map(\"role\")\n}\n",
    "\nmodel Post {\n  id Int @id\n  userId Int\n"
    "  user User @relation(fields: [userId], references: [id], onDelete: Cascade)\n}\n",
};

TEST(Parser, PairCopiesSharedBlocksToTheirNewPlace) {
  std::string first, second = "/// Added.\nmodel Added {\n  id Int @id\n}\n";
  for (const char *block : kSharedBlocks)
    first += block;
  // The second version: a block added before the others, one changed, two swapped.
  second += kSharedBlocks[0];
  second += kSharedBlocks[2];
  second += kSharedBlocks[1];
  second += "\nmodel Post {\n  id BigInt @id\n}\n";
  expectPairParsesLikeAlone({first}, {second});
  // Nothing in common, and a first version with a syntax error (nothing is copied).
  expectPairParsesLikeAlone({"model Other {\n  id Int @id\n}\n"}, {second});
  expectPairParsesLikeAlone({first + "model Broken {\n  id Int @id(\n}\n"}, {second});
  // Multi-file schemas: blocks moved between files, and more files than before.
  std::vector<std::string> firstFiles, secondFiles;
  for (const char *block : kSharedBlocks)
    firstFiles.push_back(block);
  secondFiles = {kSharedBlocks[3], kSharedBlocks[1] + std::string(kSharedBlocks[2]), "",
                 kSharedBlocks[0], "model Extra {\n  id Int @id\n}\n"};
  expectPairParsesLikeAlone(firstFiles, secondFiles);
}

TEST(Parser, PairCopiesOnSeveralThreads) {
  // Large enough that the copies are split between threads (as a 1,000-model diff is).
  std::string first = generatedModels(6000);
  std::string second = "model New {\n  id Int @id\n}\n" + first;
  second.replace(second.find("model M3000 {"), 13, "model M3000x {");
  expectPairParsesLikeAlone({first}, {second});
}

} // namespace
