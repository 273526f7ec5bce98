//===- migrate/MigrationsFolder.cpp - Prisma's migrations folder ----------===//
#include "migrate/MigrationsFolder.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/raw_ostream.h"

#include <ctime>

using namespace llvm;

namespace schemac::migrate {

namespace {

Error errorf(const Twine &message) {
  return createStringError(inconvertibleErrorCode(), message);
}

std::optional<std::string> readFile(const Twine &path) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> buffer =
      MemoryBuffer::getFile(path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!buffer)
    return std::nullopt;
  return (*buffer)->getBuffer().str();
}

Error writeFile(const Twine &path, StringRef contents) {
  std::error_code ec;
  raw_fd_ostream os(path.str(), ec, sys::fs::OF_None);
  if (ec)
    return errorf("cannot write " + path + ": " + ec.message());
  os << contents;
  os.close();
  if (os.has_error())
    return errorf("cannot write " + path + ": " + os.error().message());
  return Error::success();
}

/// `provider = "postgresql"` in migration_lock.toml.
std::optional<std::string> lockProviderOf(StringRef text) {
  SmallVector<StringRef, 8> lines;
  text.split(lines, '\n');
  for (StringRef line : lines) {
    line = line.trim();
    if (!line.consume_front("provider"))
      continue;
    line = line.ltrim();
    if (!line.consume_front("="))
      continue;
    return line.trim().trim('"').str();
  }
  return std::nullopt;
}

bool isUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
bool isLowerAscii(char c) { return c >= 'a' && c <= 'z'; }

} // namespace

const LocalMigration *MigrationsFolder::find(StringRef name) const {
  int index = indexOf(name);
  return index < 0 ? nullptr : &migrations[index];
}

int MigrationsFolder::indexOf(StringRef name) const {
  for (size_t i = 0; i < migrations.size(); ++i)
    if (migrations[i].name == name)
      return int(i);
  return -1;
}

Expected<MigrationsFolder> readMigrationsFolder(StringRef path, bool allowMissing) {
  MigrationsFolder folder;
  folder.path = path.str();
  if (!sys::fs::is_directory(path)) {
    if (allowMissing && !sys::fs::exists(path))
      return folder;
    return errorf("the migrations folder `" + path + "` does not exist; create the first "
                  "migration with `schemac migrate new NAME`");
  }
  std::error_code ec;
  std::vector<std::string> names;
  for (sys::fs::directory_iterator it(path, ec), end; it != end && !ec; it.increment(ec))
    names.push_back(sys::path::filename(it->path()).str());
  if (ec)
    return errorf("cannot read the migrations folder `" + path + "`: " + ec.message());
  llvm::sort(names);
  for (const std::string &name : names) {
    SmallString<256> entry(path);
    sys::path::append(entry, name);
    if (name == "migration_lock.toml") {
      if (std::optional<std::string> text = readFile(entry))
        folder.lockProvider = lockProviderOf(*text);
      continue;
    }
    if (StringRef(name).startswith(".")) // editors' and schemac's own temporary entries
      continue;
    if (!sys::fs::is_directory(entry)) {
      folder.strayEntries.push_back(name);
      continue;
    }
    LocalMigration migration;
    migration.name = name;
    migration.directory = entry.str().str();
    std::optional<std::string> script = readFile(entry + "/migration.sql");
    if (!script)
      return errorf("the migration folder `" + entry + "` has no migration.sql; remove the "
                    "folder or add the script");
    migration.script = std::move(*script);
    migration.checksum = sha256Hex(migration.script);
    migration.down = readFile(entry + "/down.sql");
    SmallString<256> snapshot(entry);
    sys::path::append(snapshot, "schema.sir");
    if (sys::fs::exists(snapshot))
      migration.snapshotPath = snapshot.str().str();
    if (std::optional<std::string> meta = readFile(entry + "/schemac.json")) {
      Expected<json::Value> value = json::parse(*meta);
      if (!value)
        return errorf(entry + "/schemac.json is not valid JSON: " +
                      toString(value.takeError()));
      if (const json::Object *object = value->getAsObject()) {
        if (std::optional<StringRef> parent = object->getString("parent"))
          migration.parent = parent->str();
        else if (object->get("parent"))
          migration.parent = "";
        if (std::optional<StringRef> checksum = object->getString("checksum"))
          migration.createdChecksum = checksum->str();
      }
    }
    folder.migrations.push_back(std::move(migration));
  }
  return folder;
}

std::string sha256Hex(StringRef data) {
  std::array<uint8_t, 32> hash = SHA256::hash(arrayRefFromStringRef(data));
  return toHex(ArrayRef<uint8_t>(hash), /*LowerCase=*/true);
}

bool checksumMatches(StringRef recorded, StringRef script) {
  if (recorded == sha256Hex(script))
    return true;
  std::string lf, crlf;
  for (size_t i = 0; i < script.size(); ++i) {
    if (script[i] == '\r' && i + 1 < script.size() && script[i + 1] == '\n')
      continue;
    lf += script[i];
  }
  for (char c : lf) {
    if (c == '\n')
      crlf += '\r';
    crlf += c;
  }
  return recorded == sha256Hex(lf) || recorded == sha256Hex(crlf);
}

