//===- backends/postgres/PostgresDataFacts.h - Answer data questions -----*- C++ -*-===//
//
// Part of schemac. Answers the lint's DataQuery questions on a live database with
// read-only counting queries (identifiers quoted, values passed as parameters), inside
// one READ ONLY transaction.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_BACKENDS_POSTGRES_POSTGRESDATAFACTS_H
#define SCHEMAC_BACKENDS_POSTGRES_POSTGRESDATAFACTS_H

#include "backends/postgres/PostgresConnection.h"
#include "ir/DataFacts.h"

#include "llvm/Support/Error.h"

namespace schemac::backends::postgres {

/// The SQL that answers `query`; tables in `defaultNamespace` are read from the
/// connection's namespace (`?schema=`, else public).
std::string dataQuerySQL(const ir::DataQuery &query, llvm::StringRef defaultNamespace,
                         llvm::StringRef connectionNamespace);

/// Answers every question of `questions`. A table or column that does not exist in the
/// database is answered as empty (0), as a migration would create it.
llvm::Error answerDataQueries(Connection &connection,
                              const std::set<ir::DataQuery> &questions,
                              llvm::StringRef defaultNamespace, ir::DataFacts &facts);

} // namespace schemac::backends::postgres

#endif // SCHEMAC_BACKENDS_POSTGRES_POSTGRESDATAFACTS_H
