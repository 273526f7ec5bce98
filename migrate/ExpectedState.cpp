//===- migrate/ExpectedState.cpp - The schema a history promises ----------===//
#include "migrate/Runtime.h"
#include "migrate/SqlScript.h"

#include "backends/postgres/PostgresIntrospection.h"
#include "support/Diagnostic.h"
#include "ir/Parser.h"
#include "passes/diff/Differ.h"

#include "llvm/ADT/ScopeExit.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"

#include <unistd.h>

using namespace llvm;
using schemac::backends::postgres::Connection;

namespace schemac::migrate {

Expected<ir::MigrationPlan> driftFrom(Connection &connection, ir::Schema expected) {
  Expected<ir::Schema> actual = backends::postgres::introspect(connection, expected.namespaces);
  if (!actual)
    return actual.takeError();
  return passes::diffSchemas(std::make_shared<ir::Schema>(std::move(*actual)),
                             std::make_shared<ir::Schema>(std::move(expected)),
                             passes::DiffOptions{false, {}}, nullptr);
}

Expected<ir::Schema> readSnapshot(StringRef path) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> buffer = MemoryBuffer::getFile(path);
  if (!buffer)
    return createStringError(buffer.getError(),
                             "cannot read the snapshot " + path + ": " +
                                 buffer.getError().message());
  SourceMgr sourceMgr;
  unsigned id = sourceMgr.AddNewSourceBuffer(std::move(*buffer), SMLoc());
  DiagnosticEngine diags(sourceMgr);
  std::optional<ir::Schema> schema = ir::parseSchemaText(id, diags);
  if (!schema) {
    std::string text;
    raw_string_ostream os(text);
    diags.printText(os);
    return createStringError(inconvertibleErrorCode(),
                             "the snapshot " + path + " is not valid: " + os.str());
  }
  return std::move(*schema);
}

Expected<ir::Schema> schemaAfter(const MigrationsFolder &folder, int count, Connection *shadow) {
  if (count == 0)
    return ir::Schema();
  const LocalMigration &last = folder.migrations[count - 1];
  if (last.snapshotPath)
    return readSnapshot(*last.snapshotPath);
  if (!shadow)
    return createStringError(inconvertibleErrorCode(),
                             "the migration `" + last.name + "` has no snapshot (schema.sir), "
                             "so the schema after it comes from replaying the folder on a "
                             "shadow database: give --shadow-url, or use the embedded "
                             "database (`schemac db start`)");
  // Replay on a scratch database of the shadow server.
  std::string name = "schemac_shadow_" + std::to_string(::getpid()) + "_" + newRowId().substr(0, 8);
  auto quoted = "\"" + name + "\"";
  if (Error error = shadow->execute("CREATE DATABASE " + quoted))
    return createStringError(inconvertibleErrorCode(),
                             "cannot create a shadow database on " +
                                 shadow->target().description + ": " + toString(std::move(error)));
  auto drop = make_scope_exit(
      [&] { consumeError(shadow->execute("DROP DATABASE IF EXISTS " + quoted + " WITH (FORCE)")); });
  backends::postgres::ConnectionTarget target = shadow->target().withDatabase(name);
  target.schemas = {"public"};
  Expected<std::unique_ptr<Connection>> scratch = Connection::open(target);
  if (!scratch)
    return scratch.takeError();
  for (int i = 0; i < count; ++i) {
    const LocalMigration &migration = folder.migrations[i];
    std::vector<SqlStatement> statements = splitStatements(migration.script);
    for (size_t s = 0; s < statements.size(); ++s) {
      backends::postgres::StatementResult result = (*scratch)->run(statements[s].text);
      if (!result.ok)
        return createStringError(inconvertibleErrorCode(),
                                 "replaying `" + migration.name + "` on the shadow database "
                                 "failed at line " + std::to_string(statements[s].line) + ": " +
                                 result.error.message);
    }
  }
  Expected<ir::Schema> schema = backends::postgres::introspect(**scratch);
  scratch->reset();
  return schema;
}

} // namespace schemac::migrate
