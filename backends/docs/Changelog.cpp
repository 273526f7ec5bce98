//===- backends/docs/Changelog.cpp - Migration changelogs -----------------===//
//
// Part of schemac. The Markdown page of `schemac doc --from OLD --to NEW`: the changes in
// Prisma's summary words, the warnings and findings as a table, and the SQL.
//
//===----------------------------------------------------------------------===//
#include "backends/docs/Documentation.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

using namespace llvm;

namespace schemac::backends::doc {
namespace {

/// Prisma's drift summary as Markdown: sections become headings, items a list.
std::string summaryMarkdown(StringRef summary) {
  std::string out;
  SmallVector<StringRef, 32> lines;
  summary.split(lines, '\n');
  for (StringRef line : lines) {
    StringRef body = line.trim();
    if (body.empty())
      continue;
    bool nested = line.startswith("  ");
    if (!nested && body.size() > 4 && body[0] == '[') {
      if (!out.empty())
        out += "\n";
      out += "### " + body.drop_front(4).str() + "\n\n";
      continue;
    }
    if (body.consume_front("- "))
      out += "- " + body.str() + "\n";
    else if (body.size() > 4 && body[0] == '[')
      out += "- " + body.drop_front(4).str() + "\n";
    else
      out += "- " + body.str() + "\n";
  }
  return out;
}

std::string escapeCell(StringRef text) {
  std::string out;
  for (char c : text)
    out += c == '|' ? std::string("\\|") : c == '\n' ? std::string(" ") : std::string(1, c);
  return out;
}

} // namespace

void printChangelog(const Changelog &changelog, raw_ostream &os) {
  os << "# " << changelog.title << "\n\n";
  os << "From `" << changelog.from << "` to `" << changelog.to << "`: " << changelog.steps
     << (changelog.steps == 1 ? " step" : " steps") << ".\n\n";
  os << "## Changes\n\n";
  if (changelog.steps == 0)
    os << "No changes.\n\n";
  else
    os << summaryMarkdown(changelog.summary) << "\n";

  os << "## Warnings\n\n";
  std::string rows;
  for (const ChangelogRow &row : changelog.rows) {
    std::string rule =
        row.rule.empty() ? "" : "[`" + row.rule + "`](docs/rules/" + row.rule + ".md)";
    rows += "| " + row.kind + " | " + (rule.empty() ? "" : rule + " ") + "| " + row.where +
            " | " + escapeCell(row.message) + " |\n";
  }
  if (changelog.rows.empty())
    os << "None: no data loss, no blocking lock, no step that depends on the data.\n\n";
  else
    os << "| Kind | Rule | Where | Finding |\n| --- | --- | --- | --- |\n" << rows << "\n";

  os << "## SQL\n\n<details>\n<summary>The migration script</summary>\n\n```sql\n"
     << changelog.script << "```\n\n</details>\n";
}

} // namespace schemac::backends::doc
