//===- frontend/Connector.h - Provider capabilities and native types -*- C++ -*-===//
//
// Part of schemac. What each datasource provider supports, as Prisma's connectors declare
// it: scalar lists, enums, index types and arguments, referential actions, multi-schema,
// and the `@db.*` native types with their arguments and compatible field types.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_FRONTEND_CONNECTOR_H
#define SCHEMAC_FRONTEND_CONNECTOR_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <optional>

namespace schemac::frontend {

enum class Provider { None, PostgreSQL, CockroachDB, MySQL, SQLite, SQLServer, MongoDB };

enum class ScalarType { String, Int, BigInt, Float, Decimal, Boolean, DateTime, Json, Bytes };

std::optional<Provider> parseProvider(llvm::StringRef name);
llvm::StringRef providerName(Provider provider);
std::optional<ScalarType> parseScalarType(llvm::StringRef name);
llvm::StringRef scalarTypeName(ScalarType type);

enum class ReferentialAction { Cascade, Restrict, NoAction, SetNull, SetDefault };
std::optional<ReferentialAction> parseReferentialAction(llvm::StringRef name);
llvm::StringRef referentialActionName(ReferentialAction action);

enum class IndexAlgorithm { BTree, Hash, Gist, Gin, SpGist, Brin };
std::optional<IndexAlgorithm> parseIndexAlgorithm(llvm::StringRef name);
llvm::StringRef indexAlgorithmName(IndexAlgorithm algorithm);

/// One `@db.Name(args)` native type of a provider.
struct NativeTypeInfo {
  llvm::StringRef name;
  unsigned minArgs;
  unsigned maxArgs;
  /// Field types it may be used on.
  llvm::ArrayRef<ScalarType> scalarTypes;
};

struct ConnectorCapabilities {
  bool scalarLists = false;
  bool decimal = true; ///< the Decimal scalar type
  bool enums = false;
  bool compositeTypes = false;
  bool multiSchema = false;
  bool indexLength = false;       ///< `length:` on index fields (MySQL)
  bool clustering = false;        ///< `clustered:` (SQL Server)
  bool indexAlgorithms = false;   ///< `type:` on @@index (PostgreSQL, CockroachDB)
  bool sortInIndexes = true;
  bool autoincrement = true;
  bool foreignKeys = true;        ///< relationMode = "foreignKeys" by default
  bool fullTextIndex = false;
  bool extensions = false;        ///< `extensions = [...]` (PostgreSQL)
  bool restrictAction = true;     ///< SQL Server has no RESTRICT
  bool setDefaultAction = true;
};

const ConnectorCapabilities &capabilitiesOf(Provider provider);
llvm::ArrayRef<NativeTypeInfo> nativeTypesOf(Provider provider);
const NativeTypeInfo *findNativeType(Provider provider, llvm::StringRef name);
/// The datasource name prefix of native types (`db` by convention; any name works).
bool supportsIndexAlgorithm(Provider provider, IndexAlgorithm algorithm);

} // namespace schemac::frontend

#endif // SCHEMAC_FRONTEND_CONNECTOR_H
