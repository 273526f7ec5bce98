//===- backends/postgres/PostgresConnection.cpp - libpq connections ----------------===//
#include "backends/postgres/PostgresConnection.h"
#include "backends/postgres/LibPQ.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Process.h"

#include <cstdlib>

using namespace llvm;

namespace schemac::backends::postgres {

namespace {

/// libpq, once `parseConnectionTarget` or `Connection::open` has loaded it.
const LibPQ &pq() { return cantFail(LibPQ::get()); }

/// Query parameters of Prisma's URLs that libpq does not know (it rejects them).
bool isPrismaOnlyParameter(StringRef key) {
  return key == "schema" || key == "connection_limit" || key == "pool_timeout" ||
         key == "pgbouncer" || key == "sslaccept" || key == "statement_cache_size" ||
         key == "socket_timeout" || key == "sslidentity" || key == "sslpassword" ||
         key == "single_use_connections" || key == "max_connection_lifetime" ||
         key == "max_idle_connection_lifetime";
}

std::string percentDecode(StringRef text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() + 0 && isHexDigit(text[i + 1]) &&
        isHexDigit(text[i + 2])) {
      out += char(hexFromNibbles(text[i + 1], text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

/// The password of a URL (`scheme://user:password@...`) or key=value string, if any.
std::string passwordOf(StringRef text) {
  size_t scheme = text.find("://");
  if (scheme != StringRef::npos) {
    // The userinfo is in the authority only: up to the first `/`, `?` or `#`, so that an
    // `@` in the path or the query (`?application_name=a@b`) is not taken for it.
    StringRef rest = text.drop_front(scheme + 3);
    rest = rest.take_front(rest.find_first_of("/?#"));
    size_t at = rest.rfind('@');
    if (at == StringRef::npos)
      return "";
    StringRef userinfo = rest.take_front(at);
    size_t colon = userinfo.find(':');
    return colon == StringRef::npos ? "" : userinfo.drop_front(colon + 1).str();
  }
  size_t at = text.find("password=");
  if (at == StringRef::npos)
    return "";
  return text.drop_front(at + 9).split(' ').first.trim("'").str();
}

/// `message` with the connection string and the password taken out: libpq quotes a URI
/// it cannot parse, password included.
std::string redact(StringRef message, StringRef connection) {
  std::string out = message.str();
  auto replaceAll = [&](StringRef what, StringRef with) {
    if (what.empty())
      return;
    for (size_t at = out.find(what); at != std::string::npos; at = out.find(what, at + with.size()))
      out.replace(at, what.size(), with.str());
  };
  replaceAll(connection, "<the database URL>");
  std::string password = passwordOf(connection);
  replaceAll(password, "****");
  replaceAll(percentDecode(password), "****");
  return out;
}

} // namespace

Expected<std::optional<std::string>> urlFromEnvironment() {
  std::optional<std::string> env = sys::Process::GetEnv("DATABASE_URL");
  if (env && !env->empty())
    return env;
  std::optional<std::string> file = sys::Process::GetEnv("DATABASE_URL_FILE");
  if (!file || file->empty())
    return std::nullopt;
  ErrorOr<std::unique_ptr<MemoryBuffer>> buffer = MemoryBuffer::getFile(*file);
  if (!buffer)
    return createStringError(buffer.getError(),
                             "cannot read $DATABASE_URL_FILE: " + buffer.getError().message());
  return (*buffer)->getBuffer().split('\n').first.trim().str();
}

Expected<ConnectionTarget> parseConnectionTarget(StringRef url) {
  std::string text = url.str();
  if (text.empty()) {
    Expected<std::optional<std::string>> fromEnvironment = urlFromEnvironment();
    if (!fromEnvironment)
      return fromEnvironment.takeError();
    if (!*fromEnvironment)
      return createStringError(inconvertibleErrorCode(), "no database URL: pass --url or set "
                                                         "DATABASE_URL or DATABASE_URL_FILE");
    text = std::move(**fromEnvironment);
  }
  ConnectionTarget target;
  StringRef ref(text);
  if (ref.startswith("postgres://") || ref.startswith("postgresql://")) {
    auto [base, query] = ref.split('?');
    std::string kept;
    SmallVector<StringRef, 8> parameters;
    query.split(parameters, '&', -1, false);
    for (StringRef parameter : parameters) {
      auto [key, value] = parameter.split('=');
      if (key == "schema") {
        std::string decoded = percentDecode(value);
        SmallVector<StringRef, 4> names;
        StringRef(decoded).split(names, ',', -1, false);
        for (StringRef name : names)
          target.schemas.push_back(name.str());
        continue;
      }
      if (isPrismaOnlyParameter(key))
        continue;
      kept += (kept.empty() ? "?" : "&") + parameter.str();
    }
    target.conninfo = base.str() + kept;
  } else {
    target.conninfo = text;
  }
  if (target.schemas.empty())
    target.schemas.push_back("public");

  if (Expected<const LibPQ &> loaded = LibPQ::get(); !loaded)
    return loaded.takeError();
  char *error = nullptr;
  PQconninfoOption *options = pq().PQconninfoParse(target.conninfo.c_str(), &error);
  if (!options) {
    std::string message = error ? redact(StringRef(error).trim(), text) : "out of memory";
    pq().PQfreemem(error);
    // libpq's parse errors name the offending part, never the password.
    return createStringError(inconvertibleErrorCode(),
                             "invalid database URL: " + message);
  }
  std::string host, port, db, user;
  for (PQconninfoOption *o = options; o->keyword; ++o) {
    if (!o->val)
      continue;
    StringRef key(o->keyword);
    if (key == "host" || (key == "hostaddr" && host.empty()))
      host = o->val;
    else if (key == "port")
      port = o->val;
    else if (key == "dbname")
      db = o->val;
    else if (key == "user")
      user = o->val;
    else if (key == "options")
      target.serverOptions = o->val;
  }
  pq().PQconninfoFree(options);
  if (target.serverOptions.empty())
    if (const char *fromEnvironment = std::getenv("PGOPTIONS"))
      target.serverOptions = fromEnvironment;
  if (host.empty())
    host = "localhost";
  target.description = (user.empty() ? "" : user + "@") + host + (port.empty() ? "" : ":" + port) +
                       "/" + (db.empty() ? "(default database)" : db);
  return target;
}

Expected<std::vector<std::pair<std::string, std::string>>>
libpqEnvironment(const ConnectionTarget &target) {
  if (Expected<const LibPQ &> loaded = LibPQ::get(); !loaded)
    return loaded.takeError();
  char *error = nullptr;
  PQconninfoOption *options = pq().PQconninfoParse(target.conninfo.c_str(), &error);
  if (!options) {
    pq().PQfreemem(error);
    return createStringError(inconvertibleErrorCode(), "invalid database URL");
  }
  static const std::pair<const char *, const char *> kVariables[] = {
      {"host", "PGHOST"},         {"hostaddr", "PGHOSTADDR"},
      {"port", "PGPORT"},         {"dbname", "PGDATABASE"},
      {"user", "PGUSER"},         {"password", "PGPASSWORD"},
      {"passfile", "PGPASSFILE"}, {"sslmode", "PGSSLMODE"},
      {"sslrootcert", "PGSSLROOTCERT"}, {"sslcert", "PGSSLCERT"},
      {"sslkey", "PGSSLKEY"},     {"options", "PGOPTIONS"},
      {"connect_timeout", "PGCONNECT_TIMEOUT"}, {"target_session_attrs", "PGTARGETSESSIONATTRS"},
      {"service", "PGSERVICE"}};
  std::vector<std::pair<std::string, std::string>> out;
  for (PQconninfoOption *o = options; o->keyword; ++o) {
    if (!o->val)
      continue;
    for (auto [keyword, variable] : kVariables)
      if (StringRef(o->keyword) == keyword)
        out.push_back({variable, o->val});
  }
  pq().PQconninfoFree(options);
  if (!target.databaseOverride.empty()) {
    llvm::erase_if(out, [](auto &p) { return p.first == "PGDATABASE"; });
    out.push_back({"PGDATABASE", target.databaseOverride});
  }
  return out;
}

ConnectionTarget ConnectionTarget::withDatabase(StringRef database) const {
  ConnectionTarget other = *this;
  other.databaseOverride = database.str();
  size_t slash = other.description.rfind('/');
  other.description =
      (slash == std::string::npos ? other.description : other.description.substr(0, slash)) +
      "/" + database.str();
  return other;
}

QueryResult::~QueryResult() {
  if (result)
    pq().PQclear(result);
}

int QueryResult::rows() const { return pq().PQntuples(result); }

StringRef QueryResult::get(int row, int column) const {
  return StringRef(pq().PQgetvalue(result, row, column), pq().PQgetlength(result, row, column));
}

bool QueryResult::isNull(int row, int column) const {
  return pq().PQgetisnull(result, row, column);
}

Expected<std::unique_ptr<Connection>> Connection::open(const ConnectionTarget &target,
                                                      const SessionLimits &limits) {
  if (Expected<const LibPQ &> loaded = LibPQ::get(); !loaded)
    return loaded.takeError();
  // A connect timeout so that an unreachable host fails instead of hanging.
  // A second `dbname` after the expanded one is a plain database name that overrides it.
  // Server notices (`schema "public" already exists, skipping`) are not schemac's output.
  // libpq takes one `options`: the user's (URL or PGOPTIONS), then schemac's.
  std::string options = target.serverOptions;
  if (!options.empty())
    options += ' ';
  options += "-c client_min_messages=warning";
  if (limits.statementTimeoutMs)
    options += " -c statement_timeout=" + std::to_string(limits.statementTimeoutMs);
  if (limits.lockTimeoutMs)
    options += " -c lock_timeout=" + std::to_string(limits.lockTimeoutMs);
  if (limits.readOnly)
    options += " -c default_transaction_read_only=on";
  const char *keywords[] = {"dbname", "connect_timeout", "application_name", "options",
                            target.databaseOverride.empty() ? nullptr : "dbname", nullptr};
  const char *values[] = {target.conninfo.c_str(), "10", "schemac", options.c_str(),
                          target.databaseOverride.c_str(), nullptr};
  PGconn *connection = pq().PQconnectdbParams(keywords, values, /*expand_dbname=*/1);
  if (!connection)
    return createStringError(inconvertibleErrorCode(), "out of memory connecting to PostgreSQL");
  if (pq().PQstatus(connection) != CONNECTION_OK) {
    StringRef message = StringRef(pq().PQerrorMessage(connection)).trim();
    std::string reason;
    if (message.contains("password authentication failed"))
      reason = "authentication failed (wrong user or password)";
    else if (message.contains("does not exist") && message.contains("database"))
      reason = "the database does not exist";
    else if (message.contains("Connection refused") || message.contains("No such file") ||
             message.contains("could not translate host name") ||
             message.contains("timeout expired") || message.contains("Network is unreachable"))
      reason = "the server is not reachable";
    else if (message.contains("no password supplied"))
      reason = "the server asks for a password and none was given";
    // libpq's own message: the first line, which names host and port but no password.
    std::string detail = redact(message.split('\n').first, target.conninfo);
    pq().PQfinish(connection);
    return createStringError(inconvertibleErrorCode(),
                             "cannot connect to PostgreSQL at " + target.description + ": " +
                                 (reason.empty() ? detail : reason + " (" + detail + ")"));
  }
  return std::unique_ptr<Connection>(new Connection(connection, target));
}

Connection::~Connection() { pq().PQfinish(connection); }

Expected<QueryResult> Connection::query(StringRef sql, ArrayRef<std::string> parameters) {
  std::string text = sql.str();
  std::vector<const char *> values;
  for (const std::string &p : parameters)
    values.push_back(p.c_str());
  PGresult *result = pq().PQexecParams(connection, text.c_str(), int(values.size()), nullptr,
                                  values.data(), nullptr, nullptr, 0);
  ExecStatusType status = pq().PQresultStatus(result);
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
    std::string message =
        redact(StringRef(pq().PQresultErrorMessage(result)).trim(), connectionTarget.conninfo);
    pq().PQclear(result);
    return createStringError(inconvertibleErrorCode(),
                             "query failed on " + connectionTarget.description + ": " + message);
  }
  return QueryResult(result);
}

Error Connection::execute(StringRef sql) {
  std::string text = sql.str();
  PGresult *result = pq().PQexec(connection, text.c_str());
  ExecStatusType status = pq().PQresultStatus(result);
  std::string message = StringRef(pq().PQresultErrorMessage(result)).trim().str();
  pq().PQclear(result);
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
    return createStringError(inconvertibleErrorCode(), message);
  return Error::success();
}

StatementResult Connection::run(StringRef sql) {
  std::string text = sql.str();
  PGresult *result = pq().PQexec(connection, text.c_str());
  StatementResult out;
  ExecStatusType status = result ? pq().PQresultStatus(result) : PGRES_FATAL_ERROR;
  if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK || status == PGRES_EMPTY_QUERY) {
    StringRef tuples = pq().PQcmdTuples(result);
    long long rows = -1;
    if (!tuples.empty() && !tuples.getAsInteger(10, rows))
      out.rowsAffected = rows;
    pq().PQclear(result);
    return out;
  }
  out.ok = false;
  auto field = [&](int code) -> std::string {
    const char *value = result ? pq().PQresultErrorField(result, code) : nullptr;
    return value ? redact(value, connectionTarget.conninfo) : std::string();
  };
  out.error.sqlState = field(PG_DIAG_SQLSTATE);
  out.error.message = field(PG_DIAG_MESSAGE_PRIMARY);
  out.error.detail = field(PG_DIAG_MESSAGE_DETAIL);
  out.error.hint = field(PG_DIAG_MESSAGE_HINT);
  std::string position = field(PG_DIAG_STATEMENT_POSITION);
  if (!position.empty())
    StringRef(position).getAsInteger(10, out.error.position);
  if (pq().PQstatus(connection) != CONNECTION_OK) {
    out.error.connectionLost = true;
    if (out.error.message.empty())
      out.error.message = "the connection to the server was lost";
  }
  if (out.error.message.empty())
    out.error.message =
        redact(StringRef(pq().PQerrorMessage(connection)).trim(), connectionTarget.conninfo);
  if (result)
    pq().PQclear(result);
  return out;
}

/// Sends a COPY statement; succeeds when the server entered the COPY state `expected`.
static Error startCopy(PGconn *connection, const std::string &conninfo, StringRef sql,
                       ExecStatusType expected) {
  std::string text = sql.str();
  PGresult *start = pq().PQexec(connection, text.c_str());
  ExecStatusType status = start ? pq().PQresultStatus(start) : PGRES_FATAL_ERROR;
  std::string message =
      start ? redact(StringRef(pq().PQresultErrorMessage(start)).trim(), conninfo) : "out of memory";
  if (start)
    pq().PQclear(start);
  if (status != expected)
    return createStringError(inconvertibleErrorCode(), message);
  return Error::success();
}

/// Collects the results that end a COPY; the first error, if any.
static Error finishCopy(PGconn *connection, const std::string &conninfo) {
  std::string failure;
  while (PGresult *r = pq().PQgetResult(connection)) {
    if (pq().PQresultStatus(r) != PGRES_COMMAND_OK && failure.empty())
      failure = redact(StringRef(pq().PQresultErrorMessage(r)).trim(), conninfo);
    pq().PQclear(r);
  }
  return failure.empty() ? Error::success()
                         : createStringError(inconvertibleErrorCode(), failure);
}

Error Connection::copyIn(StringRef sql, const std::function<bool(std::string &)> &produce) {
  if (Error error = startCopy(connection, connectionTarget.conninfo, sql, PGRES_COPY_IN))
    return error;
  std::string chunk;
  bool more = true;
  const char *abort = nullptr;
  while (more) {
    chunk.clear();
    more = produce(chunk);
    if (!chunk.empty() &&
        pq().PQputCopyData(connection, chunk.data(), int(chunk.size())) != 1) {
      abort = "sending the data failed";
      break;
    }
  }
  if (pq().PQputCopyEnd(connection, abort) != 1)
    return createStringError(inconvertibleErrorCode(),
                             redact(StringRef(pq().PQerrorMessage(connection)).trim(),
                                    connectionTarget.conninfo));
  return finishCopy(connection, connectionTarget.conninfo);
}

Error Connection::copyOut(StringRef sql, const std::function<Error(StringRef)> &consume) {
  if (Error error = beginCopyOut(sql))
    return error;
  Error failure = Error::success();
  std::string row;
  while (true) {
    Expected<bool> more = readCopyRow(row);
    if (!more) {
      if (failure)
        consumeError(more.takeError());
      else
        failure = more.takeError();
      break;
    }
    if (!*more)
      break;
    if (!failure)
      failure = consume(row);
  }
  return failure;
}

Error Connection::beginCopyOut(StringRef sql) {
  return startCopy(connection, connectionTarget.conninfo, sql, PGRES_COPY_OUT);
}

Expected<bool> Connection::readCopyRow(std::string &out) {
  char *row = nullptr;
  int length = pq().PQgetCopyData(connection, &row, 0);
  if (length >= 0) {
    out.assign(row, size_t(length));
    pq().PQfreemem(row);
    return true;
  }
  if (Error error = finishCopy(connection, connectionTarget.conninfo))
    return error;
  return false;
}

int Connection::backendPid() const { return pq().PQbackendPID(connection); }

std::string textArrayLiteral(ArrayRef<std::string> values) {
  std::string out = "{";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i)
      out += ',';
    out += '"';
    for (char c : values[i]) {
      if (c == '"' || c == '\\')
        out += '\\';
      out += c;
    }
    out += '"';
  }
  return out + "}";
}

} // namespace schemac::backends::postgres
