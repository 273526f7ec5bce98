//===- analyze/Snapshot.cpp - Read the statistics of a database -----------===//
#include "analyze/Analyze.h"

#include "llvm/ADT/StringExtras.h"

using namespace llvm;
using schemac::backends::postgres::Connection;
using schemac::backends::postgres::QueryResult;

namespace schemac::analyze {

namespace {

/// Runs `sql` with the namespaces as $1 and turns each row into an object of `columns`
/// (a column name ending in `#` is an integer, `?` a boolean, `.` a number).
Expected<json::Array> rows(Connection &c, int &queries, StringRef sql, ArrayRef<StringRef> columns,
                           bool withNamespaces = true) {
  ++queries;
  std::vector<std::string> params;
  if (withNamespaces)
    params.push_back(backends::postgres::textArrayLiteral(c.target().schemas));
  Expected<QueryResult> result = c.query(sql, params);
  if (!result)
    return result.takeError();
  json::Array out;
  for (int r = 0; r < result->rows(); ++r) {
    json::Object o;
    for (size_t i = 0; i < columns.size(); ++i) {
      StringRef name = columns[i];
      if (result->isNull(r, int(i))) {
        o[name.rtrim("#?.")] = nullptr;
        continue;
      }
      StringRef v = result->get(r, int(i));
      if (name.endswith("#")) {
        int64_t n = 0;
        v.getAsInteger(10, n);
        o[name.drop_back()] = n;
      } else if (name.endswith("?")) {
        o[name.drop_back()] = v == "t";
      } else if (name.endswith(".")) {
        double d = 0;
        v.getAsDouble(d);
        o[name.drop_back()] = d;
      } else {
        o[name] = v.str();
      }
    }
    out.push_back(std::move(o));
  }
  return out;
}

} // namespace

Expected<Snapshot> takeSnapshot(Connection &c) {
  Snapshot s;
  int &q = s.queries;
  // Statistics are read in one read-only snapshot with a statement timeout.
  if (Error e = c.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL statement_timeout = '30s'"))
    return e;
  auto end = [&] { consumeError(c.execute("ROLLBACK")); };
  ++q;
  auto fail = [&](Error e) -> Expected<Snapshot> {
    end();
    return e;
  };
  Expected<json::Array> tables = rows(c, q,
      "SELECT n.nspname || '.' || c.relname, c.reltuples::bigint, pg_total_relation_size(c.oid), "
      "pg_relation_size(c.oid), coalesce(pg_total_relation_size(c.reltoastrelid), 0), "
      "pg_indexes_size(c.oid), coalesce(s.seq_scan, 0), coalesce(s.seq_tup_read, 0), "
      "coalesce(s.idx_scan, 0), coalesce(s.n_live_tup, 0), coalesce(s.n_dead_tup, 0), "
      "coalesce(s.n_mod_since_analyze, 0), greatest(s.last_analyze, s.last_autoanalyze)::text, "
      "EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'p'), "
      "quote_ident(n.nspname) || '.' || quote_ident(c.relname) "
      "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
      "LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid "
      "WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY ($1::text[]) "
      "AND c.relname NOT IN ('_prisma_migrations', '_schemac_seed') ORDER BY 1",
      {"name", "rowEstimate#", "totalBytes#", "tableBytes#", "toastBytes#", "indexBytes#",
       "seqScan#", "seqTupRead#", "idxScan#", "liveRows#", "deadRows#", "modifiedSinceAnalyze#",
       "lastAnalyze", "hasPrimaryKey?", "sql"});
  if (!tables)
    return fail(tables.takeError());
  s.data["tables"] = std::move(*tables);
  Expected<json::Array> indexes = rows(c, q,
      "SELECT n.nspname || '.' || ci.relname, n.nspname || '.' || ct.relname, pg_relation_size(i.indexrelid), "
      "coalesce(st.idx_scan, 0), coalesce(st.idx_tup_read, 0), i.indisunique, i.indisprimary, i.indisvalid, "
      "EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid), "
      "pg_get_indexdef(i.indexrelid), array_to_string(i.indkey::int2[], ' '), am.amname, "
      "coalesce(pg_get_expr(i.indpred, i.indrelid), ''), coalesce(pg_get_expr(i.indexprs, i.indrelid), ''), "
      "quote_ident(n.nspname) || '.' || quote_ident(ci.relname), array_to_string(i.indclass::oid[], ' ') "
      "FROM pg_index i JOIN pg_class ci ON ci.oid = i.indexrelid JOIN pg_class ct ON ct.oid = i.indrelid "
      "JOIN pg_namespace n ON n.oid = ct.relnamespace JOIN pg_am am ON am.oid = ci.relam "
      "LEFT JOIN pg_stat_user_indexes st ON st.indexrelid = i.indexrelid "
      "WHERE n.nspname = ANY ($1::text[]) AND ct.relname NOT IN ('_prisma_migrations', '_schemac_seed') ORDER BY 1",
      {"name", "table", "bytes#", "scans#", "tuplesRead#", "unique?", "primary?", "valid?",
       "backsConstraint?", "definition", "columns", "method", "predicate", "expressions", "sql", "opclasses"});
  if (!indexes)
    return fail(indexes.takeError());
  s.data["indexes"] = std::move(*indexes);
  Expected<json::Array> fks = rows(c, q,
      "SELECT k.conname, n.nspname || '.' || t.relname, array_to_string(k.conkey, ' '), "
      "(SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY x.o) FROM unnest(k.conkey) WITH ORDINALITY AS x(n, o) "
      " JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = x.n), "
      "quote_ident(n.nspname) || '.' || quote_ident(t.relname), k.convalidated "
      "FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
      "WHERE k.contype = 'f' AND n.nspname = ANY ($1::text[]) ORDER BY 2, 1",
      {"name", "table", "columns", "columnList", "tableSql", "validated?"});
  if (!fks)
    return fail(fks.takeError());
  s.data["foreignKeys"] = std::move(*fks);
  Expected<json::Array> notValid = rows(c, q,
      "SELECT k.conname, n.nspname || '.' || t.relname, quote_ident(n.nspname) || '.' || quote_ident(t.relname) "
      "FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid "
      "JOIN pg_namespace n ON n.oid = t.relnamespace WHERE NOT k.convalidated AND n.nspname = ANY ($1::text[])",
      {"name", "table", "tableSql"});
  if (!notValid)
    return fail(notValid.takeError());
  s.data["notValidConstraints"] = std::move(*notValid);
  Expected<json::Array> sequences = rows(c, q,
      "SELECT s.schemaname || '.' || s.sequencename, coalesce(s.last_value, 0), s.max_value, s.data_type::text "
      "FROM pg_sequences s WHERE s.schemaname = ANY ($1::text[]) ORDER BY 1",
      {"name", "lastValue#", "maxValue#", "type"});
  if (!sequences)
    return fail(sequences.takeError());
  s.data["sequences"] = std::move(*sequences);
  Expected<json::Array> sessions = rows(c, q,
      "SELECT pid, state, coalesce(application_name, ''), extract(epoch FROM now() - xact_start)::bigint, "
      "extract(epoch FROM now() - query_start)::bigint, left(query, 200), wait_event_type "
      "FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND "
      "((state = 'idle in transaction' AND now() - state_change > interval '1 minute') OR "
      "(state = 'active' AND now() - query_start > interval '5 minutes')) ORDER BY 4 DESC NULLS LAST",
      {"pid#", "state", "application", "transactionSeconds#", "querySeconds#", "query", "waitEvent"}, false);
  if (!sessions)
    return fail(sessions.takeError());
  s.data["longSessions"] = std::move(*sessions);
  Expected<json::Array> waits = rows(c, q,
      "SELECT l.pid, l.mode, coalesce(l.relation::regclass::text, l.locktype), "
      "array_to_string(pg_blocking_pids(l.pid), ' ') FROM pg_locks l WHERE NOT l.granted",
      {"pid#", "mode", "object", "blockedBy"}, false);
  if (!waits)
    return fail(waits.takeError());
  s.data["lockWaits"] = std::move(*waits);
  Expected<json::Array> extensions = rows(c, q, "SELECT extname FROM pg_extension ORDER BY 1", {"name"}, false);
  if (!extensions)
    return fail(extensions.takeError());
  bool statements = false;
  for (const json::Value &e : *extensions)
    if (e.getAsObject()->getString("name") == StringRef("pg_stat_statements"))
      statements = true;
  s.data["extensions"] = std::move(*extensions);
  Expected<json::Array> reset = rows(c, q,
      "SELECT coalesce(stats_reset::text, '') FROM pg_stat_database WHERE datname = current_database()",
      {"statsReset"}, false);
  if (!reset)
    return fail(reset.takeError());
  if (!reset->empty())
    s.data["statsReset"] = *(*reset)[0].getAsObject()->getString("statsReset");
  if (statements) {
    Expected<json::Array> top = rows(c, q,
        "SELECT queryid::text, left(query, 1000), calls, total_exec_time, mean_exec_time, rows, "
        "shared_blks_read + shared_blks_hit FROM pg_stat_statements WHERE dbid = "
        "(SELECT oid FROM pg_database WHERE datname = current_database()) AND query ~* "
        "'^\\s*(select|with|insert|update|delete)\\M' AND query !~* '(pg_catalog|pg_stat_|pg_class|"
        "pg_namespace|pg_locks|information_schema|hypopg|_prisma_migrations|_schemac_seed)' "
        "ORDER BY total_exec_time DESC LIMIT 50",
        {"queryId", "query", "calls#", "totalMs.", "meanMs.", "rows#", "blocks#"}, false);
    if (!top) {
      consumeError(top.takeError());
      s.data["statementsUnavailable"] = "pg_stat_statements is installed in this database, but "
                                        "the server does not load it (shared_preload_libraries)";
    } else {
      s.data["statements"] = std::move(*top);
    }
  }
  end();
  return s;
}

} // namespace schemac::analyze
