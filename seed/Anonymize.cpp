//===- seed/Anonymize.cpp - Anonymised copies of a database ---------------===//
#include "seed/Anonymize.h"
#include "seed/SeedImpl.h"
#include "seed/Seeder.h"
#include "seed/Values.h"

#include "backends/postgres/PostgresSQL.h"

#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/SHA256.h"

#include <chrono>

using namespace llvm;
using schemac::backends::postgres::Connection;
using schemac::backends::postgres::QueryResult;

namespace schemac::seed {

namespace {

Error errorf(const Twine &message) { return createStringError(inconvertibleErrorCode(), message); }

bool personLike(StringRef table) {
  std::string t = table.lower();
  for (StringRef word : {"user", "person", "people", "customer", "employee", "member", "contact",
                         "profile", "author", "candidate", "applicant", "account", "patient",
                         "student", "client"})
    if (StringRef(t).contains(word))
      return true;
  return false;
}

/// The generator for a personal column, and why; Gen::Unsupported when not personal.
std::pair<Gen, std::string> personalKind(const ir::Table &table, const ir::Column &column) {
  std::string name = StringRef(column.origin.name.empty() ? column.name : column.origin.name).lower();
  StringRef n(name);
  StringRef tableName = table.origin.name.empty() ? StringRef(table.name) : StringRef(table.origin.name);
  ir::ScalarFamily family = ir::familyOf(column.type.kind);
  bool text = family == ir::ScalarFamily::String;
  if (column.type.kind == ir::TypeKind::Inet || (text && (n == "ip" || n.contains("ipaddress") || n.contains("ip_address") || n.endswith("_ip"))))
    return {Gen::Inet, "an IP address (name or type)"};
  if (family == ir::ScalarFamily::DateTime && (n.contains("birth") || n == "dob"))
    return {Gen::Timestamp, "a birth date (name)"};
  if (family == ir::ScalarFamily::Json && (n.contains("resume") || n.contains("cv") || n.contains("profile") || n.contains("parsed")))
    return {Gen::Json, "a personal document (name)"};
  if (!text || column.isList())
    return {Gen::Unsupported, ""};
  if (n.contains("email") || n.contains("e_mail"))
    return {Gen::Email, "an e-mail address (name)"};
  if (n == "firstname" || n == "first_name" || n == "givenname" || n == "given_name")
    return {Gen::FirstName, "a first name (name)"};
  if (n == "lastname" || n == "last_name" || n == "surname" || n == "familyname" || n == "family_name")
    return {Gen::LastName, "a last name (name)"};
  if (n.contains("username") || n.contains("user_name") || n == "handle" || n == "login")
    return {Gen::Username, "a user name (name)"};
  if ((n == "name" || n.contains("fullname") || n.contains("full_name") || n.contains("displayname")) && personLike(tableName))
    return {Gen::FullName, "a person's name (name, in `" + tableName.str() + "`)"};
  if (n.contains("phone") || n.contains("mobile") || n == "fax")
    return {Gen::Phone, "a phone number (name)"};
  if (n.contains("address") || n.contains("street") || n.contains("zip") || n.contains("postal") || n.contains("postcode"))
    return {Gen::Address, "a postal address (name)"};
  if (n.contains("password") || n.contains("secret") || n.contains("token") || n.contains("apikey") || n.contains("api_key") || n.endswith("hash"))
    return {Gen::ExternalId, "a secret (name)"};
  if (n == "bio" || n == "about" || n.startswith("note") || n.startswith("comment") || n.contains("coverletter") ||
      n.contains("cover_letter") || n == "message" || n == "signature")
    return {Gen::Paragraph, "free text written by or about a person (name)"};
  return {Gen::Unsupported, ""};
}

struct Replacement {
  ColumnGenerator generator;
  bool suffix = false; ///< unique or referenced: add the keyed hash, so no two values meet
};

class Replacer {
public:
  explicit Replacer(StringRef key) : key(key.str()) {}
  std::string replace(const Replacement &r, StringRef original) const {
    std::string input = key;
    input += '\0';
    input += original;
    std::array<uint8_t, 32> hash = SHA256::hash(arrayRefFromStringRef(input));
    uint64_t h = 0;
    for (int i = 0; i < 8; ++i)
      h = (h << 8) | hash[i];
    Random random(h);
    std::string value = r.generator.value(random, 0, 1780272000 - int64_t(h % (730 * 86400ULL)));
    if (r.suffix) {
      std::string tag = toHex(ArrayRef<uint8_t>(hash.data() + 8, 8), true);
      if (r.generator.gen == Gen::Email) {
        auto [local, domain] = StringRef(value).split('@');
        value = (local + "." + tag + "@" + domain).str();
      } else {
        value += "-" + tag;
      }
    }
    return value;
  }

private:
  std::string key;
};

std::string unescapeCopy(StringRef v) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i] == '\\' && i + 1 < v.size()) {
      char n = v[++i];
      out += n == 'n' ? '\n' : n == 't' ? '\t' : n == 'r' ? '\r' : n == 'b' ? '\b' : n == 'f' ? '\f' : n == 'v' ? '\v' : n;
    } else {
      out += v[i];
    }
  }
  return out;
}

} // namespace

