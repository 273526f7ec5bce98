//===- seed/Values.cpp - Realistic column values --------------------------===//
#include "seed/Values.h"
#include "seed/Vocabulary.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"

#include <cmath>
#include <ctime>

using namespace llvm;

namespace schemac::seed {

namespace {

/// 2026-06-01T00:00:00Z: the fixed "now" of generated data, so bytes never depend on the
/// day the seed runs.
constexpr int64_t kNow = 1780272000;
constexpr int64_t kDay = 86400;

StringRef pickWord(Random &r, ArrayRef<StringRef> list) { return list[r.below(list.size())]; }

std::string lowerAscii(StringRef s) {
  std::string out;
  for (char c : s)
    out += isAlnum(c) ? toLower(c) : (c == ' ' ? '.' : c);
  return out;
}

void appendBase36(std::string &out, uint64_t v, int digits) {
  static const char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  char buffer[32];
  for (int i = digits - 1; i >= 0; --i) {
    buffer[i] = kDigits[v % 36];
    v /= 36;
  }
  out.append(buffer, digits);
}

void appendDigits(std::string &out, int64_t value, int width) {
  char buffer[24];
  int n = 0;
  do {
    buffer[n++] = char('0' + value % 10);
    value /= 10;
  } while (value > 0 || n < width);
  while (n > 0)
    out += buffer[--n];
}

/// `YYYY-MM-DD HH:MM:SS.mmm` without gmtime/strftime (H. Hinnant's civil_from_days): a
/// million rows have two million timestamps.
void appendTime(std::string &out, int64_t seconds, int millis, bool tz, bool dateOnly,
                bool timeOnly) {
  int64_t days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
  int64_t secs = seconds - days * 86400;
  if (!timeOnly) {
    int64_t z = days + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t y = yoe + era * 400;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int64_t d = doy - (153 * mp + 2) / 5 + 1;
    int64_t m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2)
      ++y;
    appendDigits(out, y, 4);
    out += '-';
    appendDigits(out, m, 2);
    out += '-';
    appendDigits(out, d, 2);
    if (dateOnly)
      return;
    out += ' ';
  }
  appendDigits(out, secs / 3600, 2);
  out += ':';
  appendDigits(out, secs / 60 % 60, 2);
  out += ':';
  appendDigits(out, secs % 60, 2);
  if (timeOnly)
    return;
  out += '.';
  appendDigits(out, millis, 3);
  if (tz)
    out += "+00";
}

std::string sentence(Random &r, int words) {
  std::string out;
  out.reserve(size_t(words) * 8);
  for (int i = 0; i < words; ++i) {
    StringRef w = pickWord(r, words::lorem());
    if (i == 0) {
      out += toUpper(w[0]);
      out += w.drop_front();
    } else {
      out += ' ';
      out += w;
    }
  }
  return out + ".";
}

std::string fullName(Random &r) {
  return (pickWord(r, words::firstNames()) + " " + pickWord(r, words::lastNames())).str();
}

std::string company(Random &r) {
  return (pickWord(r, words::companyStems()) + " " + pickWord(r, words::companySuffixes())).str();
}

std::string jsonString(StringRef s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i)
    if (s[i] == '"' || s[i] == '\\') {
      out.append(s.data() + start, i - start);
      out += '\\';
      start = i;
    }
  out.append(s.data() + start, s.size() - start);
  out += '"';
  return out;
}

