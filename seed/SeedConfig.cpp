//===- seed/SeedConfig.cpp - Seed sets in .schemac.yaml -------------------===//
#include "seed/SeedConfig.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace schemac::seed {

namespace {

class Reader {
public:
  Reader(SourceMgr &sourceMgr, StringRef path) : sourceMgr(sourceMgr), path(path) {}

  /// file:line:col: error: message, as lint's configuration errors.
  Error error(yaml::Node *node, const Twine &message) {
    std::string text;
    raw_string_ostream os(text);
    SMDiagnostic diagnostic = sourceMgr.GetMessage(node ? node->getSourceRange().Start : SMLoc(),
                                                   SourceMgr::DK_Error, message);
    diagnostic.print(nullptr, os, /*ShowColors=*/false);
    return createStringError(inconvertibleErrorCode(), StringRef(os.str()).rtrim());
  }

  Expected<std::string> scalar(yaml::Node *node, StringRef what) {
    auto *s = dyn_cast_or_null<yaml::ScalarNode>(node);
    if (!s)
      return error(node, "expected " + what);
    SmallString<64> storage;
    return s->getValue(storage).str();
  }

  Expected<int64_t> integer(yaml::Node *node, StringRef what) {
    Expected<std::string> text = scalar(node, what);
    if (!text)
      return text.takeError();
    int64_t value = 0;
    if (StringRef(*text).getAsInteger(10, value) || value < 0)
      return error(node, "expected " + what + ", a whole number >= 0; got `" + *text + "`");
    return value;
  }

  std::string text(yaml::Node *node) {
    // The node's source text, for the set's checksum.
    SMRange range = node->getSourceRange();
    return std::string(range.Start.getPointer(), range.End.getPointer());
  }

