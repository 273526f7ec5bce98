//===- frontend/SemaConfig.cpp - datasource, generators, preview features -===//
#include "frontend/SemaImpl.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/StringSwitch.h"

using namespace llvm;

namespace schemac::frontend {

namespace {

/// Preview features Prisma knows, as of Prisma 6/7, lower-cased for lookup.
enum class FeatureState {
  Active,
  Deprecated,
  /// Known to Prisma 6, unknown to Prisma 7 (which rejects it): accepted with a warning,
  /// so that Prisma 6 projects, most of those in production, are not refused.
  RemovedInPrisma7,
};

struct FeatureInfo {
  const char *name;
  FeatureState state;
};

const FeatureInfo kPreviewFeatures[] = {
    // Active (or still accepted without a warning).
    {"fullTextSearchPostgres", FeatureState::Active},
    {"nativeDistinct", FeatureState::Active},
    {"partialIndexes", FeatureState::Active},
    {"postgresqlExtensions", FeatureState::Active},
    {"reactNative", FeatureState::Active},
    {"relationJoins", FeatureState::Active},
    {"schemaEngineDriverAdapters", FeatureState::Active},
    {"shardKeys", FeatureState::Active},
    {"strictUndefinedChecks", FeatureState::Active},
    {"typedSql", FeatureState::Active},
    {"views", FeatureState::Active},
    {"esm", FeatureState::RemovedInPrisma7},
    {"metrics", FeatureState::RemovedInPrisma7},
    // Retired: accepted with a warning. As of Prisma 7.10.1 this includes deno,
    // driverAdapters, multiSchema, prismaSchemaFolder and queryCompiler (generally
    // available).
    {"deno", FeatureState::Deprecated},
    {"driverAdapters", FeatureState::Deprecated},
    {"multiSchema", FeatureState::Deprecated},
    {"prismaSchemaFolder", FeatureState::Deprecated},
    {"queryCompiler", FeatureState::Deprecated},
    {"aggregateApi", FeatureState::Deprecated},
    {"atomicNumberOperations", FeatureState::Deprecated},
    {"clientExtensions", FeatureState::Deprecated},
    {"cockroachdb", FeatureState::Deprecated},
    {"connectOrCreate", FeatureState::Deprecated},
    {"createMany", FeatureState::Deprecated},
    {"dataProxy", FeatureState::Deprecated},
    {"distinct", FeatureState::Deprecated},
    {"extendedIndexes", FeatureState::Deprecated},
    {"extendedWhereUnique", FeatureState::Deprecated},
    {"fieldReference", FeatureState::Deprecated},
    {"filteredRelationCount", FeatureState::Deprecated},
    {"filterJson", FeatureState::Deprecated},
    {"fullTextIndex", FeatureState::Deprecated},
    {"fullTextSearch", FeatureState::Deprecated},
    {"groupBy", FeatureState::Deprecated},
    {"improvedQueryRaw", FeatureState::Deprecated},
    {"interactiveTransactions", FeatureState::Deprecated},
    {"jsonProtocol", FeatureState::Deprecated},
    {"microsoftSqlServer", FeatureState::Deprecated},
    {"middlewares", FeatureState::Deprecated},
    {"mongoDb", FeatureState::Deprecated},
    {"namedConstraints", FeatureState::Deprecated},
    {"nApi", FeatureState::Deprecated},
    {"nativeTypes", FeatureState::Deprecated},
    {"omitApi", FeatureState::Deprecated},
    {"orderByAggregateGroup", FeatureState::Deprecated},
    {"orderByNulls", FeatureState::Deprecated},
    {"orderByRelation", FeatureState::Deprecated},
    {"referentialActions", FeatureState::Deprecated},
    {"referentialIntegrity", FeatureState::Deprecated},
    {"selectRelationCount", FeatureState::Deprecated},
    {"tracing", FeatureState::Deprecated},
    {"transactionApi", FeatureState::Deprecated},
    {"uncheckedScalarInputs", FeatureState::Deprecated},
};

const FeatureInfo *findFeature(StringRef name) {
  for (const FeatureInfo &info : kPreviewFeatures)
    if (name.equals_insensitive(info.name))
      return &info;
  return nullptr;
}

} // namespace

void Sema::validateConfiguration() {
  // Generators first: their preview features change what the datasource may hold.
  StringMap<const ast::Block *> generatorNames;
  for (const ast::SourceFile &file : schema.files) {
    for (const ast::Block &block : file.blocks) {
      if (block.kind != ast::BlockKind::Generator)
        continue;
      auto [it, inserted] = generatorNames.try_emplace(block.name.name, &block);
      if (!inserted) {
        Diagnostic &diag = error(block.name.range, "the generator `" + block.name.name +
                                                       "` cannot be defined because a generator "
                                                       "with that name already exists");
        diag.notes.push_back({it->second->name.range.Start, "previous definition is here"});
        continue;
      }
      validateGenerator(block);
    }
  }
  for (const ast::SourceFile &file : schema.files) {
    for (const ast::Block &block : file.blocks) {
      if (block.kind != ast::BlockKind::Datasource)
        continue;
      if (datasourceBlock) {
        Diagnostic &diag = error(block.name.range,
                                 "more than one datasource is defined; a schema has exactly one");
        diag.notes.push_back({datasourceBlock->name.range.Start, "first datasource is here"});
        continue;
      }
      datasourceBlock = &block;
      validateDatasource(block);
    }
  }
}

/// Rejects `key = value` lines given twice in one config block.
static void checkDuplicateProperties(const ast::Block &block, DiagnosticEngine &diags) {
  StringMap<const ast::Member *> seen;
  for (const ast::Member &member : block.members) {
    auto [it, inserted] = seen.try_emplace(member.name.name, &member);
    if (!inserted)
      diags.error(member.name.range, "property `" + member.name.name +
                                         "` is already defined in " +
                                         ast::blockKindName(block.kind) + " `" + block.name.name +
                                         "`");
  }
}

std::optional<UrlValue> Sema::readUrl(const ast::Member &property) {
  if (!property.value) {
    error(property.range, "property `" + property.name.name + "` needs a value");
    return std::nullopt;
  }
  const ast::Expression &value = *property.value;
  UrlValue url;
  url.range = value.range;
  if (value.isString()) {
    url.value = value.value.str();
    return url;
  }
  if (value.isFunction() && value.value == "env") {
    if (value.arguments.size() != 1 || value.arguments[0].isNamed() ||
        !value.arguments[0].value || !value.arguments[0].value->isString()) {
      error(value.range, "the env function expects a singular, unnamed, string argument");
      return std::nullopt;
    }
    url.fromEnv = true;
    url.value = value.arguments[0].value->value.str();
    return url;
  }
  reportExpected("a string or `env(\"...\")`", value);
  return std::nullopt;
}

void Sema::validateDatasource(const ast::Block &block) {
  Datasource source;
  source.ast = &block;
  source.name = block.name.name;
  checkDuplicateProperties(block, mainDiags); // a names error for Prisma, reported first

  const ast::Member *providerProperty = nullptr;
  const ast::Member *relationMode = nullptr;
  const ast::Member *referentialIntegrity = nullptr;
  const ast::Member *schemasProperty = nullptr;
  const ast::Member *extensionsProperty = nullptr;
  for (const ast::Member &member : block.members) {
    StringRef key = member.name.name;
    if (key == "provider")
      providerProperty = &member;
    else if (key == "relationMode")
      relationMode = &member;
    else if (key == "referentialIntegrity")
      referentialIntegrity = &member;
    else if (key == "schemas")
      schemasProperty = &member;
    else if (key == "extensions")
      extensionsProperty = &member;
    else if (key != "url" && key != "directUrl" && key != "shadowDatabaseUrl") {
      std::string suggestion =
          closestMatch(key, {"provider", "url", "directUrl", "shadowDatabaseUrl",
                             "relationMode", "schemas", "extensions"});
      error(member.name.range, "unknown property `" + key + "` in datasource `" + source.name +
                                   "`" +
                                   (suggestion.empty() ? "" : "; did you mean `" + suggestion + "`?"));
    }
  }

  if (!providerProperty) {
    error(block.name.range, "argument `provider` is missing in datasource block `" +
                                source.name + "`");
  } else if (providerProperty->value) {
    const ast::Expression &value = *providerProperty->value;
    if (value.isString()) {
      source.providerName = value.value;
      if (std::optional<Provider> provider = parseProvider(value.value)) {
        source.provider = *provider;
      } else {
        std::string suggestion = closestMatch(
            value.value, {"postgresql", "mysql", "sqlite", "sqlserver", "mongodb", "cockroachdb"});
        error(value.range, "datasource provider `" + value.value + "` is not known" +
                               (suggestion.empty() ? "; use postgresql, mysql, sqlite, "
                                                     "sqlserver, mongodb or cockroachdb"
                                                   : "; did you mean `" + suggestion + "`?"));
      }
    } else if (value.isFunction() && value.value == "env") {
      error(value.range, "a datasource must not use the env() function in the provider "
                         "argument");
    } else {
      reportExpected("a string", value);
    }
  } else {
    error(providerProperty->range, "property `provider` needs a value");
  }
  db->provider = source.provider;
  const ConnectorCapabilities &caps = capabilitiesOf(source.provider);

  for (const ast::Member &member : block.members) {
    StringRef key = member.name.name;
    if (key == "url")
      source.url = readUrl(member);
    else if (key == "directUrl")
      source.directUrl = readUrl(member);
    else if (key == "shadowDatabaseUrl")
      source.shadowDatabaseUrl = readUrl(member);
  }
  bool urlOptional = !options.requireDatasourceUrl ||
                     (source.provider == Provider::SQLite &&
                      db->hasPreviewFeature("schemaEngineDriverAdapters"));
  bool hasUrlProperty = llvm::any_of(block.members, [](const ast::Member &member) {
    return member.name.name == "url";
  });
  if (!hasUrlProperty && !urlOptional)
    error(block.name.range,
          "argument `url` is missing in datasource block `" + source.name +
              "`; add `url = env(\"DATABASE_URL\")`, or keep the URL in a prisma.config file "
              "next to the schema (Prisma 7)");
  // A shadow database equal to the main one would be wiped by `migrate dev`.
  auto sameAsShadow = [&](const std::optional<UrlValue> &url, StringRef property) {
    if (source.shadowDatabaseUrl && url && !url->fromEnv && !source.shadowDatabaseUrl->fromEnv &&
        url->value == source.shadowDatabaseUrl->value)
      error(url->range, "shadowDatabaseUrl is the same as " + property + " for datasource `" +
                            source.name +
                            "`; specify a different database as shadow database to avoid "
                            "data loss");
  };
  sameAsShadow(source.directUrl, "directUrl");
  sameAsShadow(source.url, "url");

  if (referentialIntegrity)
    warning(referentialIntegrity->name.range,
            "the `referentialIntegrity` attribute is deprecated; rename it to `relationMode`");
  if (relationMode && referentialIntegrity)
    error(referentialIntegrity->range, "the `referentialIntegrity` and `relationMode` "
                                       "attributes cannot be used together; use only "
                                       "`relationMode`");
  if (const ast::Member *mode = relationMode ? relationMode : referentialIntegrity) {
    if (mode->value && mode->value->isString()) {
      StringRef value = mode->value->value;
      if (value == "prisma")
        source.relationModePrisma = true;
      else if (value != "foreignKeys")
        error(mode->value->range, "invalid relation mode `" + value +
                                      "`; supported values are `prisma` and `foreignKeys`");
      else if (source.provider == Provider::MongoDB)
        error(mode->value->range, "relation mode `foreignKeys` is not supported on MongoDB");
    } else if (mode->value) {
      reportExpected("a string", *mode->value);
    }
  }
  if (source.provider == Provider::MongoDB)
    source.relationModePrisma = true;

  if (schemasProperty && schemasProperty->value) {
    if (!caps.multiSchema && source.provider != Provider::None) {
      error(schemasProperty->name.range,
            "the `schemas` property is not supported on the " + providerName(source.provider) +
                " connector");
    } else {
      auto addSchema = [&](const ast::Expression &element) {
        std::optional<StringRef> name = expectString(element);
        if (!name)
          return;
        for (const auto &existing : source.schemas) {
          if (existing.first == *name) {
            error(element.range, "duplicated schema names are not allowed: `" + *name + "`");
            return;
          }
        }
        source.schemas.push_back({*name, element.range});
      };
      for (const ast::Expression *element : schemasProperty->value->asList())
        addSchema(*element);
    }
  }

  if (extensionsProperty && extensionsProperty->value) {
    if (!caps.extensions) {
      error(extensionsProperty->name.range, "unknown property `extensions` in datasource `" +
                                                source.name + "`; extensions are only "
                                                "supported on PostgreSQL");
    } else if (!db->hasPreviewFeature("postgresqlExtensions")) {
      // The connector's validate_datasource: with Prisma's validations.
      datasourceValidationErrors.emplace_back(extensionsProperty->name.range,
                                              "the `extensions` property is only available "
                                              "with the `postgresqlExtensions` preview feature");
    } else {
      for (const ast::Expression *element : extensionsProperty->value->asList()) {
        if (!element->isConstant() && !element->isFunction()) {
          error(element->range, "expected a constant or function value, but received " +
                                    element->describe() + " value `" + quote(element->text()) + "`");
          continue;
        }
        Datasource::Extension extension;
        extension.name = element->value;
        if (extension.name.contains('-')) {
          error(element->range, "the character `-` is not allowed in extension names");
          continue;
        }
        if (element->isFunction()) {
          StringSet<> seen;
          for (const ast::Argument &arg : element->arguments) {
            if (!arg.name) {
              error(arg.range, "extension arguments must have a name (`schema`, `version` "
                               "or `map`)");
              continue;
            }
            StringRef argName = arg.name->name;
            if (!seen.insert(argName).second) {
              error(arg.name->range, "the argument `" + argName + "` can only be defined once");
              continue;
            }
            if (argName != "schema" && argName != "version" && argName != "map") {
              error(arg.name->range, "unknown argument `" + argName +
                                         "` for an extension; expected `schema`, `version` or "
                                         "`map`");
              continue;
            }
            if (!arg.value)
              continue;
            std::optional<StringRef> text = expectString(*arg.value);
            if (!text)
              continue;
            (argName == "schema"    ? extension.schema
             : argName == "version" ? extension.version
                                    : extension.map) = *text;
          }
        }
        source.extensions.push_back(extension);
      }
    }
  }
  db->datasource = std::move(source);
}

void Sema::validateGenerator(const ast::Block &block) {
  Generator generator;
  generator.ast = &block;
  generator.name = block.name.name;
  checkDuplicateProperties(block, mainDiags); // as above
  // Without a provider Prisma reads no further (its other properties are not checked).
  if (llvm::none_of(block.members,
                    [](const ast::Member &member) { return member.name.name == "provider"; })) {
    error(block.name.range, "argument `provider` is missing in generator block `" +
                                generator.name + "`");
    db->generators.push_back(std::move(generator));
    return;
  }
  for (const ast::Member &member : block.members) {
    if (!member.value) {
      Diagnostic &diag = error(block.keyword.range, "property `" + member.name.name +
                                                        "` in generator `" + generator.name +
                                                        "` needs to be assigned a value");
      diag.notes.push_back({member.name.range.Start, "property declared here"});
      continue;
    }
    const ast::Expression &value = *member.value;
    StringRef key = member.name.name;
    if (key == "provider") {
      if (value.isString())
        generator.provider = value.value;
      else if (!(value.isFunction() && value.value == "env"))
        reportExpected("a string", value);
    } else if (key == "output") {
      if (!value.isString() && !(value.isFunction() && value.value == "env"))
        reportExpected("a string", value);
    } else if (key == "previewFeatures") {
      validatePreviewFeatures(generator, member);
    } else if (key == "binaryTargets") {
      if (!value.isArray() && !value.isString() && !value.isFunction())
        reportExpected("an array of strings", value);
    }
    // Any other property is passed to the generator as is.
  }
  db->generators.push_back(std::move(generator));
}

void Sema::validatePreviewFeatures(const Generator &generator, const ast::Member &property) {
  const ast::Expression &value = *property.value;
  std::vector<const ast::Expression *> elements;
  if (value.isArray()) {
    for (const ast::Expression &element : value.elements)
      elements.push_back(&element);
  } else {
    reportExpected("an array of strings", value);
    return;
  }
  // The datasource is not read yet; look its provider up in the AST for renamed features.
  StringRef provider;
  for (const ast::SourceFile &file : schema.files)
    for (const ast::Block &block : file.blocks)
      if (block.kind == ast::BlockKind::Datasource && provider.empty())
        for (const ast::Member &member : block.members)
          if (member.name.name == "provider" && member.value && member.value->isString())
            provider = member.value->value;
  bool postgres = provider == "postgresql" || provider == "postgres";

  for (const ast::Expression *element : elements) {
    std::optional<StringRef> name = expectString(*element);
    if (!name)
      continue;
    const FeatureInfo *info = findFeature(*name);
    // Prisma knows `fullTextSearchPostgres` only with a PostgreSQL datasource.
    if (info && StringRef(info->name) == "fullTextSearchPostgres" && !postgres) {
      error(element->range, "the preview feature `" + *name + "` is not known without a "
                            "PostgreSQL datasource");
      continue;
    }
    if (!info) {
      SmallVector<StringRef, 32> active;
      for (const FeatureInfo &feature : kPreviewFeatures)
        if (feature.state == FeatureState::Active)
          active.push_back(feature.name);
      std::string suggestion = closestMatch(*name, active);
      error(element->range, "the preview feature `" + *name + "` is not known" +
                                (suggestion.empty() ? "" : "; did you mean `" + suggestion + "`?"));
      continue;
    }
    db->previewFeatures.insert(StringRef(info->name).lower());
    if (postgres && StringRef(info->name) == "fullTextSearch") {
      warning(element->range, "on `provider = \"postgresql\"`, preview feature "
                              "`fullTextSearch` has been renamed to `fullTextSearchPostgres`");
      db->previewFeatures.insert(StringRef("fullTextSearchPostgres").lower());
      continue;
    }
    if (info->state == FeatureState::Deprecated)
      warning(element->range, "preview feature `" + *name + "` is deprecated; the "
                              "functionality can be used without specifying it as a preview "
                              "feature");
    if (info->state == FeatureState::RemovedInPrisma7)
      warning(element->range, "preview feature `" + *name + "` is no longer known to Prisma 7, "
                              "which rejects the schema; remove it before upgrading");
  }
  (void)generator;
}

} // namespace schemac::frontend
