//===- analyze/Findings.cpp - What the statistics say ---------------------===//
#include "analyze/Analyze.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Regex.h"

#include <cmath>
#include <map>
#include <set>

using namespace llvm;
using schemac::backends::postgres::Connection;
using schemac::backends::postgres::QueryResult;

namespace schemac::analyze {

namespace {

std::string str(const json::Object &o, StringRef key) { return o.getString(key).value_or("").str(); }
int64_t num(const json::Object &o, StringRef key) { return o.getInteger(key).value_or(0); }
double real(const json::Object &o, StringRef key) { return o.getNumber(key).value_or(0); }
bool flag(const json::Object &o, StringRef key) { return o.getBoolean(key).value_or(false); }

std::string bytes(int64_t n) {
  if (n >= 1 << 30)
    return formatv("{0:f1} GB", double(n) / (1 << 30)).str();
  if (n >= 1 << 20)
    return formatv("{0:f1} MB", double(n) / (1 << 20)).str();
  if (n >= 1 << 10)
    return formatv("{0:f0} kB", double(n) / (1 << 10)).str();
  return formatv("{0} B", n).str();
}

/// `CREATE [UNIQUE] INDEX name ON ...` as `CREATE [UNIQUE] INDEX CONCURRENTLY name ON ...`.
std::string concurrently(std::string definition) {
  size_t at = definition.find(" INDEX ");
  if (at != std::string::npos)
    definition.insert(at + 7, "CONCURRENTLY ");
  return definition;
}

const json::Array &array(const json::Object &o, StringRef key) {
  static const json::Array empty;
  const json::Array *a = o.getArray(key);
  return a ? *a : empty;
}

/// Total cost of EXPLAIN's top plan node for a prepared statement with `params` NULLs.
std::optional<double> planCost(Connection &c, int params) {
  std::string args;
  for (int i = 0; i < params; ++i)
    args += std::string(i ? ", " : "") + "NULL";
  Expected<QueryResult> plan =
      c.query(params ? "EXPLAIN (FORMAT JSON) EXECUTE schemac_candidate(" + args + ")"
                     : "EXPLAIN (FORMAT JSON) EXECUTE schemac_candidate");
  if (!plan) {
    consumeError(plan.takeError());
    return std::nullopt;
  }
  Expected<json::Value> value = json::parse(plan->get(0, 0));
  if (!value) {
    consumeError(value.takeError());
    return std::nullopt;
  }
  const json::Array *top = value->getAsArray();
  if (!top || top->empty())
    return std::nullopt;
  const json::Object *node = (*top)[0].getAsObject()->getObject("Plan");
  return node ? node->getNumber("Total Cost") : std::nullopt;
}

} // namespace

void addDrift(Report &report, StringRef summary, StringRef fixSql) {
  report.findings.push_back({"drift", "drift", "the database", summary.str(), fixSql.str(), "error"});
}

Expected<Report> analyzeDatabase(Connection &c, const AnalyzeOptions &options) {
  Report report;
  Expected<Snapshot> snapshot = takeSnapshot(c);
  if (!snapshot)
    return snapshot.takeError();
  report.snapshot = std::move(*snapshot);
  const json::Object &s = report.snapshot.data;
  std::vector<Finding> &f = report.findings;
  std::map<std::string, const json::Object *> tables;
  for (const json::Value &t : array(s, "tables"))
    tables[str(*t.getAsObject(), "name")] = t.getAsObject();

  // Indexes.
  std::map<std::string, std::vector<const json::Object *>> byTable;
  for (const json::Value &v : array(s, "indexes"))
    byTable[str(*v.getAsObject(), "table")].push_back(v.getAsObject());
  for (auto &[table, list] : byTable) {
    for (const json::Object *i : list) {
      std::string name = str(*i, "name");
      if (!flag(*i, "valid")) {
        f.push_back({"indexes", "invalid-index", name,
                     "left invalid (by a failed CREATE INDEX CONCURRENTLY); not used by queries but "
                     "maintained on every write",
                     "DROP INDEX CONCURRENTLY " + str(*i, "sql") + ";\n" + concurrently(str(*i, "definition")) + ";",
                     "error"});
        continue;
      }
      bool key = flag(*i, "unique") || flag(*i, "primary") || flag(*i, "backsConstraint");
      // Unused only means something when the table is read: a fresh database has no
      // scans at all, and that is no finding.
      const json::Object *t = tables.count(table) ? tables[table] : nullptr;
      int64_t reads = t ? num(*t, "seqScan") + num(*t, "idxScan") : 0;
      if (!key && num(*i, "scans") == 0 && reads >= options.minimumTableReads)
        f.push_back({"indexes", "unused-index", name,
                     formatv("0 scans while the table was read {0} times since the statistics were "
                             "reset{1}; {2}",
                             reads,
                             s.getString("statsReset") && !s.getString("statsReset")->empty()
                                 ? " (" + s.getString("statsReset")->str() + ")" : "",
                             bytes(num(*i, "bytes")))
                         .str(),
                     "DROP INDEX CONCURRENTLY " + str(*i, "sql") + ";"});
    }
    for (const json::Object *a : list) {
      if (!flag(*a, "valid") || flag(*a, "unique") || flag(*a, "primary") || flag(*a, "backsConstraint") ||
          !str(*a, "predicate").empty() || !str(*a, "expressions").empty())
        continue;
      for (const json::Object *b : list) {
        if (a == b || !flag(*b, "valid") || str(*a, "method") != str(*b, "method") ||
            !str(*b, "predicate").empty() || !str(*b, "expressions").empty())
          continue;
        StringRef ca = a->getString("columns").value_or(""), cb = b->getString("columns").value_or("");
        bool same = ca == cb && str(*a, "opclasses") == str(*b, "opclasses");
        if (same && (flag(*b, "unique") || flag(*b, "backsConstraint") || str(*a, "name") > str(*b, "name"))) {
          f.push_back({"indexes", "duplicate-index", str(*a, "name"),
                       "same columns, method and operator classes as " + str(*b, "name") + "; " +
                           bytes(num(*a, "bytes")) + " maintained twice",
                       "DROP INDEX CONCURRENTLY " + str(*a, "sql") + ";"});
          break;
        }
        if (!same && str(*a, "method") == "btree" && cb.startswith((ca + " ").str())) {
          f.push_back({"indexes", "redundant-index", str(*a, "name"),
                       "its columns are a leading prefix of " + str(*b, "name") + ", which serves the same lookups",
                       "DROP INDEX CONCURRENTLY " + str(*a, "sql") + ";"});
          break;
        }
      }
    }
  }
  for (const json::Value &v : array(s, "foreignKeys")) {
    const json::Object &fk = *v.getAsObject();
    std::string cols = str(fk, "columns");
    bool covered = false;
    for (const json::Object *i : byTable[str(fk, "table")]) {
      StringRef ic = i->getString("columns").value_or("");
      if (flag(*i, "valid") && str(*i, "predicate").empty() && (ic == cols || ic.startswith(cols + " ")))
        covered = true;
    }
    if (!covered) {
      const json::Object *t = tables.count(str(fk, "table")) ? tables[str(fk, "table")] : nullptr;
      f.push_back({"indexes", "fk-without-index", str(fk, "table") + " (" + str(fk, "columnList") + ")",
                   formatv("foreign key {0} has no index starting with its columns: deletes and updates "
                           "of the referenced rows scan {1} ({2} rows)",
                           str(fk, "name"), str(fk, "table"), t ? num(*t, "liveRows") : 0)
                       .str(),
                   "CREATE INDEX CONCURRENTLY ON " + str(fk, "tableSql") + " (" + str(fk, "columnList") + ");"});
    }
  }

  // Sizes and bloat, growth against the baseline.
  std::map<std::string, int64_t> before;
  if (options.baseline)
    for (const json::Value &t : array(*options.baseline, "tables"))
      before[str(*t.getAsObject(), "name")] = num(*t.getAsObject(), "totalBytes");
  for (auto &[name, t] : tables) {
    int64_t live = num(*t, "liveRows"), dead = num(*t, "deadRows");
    if (dead > 1000 && dead > (live + dead) / 5)
      f.push_back({"sizes", "bloat", name, formatv("{0} dead rows for {1} live ({2:f0}%)", dead, live,
                                                   100.0 * double(dead) / double(live + dead)).str(),
                   "VACUUM (ANALYZE) " + str(*t, "sql") + ";"});
    if (before.count(name) && before[name] > 0) {
      double growth = 100.0 * double(num(*t, "totalBytes") - before[name]) / double(before[name]);
      json::Object *comparisonTables = report.comparison.getObject("tableGrowthPercent");
      if (!comparisonTables) {
        report.comparison["tableGrowthPercent"] = json::Object();
        comparisonTables = report.comparison.getObject("tableGrowthPercent");
      }
      (*comparisonTables)[name] = std::round(growth * 10) / 10;
    }
  }

  // Health.
  for (auto &[name, t] : tables) {
    if (!flag(*t, "hasPrimaryKey"))
      f.push_back({"health", "no-primary-key", name, "a table without a primary key: rows cannot be "
                   "addressed reliably, and logical replication cannot update them",
                   "ALTER TABLE " + str(*t, "sql") + " ADD PRIMARY KEY (...);"});
    int64_t live = num(*t, "liveRows"), modified = num(*t, "modifiedSinceAnalyze");
    bool never = !t->getString("lastAnalyze");
    if ((never && live > 0) || (modified > 1000 && modified > live / 10))
      f.push_back({"health", "stale-statistics", name,
                   never ? formatv("never analyzed, {0} rows", live).str()
                         : formatv("{0} rows changed since the last ANALYZE ({1} live)", modified, live).str(),
                   "ANALYZE " + str(*t, "sql") + ";"});
  }
  for (const json::Value &v : array(s, "notValidConstraints")) {
    const json::Object &k = *v.getAsObject();
    f.push_back({"health", "not-valid-constraint", str(k, "table") + "." + str(k, "name"),
                 "NOT VALID: existing rows were never checked",
                 "ALTER TABLE " + str(k, "tableSql") + " VALIDATE CONSTRAINT \"" + str(k, "name") + "\";"});
  }
  for (const json::Value &v : array(s, "sequences")) {
    const json::Object &q = *v.getAsObject();
    double used = num(q, "maxValue") ? double(num(q, "lastValue")) / double(num(q, "maxValue")) : 0;
    if (used > 0.75)
      f.push_back({"health", "sequence-near-limit", str(q, "name"),
                   formatv("{0:f1}% of its {1} range used ({2} of {3})", used * 100, str(q, "type"),
                           num(q, "lastValue"), num(q, "maxValue")).str(),
                   "ALTER SEQUENCE " + str(q, "name") + " AS bigint; -- and the column: ALTER TABLE ... ALTER COLUMN ... TYPE bigint",
                   used > 0.9 ? "error" : "warning"});
  }
  for (const json::Value &v : array(s, "longSessions")) {
    const json::Object &x = *v.getAsObject();
    f.push_back({"health", str(x, "state") == "idle in transaction" ? "idle-in-transaction" : "long-running-query",
                 formatv("pid {0} ({1})", num(x, "pid"), str(x, "application")).str(),
                 formatv("{0}: transaction open for {1} s; {2}", str(x, "state"), num(x, "transactionSeconds"), str(x, "query")).str(),
                 formatv("SELECT pg_terminate_backend({0});", num(x, "pid")).str()});
  }
  for (const json::Value &v : array(s, "lockWaits")) {
    const json::Object &x = *v.getAsObject();
    f.push_back({"health", "lock-wait", formatv("pid {0}", num(x, "pid")).str(),
                 "waits for " + str(x, "mode") + " on " + str(x, "object") + ", blocked by " + str(x, "blockedBy"),
                 "inspect the blocking session(s): SELECT * FROM pg_stat_activity WHERE pid IN (" +
                     join(split(str(x, "blockedBy"), ' '), ", ") + ");"});
  }

  // Queries, and the change against the baseline.
  if (!s.get("statements")) {
    report.skipped.push_back(s.getString("statementsUnavailable")
                                 ? s.getString("statementsUnavailable")->str()
                                 : "query performance and missing indexes: pg_stat_statements is not "
                                   "installed (shared_preload_libraries = 'pg_stat_statements', then "
                                   "CREATE EXTENSION pg_stat_statements)");
  } else if (options.baseline) {
    std::map<std::string, const json::Object *> old;
    for (const json::Value &v : array(*options.baseline, "statements"))
      old[str(*v.getAsObject(), "queryId")] = v.getAsObject();
    json::Array changes;
    for (const json::Value &v : array(s, "statements")) {
      const json::Object &now = *v.getAsObject();
      auto it = old.find(str(now, "queryId"));
      if (it == old.end())
        continue;
      // Statistics accumulate: the deploy's window is the difference.
      int64_t calls = num(now, "calls") - num(*it->second, "calls");
      double total = real(now, "totalMs") - real(*it->second, "totalMs");
      double beforeMean = real(*it->second, "meanMs");
      double afterMean = calls > 0 ? total / double(calls) : real(now, "meanMs");
      changes.push_back(json::Object{{"queryId", str(now, "queryId")}, {"query", str(now, "query")},
                                     {"meanMsBefore", beforeMean}, {"meanMsAfter", afterMean}});
      if (calls > 0 && afterMean > beforeMean * 2 && afterMean - beforeMean > 0.5)
        f.push_back({"queries", "regression", StringRef(str(now, "query")).substr(0, 120).str(),
                     formatv("mean {0:f2} ms before, {1:f2} ms after ({2:f1}x, {3} calls since)", beforeMean,
                             afterMean, afterMean / std::max(beforeMean, 0.001), calls).str(),
                     "EXPLAIN (ANALYZE) the statement; an index the deploy dropped or changed is the usual cause",
                     "error"});
    }
    report.comparison["statements"] = std::move(changes);
    json::Object indexScans;
    std::map<std::string, int64_t> oldScans;
    for (const json::Value &v : array(*options.baseline, "indexes"))
      oldScans[str(*v.getAsObject(), "name")] = num(*v.getAsObject(), "scans");
    for (const json::Value &v : array(s, "indexes")) {
      const json::Object &i = *v.getAsObject();
      std::string name = str(i, "name");
      indexScans[name] = num(i, "scans") - (oldScans.count(name) ? oldScans[name] : 0);
    }
    for (auto &[name, scans] : oldScans)
      if (!indexScans.get(name))
        indexScans[name] = "dropped";
    report.comparison["indexScans"] = std::move(indexScans);
  }

  // Missing indexes: statements that scan a large table by equality on a column no index
  // leads with, checked with a hypothetical index.
  if (s.get("statements") && options.checkMissingIndexes) {
    bool hypopg = false;
    for (const json::Value &e : array(s, "extensions"))
      hypopg |= e.getAsObject()->getString("name") == StringRef("hypopg");
    if (!hypopg)
      report.skipped.push_back("missing-index checks: the HypoPG extension is not installed in this "
                               "database (Debian: postgresql-15-hypopg, then CREATE EXTENSION hypopg)");
    Regex fromRe("[Ff][Rr][Oo][Mm][[:space:]]+(\"?[A-Za-z_][A-Za-z0-9_]*\"?\\.)?\"?([A-Za-z_][A-Za-z0-9_]*)\"?");
    Regex eqRe("\"?([A-Za-z_][A-Za-z0-9_]*)\"?[[:space:]]*=[[:space:]]*\\$[0-9]+");
    std::set<std::string> tried;
    for (const json::Value &v : array(s, "statements")) {
      if (!hypopg)
        break;
      std::string query = str(*v.getAsObject(), "query");
      SmallVector<StringRef, 3> from;
      if (!fromRe.match(query, &from))
        continue;
      std::string tableName = from[2].str();
      const json::Object *t = nullptr;
      for (auto &[name, table] : tables)
        if (StringRef(name).split('.').second == tableName)
          t = table;
      if (!t || num(*t, "liveRows") < options.largeTableRows || num(*t, "seqScan") == 0)
        continue;
      StringRef rest = query;
      size_t where = StringRef(query).lower().find(" where ");
      if (where == std::string::npos)
        continue;
      rest = rest.drop_front(where);
      SmallVector<StringRef, 2> eq;
      if (!eqRe.match(rest, &eq))
        continue;
      std::string column = eq[1].str();
      std::string key = str(*t, "name") + "." + column;
      if (!tried.insert(key).second)
        continue;
      int params = 0;
      for (size_t i = 0; i + 1 < query.size(); ++i)
        if (query[i] == '$' && isDigit(query[i + 1])) {
          int n = 0;
          for (size_t j = i + 1; j < query.size() && isDigit(query[j]); ++j)
            n = n * 10 + (query[j] - '0');
          params = std::max(params, n);
        }
      // A read-only transaction that is rolled back: nothing is left behind.
      if (Error e = c.execute("BEGIN READ ONLY; SET LOCAL plan_cache_mode = force_generic_plan")) {
        consumeError(std::move(e));
        continue;
      }
      report.snapshot.queries += 2;
      std::optional<double> costBefore, costAfter;
      if (Error e = c.execute("PREPARE schemac_candidate AS " + query)) {
        consumeError(std::move(e));
      } else {
        costBefore = planCost(c, params);
        std::string ddl = "CREATE INDEX ON " + str(*t, "sql") + " (\"" + column + "\")";
        Expected<QueryResult> hypo = c.query("SELECT indexrelid FROM hypopg_create_index($1)", {ddl});
        // The generic plan is cached with the statement: prepare it again to plan with
        // the hypothetical index.
        if (!hypo)
          consumeError(hypo.takeError());
        else if (Error e = c.execute("DEALLOCATE schemac_candidate; PREPARE schemac_candidate AS " + query))
          consumeError(std::move(e));
        else
          costAfter = planCost(c, params);
        report.snapshot.queries += 3;
      }
      consumeError(c.execute("ROLLBACK"));
      consumeError(c.execute("DEALLOCATE ALL"));

      if (costBefore && costAfter && *costAfter < *costBefore * 0.9)
        f.push_back({"indexes", "missing-index", str(*t, "name") + " (" + column + ")",
                     formatv("{0} sequential scans of {1} rows; `{2}`: EXPLAIN cost {3:f1} now, {4:f1} with a "
                             "hypothetical index (HypoPG)",
                             num(*t, "seqScan"), num(*t, "liveRows"), StringRef(query).substr(0, 100),
                             *costBefore, *costAfter).str(),
                     "CREATE INDEX CONCURRENTLY ON " + str(*t, "sql") + " (\"" + column + "\");"});
    }
  }
  llvm::stable_sort(f, [](const Finding &a, const Finding &b) {
    return std::tie(a.section, a.kind, a.object) < std::tie(b.section, b.kind, b.object);
  });
  return report;
}

} // namespace schemac::analyze