std::string jsonDocument(JsonShape shape, Random &r) {
  switch (shape) {
  case JsonShape::Salary: {
    int low = int(r.between(40, 160)) * 1000;
    int high = low + int(r.between(10, 60)) * 1000;
    return "{\"min\": " + std::to_string(low) + ", \"max\": " + std::to_string(high) +
           ", \"currency\": \"USD\", \"period\": \"year\"}";
  }
  case JsonShape::Resume: {
    std::string skills;
    for (int i = 0, n = int(r.between(3, 6)); i < n; ++i)
      skills += (i ? ", " : "") + jsonString(pickWord(r, words::skills()));
    std::string experience;
    for (int i = 0, n = int(r.between(1, 3)); i < n; ++i)
      experience += std::string(i ? ", " : "") + "{\"company\": " + jsonString(company(r)) +
                    ", \"title\": " + jsonString(pickWord(r, words::jobTitles())) +
                    ", \"years\": " + std::to_string(r.between(1, 8)) + "}";
    return "{\"name\": " + jsonString(fullName(r)) + ", \"headline\": " +
           jsonString(pickWord(r, words::jobTitles())) + ", \"location\": " +
           jsonString(pickWord(r, words::cities())) + ", \"skills\": [" + skills +
           "], \"experience\": [" + experience + "]}";
  }
  case JsonShape::Reasons: {
    std::string skills;
    for (int i = 0, n = int(r.between(1, 3)); i < n; ++i)
      skills += (i ? ", " : "") + jsonString(pickWord(r, words::skills()));
    return "{\"matchedSkills\": [" + skills + "], \"locationMatch\": " +
           (r.chance(0.6) ? "true" : "false") + ", \"seniorityGap\": " +
           std::to_string(r.between(-2, 2)) + "}";
  }
  case JsonShape::Generic:
    return "{\"kind\": " + jsonString(pickWord(r, words::lorem())) + ", \"value\": " +
           std::to_string(r.between(1, 1000)) + ", \"note\": " + jsonString(sentence(r, 5)) +
           "}";
  }
  return "{}";
}

/// Fits `core` + `suffix` into `max` bytes, keeping the suffix (it makes the value unique).
std::string fit(std::string core, StringRef suffix, uint32_t max, bool pad) {
  if (max && core.size() + suffix.size() > max)
    core.resize(max > suffix.size() ? max - suffix.size() : 0);
  core += suffix;
  if (max && core.size() > max)
    core = core.substr(core.size() - max);
  if (pad && max)
    while (core.size() < max)
      core += ' ';
  return core;
}

bool isStringy(Gen gen) {
  switch (gen) {
  case Gen::Int: case Gen::SmallInt: case Gen::Version: case Gen::StatusCode:
  case Gen::Duration: case Gen::Count: case Gen::BigInt: case Gen::Salary: case Gen::Price:
  case Gen::Score: case Gen::Float: case Gen::Decimal: case Gen::Boolean: case Gen::Timestamp:
  case Gen::Date: case Gen::Time: case Gen::Json: case Gen::Bytes: case Gen::Inet:
  case Gen::Enum: case Gen::Weighted:
    return false;
  default:
    return true;
  }
}

} // namespace

void appendCopyText(std::string &out, StringRef text) {
  // Runs without special characters are copied at once.
  size_t start = 0, n = text.size();
  const char *data = text.data();
  for (size_t i = 0; i < n; ++i) {
    char c = data[i];
    if (c != '\\' && c != '\n' && c != '\r' && c != '\t')
      continue;
    out.append(data + start, i - start);
    out += '\\';
    out += c == '\\' ? '\\' : c == '\n' ? 'n' : c == '\r' ? 'r' : 't';
    start = i + 1;
  }
  out.append(data + start, n - start);
}

std::optional<Gen> parseGeneratorName(StringRef name) {
  return StringSwitch<std::optional<Gen>>(name)
      .Case("email", Gen::Email).Case("firstName", Gen::FirstName)
      .Case("lastName", Gen::LastName).Case("name", Gen::FullName)
      .Case("username", Gen::Username).Case("company", Gen::Company)
      .Case("jobTitle", Gen::JobTitle).Case("title", Gen::Title).Case("city", Gen::City)
      .Case("country", Gen::Country).Case("address", Gen::Address).Case("url", Gen::Url)
      .Case("phone", Gen::Phone).Case("paragraph", Gen::Paragraph)
      .Case("sentence", Gen::Sentence).Case("word", Gen::Word).Case("cuid", Gen::Cuid)
      .Case("uuid", Gen::Uuid).Case("skill", Gen::Skill).Case("salary", Gen::Salary)
      .Case("price", Gen::Price).Case("score", Gen::Score).Case("int", Gen::Int)
      .Case("boolean", Gen::Boolean).Case("timestamp", Gen::Timestamp)
      .Default(std::nullopt);
}

StringRef generatorName(Gen gen) {
  switch (gen) {
  case Gen::Email: return "email";
  case Gen::FullName: return "name";
  case Gen::Company: return "company";
  case Gen::JobTitle: return "jobTitle";
  default: return "value";
  }
}

