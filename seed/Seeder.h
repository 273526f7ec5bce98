//===- seed/Seeder.h - Relation-aware, deterministic test data --*- C++ -*-===//
//
// Part of schemac. `schemac seed`: rows for the tables of a database IR that satisfy every
// constraint the IR knows (primary keys, single and compound uniques, foreign keys in
// dependency order, cycles broken through nullable keys and filled in afterwards, 1:1
// relations with distinct parents, implicit many-to-many join tables), with realistic
// values chosen by column name and type, and the same bytes for the same schema, counts
// and seed. Rows are produced as PostgreSQL COPY text, loaded through libpq in one
// transaction or written as an SQL script.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_SEED_SEEDER_H
#define SCHEMAC_SEED_SEEDER_H

#include "backends/postgres/PostgresConnection.h"
#include "ir/Schema.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace schemac::seed {

/// How one column is filled instead of by its name and type (from the configuration).
struct FieldOverride {
  std::string table, column; ///< Prisma model and field names (or database names)
  std::string generator;     ///< a built-in generator: email, name, company, ...
  std::vector<std::pair<std::string, double>> values; ///< weighted choices
  std::string templateText;  ///< `user{n}@example.com`: {n} the row number from 1
};

/// A fixed row, loaded before the generated ones: column -> value text (COPY text form is
/// produced by the seeder), by Prisma field or column name.
struct Fixture {
  std::string table;
  std::vector<std::pair<std::string, std::string>> values;
};

struct SeedRequest {
  /// `Application=500` or `applications=500`: model name, database name or the lower-case
  /// plural of either.
  std::vector<std::pair<std::string, int64_t>> counts;
  uint64_t seed = 1;
  std::vector<FieldOverride> overrides;
  std::vector<Fixture> fixtures;
  /// A named seed set: recorded in `_schemac_seed` in the same transaction as its rows.
  std::string setName, setVersion;
};

/// The resolved plan: which tables, how many rows, in which order.
struct SeedPlan {
  struct TablePlan {
    int table = -1;
    int64_t count = 0;    ///< generated rows
    int64_t fixtures = 0; ///< fixed rows before them
  };
  std::vector<TablePlan> order; ///< parents before children
  /// Foreign keys (index into Schema::foreignKeys) inserted as NULL and set afterwards,
  /// to break cycles.
  std::vector<int> deferred;
};

/// Resolves counts (did-you-mean for unknown names), orders the tables and checks that
/// every count can be satisfied (uniques over finite domains, 1:1 parents, required
/// parents present). Nothing is written.
llvm::Expected<SeedPlan> planSeed(const ir::Schema &schema, const SeedRequest &request);

/// Where the rows go.
class RowSink {
public:
  virtual ~RowSink();
  virtual llvm::Error begin(const ir::Schema &schema, const SeedPlan &plan) = 0;
  /// `copyData` is called until it returns false; it appends COPY text rows.
  virtual llvm::Error copy(const ir::Table &table, llvm::ArrayRef<std::string> columns,
                           const std::function<bool(std::string &)> &copyData) = 0;
  /// Runs a statement (cycle updates, sequence adjustments).
  virtual llvm::Error statement(llvm::StringRef sql, llvm::ArrayRef<std::string> params) = 0;
  virtual llvm::Error finish() = 0;
};

/// Loads into a database in one transaction. `truncate`: empty the plan's tables first;
/// otherwise a table that already has rows is an error before anything is written.
std::unique_ptr<RowSink> databaseSink(backends::postgres::Connection &connection,
                                      bool truncate, llvm::raw_ostream *progress);
/// Writes a psql script (BEGIN, COPY blocks, COMMIT) to `os`.
std::unique_ptr<RowSink> scriptSink(llvm::raw_ostream &os);

struct SeedReport {
  std::vector<std::pair<std::string, int64_t>> rows; ///< table, rows written
  double seconds = 0;
};

llvm::Expected<SeedReport> runSeed(const ir::Schema &schema, const SeedPlan &plan,
                                   const SeedRequest &request, RowSink &sink,
                                   llvm::raw_ostream *progress);

/// `"schema"."table"` or `"table"` in the default namespace.
std::string qualifiedTableName(const ir::Schema &schema, const ir::Table &table);

/// The lower-case plural of a model name, as the original request counts them
/// (`User` -> `users`, `Category` -> `categories`, `Address` -> `addresses`).
std::string pluralName(llvm::StringRef name);

} // namespace schemac::seed

#endif // SCHEMAC_SEED_SEEDER_H
