//===- passes/lint/LintOutput.cpp - Lint findings for machines -----------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//
#include "passes/lint/LintOutput.h"

#include "passes/lint/Rules.h"

#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace llvm;

#ifndef SCHEMAC_VERSION
#define SCHEMAC_VERSION "0.1.0"
#endif

namespace schemac::passes {

namespace {

constexpr StringRef kRulesDocs = "https://github.com/schemac/schemac/blob/main/docs/rules/";

struct Position {
  std::string file;
  unsigned line = 0, column = 0;
  bool valid() const { return line != 0; }
};

Position positionOf(const SourceMgr &sourceMgr, SMLoc loc) {
  Position position;
  unsigned buffer = loc.isValid() ? sourceMgr.FindBufferContainingLoc(loc) : 0;
  if (!buffer)
    return position;
  position.file = sourceMgr.getMemoryBuffer(buffer)->getBufferIdentifier().str();
  std::tie(position.line, position.column) = sourceMgr.getLineAndColumn(loc, buffer);
  return position;
}

std::string fullMessage(const Diagnostic &diag) {
  return diag.rule.empty() ? diag.message : diag.message + " [" + diag.rule + "]";
}

} // namespace

void printLintJson(const DiagnosticEngine &diags, raw_ostream &os) {
  json::Array findings = diags.toJson();
  for (json::Value &value : findings) {
    json::Object &object = *value.getAsObject();
    if (std::optional<StringRef> rule = object.getString("rule"))
      if (std::optional<Rule> known = findRule(*rule))
        object["group"] = ruleGroupName(ruleInfo(*known).group).str();
  }
  json::Object root{
      {"version", kLintJsonVersion},
      {"tool", json::Object{{"name", "schemac"}, {"version", SCHEMAC_VERSION}}},
      {"summary",
       json::Object{{"errors", diags.getNumErrors()}, {"warnings", diags.getNumWarnings()}}},
      {"findings", std::move(findings)},
  };
  os << formatv("{0:2}", json::Value(std::move(root))) << "\n";
}

void printLintSarif(const DiagnosticEngine &diags, raw_ostream &os) {
  const SourceMgr &sourceMgr = diags.getSourceMgr();
  json::Array rules;
  for (const RuleInfo &info : allRules()) {
    StringRef level = info.defaultSeverity == RuleSeverity::Error ? "error"
                      : info.defaultSeverity == RuleSeverity::Off ? "none"
                                                                   : "warning";
    rules.push_back(json::Object{
        {"id", info.id},
        {"shortDescription", json::Object{{"text", info.summary}}},
        {"helpUri", (kRulesDocs + info.id + ".md").str()},
        {"defaultConfiguration",
         json::Object{{"level", level}, {"enabled", info.defaultSeverity != RuleSeverity::Off}}},
        {"properties", json::Object{{"tags", json::Array{ruleGroupName(info.group)}}}},
    });
  }
  auto location = [&](SMLoc start, SMLoc end, StringRef message) -> std::optional<json::Object> {
    Position begin = positionOf(sourceMgr, start);
    if (!begin.valid())
      return std::nullopt;
    json::Object region{{"startLine", begin.line}, {"startColumn", begin.column}};
    Position finish = positionOf(sourceMgr, end);
    if (finish.valid() && finish.file == begin.file && end != start) {
      region["endLine"] = finish.line;
      region["endColumn"] = finish.column;
    }
    json::Object physical{{"artifactLocation", json::Object{{"uri", begin.file}}},
                          {"region", std::move(region)}};
    json::Object out{{"physicalLocation", std::move(physical)}};
    if (!message.empty())
      out["message"] = json::Object{{"text", message}};
    return out;
  };
  json::Array results;
  for (const Diagnostic &diag : diags.getDiagnostics()) {
    json::Object result{
        {"level", diag.severity == Severity::Error     ? "error"
                  : diag.severity == Severity::Warning ? "warning"
                                                       : "note"},
        {"message", json::Object{{"text", diag.message}}},
    };
    if (!diag.rule.empty()) {
      result["ruleId"] = diag.rule;
      if (std::optional<Rule> rule = findRule(diag.rule))
        result["ruleIndex"] = int64_t(*rule);
    }
    SMLoc end = diag.range.isValid() ? diag.range.End : diag.loc;
    if (std::optional<json::Object> primary = location(diag.loc, end, ""))
      result["locations"] = json::Array{std::move(*primary)};
    json::Array related;
    for (const DiagnosticNote &note : diag.notes)
      if (std::optional<json::Object> place = location(note.loc, note.loc, note.message))
        related.push_back(std::move(*place));
    if (!related.empty())
      result["relatedLocations"] = std::move(related);
    json::Array fixes;
    for (const SMFixIt &fixIt : diag.fixIts) {
      Position start = positionOf(sourceMgr, fixIt.getRange().Start);
      Position finish = positionOf(sourceMgr, fixIt.getRange().End);
      if (!start.valid())
        continue;
      json::Object replacement{
          {"deletedRegion", json::Object{{"startLine", start.line},
                                         {"startColumn", start.column},
                                         {"endLine", finish.line},
                                         {"endColumn", finish.column}}},
          {"insertedContent", json::Object{{"text", fixIt.getText()}}}};
      fixes.push_back(json::Object{
          {"description", json::Object{{"text", diag.message}}},
          {"artifactChanges",
           json::Array{json::Object{{"artifactLocation", json::Object{{"uri", start.file}}},
                                    {"replacements", json::Array{std::move(replacement)}}}}}});
    }
    if (!fixes.empty())
      result["fixes"] = std::move(fixes);
    results.push_back(std::move(result));
  }
  json::Object driver{{"name", "schemac"},
                      {"version", SCHEMAC_VERSION},
                      {"informationUri", "https://github.com/schemac/schemac"},
                      {"rules", std::move(rules)}};
  json::Object run{{"tool", json::Object{{"driver", std::move(driver)}}},
                   {"columnKind", "unicodeCodePoints"},
                   {"results", std::move(results)}};
  json::Object log{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                   {"version", "2.1.0"},
                   {"runs", json::Array{std::move(run)}}};
  os << formatv("{0:2}", json::Value(std::move(log))) << "\n";
}

void printLintGitHub(const DiagnosticEngine &diags, raw_ostream &os) {
  // Workflow command escaping: data escapes %, CR and LF; property values also : and ,.
  auto escape = [](StringRef text, bool property) {
    std::string out;
    for (char c : text) {
      switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += c;
      }
    }
    return out;
  };
  for (const Diagnostic &diag : diags.getDiagnostics()) {
    StringRef command = diag.severity == Severity::Error     ? "error"
                        : diag.severity == Severity::Warning ? "warning"
                                                             : "notice";
    os << "::" << command;
    Position position = positionOf(diags.getSourceMgr(), diag.loc);
    std::vector<std::string> properties;
    if (position.valid()) {
      properties.push_back("file=" + escape(position.file, true));
      properties.push_back("line=" + std::to_string(position.line));
      properties.push_back("col=" + std::to_string(position.column));
      Position end = positionOf(diags.getSourceMgr(), diag.range.End);
      if (diag.range.isValid() && end.valid() && end.line == position.line &&
          diag.range.End != diag.range.Start)
        properties.push_back("endColumn=" + std::to_string(end.column));
    }
    if (!diag.rule.empty())
      properties.push_back("title=" + escape("schemac " + diag.rule, true));
    for (size_t i = 0; i < properties.size(); ++i)
      os << (i ? "," : " ") << properties[i];
    std::string message = fullMessage(diag);
    for (const DiagnosticNote &note : diag.notes)
      message += "\nnote: " + note.message;
    os << "::" << escape(message, false) << "\n";
  }
}

void printRuleList(raw_ostream &os, bool asJson) {
  if (asJson) {
    json::Array rules;
    for (const RuleInfo &info : allRules())
      rules.push_back(json::Object{{"id", info.id},
                                   {"group", ruleGroupName(info.group)},
                                   {"severity", ruleSeverityName(info.defaultSeverity)},
                                   {"pass", info.pass},
                                   {"summary", info.summary}});
    os << formatv("{0:2}", json::Value(std::move(rules))) << "\n";
    return;
  }
  for (const RuleInfo &info : allRules())
    os << format("%-28s %-15s %-8s ", info.id.str().c_str(),
                 ruleGroupName(info.group).str().c_str(),
                 ruleSeverityName(info.defaultSeverity).str().c_str())
       << info.summary << "\n";
}

} // namespace schemac::passes
