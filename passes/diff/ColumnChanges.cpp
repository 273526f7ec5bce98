//===- passes/diff/ColumnChanges.cpp - How a column changes between two schemas -===//
//
// Part of schemac. The cast table (Prisma's ColumnTypeChange: safe, risky, not castable)
// and default equality (Prisma's defaults_match), which together say what changes in a
// column present on both sides.
//
//===----------------------------------------------------------------------===//
#include "passes/diff/Differ.h"
#include "passes/diff/DifferImpl.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/JSON.h"

#include <map>
#include <tuple>

using namespace llvm;

namespace schemac::passes {

using ir::CastKind;
using ir::Column;
using ir::ColumnChanges;
using ir::TypeKind;
//===----------------------------------------------------------------------===//
// Column types
//===----------------------------------------------------------------------===//

namespace {

/// Prisma's postgres_native_type_change_riskyness: `previous` and `next` are native
/// (non-enum, non-Unsupported) types that differ.
std::optional<CastKind> nativeTypeChange(const ir::ColumnType &previous,
                                         const ir::ColumnType &next) {
  using K = TypeKind;
  const CastKind Safe = CastKind::Safe, Risky = CastKind::Risky, Not = CastKind::NotCastable;
  if (previous == next)
    return std::nullopt;
  K n = next.kind;
  bool nextIsChar = n == K::Char;
  auto len = [](const ir::ColumnType &t) { return t.length; };
  auto isText = [&] { return n == K::Text; };
  auto isVarCharNone = [&] { return n == K::VarChar && !next.length; };
  switch (previous.kind) {
  case K::Inet:
    return (n == K::Citext || n == K::Text || n == K::VarChar) ? Safe : Not;
  case K::Money:
    return (n == K::Citext || n == K::Text || n == K::VarChar) ? Safe : Risky;
  case K::Citext:
    return (n == K::Text || n == K::VarChar) ? Safe : Risky;
  case K::Oid:
    return (n == K::Text || n == K::VarChar || n == K::BigInt || n == K::Integer) ? Safe : Not;
  case K::SmallInt:
  case K::Integer:
  case K::BigInt: {
    // Digits the type can hold, and the string length it needs with a sign.
    unsigned digits = previous.kind == K::SmallInt ? 3 : previous.kind == K::Integer ? 10 : 19;
    unsigned chars = previous.kind == K::SmallInt ? 4 : previous.kind == K::Integer ? 11 : 20;
    switch (n) {
    case K::SmallInt:
      return previous.kind == K::SmallInt ? Safe : Risky;
    case K::Integer:
      return previous.kind == K::BigInt ? Risky : Safe;
    case K::BigInt:
      return Safe;
    case K::Decimal:
      if (next.length && next.scale && int64_t(*next.length) - int64_t(*next.scale) < digits)
        return Risky;
      return Safe;
    case K::Real:
    case K::DoublePrecision:
    case K::Text:
      return Safe;
    case K::VarChar:
    case K::Char:
      if (next.length && *next.length < chars)
        return Risky;
      if (!next.length && nextIsChar)
        return Risky;
      return Safe;
    default:
      return Not;
    }
  }
  case K::Decimal: {
    bool oldParams = previous.length && previous.scale;
    uint32_t p = previous.length.value_or(0), s = previous.scale.value_or(0);
    auto toInt = [&](uint32_t maxPrecision) {
      if (!oldParams || s > 0 || p > maxPrecision)
        return Risky;
      return Safe;
    };
    switch (n) {
    case K::SmallInt: return toInt(2);
    case K::Integer: return toInt(9);
    case K::BigInt: return toInt(18);
    case K::Decimal: {
      bool newParams = next.length && next.scale;
      if (oldParams && !newParams)
        return Safe;
      if (!oldParams && newParams)
        return (*next.length < 131072 || *next.scale < 16383) ? Risky : Safe;
      if (oldParams && newParams &&
          (int64_t(p) - s > int64_t(*next.length) - *next.scale || s > *next.scale))
        return Risky;
      return Safe;
    }
    case K::Real:
    case K::DoublePrecision:
      return Risky;
    case K::VarChar:
    case K::Char: {
      std::optional<uint32_t> l = next.length;
      if (l && oldParams && s == 0 && p + 1 > *l)
        return Risky;
      if (l && oldParams && s > 0 && p + 2 > *l)
        return Risky;
      if (l && !oldParams && *l < 131073)
        return Risky;
      if (!l && nextIsChar)
        return Risky;
      return Safe;
    }
    case K::Text:
      return Safe;
    default:
      return Not;
    }
  }
  case K::Real:
  case K::DoublePrecision: {
    bool isReal = previous.kind == K::Real;
    switch (n) {
    case K::SmallInt:
    case K::Integer:
    case K::BigInt:
    case K::Decimal:
      return Risky;
    case K::Real:
      return isReal ? Safe : Risky;
    case K::DoublePrecision:
    case K::Text:
      return Safe;
    case K::VarChar:
    case K::Char: {
      unsigned chars = isReal ? 47 : 317;
      if (next.length && *next.length < chars)
        return Risky;
      if (!next.length && nextIsChar)
        return Risky;
      return Safe;
    }
    default:
      return Not;
    }
  }
  case K::VarChar:
  case K::Char: {
    if (n == K::Text)
      return Safe;
    if (n != K::VarChar && n != K::Char)
      return Not;
    std::optional<uint32_t> o = len(previous), w = len(next);
    if (previous.kind == K::VarChar) {
      if (!o && !w && nextIsChar)
        return Risky;
      if (!o && w)
        return Risky;
    } else if (!o) {
      return Safe;
    }
    if (o && *o == 1 && !w)
      return Safe;
    if (o && !w && nextIsChar)
      return Risky;
    if (o && !w)
      return Safe;
    if (o && w && *o > *w)
      return Risky;
    return Safe;
  }
  case K::Text:
    if (isText() || isVarCharNone() || n == K::Citext)
      return Safe;
    if (n == K::VarChar || n == K::Char)
      return Risky;
    return Not;
  case K::ByteA:
    if (isText() || isVarCharNone())
      return Safe;
    if ((n == K::VarChar || n == K::Char) && next.length && *next.length > 2)
      return Risky;
    return Not;
  case K::Timestamp:
  case K::Timestamptz: {
    K same = previous.kind;
    unsigned minChars = same == K::Timestamp ? 22 : 27;
    if (isText() || isVarCharNone())
      return Safe;
    if ((n == K::Char || n == K::VarChar) && next.length && *next.length > minChars)
      return Safe;
    if (n == same && !next.length)
      return std::nullopt;
    if (n == same && (!previous.length || previous.length == next.length))
      return std::nullopt;
    if (n == K::Timestamp || n == K::Timestamptz || n == K::Date || n == K::Time ||
        n == K::Timetz)
      return Safe;
    return Not;
  }
  case K::Date:
    if (isText() || isVarCharNone())
      return Safe;
    if ((n == K::Char || n == K::VarChar) && next.length && *next.length > 27)
      return Safe;
    if (n == K::Timestamp || n == K::Timestamptz)
      return Safe;
    return Not;
  case K::Time:
  case K::Timetz: {
    K same = previous.kind;
    unsigned minChars = same == K::Time ? 13 : 18;
    if (isText() || isVarCharNone())
      return Safe;
    if ((n == K::Char || n == K::VarChar) && next.length && *next.length > minChars)
      return Safe;
    if (n == same && !next.length)
      return std::nullopt;
    if (n == same && (!previous.length || previous.length == next.length))
      return std::nullopt;
    if (same == K::Time)
      return n == K::Timetz ? Safe : Not;
    return (n == K::Timetz || n == K::Time) ? Safe : Not;
  }
  case K::Boolean:
    if (n == K::Text || n == K::VarChar)
      return Safe;
    if (n == K::Char && next.length && *next.length > 4)
      return Safe;
    if (n == K::Char && next.length && *next.length > 3)
      return Risky;
    return Not;
  case K::Bit:
    if (!previous.length)
      return (n == K::Text || n == K::VarChar || n == K::Char || n == K::VarBit) ? Safe : Not;
    if (isText() || isVarCharNone() || (n == K::VarBit && !next.length))
      return Safe;
    if (n == K::VarChar && next.length && *next.length >= *previous.length)
      return Safe;
    if ((n == K::VarBit || n == K::Char) && next.length && *next.length >= *previous.length)
      return Safe;
    return Not;
  case K::VarBit:
    if (!previous.length) {
      if (isText() || isVarCharNone())
        return Safe;
      if (n == K::VarChar || n == K::Char || n == K::Bit)
        return Risky;
      return Not;
    }
    if (isText() || isVarCharNone() || (n == K::VarBit && !next.length))
      return Safe;
    if (n == K::VarBit && next.length && *next.length > *previous.length)
      return Safe;
    if ((n == K::VarChar || n == K::Char) && next.length && *next.length >= *previous.length)
      return Safe;
    if (n == K::Bit && next.length && *next.length <= *previous.length)
      return Risky;
    if (n == K::Bit && !next.length)
      return Risky;
    if (n == K::Char || n == K::VarChar)
      return Risky;
    return Not;
  case K::Uuid:
    if (isText() || isVarCharNone())
      return Safe;
    if ((n == K::VarChar || n == K::Char) && next.length && *next.length > 31)
      return Safe;
    return Not;
  case K::Xml:
    if (isText() || isVarCharNone())
      return Safe;
    return (n == K::VarChar || n == K::Char) ? Risky : Not;
  case K::Json:
    if (isText() || n == K::JsonB || isVarCharNone())
      return Safe;
    return (n == K::VarChar || n == K::Char) ? Risky : Not;
  case K::JsonB:
    if (isText() || n == K::Json || isVarCharNone())
      return Safe;
    return (n == K::VarChar || n == K::Char) ? Risky : Not;
  case K::Enum:
  case K::Unsupported:
    break;
  }
  return Not;
}

bool isNative(const ir::ColumnType &type) {
  return type.kind != TypeKind::Enum && type.kind != TypeKind::Unsupported;
}

} // namespace

std::optional<CastKind> columnTypeChange(const Column &previous, const Column &next) {
  bool previousEnum = previous.type.kind == TypeKind::Enum;
  bool nextEnum = next.type.kind == TypeKind::Enum;
  if (previousEnum && nextEnum) {
    if (previous.type.name == next.type.name && previous.type.enumSchema == next.type.enumSchema)
      return std::nullopt;
    return CastKind::NotCastable;
  }
  if (previousEnum || nextEnum)
    return CastKind::NotCastable;

  bool listToScalar = previous.isList() && !next.isList();
  bool scalarToList = !previous.isList() && next.isList();
  if (listToScalar) {
    if (next.type.kind == TypeKind::Text)
      return CastKind::Safe;
    if (next.type.kind == TypeKind::VarChar)
      return next.type.length ? CastKind::Risky : CastKind::Safe;
    if (next.type.kind == TypeKind::Char)
      return CastKind::Risky;
  }
  if (listToScalar || scalarToList)
    return CastKind::NotCastable;
  bool previousNative = isNative(previous.type), nextNative = isNative(next.type);
  if (previousNative && nextNative)
    return nativeTypeChange(previous.type, next.type);
  if (previousNative != nextNative)
    return CastKind::Risky;
  // Two Unsupported types: Prisma compares the previous type with itself, so never a change.
  return std::nullopt;
}

//===----------------------------------------------------------------------===//
// Defaults
//===----------------------------------------------------------------------===//

namespace {

/// A default as Prisma's schema describer classifies it.
enum class DefaultClass { None, Sequence, Now, DbGenerated, DbGeneratedEmpty, Value };

DefaultClass classify(const Column &column) {
  if (column.autoincrement)
    return DefaultClass::Sequence;
  if (!column.defaultValue)
    return DefaultClass::None;
  switch (column.defaultValue->kind) {
  case ir::Default::Kind::Value: return DefaultClass::Value;
  case ir::Default::Kind::Now: return DefaultClass::Now;
  case ir::Default::Kind::DbGenerated:
    return column.defaultValue->hasExpression ? DefaultClass::DbGenerated
                                              : DefaultClass::DbGeneratedEmpty;
  case ir::Default::Kind::Generated: return DefaultClass::None; // Prisma-level only
  }
  return DefaultClass::None;
}

/// `1.50` and `1.5`, `-0` and `0`: decimal numbers compared by value.
std::string canonicalNumber(StringRef text) {
  std::string s = text.trim().str();
  bool negative = !s.empty() && s[0] == '-';
  if (!s.empty() && (s[0] == '-' || s[0] == '+'))
    s.erase(0, 1);
  if (s.find_first_of("eE") != std::string::npos)
    return (negative ? "-" : "") + s;
  size_t dot = s.find('.');
  std::string whole = dot == std::string::npos ? s : s.substr(0, dot);
  std::string fraction = dot == std::string::npos ? "" : s.substr(dot + 1);
  whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size()));
  while (!fraction.empty() && fraction.back() == '0')
    fraction.pop_back();
  if (whole.empty())
    whole = "0";
  std::string out = whole;
  if (!fraction.empty())
    out += "." + fraction;
  if (negative && out != "0")
    out = "-" + out;
  return out;
}

