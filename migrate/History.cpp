//===- migrate/History.cpp - The _prisma_migrations table -----------------===//
#include "migrate/History.h"
#include "migrate/MigrationsFolder.h"


#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"

#include <chrono>
#include <random>
#include <thread>

using namespace llvm;
using schemac::backends::postgres::Connection;
using schemac::backends::postgres::QueryResult;

namespace schemac::migrate {

namespace {
std::string quoteIdent(StringRef name) {
  std::string out = "\"";
  for (char c : name) {
    if (c == '"')
      out += '"';
    out += c;
  }
  return out + "\"";
}
} // namespace

History::History(Connection &connection) : connection(connection) {
  schema = connection.target().schemas.front();
  qualifiedTable = quoteIdent(schema) + ".\"_prisma_migrations\"";
}

Expected<bool> History::exists() {
  Expected<QueryResult> result =
      connection.query("SELECT to_regclass($1) IS NOT NULL", {qualifiedTable});
  if (!result)
    return result.takeError();
  return result->getBool(0, 0);
}

Error History::create() {
  // Prisma's definition (schema-engine's postgres flavour), column for column.
  std::string sql = "CREATE SCHEMA IF NOT EXISTS " + quoteIdent(schema) + ";\n" +
                    "CREATE TABLE IF NOT EXISTS " + qualifiedTable + " (\n"
                    "    id                      VARCHAR(36) PRIMARY KEY NOT NULL,\n"
                    "    checksum                VARCHAR(64) NOT NULL,\n"
                    "    finished_at             TIMESTAMPTZ,\n"
                    "    migration_name          VARCHAR(255) NOT NULL,\n"
                    "    logs                    TEXT,\n"
                    "    rolled_back_at          TIMESTAMPTZ,\n"
                    "    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),\n"
                    "    applied_steps_count     INTEGER NOT NULL DEFAULT 0\n"
                    ");";
  return connection.execute(sql);
}

Expected<std::vector<HistoryRow>> History::rows() {
  Expected<QueryResult> result = connection.query(
      "SELECT id, checksum, migration_name, started_at::text, finished_at::text, "
      "rolled_back_at::text, logs, applied_steps_count FROM " +
      qualifiedTable + " ORDER BY started_at, id");
  if (!result)
    return result.takeError();
  std::vector<HistoryRow> rows;
  for (int r = 0; r < result->rows(); ++r) {
    HistoryRow row;
    row.id = result->get(r, 0).str();
    row.checksum = result->get(r, 1).str();
    row.name = result->get(r, 2).str();
    row.startedAt = result->get(r, 3).str();
    if (!result->isNull(r, 4))
      row.finishedAt = result->get(r, 4).str();
    if (!result->isNull(r, 5))
      row.rolledBackAt = result->get(r, 5).str();
    if (!result->isNull(r, 6))
      row.logs = result->get(r, 6).str();
    to_integer(result->get(r, 7), row.appliedSteps);
    rows.push_back(std::move(row));
  }
  return rows;
}

Error History::lock(int waitMs) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(waitMs);
  std::string key = std::to_string(kAdvisoryLockKey);
  int pauseMs = 20;
  while (true) {
    Expected<QueryResult> result = connection.query("SELECT pg_try_advisory_lock($1)", {key});
    if (!result)
      return result.takeError();
    if (result->getBool(0, 0))
      return Error::success();
    if (std::chrono::steady_clock::now() >= deadline)
      break;
    std::this_thread::sleep_for(std::chrono::milliseconds(pauseMs));
    pauseMs = std::min(pauseMs * 2, 250);
  }
  // Who holds it: the advisory lock on a bigint key is (classid, objid) = (high, low).
  std::string holder = "another session";
  Expected<QueryResult> who = connection.query(
      "SELECT a.pid, coalesce(a.application_name, ''), coalesce(a.client_addr::text, 'local'), "
      "coalesce(to_char(a.xact_start, 'YYYY-MM-DD HH24:MI:SS'), to_char(a.backend_start, "
      "'YYYY-MM-DD HH24:MI:SS')) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
      "WHERE l.locktype = 'advisory' AND l.granted AND l.objid = ($1::bigint & 4294967295) "
      "AND l.classid = ($1::bigint >> 32) LIMIT 1",
      {key});
  if (who && who->rows() == 1)
    holder = formatv("process {0} ({1}{2}, since {3})", who->get(0, 0),
                     who->get(0, 1).empty() ? "no application name"
                                            : ("application `" + who->get(0, 1) + "`").str(),
                     ", client " + who->get(0, 2), who->get(0, 3))
                 .str();
  else if (!who)
    consumeError(who.takeError());
  return createStringError(inconvertibleErrorCode(),
                           formatv("the migration lock of {0} is held by {1}; gave up after "
                                   "{2} ms (--lock-wait)",
                                   connection.target().description, holder, waitMs)
                               .str());
}

Error History::unlock() {
  Expected<QueryResult> result = connection.query("SELECT pg_advisory_unlock($1)",
                                                  {std::to_string(kAdvisoryLockKey)});
  if (!result)
    return result.takeError();
  return Error::success();
}

Expected<std::vector<HistoryRow>> readHistoryIfAny(Connection &connection, bool *exists) {
  History history(connection);
  Expected<bool> found = history.exists();
  if (!found)
    return found.takeError();
  if (exists)
    *exists = *found;
  if (!*found)
    return std::vector<HistoryRow>();
  return history.rows();
}

std::string newRowId() {
  static std::random_device device;
  std::mt19937_64 random((uint64_t(device()) << 32) ^ device() ^
                         uint64_t(std::chrono::high_resolution_clock::now()
                                      .time_since_epoch()
                                      .count()));
  uint8_t bytes[16];
  for (int i = 0; i < 16; i += 8) {
    uint64_t v = random();
    for (int b = 0; b < 8; ++b)
      bytes[i + b] = uint8_t(v >> (8 * b));
  }
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  std::string hex = toHex(ArrayRef<uint8_t>(bytes, 16), /*LowerCase=*/true);
  return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" +
         hex.substr(16, 4) + "-" + hex.substr(20);
}

} // namespace schemac::migrate
