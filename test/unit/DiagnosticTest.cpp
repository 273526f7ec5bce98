//===- test/unit/DiagnosticTest.cpp - DiagnosticEngine tests --------------===//
#include "support/Diagnostic.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <gtest/gtest.h>

using namespace llvm;
using namespace schemac;

namespace {

struct DiagFixture : ::testing::Test {
  SourceMgr sourceMgr;
  StringRef text;
  void SetUp() override {
    auto buffer = MemoryBuffer::getMemBufferCopy("model A {\n  id Int @id\n}\n", "a.prisma");
    text = buffer->getBuffer();
    sourceMgr.AddNewSourceBuffer(std::move(buffer), SMLoc());
  }
  SMRange at(size_t offset, size_t length) {
    return SMRange(SMLoc::getFromPointer(text.data() + offset),
                   SMLoc::getFromPointer(text.data() + offset + length));
  }
};

TEST(ClosestMatch, SuggestsNearbyNames) {
  EXPECT_EQ(closestMatch("Strin", {"String", "Int", "Json"}), "String");
  EXPECT_EQ(closestMatch("uniqe", {"id", "unique", "map"}), "unique");
  EXPECT_EQ(closestMatch("Foo", {"String", "Decimal"}), "");
  EXPECT_EQ(closestMatch("Int", {"Int"}), ""); // an exact match is not a suggestion
}

TEST_F(DiagFixture, CountsAndPromotesWarnings) {
  DiagnosticOptions options;
  options.warningsAsErrors = true;
  DiagnosticEngine diags(sourceMgr, options);
  diags.warning(at(12, 2), "a warning");
  EXPECT_EQ(diags.getNumErrors(), 1u);
  EXPECT_EQ(diags.getNumWarnings(), 0u);
  EXPECT_EQ(diags.getDiagnostics()[0].severity, Severity::Error);
}

TEST_F(DiagFixture, QuietDropsWarningsOnly) {
  DiagnosticOptions options;
  options.suppressWarnings = true;
  DiagnosticEngine diags(sourceMgr, options);
  diags.warning(at(12, 2), "dropped");
  diags.error(at(12, 2), "kept");
  ASSERT_EQ(diags.getDiagnostics().size(), 1u);
  EXPECT_EQ(diags.getDiagnostics()[0].message, "kept");
}

TEST_F(DiagFixture, ErrorLimitStopsRecording) {
  DiagnosticOptions options;
  options.errorLimit = 2;
  DiagnosticEngine diags(sourceMgr, options);
  for (int i = 0; i < 5; ++i)
    diags.error(at(0, 5), "e");
  EXPECT_EQ(diags.getDiagnostics().size(), 2u);
  EXPECT_TRUE(diags.errorLimitReached());
}

TEST_F(DiagFixture, TextHasCaretAndRange) {
  DiagnosticEngine diags(sourceMgr);
  diags.error(at(12, 2), "bad `id`");
  std::string out;
  raw_string_ostream os(out);
  diags.printText(os);
  EXPECT_EQ(os.str(), "a.prisma:2:3: error: bad `id`\n  id Int @id\n  ^~\n1 error generated.\n");
}

TEST_F(DiagFixture, JsonHasByteOffsets) {
  DiagnosticEngine diags(sourceMgr);
  diags.error(at(12, 2), "bad");
  std::string out;
  raw_string_ostream os(out);
  diags.printJson(os);
  EXPECT_NE(os.str().find("\"offset\": 12"), std::string::npos) << os.str();
  EXPECT_NE(os.str().find("\"endOffset\": 14"), std::string::npos) << os.str();
  EXPECT_NE(os.str().find("\"line\": 2"), std::string::npos) << os.str();
}

} // namespace
