//===- passes/lint/Rules.cpp - Lint rules and their severity policy -----------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//
#include "passes/lint/Rules.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLTraits.h"

#include <map>

using namespace llvm;

namespace {
bool isUpperASCII(char c) { return c >= 'A' && c <= 'Z'; }
bool isLowerASCII(char c) { return c >= 'a' && c <= 'z'; }
} // namespace


namespace schemac::passes {

namespace {

constexpr RuleInfo kRules[] = {
#define RULE(ID, NAME, GROUP, SEVERITY, PASS, SUMMARY)                                        \
  {Rule::ID, NAME, RuleGroup::GROUP, RuleSeverity::SEVERITY, PASS, SUMMARY},
#include "passes/lint/Rules.def"
};

constexpr RuleGroup kGroups[] = {
    RuleGroup::Schema,        RuleGroup::Timezone, RuleGroup::Relations,
    RuleGroup::Naming,        RuleGroup::Destructive, RuleGroup::DataDependent,
    RuleGroup::Compatibility, RuleGroup::Locking,  RuleGroup::Meta};

Error flagError(const Twine &message) {
  return createStringError(inconvertibleErrorCode(), message);
}

} // namespace

ArrayRef<RuleInfo> allRules() { return kRules; }

const RuleInfo &ruleInfo(Rule rule) { return kRules[size_t(rule)]; }

std::optional<Rule> findRule(StringRef id) {
  for (const RuleInfo &info : kRules)
    if (info.id == id)
      return info.rule;
  return std::nullopt;
}

ArrayRef<RuleGroup> allRuleGroups() { return kGroups; }

StringRef ruleGroupName(RuleGroup group) {
  static constexpr StringRef names[] = {"schema",        "timezone", "relations",
                                        "naming",        "destructive", "data-dependent",
                                        "compatibility", "locking",  "meta"};
  return names[size_t(group)];
}

std::optional<RuleGroup> findRuleGroup(StringRef name) {
  for (RuleGroup group : kGroups)
    if (ruleGroupName(group) == name)
      return group;
  return std::nullopt;
}

StringRef ruleSeverityName(RuleSeverity severity) {
  static constexpr StringRef names[] = {"off", "warning", "error"};
  return names[size_t(severity)];
}

std::optional<RuleSeverity> parseRuleSeverity(StringRef name) {
  return StringSwitch<std::optional<RuleSeverity>>(name)
      .Case("off", RuleSeverity::Off)
      .Case("warning", RuleSeverity::Warning)
      .Case("error", RuleSeverity::Error)
      .Default(std::nullopt);
}

//===----------------------------------------------------------------------===//
// Naming styles
//===----------------------------------------------------------------------===//

SmallVector<std::string, 4> splitIdentifierWords(StringRef name) {
  SmallVector<std::string, 4> out;
  std::string current;
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    bool boundary = c == '_' || c == '-' ||
                    (isUpperASCII(c) && i > 0 && (isLowerASCII(name[i - 1]) || isDigit(name[i - 1])));
    if (boundary && !current.empty()) {
      out.push_back(current);
      current.clear();
    }
    if (c != '_' && c != '-')
      current += toLower(c);
  }
  if (!current.empty())
    out.push_back(current);
  return out;
}

bool isKnownNamingStyle(StringRef style) {
  return is_contained(ArrayRef<StringRef>{"PascalCase", "camelCase", "snake_case", "UPPER_CASE",
                                          "any"},
                      style);
}

bool followsNamingStyle(StringRef name, StringRef style) {
  if (name.empty() || style == "any")
    return true;
  auto all = [&](auto predicate) { return all_of(name, predicate); };
  if (style == "PascalCase")
    return isUpperASCII(name.front()) && all([](char c) { return isAlnum(c); });
  if (style == "camelCase")
    return isLowerASCII(name.front()) && all([](char c) { return isAlnum(c); });
  if (style == "snake_case")
    return (isLowerASCII(name.front()) || name.front() == '_') &&
           all([](char c) { return isLowerASCII(c) || isDigit(c) || c == '_'; });
  if (style == "UPPER_CASE")
    return isUpperASCII(name.front()) &&
           all([](char c) { return isUpperASCII(c) || isDigit(c) || c == '_'; });
  return true;
}

