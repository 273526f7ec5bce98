//===- ir/ConstraintNames.cpp - Default constraint and index names --------===//
#include "ir/ConstraintNames.h"

using namespace llvm;

namespace schemac::ir {

StringRef truncateAtCharBoundary(StringRef text, size_t maxBytes) {
  if (maxBytes >= text.size())
    return text;
  size_t cut = maxBytes;
  // Continuation bytes are 10xxxxxx; back up to the start of the character.
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
    --cut;
  return text.take_front(cut);
}

/// `base` followed by `suffix`, with `base` cut so that the whole fits in `limit` bytes.
/// Prisma cuts as soon as the base reaches `limit - suffix` bytes (`>=`), which makes no
/// difference to the result.
static std::string withSuffix(StringRef base, StringRef suffix, size_t limit) {
  size_t room = limit > suffix.size() ? limit - suffix.size() : 0;
  std::string name = truncateAtCharBoundary(base, room).str();
  name += suffix;
  return name;
}

static std::string joinColumns(StringRef table, ArrayRef<StringRef> columns) {
  std::string joined = table.str();
  for (StringRef column : columns) {
    joined += '_';
    joined += column;
  }
  return joined;
}

std::string primaryKeyName(StringRef table, size_t limit) {
  return withSuffix(table, "_pkey", limit);
}

std::string uniqueIndexName(StringRef table, ArrayRef<StringRef> columns, size_t limit) {
  return withSuffix(joinColumns(table, columns), "_key", limit);
}

std::string indexName(StringRef table, ArrayRef<StringRef> columns, size_t limit) {
  return withSuffix(joinColumns(table, columns), "_idx", limit);
}

std::string foreignKeyName(StringRef table, ArrayRef<StringRef> columns, size_t limit) {
  return withSuffix(joinColumns(table, columns), "_fkey", limit);
}

std::string defaultConstraintName(StringRef table, StringRef column, size_t limit) {
  return withSuffix(joinColumns(table, {column}), "_df", limit);
}

} // namespace schemac::ir
