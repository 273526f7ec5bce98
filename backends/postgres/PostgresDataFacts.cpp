//===- backends/postgres/PostgresDataFacts.cpp - Answer data questions ------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//
#include "backends/postgres/PostgresDataFacts.h"

#include "backends/postgres/PostgresSQL.h"

#include "llvm/ADT/StringExtras.h"

using namespace llvm;

namespace schemac::backends::postgres {

std::string dataQuerySQL(const ir::DataQuery &query, StringRef defaultNamespace,
                         StringRef connectionNamespace) {
  using Kind = ir::DataQuery::Kind;
  StringRef schema = query.table.schema.empty() || query.table.schema == defaultNamespace
                         ? connectionNamespace
                         : StringRef(query.table.schema);
  std::string table = quoteIdentifier(schema) + "." + quoteIdentifier(query.table.name);
  std::string first = query.columns.empty() ? "" : quoteIdentifier(query.columns.front());
  switch (query.kind) {
  case Kind::Rows:
    return "SELECT count(*) FROM " + table;
  case Kind::Nulls:
    return "SELECT count(*) FROM " + table + " WHERE " + first + " IS NULL";
  case Kind::NonNulls:
    return "SELECT count(*) FROM " + table + " WHERE " + first + " IS NOT NULL";
  case Kind::Duplicates: {
    std::string columns, notNull;
    for (size_t i = 0; i < query.columns.size(); ++i) {
      columns += (i ? ", " : "") + quoteIdentifier(query.columns[i]);
      notNull += (i ? " AND " : "") + quoteIdentifier(query.columns[i]) + " IS NOT NULL";
    }
    // Rows that share their values with another row: what CREATE UNIQUE INDEX rejects
    // (NULLs are distinct).
    return "SELECT coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM " + table + " WHERE " +
           notNull + " GROUP BY " + columns + " HAVING count(*) > 1) AS d";
  }
  case Kind::EnumUses:
    if (query.list)
      return "SELECT count(*) FROM " + table + " WHERE $1 = ANY(" + first + "::text[])";
    return "SELECT count(*) FROM " + table + " WHERE " + first + "::text = $1";
  }
  return "";
}

Error answerDataQueries(Connection &connection, const std::set<ir::DataQuery> &questions,
                        StringRef defaultNamespace, ir::DataFacts &facts) {
  StringRef connectionNamespace = connection.target().schemas.empty()
                                      ? StringRef("public")
                                      : StringRef(connection.target().schemas.front());
  if (Error error = connection.execute("BEGIN READ ONLY"))
    return error;
  // Which tables and columns exist: a question about something the migration creates
  // has the answer 0, not an error.
  Expected<QueryResult> existing = connection.query(
      "SELECT c.relname, a.attname FROM pg_catalog.pg_class c "
      "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
      "LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT "
      "a.attisdropped WHERE c.relkind IN ('r', 'p') AND n.nspname = $1",
      {connectionNamespace.str()});
  if (!existing) {
    consumeError(connection.execute("ROLLBACK"));
    return existing.takeError();
  }
  std::set<std::pair<std::string, std::string>> columns;
  std::set<std::string> tables;
  for (int row = 0; row < existing->rows(); ++row) {
    tables.insert(existing->get(row, 0).str());
    if (!existing->isNull(row, 1))
      columns.insert({existing->get(row, 0).str(), existing->get(row, 1).str()});
  }
  for (const ir::DataQuery &query : questions) {
    bool inConnectionNamespace =
        query.table.schema.empty() || query.table.schema == defaultNamespace;
    if (inConnectionNamespace) {
      bool present = tables.count(query.table.name) != 0;
      for (const std::string &column : query.columns)
        present = present && columns.count({query.table.name, column});
      if (!present) {
        facts.set(query, 0);
        continue;
      }
    }
    std::vector<std::string> parameters;
    if (query.kind == ir::DataQuery::Kind::EnumUses)
      parameters.push_back(query.value);
    Expected<QueryResult> result = connection.query(
        dataQuerySQL(query, defaultNamespace, connectionNamespace), parameters);
    if (!result) {
      consumeError(connection.execute("ROLLBACK"));
      return result.takeError();
    }
    uint64_t count = 0;
    if (result->rows() == 1 && !result->isNull(0, 0))
      to_integer(result->get(0, 0), count, 10);
    facts.set(query, count);
  }
  return connection.execute("ROLLBACK");
}

} // namespace schemac::backends::postgres
