//===- backends/postgres/PostgresConnection.h - libpq connections --------*- C++ -*-===//
//
// Part of schemac. A thin RAII layer over libpq: connection URLs (Prisma's
// `postgresql://...?schema=x` included), parameterised queries and results, and error
// messages that say what went wrong (unreachable server, wrong password, missing
// database) without ever printing the password or the full connection string.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_BACKENDS_POSTGRES_POSTGRESCONNECTION_H
#define SCHEMAC_BACKENDS_POSTGRES_POSTGRESCONNECTION_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct pg_conn;
struct pg_result;

namespace schemac::backends::postgres {

/// Where to connect, from a URL or a libpq key=value string.
struct ConnectionTarget {
  std::string conninfo; ///< what libpq gets: the URL without Prisma-only parameters
  /// Namespaces to read: `?schema=` of a Prisma URL, else "public".
  std::vector<std::string> schemas;
  /// `user@host:port/database`, for messages; never holds the password.
  std::string description;
  /// Connect to this database instead of the URL's (shadow and scratch databases on the
  /// same server).
  std::string databaseOverride;
  /// The URL's `options` (else $PGOPTIONS): server settings the user asked for, kept in
  /// front of the ones schemac adds when it connects.
  std::string serverOptions;

  /// The same server and credentials, another database.
  ConnectionTarget withDatabase(llvm::StringRef database) const;
};

/// The libpq environment variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE,
/// PGSSLMODE, ...) that make PostgreSQL's own tools (pg_dump, pg_restore, psql) connect to
/// `target`: child processes get the connection through their environment, never in their
/// argv, where every user of the machine could read it.
llvm::Expected<std::vector<std::pair<std::string, std::string>>>
libpqEnvironment(const struct ConnectionTarget &target);

/// The URL in $DATABASE_URL, else the first line of the file $DATABASE_URL_FILE names (a
/// secret mounted by Docker or Kubernetes); none when neither is set.
llvm::Expected<std::optional<std::string>> urlFromEnvironment();

/// Parses a connection URL; an empty `url` means urlFromEnvironment(). The error never
/// contains the URL itself.
llvm::Expected<ConnectionTarget> parseConnectionTarget(llvm::StringRef url);

class QueryResult {
public:
  explicit QueryResult(pg_result *result) : result(result) {}
  QueryResult(QueryResult &&other) noexcept : result(other.result) { other.result = nullptr; }
  QueryResult(const QueryResult &) = delete;
  ~QueryResult();

  int rows() const;
  llvm::StringRef get(int row, int column) const;
  bool isNull(int row, int column) const;
  bool getBool(int row, int column) const { return get(row, column) == "t"; }

private:
  pg_result *result;
};

/// What PostgreSQL said about a failed statement (its error fields, never the URL).
struct StatementError {
  std::string sqlState; ///< `42P01`, `55P03` (lock_not_available), ...
  std::string message, detail, hint;
  int position = 0; ///< 1-based character position in the statement, 0 when unknown
  bool connectionLost = false;
};

/// The outcome of one statement run with Connection::run.
struct StatementResult {
  bool ok = true;
  long long rowsAffected = -1; ///< from the command tag; -1 when it has none
  std::string commandTag;
  StatementError error;
};

/// Settings of a session, set when it starts (libpq's `options`), so that they hold for
/// every query of it, in and out of transactions.
struct SessionLimits {
  /// statement_timeout and lock_timeout in milliseconds; 0 leaves the server's setting.
  unsigned statementTimeoutMs = 0;
  unsigned lockTimeoutMs = 0;
  /// default_transaction_read_only: every transaction of the session is read-only, so a
  /// command that only reads cannot write, even by mistake.
  bool readOnly = false;
};

class Connection {
public:
  static llvm::Expected<std::unique_ptr<Connection>> open(const ConnectionTarget &target,
                                                          const SessionLimits &limits = {});
  ~Connection();

  /// Runs `sql` with text parameters ($1, $2, ...).
  llvm::Expected<QueryResult> query(llvm::StringRef sql,
                                    llvm::ArrayRef<std::string> parameters = {});
  /// Runs a script of several statements (no parameters).
  llvm::Error execute(llvm::StringRef sql);
  /// Runs one statement (or a script) and reports PostgreSQL's error fields instead of
  /// an llvm::Error, for callers that record them (the migration runtime).
  StatementResult run(llvm::StringRef sql);
  /// `COPY ... FROM STDIN`: `produce` appends the next chunk of COPY data to its argument
  /// and returns false when there is no more. The COPY's error (constraint, syntax) is
  /// returned with PostgreSQL's message.
  llvm::Error copyIn(llvm::StringRef sql,
                     const std::function<bool(std::string &chunk)> &produce);
  /// `COPY ... TO STDOUT`: `consume` gets each data row (with its newline).
  llvm::Error copyOut(llvm::StringRef sql,
                      const std::function<llvm::Error(llvm::StringRef row)> &consume);
  /// `COPY ... TO STDOUT` read row by row: beginCopyOut, then readCopyRow until it returns
  /// false (then the COPY's outcome is in the error, if any).
  llvm::Error beginCopyOut(llvm::StringRef sql);
  llvm::Expected<bool> readCopyRow(std::string &row);
  /// The server process of this session (pg_backend_pid()).
  int backendPid() const;
  const ConnectionTarget &target() const { return connectionTarget; }

private:
  Connection(pg_conn *connection, ConnectionTarget target)
      : connection(connection), connectionTarget(std::move(target)) {}
  pg_conn *connection;
  ConnectionTarget connectionTarget;
};

/// `{"a","b"}`: a text[] literal for a query parameter.
std::string textArrayLiteral(llvm::ArrayRef<std::string> values);

} // namespace schemac::backends::postgres

#endif // SCHEMAC_BACKENDS_POSTGRES_POSTGRESCONNECTION_H
