//===- seed/Sinks.cpp - Where seeded rows go ------------------------------===//
#include "seed/SeedImpl.h"
#include "seed/Seeder.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"

using namespace llvm;
using schemac::backends::postgres::Connection;
using schemac::backends::postgres::QueryResult;

namespace schemac::seed {

namespace {

std::string columnList(ArrayRef<std::string> columns) {
  std::string out;
  for (const std::string &c : columns)
    out += (out.empty() ? "" : ", ") + quoteIdentifier(c);
  return out;
}

std::string tableNameOf(const ir::Schema *schema, const ir::Table &table) {
  return schema && !table.schema.empty() ? qualifiedTableName(*schema, table)
                                         : quoteIdentifier(table.name);
}

/// Loads everything in one transaction; rolled back unless finish() commits.
class DatabaseSink : public RowSink {
public:
  DatabaseSink(Connection &connection, bool truncate, raw_ostream *progress)
      : connection(connection), truncate(truncate), progress(progress) {}
  ~DatabaseSink() override {
    if (open)
      connection.run("ROLLBACK");
  }

  Error begin(const ir::Schema &s, const SeedPlan &plan) override {
    schema = &s;
    // The indexes and keys rebuilt at the end sort in memory when they can.
    backends::postgres::StatementResult begin =
        connection.run("BEGIN; SET LOCAL maintenance_work_mem = '256MB'");
    if (!begin.ok)
      return createStringError(inconvertibleErrorCode(), "cannot start a transaction: " + begin.error.message);
    open = true;
    std::string names;
    for (const SeedPlan::TablePlan &tp : plan.order) {
      const ir::Table &table = s.tables[tp.table];
      std::string name = qualifiedTableName(s, table);
      if (!truncate) {
        Expected<QueryResult> rows = connection.query("SELECT EXISTS (SELECT 1 FROM " + name + ")");
        if (!rows)
          return rows.takeError();
        if (rows->getBool(0, 0))
          return createStringError(inconvertibleErrorCode(),
                                   "the table " + name + " already has rows; nothing was written "
                                   "(--truncate empties the seeded tables first)");
      }
      names += (names.empty() ? "" : ", ") + name;
    }
    // The seeded tables are emptied, and with them the empty tables that reference them
    // (PostgreSQL truncates referenced tables only together with their referencing ones);
    // a referencing table that has rows is an error: nothing outside the seed is emptied.
    if (truncate) {
      std::vector<std::string> list;
      for (const SeedPlan::TablePlan &tp : plan.order)
        list.push_back(qualifiedTableName(s, s.tables[tp.table]));
      for (size_t done = 0; done < list.size(); ++done) {
        Expected<QueryResult> referencing = connection.query(
            "SELECT DISTINCT c.conrelid::regclass::text FROM pg_constraint c WHERE c.contype = 'f' "
            "AND c.confrelid = $1::regclass AND c.conrelid <> c.confrelid",
            {list[done]});
        if (!referencing)
          return referencing.takeError();
        for (int r = 0; r < referencing->rows(); ++r) {
          std::string other = referencing->get(r, 0).str();
          if (llvm::is_contained(list, other))
            continue;
          Expected<QueryResult> rows = connection.query("SELECT EXISTS (SELECT 1 FROM " + other + ")");
          if (!rows)
            return rows.takeError();
          if (rows->getBool(0, 0))
            return createStringError(inconvertibleErrorCode(),
                                     "--truncate would empty " + other + ", which references " +
                                         list[done] + " and is not seeded; seed it too, or empty "
                                         "it first. Nothing was written");
          list.push_back(other);
        }
      }
      std::string all;
      for (const std::string &t : list)
        all += (all.empty() ? "" : ", ") + t;
      if (Error error = connection.execute("TRUNCATE " + all + " RESTART IDENTITY"))
        return error;
    }
    // PostgreSQL checks a foreign key row by row at the end of each COPY, which costs more
    // than the COPY itself; the seeded tables' foreign keys are dropped for the load and
    // added again before the commit, when each is validated in one pass over the rows.
    // All of it is one transaction: a key that does not hold undoes everything.
    std::vector<std::string> tables;
    for (const SeedPlan::TablePlan &tp : plan.order)
      tables.push_back(qualifiedTableName(s, s.tables[tp.table]));
    Expected<QueryResult> keys = connection.query(
        "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) "
        "FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid = ANY (ARRAY(SELECT "
        "t::regclass FROM unnest($1::text[]) AS t)) ORDER BY c.conrelid, c.conname",
        {backends::postgres::textArrayLiteral(tables)});
    if (!keys)
      return keys.takeError();
    for (int r = 0; r < keys->rows(); ++r) {
      std::string table = keys->get(r, 0).str(), name = quoteIdentifier(keys->get(r, 1));
      if (Error error = connection.execute("ALTER TABLE " + table + " DROP CONSTRAINT " + name))
        return error;
      dropped.push_back("ALTER TABLE " + table + " ADD CONSTRAINT " + name + " " +
                        keys->get(r, 2).str());
    }
    // Indexes that back no constraint (Prisma's @@index and @@unique) are built once after
    // the load instead of row by row; a unique one rebuilt over duplicates fails the seed.
    Expected<QueryResult> indexes = connection.query(
        "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
        "WHERE i.indrelid = ANY (ARRAY(SELECT t::regclass FROM unnest($1::text[]) AS t)) AND "
        "NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) "
        "ORDER BY i.indrelid, i.indexrelid",
        {backends::postgres::textArrayLiteral(tables)});
    if (!indexes)
      return indexes.takeError();
    for (int r = 0; r < indexes->rows(); ++r) {
      if (Error error = connection.execute("DROP INDEX " + indexes->get(r, 0).str()))
        return error;
      rebuilt.push_back(indexes->get(r, 1).str());
    }
    return Error::success();
  }

