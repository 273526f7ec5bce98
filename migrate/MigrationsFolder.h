//===- migrate/MigrationsFolder.h - Prisma's migrations folder -----*- C++ -*-===//
//
// Part of schemac. The migrations folder exactly as Prisma Migrate lays it out
// (`<YYYYMMDDHHMMSS>_<name>/migration.sql` and `migration_lock.toml`), plus the files
// schemac adds and Prisma ignores in each migration folder:
//   down.sql      the reverse script,
//   schema.sir    the database IR after the migration (textual IR), so that the state
//                 after each migration is known without a database,
//   schemac.json  the parent migration and the checksum migration.sql was created with.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_MIGRATE_MIGRATIONSFOLDER_H
#define SCHEMAC_MIGRATE_MIGRATIONSFOLDER_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <optional>
#include <string>
#include <vector>

namespace schemac::migrate {

/// Prisma's advisory lock key (schema-engine's postgres flavour), so that schemac and
/// Prisma Migrate never run beside each other on one database.
constexpr long long kAdvisoryLockKey = 72707369;

struct LocalMigration {
  std::string name;      ///< the folder name, `20260101120000_init`
  std::string directory; ///< its path
  std::string script;    ///< migration.sql
  std::string checksum;  ///< lowercase hex SHA-256 of migration.sql (Prisma's checksum)
  std::optional<std::string> down;         ///< down.sql
  std::optional<std::string> snapshotPath; ///< schema.sir, when present
  /// From schemac.json: the migration this one was made after ("" for the first one)
  /// and migration.sql's checksum when it was made.
  std::optional<std::string> parent;
  std::string createdChecksum;
};

struct MigrationsFolder {
  std::string path;
  std::vector<LocalMigration> migrations; ///< sorted by name, as Prisma sorts them
  std::optional<std::string> lockProvider; ///< `provider` of migration_lock.toml
  /// Entries that are neither a migration folder nor migration_lock.toml.
  std::vector<std::string> strayEntries;

  const LocalMigration *find(llvm::StringRef name) const;
  int indexOf(llvm::StringRef name) const;
};

/// Reads the folder. A migration folder without migration.sql is an error (as in
/// Prisma); a missing folder reads as empty when `allowMissing`.
llvm::Expected<MigrationsFolder> readMigrationsFolder(llvm::StringRef path,
                                                      bool allowMissing = false);

/// Lowercase hex SHA-256.
std::string sha256Hex(llvm::StringRef data);

/// Whether `script` still has the checksum recorded for it. Like Prisma's engine, line
/// endings do not count (a CRLF checkout of an applied migration is not an edit).
bool checksumMatches(llvm::StringRef recorded, llvm::StringRef script);

/// Prisma CLI's migration name slug: lower case, ASCII (`ä` -> `ae`, `é` -> `e`), runs of
/// anything else as one `_`, camelCase split (`AddUser` -> `add_user`), at most 200 bytes.
std::string slugify(llvm::StringRef name);

/// The current UTC time as `YYYYMMDDHHMMSS` ($SCHEMAC_NOW, in that form, overrides it
/// for reproducible tests).
std::string migrationTimestamp();

/// The bytes Prisma writes into migration_lock.toml.
std::string lockFileContents(llvm::StringRef provider);

struct NewMigration {
  std::string name; ///< folder name
  std::string script, down, snapshot;
  std::string parent; ///< "" for the first migration
};

/// Writes a new migration folder (and migration_lock.toml when missing) atomically: the
/// files go to a hidden temporary folder that is renamed into place, so an interrupted
/// `migrate new` never leaves a half-written migration that Prisma would pick up.
llvm::Error writeMigration(llvm::StringRef folder, const NewMigration &migration);

} // namespace schemac::migrate

#endif // SCHEMAC_MIGRATE_MIGRATIONSFOLDER_H
