//===- deploy/DeployConfig.cpp - The `database:` configuration ------------===//
#include "deploy/DeployConfig.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
#include <set>

using namespace llvm;

namespace schemac::deploy {

const Environment *DeployConfig::find(StringRef name) const {
  for (const Environment &e : environments)
    if (e.name == name)
      return &e;
  return nullptr;
}

std::optional<int> parseDuration(StringRef text) {
  text = text.trim();
  int64_t value = 0;
  StringRef unit = text.drop_while([](char c) { return isDigit(c); });
  StringRef digits = text.drop_back(unit.size());
  if (digits.empty() || digits.getAsInteger(10, value))
    return std::nullopt;
  int64_t scale = unit.empty() || unit == "ms" ? 1 : unit == "s" ? 1000 : unit == "m" ? 60000
                  : unit == "h" ? 3600000 : -1;
  if (scale < 0 || value * scale > INT32_MAX)
    return std::nullopt;
  return int(value * scale);
}

namespace {

class Reader {
public:
  explicit Reader(SourceMgr &sourceMgr) : sourceMgr(sourceMgr) {}

  Error error(yaml::Node *node, const Twine &message) {
    std::string text;
    raw_string_ostream os(text);
    sourceMgr.GetMessage(node ? node->getSourceRange().Start : SMLoc(), SourceMgr::DK_Error, message)
        .print(nullptr, os, /*ShowColors=*/false);
    return createStringError(inconvertibleErrorCode(), StringRef(os.str()).rtrim());
  }

  Expected<std::string> scalar(yaml::Node *node, const Twine &what) {
    auto *s = dyn_cast_or_null<yaml::ScalarNode>(node);
    if (!s)
      return error(node, "expected " + what);
    SmallString<64> storage;
    return s->getValue(storage).str();
  }

  Expected<bool> boolean(yaml::Node *node, StringRef key) {
    Expected<std::string> v = scalar(node, "true or false for `" + key + "`");
    if (!v)
      return v.takeError();
    if (*v == "true")
      return true;
    if (*v == "false")
      return false;
    return error(node, "expected true or false for `" + key + "`, got `" + *v + "`");
  }

  Expected<int> number(yaml::Node *node, StringRef key) {
    Expected<std::string> v = scalar(node, "a number for `" + key + "`");
    if (!v)
      return v.takeError();
    int n = 0;
    if (StringRef(*v).getAsInteger(10, n) || n < 0)
      return error(node, "expected a whole number >= 0 for `" + key + "`, got `" + *v + "`");
    return n;
  }

  Expected<int> duration(yaml::Node *node, StringRef key) {
    Expected<std::string> v = scalar(node, "a duration for `" + key + "`");
    if (!v)
      return v.takeError();
    std::optional<int> ms = parseDuration(*v);
    if (!ms)
      return error(node, "expected a duration such as 5s, 250ms or 10m for `" + key + "`, got `" +
                             *v + "`");
    return *ms;
  }

  /// Keys of a mapping, each checked against `known`.
  Error forEach(yaml::Node *node, StringRef what, ArrayRef<StringRef> known,
                function_ref<Error(StringRef, yaml::Node *, yaml::Node *)> each) {
    auto *map = dyn_cast_or_null<yaml::MappingNode>(node);
    if (!map)
      return error(node, "expected the keys of `" + what + "`");
    for (yaml::KeyValueNode &kv : *map) {
      Expected<std::string> key = scalar(kv.getKey(), "a key");
      if (!key)
        return key.takeError();
      if (!known.empty() && !is_contained(known, *key))
        return error(kv.getKey(), "unknown key `" + *key + "` in `" + what + "`; expected " +
                                      join(known.begin(), known.end(), ", "));
      if (Error e = each(*key, kv.getKey(), kv.getValue()))
        return e;
    }
    return Error::success();
  }

  /// The settings an environment may override (also the `migration:` defaults).
  Error setting(Environment &env, StringRef key, yaml::Node *value,
                std::set<std::string> *set = nullptr) {
    auto mark = [&](StringRef k) {
      if (set)
        set->insert(k.str());
    };
    if (key == "autoMigrate") {
      mark("autoMigrate");
      Expected<bool> b = boolean(value, key);
      if (!b)
        return b.takeError();
      env.autoMigrate = *b;
    } else if (key == "backup") {
      return forEach(value, "backup", {"enabled", "retention", "folder"},
                     [&](StringRef k, yaml::Node *, yaml::Node *v) -> Error {
                       mark(("backup." + k).str());
                       if (k == "enabled") {
                         Expected<bool> b = boolean(v, k);
                         if (!b)
                           return b.takeError();
                         env.backupEnabled = *b;
                       } else if (k == "retention") {
                         Expected<int> n = number(v, k);
                         if (!n)
                           return n.takeError();
                         env.retentionDays = *n;
                       } else {
                         Expected<std::string> f = scalar(v, "a folder");
                         if (!f)
                           return f.takeError();
                         env.backupFolder = *f;
                       }
                       return Error::success();
                     });
    } else if (key == "validation") {
      return forEach(value, "validation", {"enabled", "strict"},
                     [&](StringRef k, yaml::Node *, yaml::Node *v) -> Error {
                       mark(("validation." + k).str());
                       Expected<bool> b = boolean(v, k);
                       if (!b)
                         return b.takeError();
                       (k == "enabled" ? env.validationEnabled : env.strict) = *b;
                       return Error::success();
                     });
    }
    return Error::success();
  }

