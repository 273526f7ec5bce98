//===- deploy/Backup.cpp - pg_dump backups with a manifest ----------------===//
#include "deploy/Backup.h"

#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/raw_ostream.h"

#include <ctime>

using namespace llvm;
using schemac::backends::postgres::Connection;
using schemac::backends::postgres::QueryResult;

namespace schemac::deploy {

namespace {

Error errorf(const Twine &message) { return createStringError(inconvertibleErrorCode(), message); }

std::string formatTime(int64_t epoch, const char *format) {
  std::time_t t = epoch;
  std::tm tm;
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, format, &tm);
  return buffer;
}

/// The newest PostgreSQL client tool (pg_dump, pg_restore) of the Debian packages.
std::string clientTool(StringRef name) {
  std::string best;
  int bestVersion = -1;
  std::error_code ec;
  for (sys::fs::directory_iterator it("/usr/lib/postgresql", ec), end; it != end && !ec; it.increment(ec)) {
    int version = 0;
    if (to_integer(sys::path::filename(it->path()), version) && version > bestVersion &&
        sys::fs::exists(it->path() + "/bin/" + name)) {
      bestVersion = version;
      best = it->path() + "/bin/" + name.str();
    }
  }
  if (best.empty())
    if (ErrorOr<std::string> found = sys::findProgramByName(name))
      best = *found;
  return best;
}

/// Runs a client tool with the connection in its environment; stderr goes to `log`.
Error runClient(StringRef tool, ArrayRef<std::string> args, const Connection &connection,
                StringRef stdoutFile, StringRef log) {
  std::string program = clientTool(tool);
  if (program.empty())
    return errorf(tool + " is not installed (Debian package postgresql-client)");
  Expected<std::vector<std::pair<std::string, std::string>>> vars =
      backends::postgres::libpqEnvironment(connection.target());
  if (!vars)
    return vars.takeError();
  std::vector<std::string> env;
  for (char **e = environ; *e; ++e) {
    StringRef entry(*e);
    if (!entry.startswith("PG") && !entry.startswith("DATABASE_URL"))
      env.push_back(entry.str());
  }
  for (auto &[k, v] : *vars)
    env.push_back(k + "=" + v);
  std::vector<StringRef> envRefs(env.begin(), env.end());
  std::vector<StringRef> argv{tool};
  for (const std::string &a : args)
    argv.push_back(a);
  std::optional<StringRef> redirects[] = {StringRef(""), stdoutFile.empty() ? std::optional<StringRef>() : stdoutFile,
                                          log};
  std::string message;
  int status = sys::ExecuteAndWait(program, argv, ArrayRef<StringRef>(envRefs), redirects, 0, 0, &message);
  if (status != 0) {
    std::string detail;
    if (ErrorOr<std::unique_ptr<MemoryBuffer>> b = MemoryBuffer::getFile(log))
      detail = (*b)->getBuffer().trim().split('\n').first.str();
    return errorf(tool + " failed" + (detail.empty() ? (message.empty() ? "" : ": " + message) : ": " + detail));
  }
  return Error::success();
}

std::string sha256File(StringRef path, int64_t &bytes) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> buffer = MemoryBuffer::getFile(path, false, false);
  if (!buffer)
    return "";
  bytes = int64_t((*buffer)->getBufferSize());
  std::array<uint8_t, 32> hash = SHA256::hash(arrayRefFromStringRef((*buffer)->getBuffer()));
  return toHex(ArrayRef<uint8_t>(hash), true);
}

json::Object toJson(const BackupManifest &m) {
  json::Object rows;
  for (auto &[t, n] : m.rows)
    rows[t] = n;
  return json::Object{{"file", sys::path::filename(m.file)}, {"environment", m.environment},
                      {"createdAt", m.createdAt}, {"createdAtEpoch", m.createdAtEpoch},
                      {"serverVersion", m.serverVersion}, {"lastMigration", m.lastMigration},
                      {"sha256", m.sha256}, {"bytes", m.bytes}, {"rows", std::move(rows)}};
}

} // namespace

