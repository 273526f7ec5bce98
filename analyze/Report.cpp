//===- analyze/Report.cpp - Text, JSON, Markdown and HTML reports ---------===//
#include "analyze/Analyze.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"

#include <algorithm>

using namespace llvm;

namespace schemac::analyze {

namespace {

std::string str(const json::Object &o, StringRef key) { return o.getString(key).value_or("").str(); }
int64_t num(const json::Object &o, StringRef key) { return o.getInteger(key).value_or(0); }

std::string bytes(int64_t n) {
  if (n >= 1 << 30)
    return formatv("{0:f1} GB", double(n) / (1 << 30)).str();
  if (n >= 1 << 20)
    return formatv("{0:f1} MB", double(n) / (1 << 20)).str();
  if (n >= 1 << 10)
    return formatv("{0:f0} kB", double(n) / (1 << 10)).str();
  return formatv("{0} B", n).str();
}

std::string html(StringRef text) {
  std::string out;
  for (char c : text) {
    switch (c) {
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '&': out += "&amp;"; break;
    case '"': out += "&quot;"; break;
    default: out += c;
    }
  }
  return out;
}

std::vector<const json::Object *> largestTables(const Report &r, size_t limit) {
  std::vector<const json::Object *> out;
  if (const json::Array *t = r.snapshot.data.getArray("tables"))
    for (const json::Value &v : *t)
      out.push_back(v.getAsObject());
  llvm::stable_sort(out, [](const json::Object *a, const json::Object *b) {
    return num(*a, "totalBytes") > num(*b, "totalBytes");
  });
  if (out.size() > limit)
    out.resize(limit);
  return out;
}

/// A horizontal bar chart as inline SVG.
std::string barChart(StringRef title, ArrayRef<std::pair<std::string, double>> bars, StringRef unit) {
  double max = 0;
  for (auto &[label, v] : bars)
    max = std::max(max, v);
  int rowHeight = 22, width = 760, labelWidth = 260;
  int height = int(bars.size()) * rowHeight + 40;
  std::string svg = formatv("<figure><figcaption>{0}</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" "
                            "width=\"{1}\" height=\"{2}\" role=\"img\" aria-label=\"{0}\">",
                            html(title), width, height).str();
  for (size_t i = 0; i < bars.size(); ++i) {
    double w = max > 0 ? (width - labelWidth - 120) * bars[i].second / max : 0;
    int y = int(i) * rowHeight + 10;
    svg += formatv("<text x=\"0\" y=\"{0}\" font-size=\"12\" font-family=\"sans-serif\">{1}</text>"
                   "<rect class=\"bar\" x=\"{2}\" y=\"{3}\" width=\"{4:f1}\" height=\"14\" fill=\"#4f7cac\"/>"
                   "<text x=\"{5:f1}\" y=\"{0}\" font-size=\"12\" font-family=\"sans-serif\">{6}</text>",
                   y + 12, html(StringRef(bars[i].first).take_front(36)), labelWidth, y, std::max(w, 1.0),
                   labelWidth + w + 6, html((formatv("{0:f1} ", bars[i].second) + unit).str()))
               .str();
  }
  return svg + "</svg></figure>\n";
}

} // namespace

void printReport(const Report &r, ReportFormat format, raw_ostream &os) {
  const json::Object &s = r.snapshot.data;
  if (format == ReportFormat::Json) {
    json::Array findings;
    for (const Finding &f : r.findings)
      findings.push_back(json::Object{{"section", f.section}, {"kind", f.kind}, {"object", f.object},
                                      {"evidence", f.evidence}, {"fix", f.fix}, {"severity", f.severity}});
    json::Array skipped;
    for (const std::string &x : r.skipped)
      skipped.push_back(x);
    json::Object out{{"findings", std::move(findings)}, {"skipped", std::move(skipped)},
                     {"snapshot", json::Object(s)}, {"queries", r.snapshot.queries}};
    if (!r.comparison.empty())
      out["comparison"] = json::Object(r.comparison);
    if (!r.load.empty())
      out["load"] = json::Object(r.load);
    os << formatv("{0:2}", json::Value(std::move(out))) << "\n";
    return;
  }
  bool md = format == ReportFormat::Markdown, web = format == ReportFormat::Html;
  if (web)
    os << "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>schemac analyze</title>"
          "<style>body{font-family:sans-serif;max-width:980px;margin:2em auto;color:#222}"
          "table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:4px 6px;"
          "font-size:13px;text-align:left;vertical-align:top}code,pre{font-size:12px;white-space:pre-wrap}"
          ".error{color:#b00020}.warning{color:#8a5a00}figure{margin:1em 0}</style></head><body>\n"
          "<h1>Database report</h1>\n";
  else if (md)
    os << "# Database report\n\n";
  std::vector<std::string> sections = {"drift", "indexes", "sizes", "health", "queries", "load"};
  int64_t errors = llvm::count_if(r.findings, [](const Finding &f) { return f.severity == "error"; });
  std::string summary = formatv("{0} finding(s), {1} error(s); {2} tables, {3} indexes; {4} queries sent",
                                r.findings.size(), errors,
                                s.getArray("tables") ? s.getArray("tables")->size() : 0,
                                s.getArray("indexes") ? s.getArray("indexes")->size() : 0, r.snapshot.queries).str();
  os << (web ? "<p>" + html(summary) + "</p>\n" : summary + "\n\n");
  for (const std::string &section : sections) {
    std::vector<const Finding *> list;
    for (const Finding &f : r.findings)
      if (f.section == section)
        list.push_back(&f);
    if (web) {
      os << "<h2>" << section << "</h2>\n";
      if (section == "sizes") {
        std::vector<std::pair<std::string, double>> bars;
        for (const json::Object *t : largestTables(r, 15))
          bars.push_back({str(*t, "name"), double(num(*t, "totalBytes")) / 1024.0});
        os << barChart("Largest tables (total size, kB)", bars, "kB");
      }
      if (section == "indexes") {
        std::vector<std::pair<std::string, double>> bars;
        if (const json::Array *ix = s.getArray("indexes"))
          for (const json::Value &v : *ix)
            bars.push_back({str(*v.getAsObject(), "name"), double(num(*v.getAsObject(), "scans"))});
        llvm::stable_sort(bars, [](auto &a, auto &b) { return a.second > b.second; });
        if (bars.size() > 15)
          bars.resize(15);
        os << barChart("Index scans since the statistics reset", bars, "scans");
      }
      if (section == "queries" && s.getArray("statements")) {
        std::vector<std::pair<std::string, double>> bars;
        for (const json::Value &v : *s.getArray("statements")) {
          bars.push_back({str(*v.getAsObject(), "query"), v.getAsObject()->getNumber("totalMs").value_or(0)});
          if (bars.size() == 10)
            break;
        }
        os << barChart("Top statements by total time (ms)", bars, "ms");
      }
      if (list.empty()) {
        os << "<p>No findings.</p>\n";
        continue;
      }
      os << "<table><tr><th>finding</th><th>object</th><th>evidence</th><th>fix</th></tr>\n";
      for (const Finding *f : list)
        os << "<tr class=\"" << f->severity << "\"><td>" << html(f->kind) << "</td><td>" << html(f->object)
           << "</td><td>" << html(f->evidence) << "</td><td><pre>" << html(f->fix) << "</pre></td></tr>\n";
      os << "</table>\n";
      continue;
    }
    if (list.empty() && section != "sizes" && section != "queries")
      continue;
    os << (md ? "## " : "== ") << section << (md ? "\n\n" : "\n");
    if (section == "sizes") {
      if (md)
        os << "| table | total | table | TOAST | indexes | rows (estimate) |\n|---|---:|---:|---:|---:|---:|\n";
      for (const json::Object *t : largestTables(r, 10))
        os << (md ? formatv("| {0} | {1} | {2} | {3} | {4} | {5} |\n", str(*t, "name"), bytes(num(*t, "totalBytes")),
                            bytes(num(*t, "tableBytes")), bytes(num(*t, "toastBytes")), bytes(num(*t, "indexBytes")),
                            num(*t, "rowEstimate")).str()
                  : formatv("  {0,-40} {1,10} total  {2,10} indexes  ~{3} rows\n", str(*t, "name"),
                            bytes(num(*t, "totalBytes")), bytes(num(*t, "indexBytes")), num(*t, "rowEstimate")).str());
      os << "\n";
      std::vector<const json::Object *> indexes;
      if (const json::Array *ix = s.getArray("indexes"))
        for (const json::Value &v : *ix)
          indexes.push_back(v.getAsObject());
      llvm::stable_sort(indexes, [](const json::Object *a, const json::Object *b) {
        return num(*a, "bytes") > num(*b, "bytes");
      });
      if (indexes.size() > 10)
        indexes.resize(10);
      if (md)
        os << "| index | size | scans |\n|---|---:|---:|\n";
      for (const json::Object *i : indexes)
        os << (md ? formatv("| {0} | {1} | {2} |\n", str(*i, "name"), bytes(num(*i, "bytes")), num(*i, "scans")).str()
                  : formatv("  {0,-40} {1,10}  {2} scans\n", str(*i, "name"), bytes(num(*i, "bytes")), num(*i, "scans")).str());
      os << "\n";
    }
    if (section == "queries" && s.getArray("statements")) {
      if (md)
        os << "| total ms | mean ms | calls | statement |\n|---:|---:|---:|---|\n";
      int shown = 0;
      for (const json::Value &v : *s.getArray("statements")) {
        const json::Object &q = *v.getAsObject();
        std::string text = StringRef(str(q, "query")).take_front(90).str();
        for (char &c : text)
          if (c == '\n' || c == '|')
            c = ' ';
        os << (md ? formatv("| {0:f1} | {1:f3} | {2} | `{3}` |\n", q.getNumber("totalMs").value_or(0),
                            q.getNumber("meanMs").value_or(0), num(q, "calls"), text).str()
                  : formatv("  {0,10:f1} ms total {1,9:f3} ms mean {2,8} calls  {3}\n",
                            q.getNumber("totalMs").value_or(0), q.getNumber("meanMs").value_or(0), num(q, "calls"), text).str());
        if (++shown == 10)
          break;
      }
      os << "\n";
      // The slowest per call, which the total hides when they are rare.
      std::vector<const json::Object *> byMean;
      for (const json::Value &v : *s.getArray("statements"))
        byMean.push_back(v.getAsObject());
      llvm::stable_sort(byMean, [](const json::Object *a, const json::Object *b) {
        return a->getNumber("meanMs").value_or(0) > b->getNumber("meanMs").value_or(0);
      });
      if (byMean.size() > 5)
        byMean.resize(5);
      os << (md ? "Slowest per call:\n\n| mean ms | calls | statement |\n|---:|---:|---|\n" : "  slowest per call:\n");
      for (const json::Object *q : byMean) {
        std::string text = StringRef(str(*q, "query")).take_front(90).str();
        for (char &c : text)
          if (c == '\n' || c == '|')
            c = ' ';
        os << (md ? formatv("| {0:f3} | {1} | `{2}` |\n", q->getNumber("meanMs").value_or(0), num(*q, "calls"), text).str()
                  : formatv("  {0,9:f3} ms mean {1,8} calls  {2}\n", q->getNumber("meanMs").value_or(0), num(*q, "calls"), text).str());
      }
      os << "\n";
    }
    for (const Finding *f : list) {
      if (md)
        os << "- **" << f->kind << "** `" << f->object << "`: " << f->evidence << "\n  ```sql\n  " << f->fix
           << "\n  ```\n";
      else
        os << "  " << f->severity << ": " << f->kind << ": " << f->object << "\n      " << f->evidence
           << "\n      fix: " << f->fix << "\n";
    }
    os << "\n";
  }
  if (!r.load.empty()) {
    std::string line = formatv("load test: {0:f1} TPS, latency average {5:f3} ms, p50 {1:f2} ms, p95 {2:f2} ms, p99 {3:f2} ms ({4} transactions)",
                               r.load.getNumber("tps").value_or(0), r.load.getNumber("p50Ms").value_or(0),
                               r.load.getNumber("p95Ms").value_or(0), r.load.getNumber("p99Ms").value_or(0),
                               r.load.getInteger("transactions").value_or(0),
                               r.load.getNumber("averageMs").value_or(0)).str();
    if (const json::Object *before = r.comparison.getObject("loadBefore"))
      line += formatv("; before: {0:f1} TPS, p95 {1:f2} ms", before->getNumber("tps").value_or(0),
                      before->getNumber("p95Ms").value_or(0)).str();
    os << (web ? "<h2>load</h2><p>" + html(line) + "</p>\n" : line + "\n\n");
  }
  for (const std::string &x : r.skipped)
    os << (web ? "<p><em>skipped: " + html(x) + "</em></p>\n" : (md ? "> skipped: " : "skipped: ") + x + "\n");
  if (web)
    os << "</body></html>\n";
}

} // namespace schemac::analyze
