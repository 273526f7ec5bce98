//===- seed/Values.h - Realistic column values ------------------*- C++ -*-===//
//
// Part of schemac. Chooses a generator for a column from its name (Prisma field name,
// else column name), type and native type, and writes values in PostgreSQL's COPY text
// form. A generator for a column under a unique constraint embeds the row number, so
// values never collide; lengths of VarChar(n) and Char(n) are respected.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_SEED_VALUES_H
#define SCHEMAC_SEED_VALUES_H

#include "seed/Random.h"
#include "seed/Seeder.h"

#include "ir/Schema.h"

#include <string>
#include <vector>

namespace schemac::seed {

enum class Gen : uint8_t {
  Email, FirstName, LastName, FullName, Username, Company, JobTitle, Title, City, Country,
  Address, Url, Phone, Paragraph, Sentence, Word, Source, ExternalId, Cuid, Uuid, Skill,
  Int, SmallInt, Version, StatusCode, Duration, Count, BigInt, Salary, Price, Score, Float,
  Decimal, Boolean, Enum, Timestamp, Date, Time, Json, Bytes, Inet, Template, Weighted,
  Unsupported,
};

/// The names of the generators a configuration may ask for.
std::optional<Gen> parseGeneratorName(llvm::StringRef name);
llvm::StringRef generatorName(Gen gen);

enum class JsonShape : uint8_t { Salary, Resume, Reasons, Generic };

/// How the DateTime columns of one row relate: every column is placed relative to the
/// row's base instant (created <= updated, posted < expires).
enum class TimeRole : uint8_t { Base, Later, Expires, Birth, Any };

struct ColumnGenerator {
  Gen gen = Gen::Word;
  bool unique = false;   ///< embed the row number
  bool list = false;     ///< a PostgreSQL array of 0-4 elements
  double nullRate = 0;   ///< optional columns: share of NULLs
  uint32_t maxLength = 0; ///< VarChar(n)/Char(n)
  bool fixedLength = false; ///< Char(n): pad
  uint32_t precision = 0, scale = 0; ///< Decimal
  bool timestampTz = false;
  TimeRole time = TimeRole::Any;
  JsonShape json = JsonShape::Generic;
  std::vector<std::string> choices;   ///< enum values, weighted values
  std::vector<double> weights;        ///< cumulative, for Weighted
  std::string templateText;
  bool booleanLikelyTrue = false, booleanLikelyFalse = false;

  /// Appends the value of `row` (COPY text, `\N` for NULL). `baseTime` is the row's
  /// base instant in seconds since the epoch.
  void append(std::string &out, Random &random, int64_t row, int64_t baseTime) const;
  /// The unescaped value (fixtures compare and join on it).
  std::string value(Random &random, int64_t row, int64_t baseTime) const;
  /// How many distinct values it can produce (0: unbounded).
  uint64_t domainSize() const;
};

ColumnGenerator chooseGenerator(const ir::Schema &schema, const ir::Table &table,
                                const ir::Column &column, bool unique,
                                const FieldOverride *override);

/// Escapes `text` for COPY's text format.
void appendCopyText(std::string &out, llvm::StringRef text);

} // namespace schemac::seed

#endif // SCHEMAC_SEED_VALUES_H
