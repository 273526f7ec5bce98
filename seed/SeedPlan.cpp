//===- seed/SeedPlan.cpp - Counts, order and feasibility ------------------===//
#include "seed/Seeder.h"
#include "seed/SeedImpl.h"
#include "seed/Values.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"

using namespace llvm;

namespace schemac::seed {

namespace {
Error errorf(const Twine &message) { return createStringError(inconvertibleErrorCode(), message); }
} // namespace

std::string pluralName(StringRef name) {
  std::string lower = name.lower();
  if (lower.empty())
    return lower;
  StringRef l(lower);
  if (l.endswith("s") || l.endswith("x") || l.endswith("ch") || l.endswith("sh"))
    return lower + "es";
  if (l.endswith("y") && l.size() > 1 && !StringRef("aeiou").contains(l[l.size() - 2]))
    return l.drop_back().str() + "ies";
  return lower + "s";
}

std::string qualifiedTableName(const ir::Schema &schema, const ir::Table &table) {
  std::string out;
  if (!table.schema.empty() && table.schema != schema.defaultNamespace)
    out = quoteIdentifier(table.schema) + ".";
  return out + quoteIdentifier(table.name);
}

std::string quoteIdentifier(StringRef name) {
  std::string out = "\"";
  for (char c : name) {
    if (c == '"')
      out += '"';
    out += c;
  }
  return out + "\"";
}

int findTable(const ir::Schema &schema, const ir::QualifiedName &name) {
  for (size_t i = 0; i < schema.tables.size(); ++i) {
    const ir::Table &t = schema.tables[i];
    if (t.name == name.name && (t.schema == name.schema || (t.schema.empty() && name.schema == schema.defaultNamespace) ||
                                (name.schema.empty() && t.schema == schema.defaultNamespace) || name.schema.empty() || t.schema.empty()))
      return int(i);
  }
  return -1;
}

std::vector<int> foreignKeysOf(const ir::Schema &schema, int table) {
  std::vector<int> out;
  for (size_t f = 0; f < schema.foreignKeys.size(); ++f)
    if (findTable(schema, schema.foreignKeys[f].table) == table)
      out.push_back(int(f));
  return out;
}

/// The unique indexes (primary key first) of a table.
std::vector<const ir::Index *> uniqueIndexes(const ir::Table &table) {
  std::vector<const ir::Index *> out;
  if (table.primaryKey)
    out.push_back(&*table.primaryKey);
  for (const ir::Index &index : table.indexes)
    if (index.isUnique())
      out.push_back(&index);
  return out;
}

Expected<SeedPlan> planSeed(const ir::Schema &schema, const SeedRequest &request) {
  std::vector<int64_t> counts(schema.tables.size(), -1);
  std::vector<int64_t> fixtures(schema.tables.size(), 0);
  auto resolve = [&](StringRef key) -> int {
    for (size_t i = 0; i < schema.tables.size(); ++i) {
      const ir::Table &t = schema.tables[i];
      StringRef model = t.origin.name.empty() ? StringRef(t.name) : StringRef(t.origin.name);
      if (key == model || key == t.name || key == pluralName(model) || key == pluralName(t.name) ||
          key.equals_insensitive(model))
        return int(i);
    }
    return -1;
  };
  for (auto &[key, count] : request.counts) {
    int table = resolve(key);
    if (table < 0) {
      std::string best;
      unsigned bestDistance = 4;
      for (const ir::Table &t : schema.tables) {
        StringRef model = t.origin.name.empty() ? StringRef(t.name) : StringRef(t.origin.name);
        for (std::string candidate : {model.str(), pluralName(model)}) {
          unsigned d = StringRef(candidate).edit_distance(key, true, bestDistance);
          if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
          }
        }
      }
      return errorf("no model `" + key + "` in the schema" +
                    (best.empty() ? "" : "; did you mean `" + best + "`?"));
    }
    if (count < 0)
      return errorf("the count for `" + key + "` must not be negative");
    counts[table] = count;
  }
  for (const Fixture &fixture : request.fixtures) {
    int table = resolve(fixture.table);
    if (table < 0)
      return errorf("fixture for unknown model `" + fixture.table + "`");
    ++fixtures[table];
  }
  // Join tables of implicit many-to-many relations: as many links as both sides have rows,
  // unless counted.
  for (size_t i = 0; i < schema.tables.size(); ++i) {
    if (!schema.tables[i].implicitManyToMany || counts[i] >= 0)
      continue;
    int64_t product = 1, sum = 0;
    for (int f : foreignKeysOf(schema, int(i))) {
      int parent = findTable(schema, schema.foreignKeys[f].referencedTable);
      int64_t n = parent < 0 ? 0 : std::max<int64_t>(counts[parent], 0) + fixtures[parent];
      product = std::min<int64_t>(product * std::max<int64_t>(n, 0), int64_t(1) << 40);
      sum += n;
    }
    counts[i] = std::min(product, sum);
  }
  auto total = [&](int t) { return std::max<int64_t>(counts[t], 0) + fixtures[t]; };
  std::vector<int> chosen;
  for (size_t i = 0; i < schema.tables.size(); ++i)
    if (total(int(i)) > 0)
      chosen.push_back(int(i));
  if (chosen.empty())
    return errorf("nothing to seed: give counts such as `users=100` (model names or their "
                  "lower-case plurals)");

