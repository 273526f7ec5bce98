//===- format/LayoutTable.h - Prisma's Renderer and TableFormat -*- C++ -*-===//
//
// Part of schemac. The output side of the formatter, as Prisma's schema-ast renderer has
// it: an indenting writer, and tables of aligned columns (one per run of fields, enum
// values or properties). Private to format/.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_FORMAT_LAYOUTTABLE_H
#define SCHEMAC_FORMAT_LAYOUTTABLE_H

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace schemac::format {

class Renderer {
public:
  Renderer(std::string &stream, unsigned indentWidth) : stream(stream), indentWidth(indentWidth) {}
  void write(llvm::StringRef text) {
    if (stream.empty() || stream.back() == '\n')
      stream.append(indent * indentWidth, ' ');
    stream.append(text.data(), text.size());
  }
  void endLine() { stream.push_back('\n'); }
  void indentUp() { ++indent; }
  void indentDown() {
    if (indent)
      --indent;
  }

private:
  std::string &stream;
  unsigned indentWidth;
  unsigned indent = 0;
};

/// Rows of aligned columns. A row's suffix (an end-of-line comment) does not count for the
/// widths; an interleaved row (a verbatim line) has no columns. Widths are in bytes, as
/// Prisma measures them.
class Table {
public:
  void startRow() { rows.emplace_back(); }
  std::string &column(size_t index) {
    Row &row = rows.back();
    if (row.cols.size() < index + 1)
      row.cols.resize(index + 1);
    return row.cols[index];
  }
  void appendSuffix(llvm::StringRef text) { rows.back().suffix.append(text.data(), text.size()); }
  void interleave(llvm::StringRef text) {
    rows.emplace_back();
    rows.back().interleaved = true;
    rows.back().suffix = text.str();
  }
  bool empty() const { return rows.empty(); }

  /// Writes the rows, columns padded to the widest cell, and clears the table.
  void render(Renderer &out);

private:
  struct Row {
    std::vector<std::string> cols;
    std::string suffix;
    bool interleaved = false;
  };
  std::vector<Row> rows;
};

/// Prisma's canonical form of comments on their own lines: `//` and `///` comments as
/// they are, a `/* */` comment as a `/**`, ` * line`, ` */` block.
void commentRows(llvm::StringRef text, Table &table);

} // namespace schemac::format

#endif // SCHEMAC_FORMAT_LAYOUTTABLE_H