int64_t nowEpoch() {
  if (std::optional<std::string> fixed = sys::Process::GetEnv("SCHEMAC_NOW"); fixed && fixed->size() == 14) {
    std::tm tm{};
    StringRef s(*fixed);
    int y, mo, d, h, mi, se;
    if (!s.substr(0, 4).getAsInteger(10, y) && !s.substr(4, 2).getAsInteger(10, mo) &&
        !s.substr(6, 2).getAsInteger(10, d) && !s.substr(8, 2).getAsInteger(10, h) &&
        !s.substr(10, 2).getAsInteger(10, mi) && !s.substr(12, 2).getAsInteger(10, se)) {
      tm.tm_year = y - 1900;
      tm.tm_mon = mo - 1;
      tm.tm_mday = d;
      tm.tm_hour = h;
      tm.tm_min = mi;
      tm.tm_sec = se;
      return int64_t(timegm(&tm));
    }
  }
  return int64_t(std::time(nullptr));
}

Expected<std::map<std::string, int64_t>> countRows(Connection &connection) {
  Expected<QueryResult> tables = connection.query(
      "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) FROM pg_class c JOIN "
      "pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND NOT "
      "c.relispartition AND n.nspname = ANY ($1::text[]) ORDER BY 1",
      {backends::postgres::textArrayLiteral(connection.target().schemas)});
  if (!tables)
    return tables.takeError();
  std::map<std::string, int64_t> out;
  for (int r = 0; r < tables->rows(); ++r) {
    std::string name = tables->get(r, 0).str();
    Expected<QueryResult> count = connection.query("SELECT count(*) FROM " + name);
    if (!count)
      return count.takeError();
    int64_t n = 0;
    to_integer(count->get(0, 0), n);
    out[name] = n;
  }
  return out;
}

Expected<BackupManifest> createBackup(Connection &connection, StringRef folder,
                                      StringRef environment, StringRef lastMigration) {
  if (std::error_code ec = sys::fs::create_directories(folder))
    return errorf("cannot create the backup folder `" + folder + "`: " + ec.message());
  BackupManifest m;
  m.environment = environment.str();
  m.createdAtEpoch = nowEpoch();
  m.createdAt = formatTime(m.createdAtEpoch, "%Y-%m-%dT%H:%M:%SZ");
  m.lastMigration = lastMigration.str();
  std::string stem = (environment + "-" + formatTime(m.createdAtEpoch, "%Y%m%d%H%M%S")).str();
  SmallString<256> file(folder);
  sys::path::append(file, stem + ".dump");
  for (int i = 1; sys::fs::exists(file); ++i) {
    file = folder;
    sys::path::append(file, stem + "-" + std::to_string(i) + ".dump");
  }
  m.file = file.str().str();
  Expected<QueryResult> version = connection.query("SHOW server_version");
  if (!version)
    return version.takeError();
  m.serverVersion = version->get(0, 0).str();
  // Counts and dump from one snapshot would need pg_dump --snapshot; counts are taken
  // first, under the migration lock the caller holds (nothing migrates meanwhile).
  Expected<std::map<std::string, int64_t>> rows = countRows(connection);
  if (!rows)
    return rows.takeError();
  m.rows = std::move(*rows);
  std::vector<std::string> args{"-Fc", "--no-owner", "-f", m.file};
  for (const std::string &ns : connection.target().schemas)
    args.push_back("--schema=" + ns);
  if (Error error = runClient("pg_dump", args, connection, "", m.file + ".log")) {
    sys::fs::remove(m.file);
    return error;
  }
  sys::fs::remove(m.file + ".log");
  m.sha256 = sha256File(m.file, m.bytes);
  std::error_code ec;
  raw_fd_ostream os(m.file.substr(0, m.file.size() - 5) + ".json", ec);
  if (ec)
    return errorf("cannot write the manifest: " + ec.message());
  os << formatv("{0:2}", json::Value(toJson(m))) << "\n";
  return m;
}