  Error copy(const ir::Table &table, ArrayRef<std::string> columns,
             const std::function<bool(std::string &)> &data) override {
    return connection.copyIn("COPY " + tableNameOf(schema, table) + " (" + columnList(columns) +
                                 ") FROM STDIN",
                             data);
  }

  Error statement(StringRef sql, ArrayRef<std::string> params) override {
    Expected<QueryResult> result = connection.query(sql, params);
    return result ? Error::success() : result.takeError();
  }

  Error finish() override {
    for (const std::string &create : rebuilt)
      if (Error error = connection.execute(create))
        return createStringError(inconvertibleErrorCode(),
                                 "an index could not be rebuilt after seeding (nothing was "
                                 "written): " + toString(std::move(error)));
    for (const std::string &add : dropped)
      if (Error error = connection.execute(add))
        return createStringError(inconvertibleErrorCode(),
                                 "a foreign key does not hold after seeding (nothing was "
                                 "written): " + toString(std::move(error)));
    backends::postgres::StatementResult commit = connection.run("COMMIT");
    open = false;
    if (!commit.ok)
      return createStringError(inconvertibleErrorCode(), "the seed could not be committed: " + commit.error.message);
    return Error::success();
  }

private:
  Connection &connection;
  bool truncate;
  raw_ostream *progress;
  const ir::Schema *schema = nullptr;
  bool open = false;
  std::vector<std::string> dropped; ///< ADD CONSTRAINT statements to run before COMMIT
  std::vector<std::string> rebuilt; ///< CREATE INDEX statements to run before COMMIT
};

/// A psql script: the same COPY data between BEGIN and COMMIT.
class ScriptSink : public RowSink {
public:
  explicit ScriptSink(raw_ostream &os) : os(os) {}
  Error begin(const ir::Schema &s, const SeedPlan &) override {
    schema = &s;
    os << "-- Generated by schemac seed.\nBEGIN;\n\n";
    return Error::success();
  }
  Error copy(const ir::Table &table, ArrayRef<std::string> columns,
             const std::function<bool(std::string &)> &data) override {
    os << "COPY " << tableNameOf(schema, table) << " (" << columnList(columns) << ") FROM stdin;\n";
    std::string chunk;
    bool more = true;
    while (more) {
      chunk.clear();
      more = data(chunk);
      os << chunk;
    }
    os << "\\.\n\n";
    return Error::success();
  }
  Error statement(StringRef sql, ArrayRef<std::string> params) override {
    // A script has no parameters: they become string literals.
    std::string text;
    for (size_t i = 0; i < sql.size(); ++i) {
      if (sql[i] == '$' && i + 1 < sql.size() && isDigit(sql[i + 1])) {
        size_t n = 0, j = i + 1;
        while (j < sql.size() && isDigit(sql[j]))
          n = n * 10 + size_t(sql[j++] - '0');
        text += "'";
        for (char c : params[n - 1]) {
          if (c == '\'')
            text += '\'';
          text += c;
        }
        text += "'";
        i = j - 1;
      } else {
        text += sql[i];
      }
    }
    os << text << ";\n";
    return Error::success();
  }
  Error finish() override {
    os << "\nCOMMIT;\n";
    return Error::success();
  }

private:
  raw_ostream &os;
  const ir::Schema *schema = nullptr;
};

} // namespace

std::unique_ptr<RowSink> databaseSink(Connection &connection, bool truncate, raw_ostream *progress) {
  return std::make_unique<DatabaseSink>(connection, truncate, progress);
}

std::unique_ptr<RowSink> scriptSink(raw_ostream &os) { return std::make_unique<ScriptSink>(os); }

} // namespace schemac::seed