  struct Overrides {
    Environment values;
    std::set<std::string> keys;
    yaml::Node *node = nullptr;
  };
  std::map<std::string, Overrides> overrides;

  Error parseEnvironment(StringRef name, yaml::Node *node, Overrides &o) {
    Environment &env = o.values;
    return forEach(node, name,
                   {"url", "requires", "autoMigrate", "backup", "validation", "lockTimeout",
                    "statementTimeout", "rollback", "onSuccess", "onFailure"},
                   [&](StringRef k, yaml::Node *, yaml::Node *v) -> Error {
      if (k != "backup" && k != "validation" && k != "autoMigrate")
        o.keys.insert(k.str());
      if (k == "url") {
        Expected<std::string> url = scalar(v, "env(VARIABLE)");
        if (!url)
          return url.takeError();
        StringRef u(*url);
        if (!u.consume_front("env(") || !u.consume_back(")") || u.empty())
          return error(v, "`url` must name an environment variable, as env(PROD_DATABASE_URL): "
                          "a URL written here would put its password in the repository");
        env.urlVariable = u.trim().trim('"').str();
      } else if (k == "requires") {
        Expected<std::string> r = scalar(v, "an environment name");
        if (!r)
          return r.takeError();
        env.requiredBefore = *r;
      } else if (k == "lockTimeout" || k == "statementTimeout") {
        Expected<int> ms = duration(v, k);
        if (!ms)
          return ms.takeError();
        (k == "lockTimeout" ? env.lockTimeoutMs : env.statementTimeoutMs) = *ms;
      } else if (k == "rollback") {
        Expected<std::string> m = scalar(v, "down, restore or none");
        if (!m)
          return m.takeError();
        if (*m == "down")
          env.rollback = RollbackMode::Down;
        else if (*m == "restore")
          env.rollback = RollbackMode::Restore;
        else if (*m == "none")
          env.rollback = RollbackMode::None;
        else
          return error(v, "expected down, restore or none for `rollback`, got `" + *m + "`");
      } else if (k == "onSuccess" || k == "onFailure") {
        Expected<std::string> c = scalar(v, "a command");
        if (!c)
          return c.takeError();
        (k == "onSuccess" ? env.onSuccess : env.onFailure) = *c;
      } else {
        return setting(env, k, v, &o.keys);
      }
      return Error::success();
    });
  }