std::vector<ReplacedColumn> classifyColumns(const ir::Schema &schema, const AnonymizeOptions &options) {
  std::vector<ReplacedColumn> out;
  for (size_t t = 0; t < schema.tables.size(); ++t) {
    const ir::Table &table = schema.tables[t];
    for (size_t c = 0; c < table.columns.size(); ++c) {
      const ir::Column &column = table.columns[c];
      std::string listedName = table.name + "." + column.name;
      std::string prismaName = (table.origin.name.empty() ? table.name : table.origin.name) + "." +
                               (column.origin.name.empty() ? column.name : column.origin.name);
      auto [gen, reason] = personalKind(table, column);
      if (StringRef(column.origin.doc).contains("@pii")) {
        reason = "marked `/// @pii` in the schema";
        if (gen == Gen::Unsupported)
          gen = ir::familyOf(column.type.kind) == ir::ScalarFamily::String ? Gen::Sentence : gen;
      }
      if (llvm::is_contained(options.listed, listedName) || llvm::is_contained(options.listed, prismaName)) {
        reason = "listed";
        if (gen == Gen::Unsupported)
          gen = Gen::Sentence;
      }
      if (gen == Gen::Unsupported)
        continue;
      out.push_back({int(t), int(c), generatorName(gen).str() == "value" ? std::string("replacement") : generatorName(gen).str(), reason});
    }
  }
  return out;
}