bool jsonEqual(StringRef a, StringRef b) {
  Expected<json::Value> left = json::parse(a);
  Expected<json::Value> right = json::parse(b);
  if (!left || !right) {
    consumeError(left.takeError());
    consumeError(right.takeError());
    return true; // Prisma: unparsable JSON defaults are not diffed
  }
  return *left == *right;
}

bool scalarValuesMatch(const ir::Value &a, const ir::Value &b, ir::ScalarFamily family) {
  using F = ir::ScalarFamily;
  switch (family) {
  case F::DateTime:
    return true; // Prisma cannot diff DateTime defaults
  case F::Json:
    return jsonEqual(a.text, b.text);
  case F::Int:
  case F::BigInt:
  case F::Float:
  case F::Decimal:
    if (a.kind == ir::Value::Kind::Number && b.kind == ir::Value::Kind::Number)
      return canonicalNumber(a.text) == canonicalNumber(b.text);
    return a.text == b.text;
  default:
    return a.text == b.text;
  }
}

} // namespace

bool defaultsMatch(const Column &previous, const Column &next) {
  DefaultClass p = classify(previous), n = classify(next);
  using D = DefaultClass;
  ir::ScalarFamily pf = ir::familyOf(previous.type.kind), nf = ir::familyOf(next.type.kind);
  bool pList = p == D::Value && previous.defaultValue->value.kind == ir::Value::Kind::List;
  bool nList = n == D::Value && next.defaultValue->value.kind == ir::Value::Kind::List;
  bool anyDateTime = pf == ir::ScalarFamily::DateTime || nf == ir::ScalarFamily::DateTime;
  if (((p == D::DbGenerated || p == D::DbGeneratedEmpty) && nList) ||
      (pList && (n == D::DbGenerated || n == D::DbGeneratedEmpty))) {
    if (anyDateTime)
      return true;
  }
  if (p == D::Value && n == D::Value) {
    const ir::Value &a = previous.defaultValue->value, &b = next.defaultValue->value;
    if (pList && nList) {
      if (a.elements.size() != b.elements.size())
        return false;
      for (size_t i = 0; i < a.elements.size(); ++i)
        if (!scalarValuesMatch(a.elements[i], b.elements[i], nf))
          return false;
      return true;
    }
    if (pList != nList)
      return false;
    if (pf == ir::ScalarFamily::DateTime || nf == ir::ScalarFamily::DateTime)
      return true;
    if (pf == ir::ScalarFamily::Json && nf == ir::ScalarFamily::Json)
      return jsonEqual(a.text, b.text);
    if (pf != nf) {
      // Int and BigInt literals compare by value; other families by their text.
      bool ints = (pf == ir::ScalarFamily::Int || pf == ir::ScalarFamily::BigInt) &&
                  (nf == ir::ScalarFamily::Int || nf == ir::ScalarFamily::BigInt);
      if (ints)
        return canonicalNumber(a.text) == canonicalNumber(b.text);
      return a.text == b.text && a.kind == b.kind;
    }
    return scalarValuesMatch(a, b, nf);
  }
  // A DateTime literal on one side and any default on the other: not diffed.
  if ((p == D::Value && pf == ir::ScalarFamily::DateTime && n != D::None) ||
      (n == D::Value && nf == ir::ScalarFamily::DateTime && p != D::None))
    return true;
  switch (p) {
  case D::Value:
    if (n == D::Now || n == D::None)
      return false;
    // A database's literal default against a schema's dbgenerated() of the same text
    // (`DEFAULT 1` read back for `@default(dbgenerated("1"))`): the same default.
    if (n == D::DbGenerated && previous.defaultValue->fromDatabase) {
      const std::string &text = previous.defaultValue->value.text;
      StringRef expression = next.defaultValue->expression;
      return expression == text || expression == "'" + text + "'";
    }
    break;
  case D::Now:
    if (n == D::Now)
      return true;
    // The server's now() for a schema's dbgenerated("now()").
    if (n == D::DbGenerated && previous.defaultValue->fromDatabase &&
        (StringRef(next.defaultValue->expression).equals_insensitive("now()") ||
         StringRef(next.defaultValue->expression).equals_insensitive("CURRENT_TIMESTAMP")))
      return true;
    if (n == D::None || n == D::Value)
      return false;
    break;
  case D::DbGenerated:
  case D::DbGeneratedEmpty:
    if (p == D::DbGenerated && n == D::Now && next.defaultValue->fromDatabase &&
        (StringRef(previous.defaultValue->expression).equals_insensitive("now()") ||
         StringRef(previous.defaultValue->expression).equals_insensitive("CURRENT_TIMESTAMP")))
      return true;
    if (p == D::DbGenerated && n == D::Value && next.defaultValue->fromDatabase) {
      const std::string &text = next.defaultValue->value.text;
      StringRef expression = previous.defaultValue->expression;
      return expression == text || expression == "'" + text + "'";
    }
    if (n == D::Value || n == D::Now || n == D::None)
      return false;
    break;
  case D::Sequence:
    if (n == D::None)
      return true;
    if (n == D::Value || n == D::Now)
      return false;
    break;
  case D::None:
    if (n == D::None)
      return true;
    if (n == D::Value || n == D::Now)
      return false;
    break;
  }
  if (n == D::DbGeneratedEmpty)
    return true;
  if (p == D::DbGenerated && n == D::DbGenerated &&
      (previous.defaultValue->fromDatabase || next.defaultValue->fromDatabase))
    return true; // the server's normal form of the same expression
  if (p == D::DbGenerated && n == D::DbGenerated)
    return StringRef(previous.defaultValue->expression)
        .equals_insensitive(next.defaultValue->expression);
  if (n == D::DbGenerated)
    return false;
  return true; // (_, Sequence)
}

//===----------------------------------------------------------------------===//
// The differ
//===----------------------------------------------------------------------===//


ColumnChanges columnChanges(const Column &previous, const Column &next) {
  ColumnChanges changes;
  changes.cast = columnTypeChange(previous, next);
  changes.arity = previous.arity != next.arity;
  changes.type = changes.cast.has_value();
  changes.defaultValue = !defaultsMatch(previous, next);
  changes.autoincrement = previous.autoincrement != next.autoincrement;
  return changes;
}

} // namespace schemac::passes
