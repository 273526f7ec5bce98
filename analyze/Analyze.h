//===- analyze/Analyze.h - After a migration: usage, sizes, health -*- C++ -*-===//
//
// Part of schemac. `schemac analyze`: one snapshot of a live database's statistics (index
// usage, sizes, sequences, constraints, sessions, locks and, with pg_stat_statements, the
// top statements), the findings drawn from it (each with the object, the evidence and the
// SQL that fixes it), and a comparison with a baseline snapshot taken before a deploy.
// Missing indexes are proposed from pg_stat_statements and checked with hypothetical
// indexes (HypoPG) by EXPLAIN's cost before and after. `schemac monitor` runs the same on
// a schedule and raises alerts.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_ANALYZE_ANALYZE_H
#define SCHEMAC_ANALYZE_ANALYZE_H

#include "backends/postgres/PostgresConnection.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>
#include <vector>

namespace schemac::analyze {

/// Everything read from the database, as JSON (the form baselines are stored in).
struct Snapshot {
  llvm::json::Object data;
  int queries = 0; ///< statements sent to take it
};

llvm::Expected<Snapshot> takeSnapshot(backends::postgres::Connection &connection);

struct Finding {
  std::string section;  ///< indexes, sizes, health, queries, drift, load
  std::string kind;     ///< unused-index, duplicate-index, ...
  std::string object;   ///< what it is about
  std::string evidence; ///< the numbers
  std::string fix;      ///< SQL, or what to do
  std::string severity = "warning"; ///< info, warning, error
};

struct AnalyzeOptions {
  const llvm::json::Object *baseline = nullptr; ///< a previous report's snapshot
  bool checkMissingIndexes = true;
  int64_t largeTableRows = 10000; ///< sequential scans matter from here
  int64_t minimumTableReads = 100; ///< an index is unused only if its table was read this often
};

struct Report {
  Snapshot snapshot;
  std::vector<Finding> findings;
  std::vector<std::string> skipped; ///< sections not available, and how to enable them
  llvm::json::Object comparison;    ///< with a baseline: per statement and per index
  llvm::json::Object load;          ///< --load: pgbench's figures
};

/// Computes the findings; with `connection`, also checks missing-index candidates with
/// HypoPG (when installed) and runs ANALYZE nowhere (read-only).
llvm::Expected<Report> analyzeDatabase(backends::postgres::Connection &connection,
                                       const AnalyzeOptions &options);

/// Adds a drift finding (from the migration runtime's check, done by the caller).
void addDrift(Report &report, llvm::StringRef summary, llvm::StringRef fixSql);

/// pgbench with `workload` for `seconds` on 2 clients; TPS and latency percentiles.
llvm::Expected<llvm::json::Object> runLoadTest(const backends::postgres::Connection &connection,
                                               llvm::StringRef workload, int seconds);

enum class ReportFormat { Text, Json, Markdown, Html };
void printReport(const Report &report, ReportFormat format, llvm::raw_ostream &os);

} // namespace schemac::analyze

#endif // SCHEMAC_ANALYZE_ANALYZE_H
