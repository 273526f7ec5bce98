//===- seed/Seeder.cpp - Generate the rows --------------------------------===//
#include "seed/Seeder.h"
#include "seed/SeedImpl.h"
#include "seed/Values.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/xxhash.h"

#include <chrono>
#include <map>
#include <numeric>

using namespace llvm;

namespace schemac::seed {

RowSink::~RowSink() = default;

namespace {

Error errorf(const Twine &message) { return createStringError(inconvertibleErrorCode(), message); }

constexpr int64_t kNow = 1780272000;

/// A bijection of [0, n): x -> (a x + b) mod n with a coprime to n.
struct Permutation {
  uint64_t n = 1, a = 1, b = 0;
  Permutation() = default;
  Permutation(uint64_t n, uint64_t key) : n(n ? n : 1) {
    Random r(key);
    a = (r.next() % this->n) | 1;
    while (std::gcd(a, this->n) != 1)
      a = (a + 2) % this->n ? (a + 2) % this->n : 1;
    b = r.next() % this->n;
  }
  uint64_t operator()(uint64_t x) const {
    return uint64_t((unsigned __int128)a * x % n + b) % n;
  }
};

/// How a foreign key of the table being generated picks its parent rows.
struct ForeignKeyPlan {
  int fk = -1, parent = -1;
  std::vector<int> columns;       ///< positions in the child table
  std::vector<int> parentColumns; ///< positions in the parent table
  bool nullable = false, deferred = false, self = false;
  enum class Mode { Random, Distinct, Combination } mode = Mode::Random;
  Permutation permutation;         ///< Distinct
  int combinationGroup = -1;       ///< Combination: which group, and place in it
  uint64_t radix = 1, stride = 1;  ///< Combination: parent = (combo / stride) % radix
};

struct TableState {
  int index = -1;
  int64_t rows = 0; ///< fixtures + generated
  /// Values of the columns other tables reference, by row (unescaped; "" with isNull).
  std::map<int, std::vector<std::string>> kept;
};

} // namespace

struct Generation {
  const ir::Schema &schema;
  const SeedPlan &plan;
  const SeedRequest &request;
  std::vector<TableState> states; ///< by table index
  std::vector<bool> referenced;   ///< per (table, column) flattened below
  std::map<std::pair<int, int>, bool> keep;