uint64_t ColumnGenerator::domainSize() const {
  if (unique && isStringy(gen))
    return 0;
  switch (gen) {
  case Gen::Boolean: return list ? 0 : 2;
  case Gen::Enum: case Gen::Weighted: return list ? 0 : choices.size();
  case Gen::Version: return 5;
  case Gen::StatusCode: return 6;
  case Gen::Unsupported: return 1;
  default: return 0;
  }
}

std::string ColumnGenerator::value(Random &r, int64_t row, int64_t base) const {
  std::string suffix = unique ? "-" + std::to_string(row + 1) : "";
  switch (gen) {
  case Gen::Email: {
    std::string first = lowerAscii(pickWord(r, words::firstNames()));
    std::string last = lowerAscii(pickWord(r, words::lastNames()));
    std::string number = unique ? std::to_string(row + 1) : std::to_string(r.between(1, 99));
    std::string domain = pickWord(r, words::domains()).str();
    return fit(first + "." + last, number + "@" + domain, maxLength, false);
  }
  case Gen::FirstName: return fit(pickWord(r, words::firstNames()).str(), suffix, maxLength, fixedLength);
  case Gen::LastName: return fit(pickWord(r, words::lastNames()).str(), suffix, maxLength, fixedLength);
  case Gen::FullName: return fit(fullName(r), suffix, maxLength, fixedLength);
  case Gen::Username: {
    std::string u = lowerAscii(pickWord(r, words::firstNames())) + "_" +
                    lowerAscii(pickWord(r, words::lastNames()));
    return fit(u, unique ? std::to_string(row + 1) : std::to_string(r.between(1, 999)), maxLength, fixedLength);
  }
  case Gen::Company: return fit(company(r), suffix, maxLength, fixedLength);
  case Gen::JobTitle: return fit(pickWord(r, words::jobTitles()).str(), suffix, maxLength, fixedLength);
  case Gen::Title: return fit(sentence(r, int(r.between(3, 6))), suffix, maxLength, fixedLength);
  case Gen::City: return fit(pickWord(r, words::cities()).str(), suffix, maxLength, fixedLength);
  case Gen::Country: return fit(pickWord(r, words::cities()).rsplit(", ").second.str(), suffix, maxLength, fixedLength);
  case Gen::Address:
    return fit(std::to_string(r.between(1, 400)) + " " + pickWord(r, words::streets()).str() +
                   ", " + pickWord(r, words::cities()).str(),
               suffix, maxLength, fixedLength);
  case Gen::Url: {
    std::string path = lowerAscii(pickWord(r, words::lorem())) + "-" + std::to_string(r.between(100, 99999));
    return fit("https://" + pickWord(r, words::domains()).str() + "/" + path, suffix, maxLength, fixedLength);
  }
  case Gen::Phone: {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "+1-555-%03d-%04d", int(r.between(100, 999)),
                  int(unique ? row % 10000 : r.between(0, 9999)));
    return fit(buffer, unique ? "-" + std::to_string(row + 1) : "", maxLength, fixedLength);
  }
  case Gen::Paragraph: {
    std::string p;
    for (int i = 0, n = int(r.between(2, 5)); i < n; ++i)
      p += (i ? " " : "") + sentence(r, int(r.between(6, 14)));
    return fit(p, suffix, maxLength, fixedLength);
  }
  case Gen::Sentence: return fit(sentence(r, int(r.between(4, 10))), suffix, maxLength, fixedLength);
  case Gen::Word: return fit(pickWord(r, words::lorem()).str(), suffix, maxLength, fixedLength);
  case Gen::Source: return fit(pickWord(r, words::sources()).str(), suffix, maxLength, fixedLength);
  case Gen::Skill: return fit(pickWord(r, words::skills()).str(), suffix, maxLength, fixedLength);
  case Gen::ExternalId: {
    std::string id = "ext-";
    appendBase36(id, r.next(), 8);
    return fit(id, suffix, maxLength, fixedLength);
  }
  case Gen::Cuid: {
    std::string id = "c";
    appendBase36(id, uint64_t(row), 8); // unique by the row
    appendBase36(id, r.next(), 12);
    appendBase36(id, r.next(), 4);
    return fit(id, "", maxLength, fixedLength);
  }
  case Gen::Uuid: {
    uint64_t a = r.next(), b = r.next();
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%08x-%04x-4%03x-%04x-%012llx", uint32_t(a >> 32),
                  uint32_t(a >> 16) & 0xffff, uint32_t(a) & 0xfff,
                  uint32_t(0x8000 | ((b >> 48) & 0x3fff)),
                  (unsigned long long)((uint64_t(row) ^ (b << 40)) & 0xffffffffffffULL));
    return buffer;
  }
  case Gen::Int: return std::to_string(unique ? row + 1 : r.between(0, 1000));
  case Gen::SmallInt: return std::to_string(unique ? row + 1 : r.between(0, 100));
  case Gen::Count: return std::to_string(unique ? row + 1 : r.between(0, 50));
  case Gen::Version: return std::to_string(unique ? row + 1 : r.between(1, 5));
  case Gen::StatusCode: {
    static const int codes[] = {200, 200, 200, 200, 201, 204, 400, 401, 404, 500};
    return std::to_string(unique ? row + 1 : r.pick(codes));
  }
  case Gen::Duration: return std::to_string(unique ? row + 1 : int64_t(5 + std::pow(r.unit(), 3) * 2000));
  case Gen::BigInt: return std::to_string(unique ? row + 1 : r.between(0, 10000000));
  case Gen::Salary: return std::to_string(unique ? 30000 + row : r.between(35, 220) * 1000);
  case Gen::Price: {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", unique ? 1.0 + row : 1 + r.unit() * 499);
    return buffer;
  }
  case Gen::Score: {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4f", unique ? double(row) : r.unit());
    return buffer;
  }
  case Gen::Float: {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3f", unique ? double(row) : r.unit() * 1000);
    return buffer;
  }
  case Gen::Decimal: {
    uint32_t p = precision ? precision : 12, s = scale;
    if (s > p)
      s = p;
    double limit = std::pow(10.0, double(std::min<uint32_t>(p - s, 6))) - 1;
    double v = unique ? double(row % int64_t(limit + 1)) : r.unit() * limit;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", int(s), v);
    return buffer;
  }
  case Gen::Boolean: {
    double p = booleanLikelyTrue ? 0.85 : booleanLikelyFalse ? 0.25 : 0.5;
    return r.chance(p) ? "t" : "f";
  }
  case Gen::Enum: return choices[unique ? row % choices.size() : r.below(choices.size())];
  case Gen::Weighted: {
    double u = r.unit() * weights.back();
    size_t i = 0;
    while (i + 1 < weights.size() && u >= weights[i])
      ++i;
    return choices[i];
  }
  case Gen::Timestamp: case Gen::Date: case Gen::Time: {
    int64_t t = base;
    switch (time) {
    case TimeRole::Base: break;
    case TimeRole::Later: t = std::min(kNow, base + int64_t(r.below(90 * kDay))); break;
    case TimeRole::Expires: t = base + (7 + int64_t(r.below(54))) * kDay; break;
    case TimeRole::Birth: t = kNow - (18 + int64_t(r.below(50))) * 365 * kDay - int64_t(r.below(365 * kDay)); break;
    case TimeRole::Any: t = kNow - int64_t(r.below(730 * kDay)); break;
    }
    if (unique) // one second apart, or one day for dates
      t = gen == Gen::Date ? kNow - row * kDay : kNow - 730 * kDay + row;
    std::string out;
    appendTime(out, t, unique ? 0 : int(r.below(1000)), timestampTz, gen == Gen::Date, gen == Gen::Time);
    return out;
  }
  case Gen::Json: return jsonDocument(json, r);
  case Gen::Bytes: {
    static const char kHex[] = "0123456789abcdef";
    std::string out = "\\x";
    for (int i = 0; i < 8; ++i) {
      uint64_t v = r.below(256);
      out += kHex[v >> 4];
      out += kHex[v & 15];
    }
    return out;
  }
  case Gen::Inet:
    return "10." + std::to_string(unique ? (row >> 16) & 255 : r.below(256)) + "." +
           std::to_string(unique ? (row >> 8) & 255 : r.below(256)) + "." +
           std::to_string(unique ? row & 255 : r.below(256));
  case Gen::Template: {
    std::string out;
    StringRef text = templateText;
    while (!text.empty()) {
      size_t at = text.find("{n}");
      out += text.take_front(at).str();
      if (at == StringRef::npos)
        break;
      out += std::to_string(row + 1);
      text = text.drop_front(at + 3);
    }
    return fit(out, "", maxLength, fixedLength);
  }
  case Gen::Unsupported: return "";
  }
  return "";
}

