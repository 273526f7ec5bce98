//===- test/unit/ConstraintNamesTest.cpp - default constraint names -------===//
#include "ir/ConstraintNames.h"

#include <gtest/gtest.h>

using namespace schemac::ir;

namespace {

TEST(ConstraintNames, FollowPostgresConventions) {
  EXPECT_EQ(primaryKeyName("User"), "User_pkey");
  EXPECT_EQ(uniqueIndexName("Job", {"externalId", "source"}), "Job_externalId_source_key");
  EXPECT_EQ(indexName("Job", {"postedAt"}), "Job_postedAt_idx");
  EXPECT_EQ(foreignKeyName("Application", {"userId"}), "Application_userId_fkey");
  EXPECT_EQ(defaultConstraintName("A", "b"), "A_b_df");
}

TEST(ConstraintNames, TruncateToTheIdentifierLimit) {
  std::string table(70, 't');
  std::string pk = primaryKeyName(table);
  EXPECT_EQ(pk.size(), 63u);
  EXPECT_EQ(pk, std::string(58, 't') + "_pkey");
  std::string column(40, 'c');
  std::string unique = uniqueIndexName("Table", {column, column});
  EXPECT_EQ(unique.size(), 63u);
  EXPECT_EQ(unique.substr(59), "_key");
  std::string fk = foreignKeyName("Table", {column, column});
  EXPECT_EQ(fk.size(), 63u);
  EXPECT_EQ(fk.substr(58), "_fkey");
  // Exactly at the limit: nothing is cut.
  EXPECT_EQ(primaryKeyName(std::string(58, 'x')), std::string(58, 'x') + "_pkey");
}

TEST(ConstraintNames, CutAtCharacterBoundaries) {
  // 57 ASCII bytes then a 2-byte character straddling the 58-byte cut.
  std::string table = std::string(57, 'a') + "\xC3\xA9" + "zzzz";
  std::string pk = primaryKeyName(table);
  EXPECT_EQ(pk, std::string(57, 'a') + "_pkey");
  EXPECT_EQ(truncateAtCharBoundary("\xE2\x82\xAC", 2), "");
  EXPECT_EQ(truncateAtCharBoundary("ab", 5), "ab");
}

} // namespace