  Generation(const ir::Schema &s, const SeedPlan &p, const SeedRequest &r)
      : schema(s), plan(p), request(r), states(s.tables.size()) {
    for (const ir::ForeignKey &fk : schema.foreignKeys) {
      int parent = findTable(schema, fk.referencedTable);
      if (parent < 0)
        continue;
      for (const std::string &c : fk.referencedColumns)
        keep[{parent, schema.tables[parent].findColumnIndex(c)}] = true;
    }
    // Tables whose links are set afterwards identify their rows by primary key.
    for (int f : plan.deferred) {
      int child = findTable(schema, schema.foreignKeys[f].table);
      if (child >= 0 && schema.tables[child].primaryKey)
        for (const ir::IndexColumn &ic : schema.tables[child].primaryKey->columns)
          keep[{child, schema.tables[child].findColumnIndex(ic.column)}] = true;
    }
  }
};

Expected<SeedReport> runSeed(const ir::Schema &schema, const SeedPlan &plan,
                             const SeedRequest &request, RowSink &sink, raw_ostream *progress) {
  auto started = std::chrono::steady_clock::now();
  Generation g(schema, plan, request);
  SeedReport report;
  if (Error error = sink.begin(schema, plan))
    return error;
  uint64_t seedKey = mix(request.seed, 0x5eed);
  std::vector<std::string> sequenceFixes;

  for (const SeedPlan::TablePlan &tp : plan.order) {
    const ir::Table &table = schema.tables[tp.table];
    TableState &state = g.states[tp.table];
    state.index = tp.table;
    state.rows = tp.fixtures + tp.count;
    uint64_t tableKey = mix(seedKey, hashName(table.schema + "." + table.name));
    StringRef model = table.origin.name.empty() ? StringRef(table.name) : StringRef(table.origin.name);

    // Foreign keys.
    std::vector<ForeignKeyPlan> fks;
    std::vector<int> fkOfColumn(table.columns.size(), -1);
    for (int f : foreignKeysOf(schema, tp.table)) {
      const ir::ForeignKey &fk = schema.foreignKeys[f];
      ForeignKeyPlan p;
      p.fk = f;
      p.parent = findTable(schema, fk.referencedTable);
      if (p.parent < 0 || (g.states[p.parent].rows == 0 && p.parent != tp.table))
        p.parent = -1;
      p.self = p.parent == tp.table;
      p.deferred = llvm::is_contained(plan.deferred, f);
      p.nullable = true;
      for (const std::string &c : fk.columns) {
        int col = table.findColumnIndex(c);
        p.columns.push_back(col);
        if (col >= 0 && table.columns[col].isRequired())
          p.nullable = false;
      }
      if (p.parent >= 0)
        for (const std::string &c : fk.referencedColumns)
          p.parentColumns.push_back(schema.tables[p.parent].findColumnIndex(c));
      for (int col : p.columns)
        if (col >= 0)
          fkOfColumn[col] = int(fks.size());
      fks.push_back(std::move(p));
    }
    // Unique indexes made only of foreign keys: distinct parents (1:1) or distinct
    // combinations of parents (join tables, @@unique([userId, jobId])).
    int group = 0;
    for (const ir::Index *index : uniqueIndexes(table)) {
      std::vector<int> members;
      bool allFk = true;
      for (const ir::IndexColumn &ic : index->columns) {
        int col = table.findColumnIndex(ic.column);
        if (col < 0 || fkOfColumn[col] < 0) {
          allFk = false;
          break;
        }
        if (!llvm::is_contained(members, fkOfColumn[col]))
          members.push_back(fkOfColumn[col]);
      }
      if (!allFk || members.empty())
        continue;
      if (llvm::any_of(members, [&](int m) { return fks[m].parent < 0 || fks[m].self || fks[m].deferred; }))
        continue;
      if (members.size() == 1) {
        ForeignKeyPlan &p = fks[members[0]];
        p.mode = ForeignKeyPlan::Mode::Distinct;
        p.permutation = Permutation(uint64_t(g.states[p.parent].rows), mix(tableKey, p.fk));
        continue;
      }
      uint64_t stride = 1;
      for (int m : llvm::reverse(members)) {
        ForeignKeyPlan &p = fks[m];
        p.mode = ForeignKeyPlan::Mode::Combination;
        p.combinationGroup = group;
        p.radix = uint64_t(g.states[p.parent].rows);
        p.stride = stride;
        stride *= p.radix;
      }
      for (int m : members)
        fks[m].permutation = Permutation(stride, mix(tableKey, 0xc0b0 + group));
      ++group;
    }

    // Column generators; unique single columns embed the row number, and so does one
    // String/Int column of each compound unique that is not all foreign keys.
    std::vector<bool> uniqueColumn(table.columns.size(), false);
    for (const ir::Index *index : uniqueIndexes(table)) {
      bool hasUniqueMember = false;
      for (const ir::IndexColumn &ic : index->columns) {
        int col = table.findColumnIndex(ic.column);
        if (col >= 0 && fkOfColumn[col] >= 0 && fks[fkOfColumn[col]].mode != ForeignKeyPlan::Mode::Random)
          hasUniqueMember = true;
      }
      for (const ir::IndexColumn &ic : index->columns) {
        if (hasUniqueMember)
          break;
        int col = table.findColumnIndex(ic.column);
        if (col < 0 || fkOfColumn[col] >= 0)
          continue;
        ir::ScalarFamily family = ir::familyOf(table.columns[col].type.kind);
        if (family == ir::ScalarFamily::String || family == ir::ScalarFamily::Int ||
            family == ir::ScalarFamily::BigInt || family == ir::ScalarFamily::DateTime ||
            index->columns.size() == 1) {
          uniqueColumn[col] = true;
          hasUniqueMember = true;
        }
      }
    }
    std::vector<int> written;
    std::vector<ColumnGenerator> generators(table.columns.size());
    for (size_t c = 0; c < table.columns.size(); ++c) {
      const ir::Column &column = table.columns[c];
      bool leaveToDatabase = column.defaultValue &&
                             column.defaultValue->kind == ir::Default::Kind::DbGenerated &&
                             column.defaultValue->hasExpression;
      const FieldOverride *override = nullptr;
      for (const FieldOverride &o : request.overrides)
        if ((o.table == model || o.table == table.name) &&
            (o.column == column.name || o.column == column.origin.name))
          override = &o;
      generators[c] = chooseGenerator(schema, table, column, uniqueColumn[c], override);
      if (generators[c].gen == Gen::Unsupported && fkOfColumn[c] < 0) {
        if (column.isRequired() && !column.hasDatabaseDefault())
          return errorf("cannot generate values for the required column `" + table.name + "." +
                        column.name + "` of type `" + column.type.name + "`; give it an "
                        "override in the seed configuration");
        leaveToDatabase = true;
      }
      if (column.autoincrement && !uniqueColumn[c] && !g.keep.count({tp.table, int(c)}))
        leaveToDatabase = true;
      if (column.autoincrement && uniqueColumn[c])
        generators[c].gen = column.type.kind == ir::TypeKind::BigInt ? Gen::BigInt : Gen::Int;
      if (!leaveToDatabase)
        written.push_back(int(c));
      if (column.autoincrement && !leaveToDatabase)
        sequenceFixes.push_back(qualifiedTableName(schema, table) + "\n" + column.name);
    }
    std::vector<std::string> columnNames;
    for (int c : written)
      columnNames.push_back(table.columns[c].name);
    // Fixtures of this table, by column.
    std::vector<const Fixture *> tableFixtures;
    for (const Fixture &f : request.fixtures)
      if (f.table == model || f.table == table.name || StringRef(f.table).equals_insensitive(model))
        tableFixtures.push_back(&f);
    for (const Fixture *f : tableFixtures)
      for (auto &[key, value] : f->values)
        if (llvm::none_of(written, [&](int c) {
              return table.columns[c].name == key || table.columns[c].origin.name == key;
            }))
          return errorf("fixture of " + model + ": no column `" + key + "`");

    for (auto &[key, unused] : g.keep)
      if (key.first == tp.table)
        state.kept[key.second].reserve(size_t(state.rows));
    // Compound uniques that are left to chance: rows are regenerated on a collision.
    std::vector<std::vector<int>> chanceUniques;
    for (const ir::Index *index : uniqueIndexes(table)) {
      std::vector<int> cols;
      bool safe = false;
      for (const ir::IndexColumn &ic : index->columns) {
        int col = table.findColumnIndex(ic.column);
        cols.push_back(col);
        if (col >= 0 && (uniqueColumn[col] || (fkOfColumn[col] >= 0 &&
                                                fks[fkOfColumn[col]].mode != ForeignKeyPlan::Mode::Random)))
          safe = true;
      }
      if (!safe)
        chanceUniques.push_back(cols);
    }
    std::vector<DenseSet<uint64_t>> seen(chanceUniques.size());

    int64_t row = 0;
    auto lastReport = std::chrono::steady_clock::now();
    auto tableStart = lastReport;
    std::vector<std::string> values(table.columns.size());
    std::vector<bool> isNull(table.columns.size());
    std::optional<std::string> failure;
    auto produce = [&](std::string &chunk) -> bool {
      while (row < state.rows && chunk.size() < (1 << 20)) {
        for (int attempt = 0;; ++attempt) {
          uint64_t rowKey = mix(tableKey, uint64_t(row) * 64 + uint64_t(attempt));
          Random timeRandom(mix(rowKey, 7));
          int64_t base = kNow - int64_t(timeRandom.below(730 * 86400));
          // Foreign keys first: their values come from the parent rows.
          for (ForeignKeyPlan &p : fks) {
            Random r(mix(rowKey, 0xf00 + p.fk));
            int64_t parentRow = -1;
            if (p.parent >= 0 && !p.deferred) {
              int64_t parentRows = p.self ? row : g.states[p.parent].rows;
              if (p.mode == ForeignKeyPlan::Mode::Distinct)
                parentRow = int64_t(p.permutation(uint64_t(row)));
              else if (p.mode == ForeignKeyPlan::Mode::Combination)
                parentRow = int64_t((p.permutation(uint64_t(row)) / p.stride) % p.radix);
              else if (parentRows > 0 && !(p.nullable && r.chance(0.1)))
                parentRow = int64_t(r.below(uint64_t(parentRows)));
              else if (p.self && !p.nullable)
                parentRow = row; // a required self relation: the first row points to itself
            }
            for (size_t k = 0; k < p.columns.size(); ++k) {
              int col = p.columns[k];
              if (col < 0)
                continue;
              if (parentRow < 0 || (p.self && parentRow == row)) {
                isNull[col] = parentRow < 0;
                values[col].clear();
                continue;
              }
              const std::vector<std::string> &parentValues =
                  g.states[p.parent].kept[p.parentColumns[k]];
              isNull[col] = parentValues[size_t(parentRow)].empty() && false;
              values[col] = parentValues[size_t(parentRow)];
            }
          }
          for (int c : written) {
            if (fkOfColumn[c] >= 0)
              continue;
            Random r(mix(rowKey, 0xc01 + uint64_t(c)));
            std::string text;
            generators[c].append(text, r, row, base);
            isNull[c] = text == "\\N";
            values[c] = std::move(text); // COPY-escaped
          }
          // Fixtures replace the generated values they name.
          if (row < int64_t(tableFixtures.size()))
            for (auto &[key, value] : tableFixtures[size_t(row)]->values)
              for (int c : written)
                if (table.columns[c].name == key || table.columns[c].origin.name == key) {
                  isNull[c] = value == "\\N";
                  values[c].clear();
                  if (isNull[c])
                    values[c] = "\\N";
                  else if (fkOfColumn[c] >= 0)
                    values[c] = value;
                  else
                    appendCopyText(values[c], value);
                }
          // A self relation's first row points to itself: its own key values.
          for (ForeignKeyPlan &p : fks)
            if (p.self && !p.nullable && row == 0)
              for (size_t k = 0; k < p.columns.size(); ++k)
                if (p.columns[k] >= 0 && p.parentColumns[k] >= 0)
                  values[p.columns[k]] = values[p.parentColumns[k]];
          bool collision = false;
          for (size_t u = 0; u < chanceUniques.size() && !collision; ++u) {
            std::string key;
            bool anyNull = false;
            for (int col : chanceUniques[u]) {
              if (col < 0)
                continue;
              anyNull |= isNull[col] || (fkOfColumn[col] >= 0 && values[col].empty());
              key += values[col];
              key += '\x1f';
            }
            if (!anyNull && seen[u].contains(xxHash64(key)))
              collision = true;
          }
          if (collision && attempt < 200)
            continue;
          if (collision) {
            failure = formatv("cannot find a free combination for a unique constraint of {0} "
                              "after 200 attempts at row {1}; lower the count",
                              model, row + 1)
                          .str();
            return false;
          }
          for (size_t u = 0; u < chanceUniques.size(); ++u) {
            std::string key;
            for (int col : chanceUniques[u])
              if (col >= 0) {
                key += values[col];
                key += '\x1f';
              }
            seen[u].insert(xxHash64(key));
          }
          break;
        }
        // Emit the row; FK values are raw (kept unescaped), the others COPY text already.
        for (size_t i = 0; i < written.size(); ++i) {
          int c = written[i];
          if (i)
            chunk += '\t';
          if (fkOfColumn[c] >= 0) {
            if (isNull[c] || (values[c].empty() && !table.columns[c].isRequired()))
              chunk += "\\N";
            else
              appendCopyText(chunk, values[c]);
          } else {
            chunk += values[c];
          }
        }
        chunk += '\n';
        for (auto &[col, kept] : state.kept) {
          // Keep the unescaped value for children: decode the COPY text of simple values.
          const std::string &v = values[col];
          if (fkOfColumn[col] >= 0 || v.find('\\') == std::string::npos)
            kept.push_back(v == "\\N" ? std::string() : v);
          else {
            std::string raw;
            for (size_t i = 0; i < v.size(); ++i) {
              if (v[i] == '\\' && i + 1 < v.size()) {
                char n = v[++i];
                raw += n == 'n' ? '\n' : n == 't' ? '\t' : n == 'r' ? '\r' : n;
              } else {
                raw += v[i];
              }
            }
            kept.push_back(raw);
          }
        }
        ++row;
        if (progress && progress->is_displayed() && (row & 0xffff) == 0) {
          auto now = std::chrono::steady_clock::now();
          double elapsed = std::chrono::duration<double>(now - tableStart).count();
          if (std::chrono::duration<double>(now - lastReport).count() > 0.5 && elapsed > 0) {
            double rate = double(row) / elapsed;
            *progress << formatv("\r  {0,-24} {1,10} / {2} rows  {3,9:N} rows/s  ETA {4:f1} s   ",
                                 model, row, state.rows, int64_t(rate),
                                 double(state.rows - row) / rate);
            progress->flush();
            lastReport = now;
          }
        }
      }
      return row < state.rows;
    };
    if (Error error = sink.copy(table, columnNames, produce))
      return error;
    if (failure)
      return errorf(*failure);
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - tableStart).count();
    if (progress)
      *progress << (progress->is_displayed() ? "\r" : "")
                << formatv("  {0,-24} {1,10} rows  {2,9:N} rows/s{3}\n", model, state.rows,
                           int64_t(seconds > 0 ? double(state.rows) / seconds : 0),
                           std::string(20, ' '));
    report.rows.push_back({table.name, state.rows});
  }

