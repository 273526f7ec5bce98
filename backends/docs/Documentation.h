//===- backends/docs/Documentation.h - Schema documentation ----------*- C++ -*-===//
//
// Part of schemac. `schemac doc`: documentation of a database IR (a schema file or a live
// database) as
//   - Markdown: per model its fields (Prisma type, column, database type, nullability,
//     default, constraints, doc comment), relations with cardinality and referential
//     actions, indexes; enums with their values; an overview with a Mermaid erDiagram
//     (GitHub renders it). Several `@@schema` namespaces give one page each plus an index;
//   - JSON (version 1, docs/doc.md), DBML (dbdiagram.io), the Mermaid diagram alone, and
//     one self-contained HTML page (the Mermaid renderer inlined).
// Relations come from the foreign keys (and implicit many-to-many join tables): 1:1 when
// the foreign key columns are unique, optional when they are nullable. Output is
// deterministic: schema order throughout.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_BACKENDS_DOCS_DOCUMENTATION_H
#define SCHEMAC_BACKENDS_DOCS_DOCUMENTATION_H

#include "ir/Schema.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <utility>
#include <vector>

namespace schemac::backends::doc {

struct DocOptions {
  std::string title = "Database schema";
  /// Shown as "Generated from ..." (file names; never a connection string).
  std::string source;
};

/// One Markdown page: overview, diagram, models, enums.
void printMarkdown(const ir::Schema &schema, const DocOptions &options, llvm::raw_ostream &os);

/// The pages of a Markdown reference, as (file name, contents): `README.md` alone, or,
/// with several namespaces, `README.md` (index and the diagram of all relations between
/// namespaces' models) and one `<namespace>.md` per namespace.
std::vector<std::pair<std::string, std::string>> markdownPages(const ir::Schema &schema,
                                                               const DocOptions &options);

/// The Mermaid `erDiagram` of all models and relations.
void printMermaid(const ir::Schema &schema, llvm::raw_ostream &os);

/// DBML (https://dbml.dbdiagram.io): tables, enums, references, notes.
void printDBML(const ir::Schema &schema, const DocOptions &options, llvm::raw_ostream &os);

/// The documentation model as JSON (version 1; docs/doc.md describes the shape).
void printJSON(const ir::Schema &schema, const DocOptions &options, llvm::raw_ostream &os);

/// One self-contained HTML page: the Markdown reference rendered to HTML, and the diagram
/// drawn by `mermaidScript` (the text of mermaid.min.js), inlined.
void printHTML(const ir::Schema &schema, const DocOptions &options,
               llvm::StringRef mermaidScript, llvm::raw_ostream &os);

/// A migration changelog (`schemac doc --from OLD --to NEW`): what the tool computed
/// (the plan's summary and script, its warnings and lint findings), as Markdown.
struct ChangelogRow {
  std::string kind;    ///< data loss, may fail, error, warning
  std::string rule;    ///< the lint rule, empty for the plan's own warnings
  std::string where;   ///< file:line, or the step
  std::string message;
};
struct Changelog {
  std::string title, from, to;
  size_t steps = 0;
  std::string summary; ///< backends::postgres::migrationSummary
  std::string script;  ///< backends::postgres::migrationScript
  std::vector<ChangelogRow> rows;
};
void printChangelog(const Changelog &changelog, llvm::raw_ostream &os);

} // namespace schemac::backends::doc

#endif // SCHEMAC_BACKENDS_DOCS_DOCUMENTATION_H