void ColumnGenerator::append(std::string &out, Random &r, int64_t row, int64_t base) const {
  if (nullRate > 0 && r.chance(nullRate)) {
    out += "\\N";
    return;
  }
  if (!list) {
    appendCopyText(out, value(r, row, base));
    return;
  }
  // An array literal: {"a","b"}, elements quoted and escaped, then COPY-escaped.
  std::string literal = "{";
  int n = int(r.between(0, 4));
  ColumnGenerator element = *this;
  element.list = false;
  element.unique = false;
  for (int i = 0; i < n; ++i) {
    std::string v = element.value(r, row, base);
    literal += i ? ",\"" : "\"";
    for (char c : v) {
      if (c == '"' || c == '\\')
        literal += '\\';
      literal += c;
    }
    literal += '"';
  }
  literal += "}";
  appendCopyText(out, literal);
}

ColumnGenerator chooseGenerator(const ir::Schema &schema, const ir::Table &table,
                                const ir::Column &column, bool unique,
                                const FieldOverride *override) {
  ColumnGenerator g;
  g.unique = unique;
  g.list = column.isList();
  g.nullRate = column.arity == ir::Arity::Nullable ? 0.2 : 0;
  const ir::ColumnType &type = column.type;
  if ((type.kind == ir::TypeKind::VarChar || type.kind == ir::TypeKind::Char) && type.length) {
    g.maxLength = *type.length;
    g.fixedLength = type.kind == ir::TypeKind::Char;
  }
  g.timestampTz = type.kind == ir::TypeKind::Timestamptz || type.kind == ir::TypeKind::Timetz;
  StringRef prismaName = column.origin.name.empty() ? StringRef(column.name) : StringRef(column.origin.name);
  std::string name = prismaName.lower();
  std::string tableName = StringRef(table.origin.name.empty() ? table.name : table.origin.name).lower();
  auto has = [&](StringRef part) { return StringRef(name).contains(part); };
  auto is = [&](StringRef whole) { return name == whole; };

  if (override) {
    if (!override->values.empty()) {
      g.gen = Gen::Weighted;
      double total = 0;
      for (auto &[value, weight] : override->values) {
        g.choices.push_back(value);
        total += weight;
        g.weights.push_back(total);
      }
      return g;
    }
    if (!override->templateText.empty()) {
      g.gen = Gen::Template;
      g.templateText = override->templateText;
      return g;
    }
    if (std::optional<Gen> named = parseGeneratorName(override->generator)) {
      g.gen = *named;
      return g;
    }
  }

  switch (ir::familyOf(type.kind)) {
  case ir::ScalarFamily::Enum: {
    g.gen = Gen::Enum;
    if (const ir::Enum *e = schema.findEnum({type.enumSchema, type.name}))
      for (const ir::EnumValue &v : e->values)
        g.choices.push_back(v.name);
    if (g.choices.empty())
      g.gen = Gen::Unsupported;
    return g;
  }
  case ir::ScalarFamily::Boolean:
    g.gen = Gen::Boolean;
    g.booleanLikelyTrue = has("active") || has("enabled") || has("alerts") || has("verified");
    g.booleanLikelyFalse = has("remote") || has("deleted") || has("archived") || has("only");
    return g;
  case ir::ScalarFamily::Int:
    g.gen = has("version") ? Gen::Version
            : has("status") && has("code") ? Gen::StatusCode
            : has("duration") || has("ms") ? Gen::Duration
            : has("salary") ? Gen::Salary
            : has("count") || has("searches") || has("sessions") || has("applications") || has("posted") ? Gen::Count
            : type.kind == ir::TypeKind::SmallInt ? Gen::SmallInt : Gen::Int;
    return g;
  case ir::ScalarFamily::BigInt:
    g.gen = Gen::BigInt;
    return g;
  case ir::ScalarFamily::Float:
    g.gen = has("score") || has("rate") || has("ratio") ? Gen::Score
            : has("price") || has("amount") || has("cost") ? Gen::Price
            : Gen::Float;
    return g;
  case ir::ScalarFamily::Decimal:
    g.gen = Gen::Decimal;
    g.precision = type.length.value_or(12);
    g.scale = type.scale.value_or(2);
    return g;
  case ir::ScalarFamily::DateTime:
    g.gen = type.kind == ir::TypeKind::Date ? Gen::Date
            : type.kind == ir::TypeKind::Time || type.kind == ir::TypeKind::Timetz ? Gen::Time
            : Gen::Timestamp;
    g.time = has("birth") || is("dob") ? TimeRole::Birth
             : has("expire") || has("deadline") || has("until") || has("end") ? TimeRole::Expires
             : has("updated") || has("read") || has("sent") || has("applied") || has("computed") ||
                       has("finished") || has("last")
                 ? TimeRole::Later
             : has("created") || has("posted") || has("start") || has("day") || is("date")
                 ? TimeRole::Base
                 : TimeRole::Any;
    return g;
  case ir::ScalarFamily::Json:
    g.json = has("salary") || has("compensation") ? JsonShape::Salary
             : has("resume") || has("content") || has("parsed") || has("cv") || has("profile")
                 ? JsonShape::Resume
             : has("reason") || has("match") ? JsonShape::Reasons
                                             : JsonShape::Generic;
    g.gen = Gen::Json;
    return g;
  case ir::ScalarFamily::Bytes:
    g.gen = Gen::Bytes;
    return g;
  case ir::ScalarFamily::Unsupported:
    g.gen = Gen::Unsupported;
    return g;
  case ir::ScalarFamily::String:
    break;
  }
  if (type.kind == ir::TypeKind::Uuid) {
    g.gen = Gen::Uuid;
    return g;
  }
  if (type.kind == ir::TypeKind::Inet) {
    g.gen = Gen::Inet;
    return g;
  }
  if (column.defaultValue && column.defaultValue->kind == ir::Default::Kind::Generated) {
    StringRef fn = column.defaultValue->expression;
    g.gen = fn == "uuid" ? Gen::Uuid : Gen::Cuid;
    return g;
  }
  g.gen = has("email") ? Gen::Email
          : is("firstname") || is("givenname") ? Gen::FirstName
          : is("lastname") || is("surname") || is("familyname") ? Gen::LastName
          : has("username") || has("handle") || has("login") ? Gen::Username
          : has("company") || has("organization") || has("employer") ? Gen::Company
          : has("jobtitle") || has("position") || has("desiredtitle") || (is("title") && StringRef(tableName).contains("job")) ||
                    has("headline") || has("role")
              ? Gen::JobTitle
          : is("name") || has("fullname") || has("displayname") || has("author")
              ? (StringRef(tableName).contains("compan") ? Gen::Company : Gen::FullName)
          : has("city") || has("location") || has("region") ? Gen::City
          : has("country") ? Gen::Country
          : has("address") || has("street") ? Gen::Address
          : has("url") || has("website") || has("link") || has("avatar") || has("image") || has("endpoint")
              ? Gen::Url
          : has("phone") || has("mobile") ? Gen::Phone
          : has("description") || has("content") || has("body") || has("bio") || has("summary") ||
                    has("letter") || has("notes") || has("text")
              ? Gen::Paragraph
          : has("title") || has("subject") || has("message") ? Gen::Sentence
          : is("source") || has("provider") || has("channel") ? Gen::Source
          : has("externalid") || has("reference") || has("token") || has("key") || has("version")
              ? Gen::ExternalId
          : has("requirement") || has("skill") || has("tag") ? Gen::Skill
          : has("method") ? Gen::Word
          : is("id") || StringRef(name).endswith("id") ? Gen::Cuid
          : has("type") || has("kind") || has("status") || has("category") ? Gen::Word
                                                                            : Gen::Sentence;
  if (g.gen == Gen::Word && has("method")) {
    g.gen = Gen::Weighted;
    g.choices = {"GET", "POST", "PUT", "DELETE"};
    g.weights = {6, 9, 9.5, 10};
  }
  return g;
}

} // namespace schemac::seed