Expected<std::vector<BackupManifest>> listBackups(StringRef folder) {
  std::vector<BackupManifest> out;
  std::error_code ec;
  for (sys::fs::directory_iterator it(folder, ec), end; it != end && !ec; it.increment(ec)) {
    if (!StringRef(it->path()).endswith(".json"))
      continue;
    ErrorOr<std::unique_ptr<MemoryBuffer>> buffer = MemoryBuffer::getFile(it->path());
    if (!buffer)
      continue;
    Expected<json::Value> value = json::parse((*buffer)->getBuffer());
    if (!value) {
      consumeError(value.takeError());
      return errorf("the backup manifest " + it->path() + " is not valid JSON");
    }
    const json::Object *o = value->getAsObject();
    if (!o)
      continue;
    BackupManifest m;
    SmallString<256> file(folder);
    sys::path::append(file, o->getString("file").value_or(""));
    m.file = file.str().str();
    m.environment = o->getString("environment").value_or("").str();
    m.createdAt = o->getString("createdAt").value_or("").str();
    m.createdAtEpoch = o->getInteger("createdAtEpoch").value_or(0);
    m.serverVersion = o->getString("serverVersion").value_or("").str();
    m.lastMigration = o->getString("lastMigration").value_or("").str();
    m.sha256 = o->getString("sha256").value_or("").str();
    m.bytes = o->getInteger("bytes").value_or(0);
    if (const json::Object *rows = o->getObject("rows"))
      for (auto &[k, v] : *rows)
        m.rows[k.str()] = v.getAsInteger().value_or(0);
    out.push_back(std::move(m));
  }
  if (ec && ec != std::errc::no_such_file_or_directory)
    return errorf("cannot read the backup folder `" + folder + "`: " + ec.message());
  llvm::sort(out, [](const BackupManifest &a, const BackupManifest &b) {
    return std::tie(a.createdAtEpoch, a.file) < std::tie(b.createdAtEpoch, b.file);
  });
  return out;
}

