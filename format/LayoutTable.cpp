//===- format/LayoutTable.cpp - Prisma's Renderer and TableFormat ---------===//
#include "format/LayoutTable.h"

#include "llvm/ADT/SmallVector.h"

#include <algorithm>

namespace schemac::format {

void Table::render(Renderer &out) {
  std::vector<size_t> widths;
  for (Row &row : rows) {
    if (row.interleaved)
      continue;
    while (!row.cols.empty() && row.cols.back().empty())
      row.cols.pop_back();
    if (widths.size() < row.cols.size())
      widths.resize(row.cols.size());
    for (size_t i = 0; i < row.cols.size(); ++i)
      widths[i] = std::max(widths[i], row.cols[i].size());
  }
  for (const Row &row : rows) {
    if (row.interleaved) {
      out.write(row.suffix);
    } else {
      for (size_t i = 0; i < row.cols.size(); ++i) {
        out.write(row.cols[i]);
        if (i + 1 != row.cols.size())
          out.write(std::string(widths[i] - row.cols[i].size() + 1, ' '));
      }
      if (!row.suffix.empty()) {
        if (!row.cols.empty())
          out.write(" ");
        out.write(row.suffix);
      }
    }
    out.endLine();
  }
  rows.clear();
}

/// Prisma's canonical form of comments on their own lines: `//` and `///` comments as
/// they are, a `/* */` comment as a `/**`, ` * line`, ` */` block.
void commentRows(llvm::StringRef text, Table &table) {
  if (!text.starts_with("/*")) {
    table.startRow();
    table.appendSuffix(text);
    return;
  }
  table.startRow();
  table.appendSuffix("/**");
  llvm::StringRef inner = text.drop_front(2);
  if (inner.ends_with("*/"))
    inner = inner.drop_back(2);
  llvm::SmallVector<llvm::StringRef, 8> lines;
  inner.split(lines, '\n');
  for (llvm::StringRef line : lines) {
    line = line.trim(" \t\r\n\v\f");
    if (line.consume_front("*"))
      line = line.ltrim(" \t\r\n\v\f");
    if (line.empty())
      continue;
    table.startRow();
    table.appendSuffix(" * ");
    table.appendSuffix(line);
  }
  table.startRow();
  table.appendSuffix(" */");
}

} // namespace schemac::format