//===----------------------------------------------------------------------===//
// RulePolicy
//===----------------------------------------------------------------------===//

RulePolicy::RulePolicy() {
  static_assert(std::size(kRules) <= 64, "RulePolicy::severities is too small");
  severities.fill(RuleSeverity::Off);
  for (const RuleInfo &info : kRules)
    severities[size_t(info.rule)] = info.defaultSeverity;
}

void RulePolicy::setGroupSeverity(RuleGroup group, RuleSeverity severity) {
  for (const RuleInfo &info : kRules)
    if (info.group == group)
      setSeverity(info.rule, severity);
}

Error RulePolicy::applyFlag(StringRef flag) {
  const std::string original = flag.str();
  // -W<rule|group> turns on as a warning (an error stays an error).
  auto forEach = [&](StringRef name, auto action) -> Error {
    if (std::optional<Rule> rule = findRule(name)) {
      action(*rule);
      return Error::success();
    }
    if (std::optional<RuleGroup> group = findRuleGroup(name)) {
      for (const RuleInfo &info : kRules)
        if (info.group == *group)
          action(info.rule);
      return Error::success();
    }
    return flagError("unknown warning option '-W" + original +
                     "'; `schemac lint --list-rules` lists the rules and groups");
  };
  if (flag == "error") {
    warningsAsErrors = true;
    return Error::success();
  }
  if (flag == "everything") {
    for (const RuleInfo &info : kRules)
      if (severity(info.rule) == RuleSeverity::Off)
        setSeverity(info.rule, RuleSeverity::Warning);
    return Error::success();
  }
  if (flag.consume_front("error="))
    return forEach(flag, [&](Rule rule) { setSeverity(rule, RuleSeverity::Error); });
  if (flag.consume_front("no-error="))
    return forEach(flag, [&](Rule rule) {
      if (severity(rule) == RuleSeverity::Error)
        setSeverity(rule, RuleSeverity::Warning);
      neverErrors[size_t(rule)] = true;
    });
  if (flag.consume_front("no-"))
    return forEach(flag, [&](Rule rule) { setSeverity(rule, RuleSeverity::Off); });
  return forEach(flag, [&](Rule rule) {
    if (severity(rule) == RuleSeverity::Off)
      setSeverity(rule, RuleSeverity::Warning);
  });
}

RuleSeverity RulePolicy::effectiveSeverity(Rule rule) const {
  RuleSeverity result = severity(rule);
  if (result == RuleSeverity::Warning && warningsAsErrors && !neverErrors[size_t(rule)])
    return RuleSeverity::Error;
  return result;
}

//===----------------------------------------------------------------------===//
// .schemac.yaml
//===----------------------------------------------------------------------===//

namespace {

/// The file as read; validated against the rule table while it is read, so that errors
/// carry the YAML node's location.
struct ConfigFile {
  std::optional<bool> warningsAsErrors;
  std::vector<std::pair<std::string, std::string>> rules; ///< rule or group -> severity
  NamingStyles naming;
};

} // namespace

} // namespace schemac::passes

