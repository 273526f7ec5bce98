//===- ir/DataFacts.h - What a live database holds --------------*- C++ -*-===//
//
// Part of schemac. The lint's data-aware mode asks a database a few counting questions
// (rows in a table, NULLs in a column, duplicates for a new unique constraint, rows that
// use an enum value) and decides with the answers whether a change that depends on the
// data will fail, lose data, or is harmless. DataQuery is one question, in the database's
// names; DataFacts holds the answers. Passes ask, backends answer (read-only queries).
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_IR_DATAFACTS_H
#define SCHEMAC_IR_DATAFACTS_H

#include "ir/Schema.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace schemac::ir {

struct DataQuery {
  enum class Kind : uint8_t {
    Rows,       ///< rows in `table`
    Nulls,      ///< rows where columns[0] IS NULL
    NonNulls,   ///< rows where columns[0] IS NOT NULL
    Duplicates, ///< rows whose non-NULL `columns` values occur more than once
    EnumUses,   ///< rows whose columns[0] (an enum, or an array of one) holds `value`
  };
  Kind kind = Kind::Rows;
  QualifiedName table;
  std::vector<std::string> columns;
  std::string value;
  bool list = false; ///< EnumUses: the column is an array

  bool operator<(const DataQuery &other) const {
    return std::tie(kind, table.schema, table.name, columns, value, list) <
           std::tie(other.kind, other.table.schema, other.table.name, other.columns,
                    other.value, other.list);
  }
};

/// Answers to DataQuery questions. In recording mode (no database yet), every lookup is
/// remembered and answered "unknown", so that a pass run tells which questions to ask.
class DataFacts {
public:
  static DataFacts recording() {
    DataFacts facts;
    facts.record = true;
    return facts;
  }

  std::optional<uint64_t> lookup(const DataQuery &query) const {
    if (record)
      asked.insert(query);
    auto it = answers.find(query);
    if (it == answers.end())
      return std::nullopt;
    return it->second;
  }
  void set(const DataQuery &query, uint64_t count) { answers[query] = count; }

  const std::set<DataQuery> &questions() const { return asked; }

private:
  std::map<DataQuery, uint64_t> answers;
  mutable std::set<DataQuery> asked;
  bool record = false;
};

} // namespace schemac::ir

#endif // SCHEMAC_IR_DATAFACTS_H
