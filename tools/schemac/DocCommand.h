//===- tools/schemac/DocCommand.h - `schemac doc` ---------------*- C++ -*-===//
//
// Part of schemac. The doc subcommand: a reference of one schema (Markdown pages, JSON,
// DBML, Mermaid, HTML), or with --from/--to the changelog of a migration.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_TOOLS_DOCCOMMAND_H
#define SCHEMAC_TOOLS_DOCCOMMAND_H

#include "Compile.h"
#include "support/Diagnostic.h"

#include <string>

namespace schemac::tools {

enum class DocFormat { Markdown, Json, Dbml, Mermaid, Html };

struct DocCommandOptions {
  std::string path;      ///< the schema (file, folder, .sir); empty with --url or --from
  std::string url;       ///< --url: document a live database instead
  ReadOnlyLimits databaseLimits; ///< --statement-timeout, --lock-timeout
  std::string from, to;  ///< --from/--to: the changelog of the migration between them
  std::string output;    ///< -o: a folder (Markdown pages) or a file; empty: stdout
  std::string title;
  std::string mermaidScript; ///< --mermaid-js: mermaid.min.js for HTML
  DocFormat format = DocFormat::Markdown;
  DiagnosticOptions diagnostics;
  bool timeReport = false;
};

/// 0 written, 1 the schema has errors, 2 usage or I/O error.
int runDoc(const DocCommandOptions &options);

} // namespace schemac::tools

#endif // SCHEMAC_TOOLS_DOCCOMMAND_H