Expected<AnonymizeReport> anonymizeCopy(const ir::Schema &schema, Connection &source,
                                        Connection &target, const AnonymizeOptions &options,
                                        raw_ostream *progress) {
  namespace pg = backends::postgres;
  auto started = std::chrono::steady_clock::now();
  // The target must be empty.
  std::vector<std::string> namespaces = target.target().schemas;
  Expected<QueryResult> existing = target.query(
      "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
      "WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY ($1::text[])",
      {pg::textArrayLiteral(namespaces)});
  if (!existing)
    return existing.takeError();
  if (existing->get(0, 0) != "0")
    return errorf("the target database " + target.target().description + " already has tables "
                  "in " + join(namespaces, ", ") + "; anonymize copies into an empty database, "
                  "and nothing was written");

  // What gets replaced, including the foreign keys that point at replaced columns.
  std::vector<std::vector<std::optional<Replacement>>> plan(schema.tables.size());
  for (size_t t = 0; t < schema.tables.size(); ++t)
    plan[t].resize(schema.tables[t].columns.size());
  auto isUniqueColumn = [&](const ir::Table &table, StringRef column) {
    for (const ir::Index *index : uniqueIndexes(table))
      if (llvm::any_of(index->columns, [&](const ir::IndexColumn &ic) { return ic.column == column; }))
        return true;
    return false;
  };
  for (const ReplacedColumn &rc : classifyColumns(schema, options)) {
    const ir::Table &table = schema.tables[rc.table];
    const ir::Column &column = table.columns[rc.column];
    Replacement r;
    r.generator = chooseGenerator(schema, table, column, false, nullptr);
    r.generator.gen = personalKind(table, column).first == Gen::Unsupported ? Gen::Sentence
                                                                              : personalKind(table, column).first;
    if (r.generator.gen == Gen::Timestamp && column.type.kind == ir::TypeKind::Date)
      r.generator.gen = Gen::Date;
    r.generator.time = TimeRole::Birth;
    r.generator.nullRate = 0;
    r.generator.list = false;
    r.suffix = isUniqueColumn(table, column.name);
    plan[rc.table][rc.column] = r;
  }
  for (const ir::ForeignKey &fk : schema.foreignKeys) {
    int child = findTable(schema, fk.table), parent = findTable(schema, fk.referencedTable);
    if (child < 0 || parent < 0)
      continue;
    for (size_t k = 0; k < fk.columns.size(); ++k) {
      int pc = schema.tables[parent].findColumnIndex(fk.referencedColumns[k]);
      int cc = schema.tables[child].findColumnIndex(fk.columns[k]);
      if (pc >= 0 && cc >= 0 && plan[parent][pc]) {
        plan[child][cc] = plan[parent][pc];
        plan[parent][pc]->suffix = plan[child][cc]->suffix = true;
      }
    }
  }
  Replacer replacer(options.key);

  // One snapshot of the source; one transaction on the target.
  pg::StatementResult snapshot = source.run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  if (!snapshot.ok)
    return errorf("cannot start a read-only snapshot on the source: " + snapshot.error.message);
  auto endSource = make_scope_exit([&] { source.run("ROLLBACK"); });
  pg::StatementResult begin = target.run("BEGIN; SET LOCAL maintenance_work_mem = '256MB'");
  if (!begin.ok)
    return errorf("cannot start a transaction on the target: " + begin.error.message);
  bool committed = false;
  auto endTarget = make_scope_exit([&] {
    if (!committed)
      target.run("ROLLBACK");
  });
  std::string ddl;
  for (const std::string &ns : schema.namespaces)
    ddl += pg::createSchemaSQL(ns) + ";\n";
  for (const ir::Extension &e : schema.extensions)
    ddl += pg::createExtensionSQL(e) + ";\n";
  for (const ir::Enum &e : schema.enums)
    ddl += pg::createEnumSQL(schema, e) + ";\n";
  for (const ir::Table &t : schema.tables)
    ddl += pg::createTableSQL(schema, t) + ";\n";
  if (Error error = target.execute(ddl))
    return errorf("cannot create the tables on the target: " + toString(std::move(error)));

  // Tables no other table references are sampled; the rest are copied whole.
  std::vector<bool> referenced(schema.tables.size(), false);
  for (const ir::ForeignKey &fk : schema.foreignKeys) {
    int parent = findTable(schema, fk.referencedTable);
    if (parent >= 0 && parent != findTable(schema, fk.table))
      referenced[parent] = true;
  }
  AnonymizeReport report;
  for (size_t t = 0; t < schema.tables.size(); ++t) {
    const ir::Table &table = schema.tables[t];
    std::string name = qualifiedTableName(schema, table);
    std::string columns;
    for (const ir::Column &c : table.columns)
      columns += (columns.empty() ? "" : ", ") + quoteIdentifier(c.name);
    std::string select = "SELECT " + columns + " FROM " + name + " AS t";
    if (options.samplePercent < 100 && !referenced[t])
      select += formatv(" WHERE (hashtextextended(t::text, 0) & 1048575) < {0}",
                        int64_t(options.samplePercent / 100.0 * 1048576))
                    .str();
    if (Error error = source.beginCopyOut("COPY (" + select + ") TO STDOUT"))
      return errorf("cannot read " + name + " from the source: " + toString(std::move(error)));
    int64_t rows = 0;
    std::optional<Error> readError;
    std::string row;
    auto produce = [&](std::string &chunk) -> bool {
      while (chunk.size() < (1 << 20)) {
        Expected<bool> more = source.readCopyRow(row);
        if (!more) {
          readError = more.takeError();
          return false;
        }
        if (!*more)
          return false;
        report.bytes += int64_t(row.size());
        ++rows;
        // Fields are separated by tabs (a tab inside a value is escaped).
        size_t start = 0;
        StringRef line = StringRef(row).rtrim('\n');
        for (size_t c = 0; c < table.columns.size(); ++c) {
          size_t end = line.find('\t', start);
          StringRef field = line.slice(start, end == StringRef::npos ? line.size() : end);
          if (c)
            chunk += '\t';
          if (plan[t][c] && field != "\\N")
            appendCopyText(chunk, replacer.replace(*plan[t][c], unescapeCopy(field)));
          else
            chunk.append(field.data(), field.size());
          start = end == StringRef::npos ? line.size() : end + 1;
        }
        chunk += '\n';
      }
      return true;
    };
    if (Error error = target.copyIn("COPY " + name + " (" + columns + ") FROM STDIN", produce)) {
      // Drain the source's COPY before reporting.
      while (true) {
        Expected<bool> more = source.readCopyRow(row);
        if (!more) {
          consumeError(more.takeError());
          break;
        }
        if (!*more)
          break;
      }
      return errorf("cannot load " + name + " into the target: " + toString(std::move(error)));
    }
    if (readError)
      return std::move(*readError);
    report.rows.push_back({table.name, rows});
    if (progress)
      *progress << formatv("  {0,-28} {1,10} rows\n", table.name, rows);
  }
  std::string after;
  for (const ir::Table &t : schema.tables)
    for (const ir::Index &index : t.indexes)
      after += pg::createIndexSQL(schema, t, index) + ";\n";
  for (const ir::ForeignKey &fk : schema.foreignKeys)
    after += pg::addForeignKeySQL(schema, fk) + ";\n";
  if (Error error = target.execute(after))
    return errorf("the copy does not satisfy the indexes or foreign keys (nothing was written): " +
                  toString(std::move(error)));
  for (const ir::Table &t : schema.tables)
    for (const ir::Column &c : t.columns)
      if (c.autoincrement) {
        Expected<QueryResult> moved = target.query(
            "SELECT setval(pg_get_serial_sequence($1, $2), GREATEST((SELECT max(" +
                quoteIdentifier(c.name) + ") FROM " + qualifiedTableName(schema, t) + "), 1))",
            {qualifiedTableName(schema, t), c.name});
        if (!moved)
          return moved.takeError();
      }
  pg::StatementResult commit = target.run("COMMIT");
  if (!commit.ok)
    return errorf("the copy could not be committed: " + commit.error.message);
  committed = true;
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return report;
}

} // namespace schemac::seed