  // Deferred foreign keys (cycles): set after every table has its rows.
  for (int f : plan.deferred) {
    const ir::ForeignKey &fk = schema.foreignKeys[f];
    int child = findTable(schema, fk.table), parent = findTable(schema, fk.referencedTable);
    const ir::Table &table = schema.tables[child];
    if (!table.primaryKey)
      return errorf("cannot link the rows of " + table.name + " afterwards: it has no primary key");
    std::vector<int> pk;
    for (const ir::IndexColumn &ic : table.primaryKey->columns)
      pk.push_back(table.findColumnIndex(ic.column));
    // The child's key values must have been kept; the parent's referenced values too.
    std::string temp = "_schemac_seed_link_" + std::to_string(f);
    std::string select, set, where;
    for (int c : pk) {
      select += (select.empty() ? "" : ", ") + quoteIdentifier(table.columns[c].name);
      where += std::string(where.empty() ? "" : " AND ") + "t." + quoteIdentifier(table.columns[c].name) +
               " = l." + quoteIdentifier(table.columns[c].name);
    }
    for (const std::string &c : fk.columns) {
      select += ", " + quoteIdentifier(c);
      set += (set.empty() ? "" : ", ") + quoteIdentifier(c) + " = l." + quoteIdentifier(c);
    }
    if (Error error = sink.statement("CREATE TEMP TABLE " + quoteIdentifier(temp) + " ON COMMIT DROP AS SELECT " +
                                         select + " FROM " + qualifiedTableName(schema, table) + " WITH NO DATA",
                                     {}))
      return error;
    std::vector<std::string> names;
    for (int c : pk)
      names.push_back(table.columns[c].name);
    for (const std::string &c : fk.columns)
      names.push_back(c);
    int64_t rows = g.states[child].rows, next = 0;
    uint64_t key = mix(seedKey, 0xdef0 + uint64_t(f));
    ir::Table tempTable;
    tempTable.name = temp;
    auto link = [&](std::string &chunk) -> bool {
      while (next < rows && chunk.size() < (1 << 20)) {
        Random r(mix(key, uint64_t(next)));
        for (size_t i = 0; i < pk.size(); ++i) {
          appendCopyText(chunk, g.states[child].kept[pk[i]][size_t(next)]);
          chunk += '\t';
        }
        int64_t parentRow = r.chance(0.1) ? -1 : int64_t(r.below(uint64_t(g.states[parent].rows)));
        for (size_t k = 0; k < fk.referencedColumns.size(); ++k) {
          if (k)
            chunk += '\t';
          if (parentRow < 0)
            chunk += "\\N";
          else
            appendCopyText(chunk, g.states[parent].kept[schema.tables[parent].findColumnIndex(
                                      fk.referencedColumns[k])][size_t(parentRow)]);
        }
        chunk += '\n';
        ++next;
      }
      return next < rows;
    };
    if (Error error = sink.copy(tempTable, names, link))
      return error;
    if (Error error = sink.statement("UPDATE " + qualifiedTableName(schema, table) + " AS t SET " +
                                         set + " FROM " + quoteIdentifier(temp) + " AS l WHERE " + where,
                                     {}))
      return error;
  }
  for (const std::string &fix : sequenceFixes) {
    auto [tableName, column] = StringRef(fix).split('\n');
    if (Error error = sink.statement(
            "SELECT setval(pg_get_serial_sequence($1, $2), GREATEST((SELECT max(" +
                quoteIdentifier(column) + ") FROM " + tableName.str() + "), 1))",
            {tableName.str(), column.str()}))
      return error;
  }
  if (!request.setName.empty()) {
    int64_t total = 0;
    for (auto &[table, rows] : report.rows)
      total += rows;
    if (Error error = sink.statement(
            "CREATE TABLE IF NOT EXISTS \"_schemac_seed\" (set_name text PRIMARY KEY, "
            "version text NOT NULL, row_count bigint NOT NULL, applied_at timestamptz NOT NULL "
            "DEFAULT now())",
            {}))
      return error;
    if (Error error = sink.statement(
            "INSERT INTO \"_schemac_seed\" (set_name, version, row_count) VALUES ($1, $2, $3) "
            "ON CONFLICT (set_name) DO UPDATE SET version = EXCLUDED.version, row_count = "
            "EXCLUDED.row_count, applied_at = now()",
            {request.setName, request.setVersion, std::to_string(total)}))
      return error;
  }
  if (Error error = sink.finish())
    return error;
  report.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return report;
}

} // namespace schemac::seed
