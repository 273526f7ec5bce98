//===- tools/driver/Compile.h - Shared driver steps -------------*- C++ -*-===//
//
// Part of schemac. What the command-line tools share: reading a schema target into the IR
// (Prisma files, a folder, a textual IR file, a version from git, or a live database),
// with phase timing for --time-report.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_TOOLS_DRIVER_COMPILE_H
#define SCHEMAC_TOOLS_DRIVER_COMPILE_H

#include "backends/postgres/PostgresConnection.h"
#include "ir/Schema.h"
#include "support/Diagnostic.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace schemac::tools {

/// Wall time of each phase, for --time-report (like clang's -ftime-report).
class PhaseTimer {
public:
  void next(llvm::StringRef phase);
  /// Lists `other`'s phases, named `prefix` + phase, under the phase now running: the
  /// work of another thread within it (they do not count towards the total).
  void addDetails(llvm::StringRef prefix, PhaseTimer &other);
  void print(llvm::raw_ostream &os);

private:
  struct Detail {
    size_t phase; ///< shown under phases[phase]
    std::string name;
    double ms;
  };
  std::string current;
  std::chrono::steady_clock::time_point start;
  std::vector<std::pair<std::string, double>> phases;
  std::vector<Detail> details;
};

/// Like clang's -disable-free: the process is about to exit, so large trees are not freed
/// node by node. Keeps `pointer` reachable until exit (a diff compiles two schemas).
void keepUntilExit(void *pointer);

/// Moves `value` to the heap, where it stays until exit, and returns it there.
template <typename T> T &keepUntilExit(T &&value) {
  static_assert(!std::is_reference_v<T>, "keepUntilExit takes a temporary");
  T *kept = new T(std::move(value));
  keepUntilExit(static_cast<void *>(kept));
  return *kept;
}

struct LoadOptions {
  /// Textual IR: give constructs without a `loc(...)` their position in the IR file, so
  /// that passes report findings there (schemac-opt, lint).
  bool anchorIRText = false;
  /// Require `url` in the datasource (checks only; SQL does not depend on it).
  bool requireDatasourceUrl = false;
};

/// Reads a schema target into the IR: a textual IR file (`.sir`, or any file starting
/// with `schemac.ir`), or Prisma schema files (a file or a folder). Appends the files read
/// to `readFiles`. Returns std::nullopt after reporting errors.
std::optional<ir::Schema> loadSchemaIR(llvm::StringRef path, DiagnosticEngine &diags,
                                       std::vector<std::string> &readFiles, PhaseTimer &timer,
                                       const LoadOptions &options = {});

/// A schema target read into the SourceMgr, not compiled yet: loadSchemaIR in two steps,
/// so that reading (which adds buffers and must happen on one thread) can be followed by
/// compiling two targets at once.
struct SchemaSource {
  std::vector<unsigned> buffers;
  bool isIR = false; ///< one buffer of textual IR
};
std::optional<SchemaSource> readSchemaSource(llvm::StringRef path, DiagnosticEngine &diags,
                                             std::vector<std::string> &readFiles,
                                             PhaseTimer &timer);
/// Compiles a target read by readSchemaSource. Touches no shared state but the buffers of
/// `source` in the SourceMgr, so two targets can be compiled on two threads, each with its
/// own engine over the same SourceMgr.
std::optional<ir::Schema> compileSchemaSource(const SchemaSource &source,
                                              DiagnosticEngine &diags, PhaseTimer &timer,
                                              const LoadOptions &options = {});
/// How compileSchemaSources names and reports its two targets.
struct TwoSources {
  llvm::StringRef firstLabel, secondLabel; ///< prefixes of their --time-report phases
  /// Report the second target's diagnostics even when the first did not compile (as a
  /// caller that always loads both would); otherwise only the first's, as a caller that
  /// stops at the first failure.
  bool reportSecondAfterFailure = false;
};
/// Compiles two targets read by readSchemaSource at the same time, `first` on a second
/// thread, each with half the cores and its own engine. Diagnostics reach `diags` as if
/// the targets were compiled one after the other.
std::pair<std::optional<ir::Schema>, std::optional<ir::Schema>>
compileSchemaSources(const SchemaSource &first, const SchemaSource &second,
                     DiagnosticEngine &diags, PhaseTimer &timer, const TwoSources &how,
                     const LoadOptions &options = {});
/// loadSchemaIR for two targets: reads them one after the other, then compiles them at
/// once (compileSchemaSources). With `how.reportSecondAfterFailure` unset, stops at the
/// first target that cannot be read or compiled, as two loadSchemaIR calls in a row would.
std::pair<std::optional<ir::Schema>, std::optional<ir::Schema>>
loadSchemaIRs(llvm::StringRef firstPath, llvm::StringRef secondPath, DiagnosticEngine &diags,
              std::vector<std::string> &readFiles, PhaseTimer &timer, const TwoSources &how,
              const LoadOptions &options = {});
/// Compiles Prisma schema buffers already in the engine's SourceMgr (parse, validate,
/// lower). Returns std::nullopt after reporting errors.
std::optional<ir::Schema> compileSchemaBuffers(llvm::ArrayRef<unsigned> buffers,
                                               DiagnosticEngine &diags, PhaseTimer &timer,
                                               const LoadOptions &options = {});

/// Reads the version of `path` (a schema file or folder in a git work tree) at git
/// revision `ref` into the SourceMgr, as buffers named `ref:path`. Errors are git's.
llvm::Expected<std::vector<unsigned>> loadSchemaFromGit(llvm::StringRef ref,
                                                        llvm::StringRef path,
                                                        llvm::SourceMgr &sourceMgr);

/// The session limits of commands that only read a database (introspect, diff and doc
/// of a URL, data-aware lint): read-only, with these timeouts (--statement-timeout,
/// --lock-timeout; defaults 60 s and 10 s, so that a busy or locked database gives an
/// error instead of a hang).
struct ReadOnlyLimits {
  unsigned statementTimeoutMs = 60000;
  unsigned lockTimeoutMs = 10000;

  /// The settings of such a session.
  backends::postgres::SessionLimits session() const {
    return {statementTimeoutMs, lockTimeoutMs, /*readOnly=*/true};
  }
};

/// Reads a live PostgreSQL database into the IR in a read-only session; errors are
/// reported to `diags`.
std::optional<ir::Schema> introspectURL(llvm::StringRef url, DiagnosticEngine &diags,
                                        PhaseTimer &timer, const ReadOnlyLimits &limits,
                                        llvm::ArrayRef<std::string> alsoRead = {});

} // namespace schemac::tools

#endif // SCHEMAC_TOOLS_DRIVER_COMPILE_H