  Expected<DeployConfig> read(yaml::Node *root, StringRef path) {
    DeployConfig config;
    config.path = path.str();
    config.folder = sys::path::parent_path(path).str();
    auto *top = dyn_cast_or_null<yaml::MappingNode>(root);
    if (!top)
      return config;
    Environment defaults;
    std::vector<std::pair<std::string, yaml::Node *>> listed;
    for (yaml::KeyValueNode &kv : *top) {
      Expected<std::string> key = scalar(kv.getKey(), "a key");
      if (!key)
        return key.takeError();
      if (*key != "database")
        continue; // lint's and seed's sections
      Error e = forEach(kv.getValue(), "database",
                        {"migration", "environments", "docs", "migrations", "schema", "monitor"},
                        [&](StringRef k, yaml::Node *, yaml::Node *v) -> Error {
        if (k == "migration")
          return forEach(v, "migration",
                         {"autoMigrate", "backup", "validation", "environments"},
                         [&](StringRef mk, yaml::Node *, yaml::Node *mv) -> Error {
                           if (mk != "environments")
                             return setting(defaults, mk, mv);
                           auto *list = dyn_cast<yaml::SequenceNode>(mv);
                           if (!list)
                             return error(mv, "expected a list of environment names");
                           for (yaml::Node &item : *list) {
                             Expected<std::string> name = scalar(&item, "an environment name");
                             if (!name)
                               return name.takeError();
                             listed.push_back({*name, &item});
                           }
                           return Error::success();
                         });
        if (k == "environments")
          return forEach(v, "environments", {}, [&](StringRef name, yaml::Node *key, yaml::Node *ev) -> Error {
            // The YAML stream is read once, in order: the environment is parsed now and
            // merged over the defaults afterwards.
            Overrides &o = overrides[name.str()];
            o.node = key;
            return parseEnvironment(name, ev, o);
          });
        if (k == "monitor")
          return forEach(v, "monitor", {"unusedIndexDays", "tableGrowthPercent", "sequencePercent", "drift", "onAlert"},
                         [&](StringRef mk, yaml::Node *, yaml::Node *mv) -> Error {
                           if (mk == "drift") {
                             Expected<bool> b = boolean(mv, mk);
                             if (!b)
                               return b.takeError();
                             config.monitor.drift = *b;
                           } else if (mk == "onAlert") {
                             Expected<std::string> c = scalar(mv, "a command");
                             if (!c)
                               return c.takeError();
                             config.monitor.onAlert = *c;
                           } else {
                             Expected<int> n = number(mv, mk);
                             if (!n)
                               return n.takeError();
                             (mk == "unusedIndexDays" ? config.monitor.unusedIndexDays
                              : mk == "tableGrowthPercent" ? config.monitor.tableGrowthPercent
                                                           : config.monitor.sequencePercent) = *n;
                           }
                           return Error::success();
                         });
        Expected<std::string> text = scalar(v, "a path for `" + k + "`");
        if (!text)
          return text.takeError();
        (k == "docs" ? config.docsFolder : k == "migrations" ? config.migrationsFolder : config.schemaPath) = *text;
        return Error::success();
      });
      if (e)
        return e;
    }
    for (auto &[name, o] : overrides)
      if (std::none_of(listed.begin(), listed.end(), [&](auto &l) { return l.first == name; }))
        return error(o.node, "environment `" + name + "` is not in `database.migration.environments`");
    for (size_t i = 0; i < listed.size(); ++i) {
      Environment env = defaults;
      env.name = listed[i].first;
      env.requiredBefore = i ? listed[i - 1].first : "";
      auto it = overrides.find(env.name);
      if (it != overrides.end()) {
        const Overrides &o = it->second;
        const Environment &p = o.values;
        auto has = [&](StringRef k) { return o.keys.count(k.str()) != 0; };
        if (has("url")) env.urlVariable = p.urlVariable;
        if (has("requires")) {
          if (!p.requiredBefore.empty() &&
              std::none_of(listed.begin(), listed.end(), [&](auto &l) { return l.first == p.requiredBefore; }))
            return error(o.node, "`requires: " + p.requiredBefore + "` names no environment of the list");
          env.requiredBefore = p.requiredBefore;
        }
        if (has("autoMigrate")) env.autoMigrate = p.autoMigrate;
        if (has("backup.enabled")) env.backupEnabled = p.backupEnabled;
        if (has("backup.retention")) env.retentionDays = p.retentionDays;
        if (has("backup.folder")) env.backupFolder = p.backupFolder;
        if (has("validation.enabled")) env.validationEnabled = p.validationEnabled;
        if (has("validation.strict")) env.strict = p.strict;
        if (has("lockTimeout")) env.lockTimeoutMs = p.lockTimeoutMs;
        if (has("statementTimeout")) env.statementTimeoutMs = p.statementTimeoutMs;
        if (has("rollback")) env.rollback = p.rollback;
        if (has("onSuccess")) env.onSuccess = p.onSuccess;
        if (has("onFailure")) env.onFailure = p.onFailure;
      }
      config.environments.push_back(std::move(env));
    }
    return config;
  }

private:
  SourceMgr &sourceMgr;
};

} // namespace

Expected<DeployConfig> readDeployConfig(StringRef path) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> buffer = MemoryBuffer::getFile(path);
  if (!buffer)
    return createStringError(buffer.getError(),
                             "cannot read `" + path + "`: " + buffer.getError().message());
  SourceMgr sourceMgr;
  MemoryBufferRef ref = (*buffer)->getMemBufferRef();
  sourceMgr.AddNewSourceBuffer(std::move(*buffer), SMLoc());
  yaml::Stream stream(ref, sourceMgr, /*ShowColors=*/false);
  Reader reader(sourceMgr);
  for (yaml::Document &document : stream) {
    yaml::Node *root = document.getRoot();
    Expected<DeployConfig> config = reader.read(root, path);
    if (stream.failed())
      return createStringError(inconvertibleErrorCode(), "`" + path + "` is not valid YAML");
    return config;
  }
  DeployConfig empty;
  empty.path = path.str();
  return empty;
}

} // namespace schemac::deploy