Error restoreBackup(const BackupManifest &manifest, Connection &connection) {
  int64_t bytes = 0;
  if (!sys::fs::exists(manifest.file))
    return errorf("the backup " + manifest.file + " is missing; nothing was restored");
  std::string sum = sha256File(manifest.file, bytes);
  if (sum != manifest.sha256)
    return errorf("the backup " + manifest.file + " does not match its manifest's checksum "
                  "(corrupt or replaced); nothing was restored");
  // Replace the namespaces' contents in one transaction: what is in them now (with
  // whatever a failed deploy created) is dropped and the dump's objects are created and
  // filled, all by one `psql --single-transaction`, so a failing restore changes nothing.
  // The namespaces themselves stay (their owner, comment and privileges are the
  // database's, not the dump's): their own entries are left out of the dump's list.
  std::string list = manifest.file + ".restore.list", script = manifest.file + ".restore.sql",
              wrapper = manifest.file + ".restore.psql";
  auto cleanup = make_scope_exit([&] {
    sys::fs::remove(list);
    sys::fs::remove(script);
    sys::fs::remove(wrapper);
  });
  if (Error error = runClient("pg_restore", {"-l", manifest.file}, connection, list,
                              manifest.file + ".restore.log"))
    return error;
  {
    ErrorOr<std::unique_ptr<MemoryBuffer>> entries = MemoryBuffer::getFile(list);
    if (!entries)
      return errorf("cannot read the dump's table of contents");
    std::string kept;
    SmallVector<StringRef, 256> lines;
    (*entries)->getBuffer().split(lines, '\n');
    for (StringRef line : lines) {
      bool namespaceEntry = false;
      for (const std::string &ns : connection.target().schemas)
        if (line.contains(" SCHEMA - " + ns + " ") || line.contains(" SCHEMA " + ns + " ") ||
            line.endswith(" SCHEMA - " + ns) || line.contains(" - SCHEMA " + ns + " "))
          namespaceEntry = true;
      if (!namespaceEntry)
        kept += line.str() + "\n";
    }
    std::error_code ec;
    raw_fd_ostream os(list, ec);
    os << kept;
  }
  if (Error error = runClient("pg_restore", {"--no-owner", "-L", list, "-f", script, manifest.file},
                              connection, "", manifest.file + ".restore.log"))
    return error;
  {
    std::error_code ec;
    raw_fd_ostream os(wrapper, ec);
    if (ec)
      return errorf("cannot write " + wrapper + ": " + ec.message());
    for (const std::string &ns : connection.target().schemas) {
      std::string literal = "'";
      for (char c : ns)
        literal += c == '\'' ? std::string("''") : std::string(1, c);
      literal += "'";
      std::string quotedNs = "\"";
      for (char c : ns)
        quotedNs += c == '"' ? std::string("\"\"") : std::string(1, c);
      quotedNs += "\"";
      os << "CREATE SCHEMA IF NOT EXISTS " << quotedNs << ";\n"
         << "DO $schemac$ DECLARE r record; BEGIN\n"
         << "  FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = "
            "c.relnamespace WHERE n.nspname = " << literal << " AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') "
            "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('e', 'a', 'i')) LOOP\n"
         << "    EXECUTE format(CASE r.relkind WHEN 'v' THEN 'DROP VIEW IF EXISTS %I.%I CASCADE' "
            "WHEN 'm' THEN 'DROP MATERIALIZED VIEW IF EXISTS %I.%I CASCADE' WHEN 'f' THEN "
            "'DROP FOREIGN TABLE IF EXISTS %I.%I CASCADE' WHEN 'S' THEN 'DROP SEQUENCE IF EXISTS %I.%I CASCADE' "
            "ELSE 'DROP TABLE IF EXISTS %I.%I CASCADE' END, " << literal << ", r.relname);\n"
         << "  END LOOP;\n"
         << "  FOR r IN SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
            "WHERE n.nspname = " << literal << " AND t.typtype IN ('e', 'd', 'r', 'm') AND NOT EXISTS "
            "(SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e') LOOP\n"
         << "    EXECUTE format('DROP TYPE IF EXISTS %I.%I CASCADE', " << literal << ", r.typname);\n"
         << "  END LOOP;\n"
         << "  FOR r IN SELECT p.oid::regprocedure AS f FROM pg_proc p JOIN pg_namespace n ON n.oid = "
            "p.pronamespace WHERE n.nspname = " << literal << " AND NOT EXISTS (SELECT 1 FROM pg_depend d "
            "WHERE d.objid = p.oid AND d.deptype = 'e') LOOP\n"
         << "    EXECUTE 'DROP ROUTINE IF EXISTS ' || r.f || ' CASCADE';\n"
         << "  END LOOP;\n"
         << "END $schemac$;\n";
    }
    os << "\\i " << script << "\n";
  }
  Error restored = runClient("psql", {"-X", "-q", "--single-transaction", "-v", "ON_ERROR_STOP=1",
                                      "-f", wrapper},
                             connection, "/dev/null", manifest.file + ".restore.log");
  if (restored)
    return restored;
  sys::fs::remove(manifest.file + ".restore.log");
  Expected<std::map<std::string, int64_t>> rows = countRows(connection);
  if (!rows)
    return rows.takeError();
  for (auto &[table, n] : manifest.rows) {
    auto it = rows->find(table);
    if (it == rows->end() || it->second != n)
      return errorf(formatv("after the restore {0} has {1} rows, the backup's manifest says {2}",
                            table, it == rows->end() ? -1 : it->second, n)
                        .str());
  }
  return Error::success();
}

Expected<std::vector<std::string>> pruneBackups(StringRef folder, int retentionDays, int64_t now) {
  Expected<std::vector<BackupManifest>> backups = listBackups(folder);
  if (!backups)
    return backups.takeError();
  std::vector<std::string> removed;
  for (const BackupManifest &m : *backups)
    if (now - m.createdAtEpoch > int64_t(retentionDays) * 86400) {
      sys::fs::remove(m.file);
      sys::fs::remove(m.file.substr(0, m.file.size() - 5) + ".json");
      removed.push_back(m.file);
    }
  return removed;
}

} // namespace schemac::deploy