  // Required parents must have rows; finite unique domains must be large enough.
  for (int t : chosen) {
    const ir::Table &table = schema.tables[t];
    StringRef model = table.origin.name.empty() ? StringRef(table.name) : StringRef(table.origin.name);
    for (int f : foreignKeysOf(schema, t)) {
      const ir::ForeignKey &fk = schema.foreignKeys[f];
      int parent = findTable(schema, fk.referencedTable);
      bool required = llvm::any_of(fk.columns, [&](const std::string &c) {
        const ir::Column *col = table.findColumn(c);
        return col && col->isRequired();
      });
      if (parent >= 0 && parent != t && required && total(parent) == 0) {
        const ir::Table &p = schema.tables[parent];
        StringRef parentModel = p.origin.name.empty() ? StringRef(p.name) : StringRef(p.origin.name);
        return errorf(model + " needs rows in " + parentModel + " (required relation `" +
                      fk.origin.name + "`); add a count such as `" + pluralName(parentModel) +
                      "=10`");
      }
    }
    for (const ir::Index *index : uniqueIndexes(table)) {
      // Capacity: product of the columns' domains, a foreign key counting once.
      double capacity = 1;
      bool bounded = true;
      std::vector<int> fksSeen;
      for (const ir::IndexColumn &ic : index->columns) {
        const ir::Column *column = table.findColumn(ic.column);
        if (!column)
          continue;
        int viaFk = -1;
        for (int f : foreignKeysOf(schema, t))
          if (llvm::is_contained(schema.foreignKeys[f].columns, ic.column))
            viaFk = f;
        if (viaFk >= 0) {
          if (llvm::is_contained(fksSeen, viaFk))
            continue;
          fksSeen.push_back(viaFk);
          int parent = findTable(schema, schema.foreignKeys[viaFk].referencedTable);
          capacity *= double(parent < 0 ? 0 : total(parent) + (column->isRequired() ? 0 : 1));
          continue;
        }
        ColumnGenerator g = chooseGenerator(schema, table, *column, index->columns.size() == 1, nullptr);
        uint64_t domain = g.domainSize();
        if (index->columns.size() > 1 && (ir::familyOf(column->type.kind) == ir::ScalarFamily::String ||
                                          ir::familyOf(column->type.kind) == ir::ScalarFamily::Int))
          domain = 0; // such a column is made unique by the row number
        if (domain == 0) {
          bounded = false;
          break;
        }
        capacity *= double(domain) + (column->isRequired() ? 0 : 1);
      }
      if (bounded && double(total(t)) > capacity) {
        std::string columns;
        for (const ir::IndexColumn &ic : index->columns)
          columns += (columns.empty() ? "" : ", ") + ic.column;
        return errorf(formatv("cannot make {0} rows of {1}: the unique ({2}) allows only {3} "
                              "distinct values; nothing was written",
                              total(t), model, columns, int64_t(capacity))
                          .str());
      }
    }
  }

  // Parents before children; cycles broken at a nullable foreign key.
  SeedPlan plan;
  std::vector<bool> placed(schema.tables.size(), false);
  std::vector<int> deferred;
  auto ready = [&](int t) {
    for (int f : foreignKeysOf(schema, t)) {
      if (llvm::is_contained(deferred, f))
        continue;
      int parent = findTable(schema, schema.foreignKeys[f].referencedTable);
      if (parent >= 0 && parent != t && total(parent) > 0 && !placed[parent])
        return false;
    }
    return true;
  };
  while (plan.order.size() < chosen.size()) {
    bool progress = false;
    for (int t : chosen)
      if (!placed[t] && ready(t)) {
        placed[t] = true;
        plan.order.push_back({t, std::max<int64_t>(counts[t], 0), fixtures[t]});
        progress = true;
      }
    if (progress)
      continue;
    // A cycle: defer the first nullable foreign key between unplaced tables.
    bool broke = false;
    for (int t : chosen) {
      if (placed[t])
        continue;
      for (int f : foreignKeysOf(schema, t)) {
        const ir::ForeignKey &fk = schema.foreignKeys[f];
        int parent = findTable(schema, fk.referencedTable);
        if (parent < 0 || placed[parent] || parent == t || llvm::is_contained(deferred, f))
          continue;
        bool nullable = llvm::all_of(fk.columns, [&](const std::string &c) {
          const ir::Column *col = schema.tables[t].findColumn(c);
          return col && !col->isRequired();
        });
        if (nullable) {
          deferred.push_back(f);
          broke = true;
          break;
        }
      }
      if (broke)
        break;
    }
    if (!broke) {
      std::string names;
      for (int t : chosen)
        if (!placed[t])
          names += (names.empty() ? "" : ", ") + schema.tables[t].name;
      return errorf("the required relations between " + names + " form a cycle; make one of "
                    "them optional so rows can be inserted first and linked afterwards");
    }
  }
  plan.deferred = std::move(deferred);
  return plan;
}

} // namespace schemac::seed