  Error readSet(StringRef name, yaml::MappingNode *map, SeedSet &set) {
    set.name = name.str();
    for (yaml::KeyValueNode &kv : *map) {
      Expected<std::string> key = scalar(kv.getKey(), "a key");
      if (!key)
        return key.takeError();
      yaml::Node *value = kv.getValue();
      if (*key == "version") {
        Expected<std::string> v = scalar(value, "a version");
        if (!v)
          return v.takeError();
        set.version = *v;
      } else if (*key == "seed") {
        Expected<int64_t> v = integer(value, "a seed");
        if (!v)
          return v.takeError();
        set.request.seed = uint64_t(*v);
      } else if (*key == "counts") {
        auto *counts = dyn_cast<yaml::MappingNode>(value);
        if (!counts)
          return error(value, "expected `model: count` pairs");
        for (yaml::KeyValueNode &c : *counts) {
          Expected<std::string> model = scalar(c.getKey(), "a model name");
          if (!model)
            return model.takeError();
          Expected<int64_t> n = integer(c.getValue(), "a count");
          if (!n)
            return n.takeError();
          set.request.counts.push_back({*model, *n});
        }
      } else if (*key == "fields") {
        auto *fields = dyn_cast<yaml::MappingNode>(value);
        if (!fields)
          return error(value, "expected `Model.field: { generator | values | template }`");
        for (yaml::KeyValueNode &f : *fields) {
          Expected<std::string> target = scalar(f.getKey(), "Model.field");
          if (!target)
            return target.takeError();
          auto [model, field] = StringRef(*target).split('.');
          if (field.empty())
            return error(f.getKey(), "expected Model.field, got `" + *target + "`");
          FieldOverride o;
          o.table = model.str();
          o.column = field.str();
          auto *spec = dyn_cast<yaml::MappingNode>(f.getValue());
          if (!spec)
            return error(f.getValue(), "expected { generator: NAME }, { values: {...} } or "
                                       "{ template: \"...{n}...\" }");
          for (yaml::KeyValueNode &s : *spec) {
            Expected<std::string> kind = scalar(s.getKey(), "a key");
            if (!kind)
              return kind.takeError();
            if (*kind == "generator") {
              Expected<std::string> g = scalar(s.getValue(), "a generator name");
              if (!g)
                return g.takeError();
              static const StringRef kKnown[] = {
                  "email", "firstName", "lastName", "name", "username", "company", "jobTitle",
                  "title", "city", "country", "address", "url", "phone", "paragraph",
                  "sentence", "word", "cuid", "uuid", "skill", "salary", "price", "score",
                  "int", "boolean", "timestamp"};
              if (llvm::none_of(kKnown, [&](StringRef k) { return *g == k; }))
                return error(s.getValue(), "unknown generator `" + *g + "`; known: " +
                                               join(std::begin(kKnown), std::end(kKnown), ", "));
              o.generator = *g;
            } else if (*kind == "template") {
              Expected<std::string> t = scalar(s.getValue(), "a template");
              if (!t)
                return t.takeError();
              o.templateText = *t;
            } else if (*kind == "values") {
              auto *values = dyn_cast<yaml::MappingNode>(s.getValue());
              if (!values)
                return error(s.getValue(), "expected `value: weight` pairs");
              for (yaml::KeyValueNode &v : *values) {
                Expected<std::string> val = scalar(v.getKey(), "a value");
                if (!val)
                  return val.takeError();
                Expected<std::string> weight = scalar(v.getValue(), "a weight");
                if (!weight)
                  return weight.takeError();
                double w = 0;
                if (StringRef(*weight).getAsDouble(w) || w <= 0)
                  return error(v.getValue(), "expected a positive weight, got `" + *weight + "`");
                o.values.push_back({*val, w});
              }
            } else {
              return error(s.getKey(), "unknown key `" + *kind + "` in a field override; "
                                       "expected generator, values or template");
            }
          }
          set.request.overrides.push_back(std::move(o));
        }
      } else if (*key == "fixtures") {
        auto *fixtures = dyn_cast<yaml::MappingNode>(value);
        if (!fixtures)
          return error(value, "expected `Model: [ { field: value, ... } ]`");
        for (yaml::KeyValueNode &f : *fixtures) {
          Expected<std::string> model = scalar(f.getKey(), "a model name");
          if (!model)
            return model.takeError();
          auto *rows = dyn_cast<yaml::SequenceNode>(f.getValue());
          if (!rows)
            return error(f.getValue(), "expected a list of rows");
          for (yaml::Node &rowNode : *rows) {
            auto *row = dyn_cast<yaml::MappingNode>(&rowNode);
            if (!row)
              return error(&rowNode, "expected a row: { field: value, ... }");
            Fixture fixture;
            fixture.table = *model;
            for (yaml::KeyValueNode &cell : *row) {
              Expected<std::string> field = scalar(cell.getKey(), "a field name");
              if (!field)
                return field.takeError();
              if (isa<yaml::NullNode>(cell.getValue())) {
                fixture.values.push_back({*field, "\\N"});
                continue;
              }
              Expected<std::string> v = scalar(cell.getValue(), "a value");
              if (!v)
                return v.takeError();
              fixture.values.push_back({*field, *v});
            }
            set.request.fixtures.push_back(std::move(fixture));
          }
        }
      } else {
        return error(kv.getKey(), "unknown key `" + *key + "` in seed set `" + name +
                                      "`; expected version, seed, counts, fields or fixtures");
      }
    }
    // The checksum covers what the set asks for, not its spelling.
    std::string canonical = "seed " + std::to_string(set.request.seed) + "\n";
    for (auto &[model, count] : set.request.counts)
      canonical += "count " + model + "=" + std::to_string(count) + "\n";
    for (const FieldOverride &o : set.request.overrides) {
      canonical += "field " + o.table + "." + o.column + " " + o.generator + " " + o.templateText;
      for (auto &[v, w] : o.values)
        canonical += " " + v + ":" + std::to_string(w);
      canonical += "\n";
    }
    for (const Fixture &f : set.request.fixtures) {
      canonical += "fixture " + f.table;
      for (auto &[k, v] : f.values)
        canonical += " " + k + "=" + v;
      canonical += "\n";
    }
    std::array<uint8_t, 32> hash = SHA256::hash(arrayRefFromStringRef(canonical));
    set.checksum = toHex(ArrayRef<uint8_t>(hash), true);
    return Error::success();
  }

