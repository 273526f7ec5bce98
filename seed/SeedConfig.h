//===- seed/SeedConfig.h - Seed sets in .schemac.yaml ------------*- C++ -*-===//
//
// Part of schemac. The `seed:` section of the project's configuration file (the
// `.schemac.yaml` that lint reads, found by walking up from the schema):
//
//   seed:
//     sets:
//       demo:
//         version: 3            # optional; the set's content decides when it changed
//         seed: 42
//         counts: { users: 100, jobs: 1000, applications: 500 }
//         fields:
//           User.email: { template: "user{n}@example.com" }
//           Job.source: { values: { linkedin: 5, indeed: 3, lever: 1 } }
//           Job.title: { generator: jobTitle }
//         fixtures:
//           User:
//             - { id: admin, email: admin@example.com, name: Admin }
//     environments:
//       development: demo
//       staging: smoke
//
// Unknown keys and bad values are errors with file:line:col.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_SEED_SEEDCONFIG_H
#define SCHEMAC_SEED_SEEDCONFIG_H

#include "seed/Seeder.h"

#include "llvm/Support/Error.h"

#include <map>
#include <optional>
#include <string>

namespace schemac::seed {

struct SeedSet {
  std::string name;
  std::string version;  ///< `version:`, or "" (the checksum then names it)
  std::string checksum; ///< SHA-256 of the set's definition as written
  SeedRequest request;
};

struct SeedConfig {
  std::map<std::string, SeedSet> sets;
  std::map<std::string, std::string> environments; ///< environment -> set
};

/// Reads the `seed:` section of `path` (absent: an empty configuration).
llvm::Expected<SeedConfig> readSeedConfig(llvm::StringRef path);

} // namespace schemac::seed

#endif // SCHEMAC_SEED_SEEDCONFIG_H
