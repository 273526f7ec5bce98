//===- seed/Anonymize.h - Anonymised copies of a database --------*- C++ -*-===//
//
// Part of schemac. `schemac anonymize`: copies a database's schema and rows into another,
// table by table through COPY (source to target, no temporary files), replacing personal
// data. A column is replaced when its name and type say it holds personal data (e-mail,
// names, phone, address, IP, birth date, free text about a person, secrets), when the
// schema marks it `/// @pii`, or when it is listed. Replacement is keyed and
// deterministic: the same value gives the same replacement (within a run and across runs
// with the same key), so uniques and joins on those columns still hold, and without the
// key the original cannot be recovered.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_SEED_ANONYMIZE_H
#define SCHEMAC_SEED_ANONYMIZE_H

#include "backends/postgres/PostgresConnection.h"
#include "ir/Schema.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace schemac::seed {

struct AnonymizeOptions {
  std::string key;                 ///< the secret the replacements are keyed with
  std::vector<std::string> listed; ///< `Table.column` to replace in any case
  /// 0-100: share of rows kept in the tables no other table references; the tables they
  /// reference are copied whole, so every foreign key holds.
  double samplePercent = 100;
};

struct ReplacedColumn {
  int table = -1, column = -1;
  std::string generator, reason;
};

/// The columns that would be replaced, and why.
std::vector<ReplacedColumn> classifyColumns(const ir::Schema &schema,
                                            const AnonymizeOptions &options);

struct AnonymizeReport {
  std::vector<std::pair<std::string, int64_t>> rows; ///< table, rows copied
  int64_t bytes = 0;
  double seconds = 0;
};

/// Copies `schema` (introspected from `source`) into the empty `target`, in one
/// transaction on the target and one consistent snapshot of the source.
llvm::Expected<AnonymizeReport> anonymizeCopy(const ir::Schema &schema,
                                              backends::postgres::Connection &source,
                                              backends::postgres::Connection &target,
                                              const AnonymizeOptions &options,
                                              llvm::raw_ostream *progress);

} // namespace schemac::seed

#endif // SCHEMAC_SEED_ANONYMIZE_H