std::string slugify(StringRef name) {
  // Transliterate the Latin letters the CLI's slugify maps (UTF-8 two-byte forms).
  static const struct {
    const char *from, *to;
  } kLatin[] = {{"ä", "ae"}, {"ö", "oe"}, {"ü", "ue"}, {"Ä", "Ae"}, {"Ö", "Oe"}, {"Ü", "Ue"},
                {"ß", "ss"}, {"à", "a"},  {"á", "a"},  {"â", "a"},  {"ã", "a"},  {"å", "a"},
                {"æ", "ae"}, {"ç", "c"},  {"è", "e"},  {"é", "e"},  {"ê", "e"},  {"ë", "e"},
                {"ì", "i"},  {"í", "i"},  {"î", "i"},  {"ï", "i"},  {"ñ", "n"},  {"ò", "o"},
                {"ó", "o"},  {"ô", "o"},  {"õ", "o"},  {"ø", "o"},  {"ù", "u"},  {"ú", "u"},
                {"û", "u"},  {"ý", "y"},  {"ÿ", "y"},  {"À", "A"},  {"Á", "A"},  {"Â", "A"},
                {"Ç", "C"},  {"È", "E"},  {"É", "E"},  {"Ê", "E"},  {"Ñ", "N"},  {"Ó", "O"},
                {"Ô", "O"},  {"Ú", "U"}};
  std::string ascii;
  for (size_t i = 0; i < name.size();) {
    bool replaced = false;
    for (const auto &entry : kLatin) {
      StringRef from(entry.from);
      if (name.substr(i).startswith(from)) {
        ascii += entry.to;
        i += from.size();
        replaced = true;
        break;
      }
    }
    if (!replaced)
      ascii += name[i++];
  }
  // decamelize: `aB` -> `a B`, `ABc` -> `A Bc`.
  std::string spaced;
  for (size_t i = 0; i < ascii.size(); ++i) {
    char c = ascii[i];
    if (i > 0 && isUpperAscii(c)) {
      char p = ascii[i - 1];
      bool nextLower = i + 1 < ascii.size() && isLowerAscii(ascii[i + 1]);
      if (isLowerAscii(p) || isDigit(p) || (isUpperAscii(p) && nextLower))
        spaced += ' ';
    }
    spaced += c;
  }
  std::string out;
  for (char c : spaced) {
    if (isAlnum(c)) {
      out += toLower(c);
    } else if (!out.empty() && out.back() != '_') {
      out += '_';
    }
  }
  while (!out.empty() && out.back() == '_')
    out.pop_back();
  if (out.size() > 200)
    out.resize(200);
  return out;
}

std::string migrationTimestamp() {
  if (std::optional<std::string> fixed = sys::Process::GetEnv("SCHEMAC_NOW"))
    if (fixed->size() == 14 && all_of(*fixed, isDigit))
      return *fixed;
  std::time_t now = std::time(nullptr);
  std::tm utc;
  gmtime_r(&now, &utc);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y%m%d%H%M%S", &utc);
  return buffer;
}

std::string lockFileContents(StringRef provider) {
  return ("# Please do not edit this file manually\n"
          "# It should be added in your version-control system (e.g., Git)\n"
          "provider = \"" +
          provider + "\"\n")
      .str();
}

Error writeMigration(StringRef folder, const NewMigration &migration) {
  if (std::error_code ec = sys::fs::create_directories(folder))
    return errorf("cannot create the migrations folder `" + folder + "`: " + ec.message());
  SmallString<256> lock(folder);
  sys::path::append(lock, "migration_lock.toml");
  if (!sys::fs::exists(lock))
    if (Error error = writeFile(lock, lockFileContents("postgresql")))
      return error;
  SmallString<256> target(folder), temporary(folder);
  sys::path::append(target, migration.name);
  sys::path::append(temporary, "." + migration.name + ".tmp");
  if (sys::fs::exists(target))
    return errorf("the migration `" + migration.name + "` already exists in `" + folder + "`");
  sys::fs::remove_directories(temporary);
  if (std::error_code ec = sys::fs::create_directory(temporary))
    return errorf("cannot create `" + temporary + "`: " + ec.message());
  json::Object meta{{"parent", migration.parent.empty() ? json::Value(nullptr)
                                                        : json::Value(migration.parent)},
                    {"checksum", sha256Hex(migration.script)},
                    {"format", 1}};
  std::string metaText;
  raw_string_ostream(metaText) << formatv("{0:2}", json::Value(std::move(meta))) << "\n";
  for (auto [file, contents] :
       {std::pair<StringRef, StringRef>{"migration.sql", migration.script},
        {"down.sql", migration.down},
        {"schema.sir", migration.snapshot},
        {"schemac.json", metaText}}) {
    if (Error error = writeFile(temporary + "/" + file, contents)) {
      sys::fs::remove_directories(temporary);
      return error;
    }
  }
  if (std::error_code ec = sys::fs::rename(temporary, target)) {
    sys::fs::remove_directories(temporary);
    return errorf("cannot move the new migration into place: " + ec.message());
  }
  return Error::success();
}

} // namespace schemac::migrate