  Expected<SeedConfig> read(yaml::Node *root) {
    SeedConfig config;
    auto *top = dyn_cast_or_null<yaml::MappingNode>(root);
    if (!top)
      return config;
    for (yaml::KeyValueNode &kv : *top) {
      Expected<std::string> key = scalar(kv.getKey(), "a key");
      if (!key)
        return key.takeError();
      if (*key != "seed")
        continue; // lint's and deploy's sections
      auto *seed = dyn_cast<yaml::MappingNode>(kv.getValue());
      if (!seed)
        return error(kv.getValue(), "expected `sets:` and `environments:`");
      for (yaml::KeyValueNode &s : *seed) {
        Expected<std::string> section = scalar(s.getKey(), "a key");
        if (!section)
          return section.takeError();
        if (*section == "sets") {
          auto *sets = dyn_cast<yaml::MappingNode>(s.getValue());
          if (!sets)
            return error(s.getValue(), "expected named seed sets");
          for (yaml::KeyValueNode &set : *sets) {
            Expected<std::string> name = scalar(set.getKey(), "a set name");
            if (!name)
              return name.takeError();
            auto *body = dyn_cast<yaml::MappingNode>(set.getValue());
            if (!body)
              return error(set.getValue(), "expected the set's counts, fields and fixtures");
            if (Error e = readSet(*name, body, config.sets[*name]))
              return e;
          }
        } else if (*section == "environments") {
          auto *envs = dyn_cast<yaml::MappingNode>(s.getValue());
          if (!envs)
            return error(s.getValue(), "expected `environment: set` pairs");
          for (yaml::KeyValueNode &e : *envs) {
            Expected<std::string> env = scalar(e.getKey(), "an environment");
            if (!env)
              return env.takeError();
            Expected<std::string> set = scalar(e.getValue(), "a seed set name");
            if (!set)
              return set.takeError();
            config.environments[*env] = *set;
            envNodes[*env] = e.getValue();
          }
        } else {
          return error(s.getKey(), "unknown key `" + *section + "` in `seed`; expected sets "
                                   "or environments");
        }
      }
    }
    for (auto &[env, set] : config.environments)
      if (!config.sets.count(set))
        return error(envNodes[env], "environment `" + env + "` names the seed set `" + set +
                                        "`, which is not defined under `sets`");
    return config;
  }

private:
  SourceMgr &sourceMgr;
  std::string path;
  std::map<std::string, yaml::Node *> envNodes;
};

} // namespace

Expected<SeedConfig> readSeedConfig(StringRef path) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> buffer = MemoryBuffer::getFile(path);
  if (!buffer)
    return createStringError(buffer.getError(), "cannot read `" + path + "`: " +
                                                    buffer.getError().message());
  SourceMgr sourceMgr;
  std::string diagnostics;
  raw_string_ostream diagnosticStream(diagnostics);
  MemoryBufferRef ref = (*buffer)->getMemBufferRef();
  sourceMgr.AddNewSourceBuffer(std::move(*buffer), SMLoc());
  yaml::Stream stream(ref, sourceMgr, /*ShowColors=*/false);
  Reader reader(sourceMgr, path);
  for (yaml::Document &document : stream) {
    yaml::Node *root = document.getRoot();
    if (stream.failed())
      break;
    Expected<SeedConfig> config = reader.read(root);
    if (stream.failed())
      return createStringError(inconvertibleErrorCode(), "`" + path + "` is not valid YAML");
    return config;
  }
  if (stream.failed())
    return createStringError(inconvertibleErrorCode(), "`" + path + "` is not valid YAML");
  return SeedConfig();
}

} // namespace schemac::seed