namespace llvm::yaml {

using schemac::passes::ConfigFile;
using schemac::passes::NamingStyles;
using RuleList = std::vector<std::pair<std::string, std::string>>;

template <> struct CustomMappingTraits<RuleList> {
  static void inputOne(IO &io, StringRef key, RuleList &rules) {
    std::string value;
    io.mapRequired(key.str().c_str(), value);
    if (!schemac::passes::findRule(key) && !schemac::passes::findRuleGroup(key)) {
      io.setError("unknown rule or group '" + key + "'");
      return;
    }
    if (!schemac::passes::parseRuleSeverity(value)) {
      io.setError("unknown severity '" + value + "' for '" + key +
                  "'; expected off, warning or error");
      return;
    }
    rules.emplace_back(key.str(), value);
  }
  static void output(IO &io, RuleList &rules) {
    for (auto &[key, value] : rules)
      io.mapRequired(key.c_str(), value);
  }
};

template <> struct MappingTraits<NamingStyles> {
  static void mapping(IO &io, NamingStyles &styles) {
    io.mapOptional("model", styles.model);
    io.mapOptional("field", styles.field);
    io.mapOptional("enum", styles.enumName);
    io.mapOptional("enum-value", styles.enumValue);
    io.mapOptional("database", styles.database);
  }
  static std::string validate(IO &, NamingStyles &styles) {
    for (const std::string *style : {&styles.model, &styles.field, &styles.enumName,
                                     &styles.enumValue, &styles.database})
      if (!schemac::passes::isKnownNamingStyle(*style))
        return "unknown naming style '" + *style +
               "'; expected PascalCase, camelCase, snake_case, UPPER_CASE or any";
    return "";
  }
};

template <> struct MappingTraits<ConfigFile> {
  static void mapping(IO &io, ConfigFile &config) {
    io.mapOptional("warnings-as-errors", config.warningsAsErrors);
    io.mapOptional("rules", config.rules);
    io.mapOptional("naming", config.naming);
  }
};

} // namespace llvm::yaml

namespace schemac::passes {

/// The configuration file without the sections other commands read (`seed:` for seed
/// sets, `database:` for deploys); their lines become blank, so lint's messages keep the
/// file's line numbers.
static std::string lintSections(StringRef text) {
  std::string out;
  bool skipping = false;
  SmallVector<StringRef, 64> lines;
  text.split(lines, '\n');
  for (size_t i = 0; i < lines.size(); ++i) {
    StringRef line = lines[i];
    bool topLevel = !line.empty() && line[0] != ' ' && line[0] != '\t' && line[0] != '#';
    if (topLevel)
      skipping = line.startswith("seed:") || line.startswith("database:");
    if (!skipping)
      out += line;
    if (i + 1 < lines.size())
      out += '\n';
  }
  return out;
}

Error RulePolicy::applyConfigFile(StringRef path) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> buffer = MemoryBuffer::getFile(path);
  if (!buffer)
    return flagError("cannot read `" + path + "`: " + buffer.getError().message());
  std::string messages;
  auto handler = [](const SMDiagnostic &diagnostic, void *context) {
    raw_string_ostream os(*static_cast<std::string *>(context));
    diagnostic.print(nullptr, os, /*ShowColors=*/false);
  };
  ConfigFile config;
  std::string lintText = lintSections((*buffer)->getBuffer());
  std::unique_ptr<MemoryBuffer> lintBuffer =
      MemoryBuffer::getMemBuffer(lintText, (*buffer)->getBufferIdentifier());
  {
    yaml::Input input(lintBuffer->getMemBufferRef(), nullptr, handler, &messages);
    input >> config;
    if (input.error()) {
      StringRef text = StringRef(messages).rtrim();
      return flagError(text.empty() ? "`" + path + "` is not a valid configuration file"
                                    : Twine(text));
    }
  }
  for (auto &[key, value] : config.rules) {
    RuleSeverity level = *parseRuleSeverity(value);
    if (std::optional<Rule> rule = findRule(key))
      setSeverity(*rule, level);
    else
      setGroupSeverity(*findRuleGroup(key), level);
  }
  if (config.warningsAsErrors)
    warningsAsErrors = *config.warningsAsErrors;
  naming = config.naming;
  return Error::success();
}

std::string findConfigFile(StringRef schemaPath) {
  SmallString<256> dir(schemaPath);
  sys::fs::make_absolute(dir);
  if (!sys::fs::is_directory(dir))
    sys::path::remove_filename(dir);
  while (!dir.empty()) {
    SmallString<256> candidate(dir);
    sys::path::append(candidate, ".schemac.yaml");
    if (sys::fs::exists(candidate))
      return std::string(candidate);
    StringRef parent = sys::path::parent_path(dir);
    if (parent == dir)
      break;
    dir = parent;
  }
  return "";
}

} // namespace schemac::passes
