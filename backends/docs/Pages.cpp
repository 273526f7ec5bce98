//===- backends/docs/Pages.cpp - Markdown and HTML references ---------------===//
//
// Part of schemac. The reference of a schema, written through one Writer interface to
// Markdown (one page, or a page per namespace) or to a self-contained HTML page, so that
// both say the same.
//
//===----------------------------------------------------------------------===//
#include "backends/docs/DocModel.h"
#include "backends/docs/Documentation.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <functional>

using namespace llvm;

namespace schemac::backends::doc {
namespace {

//===----------------------------------------------------------------------===//
// The reference, written to Markdown or HTML
//===----------------------------------------------------------------------===//

/// A piece of a table cell or paragraph.
struct Span {
  enum Kind { Text, Code, Link } kind;
  std::string text, target;
};
using Spans = std::vector<Span>;
Spans text(std::string s) { return {{Span::Text, std::move(s), ""}}; }
Spans code(std::string s) {
  if (s.empty())
    return {};
  return {{Span::Code, std::move(s), ""}};
}

class Writer {
public:
  virtual ~Writer() = default;
  virtual void heading(int level, StringRef title) = 0;
  virtual void paragraph(const Spans &spans) = 0;
  virtual void quote(StringRef text) = 0;
  virtual void table(ArrayRef<std::string> headers, const std::vector<std::vector<Spans>> &rows) = 0;
  virtual void diagram(StringRef mermaid) = 0;
};

class MarkdownWriter : public Writer {
public:
  explicit MarkdownWriter(raw_ostream &os) : os(os) {}
  void heading(int level, StringRef title) override {
    os << std::string(level, '#') << ' ' << title << "\n\n";
  }
  void paragraph(const Spans &spans) override { os << render(spans, false) << "\n\n"; }
  void quote(StringRef text) override {
    SmallVector<StringRef, 4> lines;
    text.split(lines, '\n');
    for (StringRef line : lines)
      os << "> " << escape(line.trim(), false) << "\n";
    os << "\n";
  }
  void table(ArrayRef<std::string> headers, const std::vector<std::vector<Spans>> &rows) override {
    os << "|";
    for (const std::string &h : headers)
      os << ' ' << h << " |";
    os << "\n|";
    for (size_t i = 0; i < headers.size(); ++i)
      os << " --- |";
    os << "\n";
    for (const auto &row : rows) {
      os << "|";
      for (const Spans &cell : row)
        os << ' ' << render(cell, true) << " |";
      os << "\n";
    }
    os << "\n";
  }
  void diagram(StringRef mermaid) override { os << "```mermaid\n" << mermaid << "```\n\n"; }

private:
  static std::string escape(StringRef s, bool inTable) {
    std::string out;
    for (char c : s) {
      if (c == '\n') {
        out += inTable ? "<br>" : " ";
        continue;
      }
      if (StringRef("\\`*_[]<>|").contains(c))
        out += '\\';
      out += c;
    }
    return out;
  }
  static std::string render(const Spans &spans, bool inTable) {
    std::string out;
    for (const Span &s : spans) {
      switch (s.kind) {
      case Span::Text:
        out += escape(s.text, inTable);
        break;
      case Span::Code: {
        std::string t = s.text;
        if (inTable)
          t = StringRef(t).str(), t = [&] {
            std::string r;
            for (char c : t)
              r += c == '|' ? std::string("\\|") : std::string(1, c);
            return r;
          }();
        // A backtick inside code needs a longer fence.
        std::string fence = StringRef(t).contains('`') ? "``" : "`";
        std::string pad = fence.size() > 1 ? " " : "";
        out += fence + pad + t + pad + fence;
        break;
      }
      case Span::Link:
        out += "[" + escape(s.text, inTable) + "](" + s.target + ")";
        break;
      }
    }
    return out;
  }
  raw_ostream &os;
};

std::string htmlEscape(StringRef s) {
  std::string out;
  for (char c : s) {
    switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    default: out += c;
    }
  }
  return out;
}

class HtmlWriter : public Writer {
public:
  explicit HtmlWriter(raw_ostream &os) : os(os) {}
  void heading(int level, StringRef title) override {
    os << "<h" << level << " id=\"" << anchorOf(title) << "\">" << htmlEscape(title) << "</h"
       << level << ">\n";
  }
  void paragraph(const Spans &spans) override { os << "<p>" << render(spans) << "</p>\n"; }
  void quote(StringRef text) override {
    os << "<blockquote>" << htmlEscape(text) << "</blockquote>\n";
  }
  void table(ArrayRef<std::string> headers, const std::vector<std::vector<Spans>> &rows) override {
    os << "<table>\n<thead><tr>";
    for (const std::string &h : headers)
      os << "<th>" << htmlEscape(h) << "</th>";
    os << "</tr></thead>\n<tbody>\n";
    for (const auto &row : rows) {
      os << "<tr>";
      for (const Spans &cell : row)
        os << "<td>" << render(cell) << "</td>";
      os << "</tr>\n";
    }
    os << "</tbody>\n</table>\n";
  }
  void diagram(StringRef mermaid) override {
    os << "<pre class=\"mermaid\">\n" << htmlEscape(mermaid) << "</pre>\n";
  }

private:
  static std::string render(const Spans &spans) {
    std::string out;
    for (const Span &s : spans) {
      switch (s.kind) {
      case Span::Text:
        out += htmlEscape(s.text);
        break;
      case Span::Code:
        out += "<code>" + htmlEscape(s.text) + "</code>";
        break;
      case Span::Link:
        out += "<a href=\"" + htmlEscape(s.target) + "\">" + htmlEscape(s.text) + "</a>";
        break;
      }
    }
    return out;
  }
  raw_ostream &os;
};

/// Where a model's section is: `#user`, or `auth.md#user` across namespace pages.
using LinkFn = std::function<std::string(StringRef model)>;

void writeModel(const Model &all, const DocModel &m, Writer &w, const LinkFn &link) {
  w.heading(3, m.name);
  if (!m.doc.empty())
    w.quote(m.doc);
  std::string tableName = (m.schema.empty() ? "" : m.schema + ".") + m.table->name;
  w.paragraph(Spans{{Span::Text, "Table ", ""}, {Span::Code, tableName, ""}});
  std::vector<std::vector<Spans>> rows;
  for (const DocField &f : m.fields)
    rows.push_back({code(f.name), code(f.type), code(f.column), code(f.databaseType),
                    text(f.nullable ? "yes" : "no"), code(f.defaultText),
                    text(join(f.constraints, ", ")), text(f.doc)});
  w.table({"Field", "Type", "Column", "Database type", "Nullable", "Default", "Constraints",
           "Description"},
          rows);

  std::vector<std::vector<Spans>> relations;
  auto linkTo = [&](const std::string &model) {
    return Spans{{Span::Link, model, link(model)}};
  };
  auto found = all.relationsOf.find(m.name);
  static const std::vector<const DocRelation *> none;
  for (const DocRelation *relation : found == all.relationsOf.end() ? none : found->second) {
    const DocRelation &r = *relation;
    bool from = r.from == m.name, to = r.to == m.name;
    auto row = [&](bool fromSide) {
      const std::string &other = fromSide ? r.to : r.from;
      Spans keys;
      if (r.cardinality == Cardinality::ManyToMany) {
        keys = Spans{{Span::Text, "join table ", ""}, {Span::Code, r.constraint, ""}};
      } else {
        std::string fk = "(" + join(r.columns, ", ") + ") → " + r.to + "(" +
                         join(r.referencedColumns, ", ") + ")";
        keys = code(fromSide ? fk : r.from + fk);
      }
      std::string field = r.cardinality == Cardinality::ManyToMany
                              ? (r.name.empty() ? "" : r.name)
                              : (fromSide ? r.field : r.from + "." + r.field);
      relations.push_back({code(field), linkTo(other),
                           text(r.cardinality == Cardinality::ManyToMany
                                    ? "many-to-many"
                                    : cardinalityText(r, fromSide)),
                           keys, text(actionName(r.onDelete)), text(actionName(r.onUpdate))});
    };
    if (from)
      row(true);
    if (to && !(from && r.cardinality == Cardinality::ManyToMany))
      row(false);
  }
  if (!relations.empty()) {
    w.paragraph(text("Relations:"));
    w.table({"Relation", "Model", "Cardinality", "Keys", "On delete", "On update"}, relations);
  }
  if (!m.indexes.empty()) {
    std::vector<std::vector<Spans>> indexRows;
    for (const DocIndex &i : m.indexes)
      indexRows.push_back({code(i.name), text(i.kind), code(join(i.columns, ", ")),
                           text(i.type.empty() ? "BTREE" : i.type)});
    w.paragraph(text("Indexes and constraints:"));
    w.table({"Name", "Kind", "Columns", "Method"}, indexRows);
  }
}

void writeEnum(const DocEnum &e, Writer &w) {
  w.heading(3, e.name);
  if (!e.doc.empty())
    w.quote(e.doc);
  std::vector<std::vector<Spans>> rows;
  for (const auto &[name, db, doc] : e.values)
    rows.push_back({code(name), code(db), text(doc)});
  w.table({"Value", "Database value", "Description"}, rows);
  if (!e.usedBy.empty()) {
    Spans used = text("Used by ");
    for (size_t i = 0; i < e.usedBy.size(); ++i) {
      if (i)
        used.push_back({Span::Text, ", ", ""});
      used.push_back({Span::Code, e.usedBy[i], ""});
    }
    used.push_back({Span::Text, ".", ""});
    w.paragraph(used);
  }
}

/// A page: the models and enums of one namespace (or all of them).
void writePage(const Model &model, const DocOptions &options, Writer &w,
               const std::string *onlyNamespace, const LinkFn &link) {
  auto inScope = [&](StringRef schemaName) {
    return !onlyNamespace || schemaName == *onlyNamespace;
  };
  size_t models = 0, enums = 0, relations = 0;
  StringMap<std::string> schemaOf;
  for (const DocModel &m : model.models) {
    schemaOf[m.name] = m.schema;
    models += inScope(m.schema);
  }
  for (const DocEnum &e : model.enums)
    enums += inScope(e.schema);
  for (const DocRelation &r : model.relations)
    relations += inScope(schemaOf.lookup(r.from)) || inScope(schemaOf.lookup(r.to));
  w.heading(1, onlyNamespace && model.multiNamespace ? options.title + ": " + *onlyNamespace
                                                     : options.title);
  Spans intro;
  if (!options.source.empty()) {
    intro.push_back({Span::Text, "Generated by schemac from ", ""});
    intro.push_back({Span::Code, options.source, ""});
    intro.push_back({Span::Text, ". ", ""});
  }
  intro.push_back({Span::Text,
                   std::to_string(models) + (models == 1 ? " model, " : " models, ") +
                       std::to_string(enums) + (enums == 1 ? " enum, " : " enums, ") +
                       std::to_string(relations) +
                       (relations == 1 ? " relation." : " relations."),
                   ""});
  w.paragraph(intro);

  if (models) {
    w.heading(2, "Diagram");
    std::string mermaid;
    raw_string_ostream ms(mermaid);
    writeMermaid(model, ms, onlyNamespace);
    ms.flush();
    w.diagram(mermaid);
    w.heading(2, "Models");
    Spans index;
    for (const DocModel &m : model.models) {
      if (!inScope(m.schema))
        continue;
      if (!index.empty())
        index.push_back({Span::Text, " · ", ""});
      index.push_back({Span::Link, m.name, "#" + anchorOf(m.name)});
    }
    w.paragraph(index);
    for (const DocModel &m : model.models)
      if (inScope(m.schema))
        writeModel(model, m, w, link);
  }
  if (enums) {
    w.heading(2, "Enums");
    for (const DocEnum &e : model.enums)
      if (inScope(e.schema))
        writeEnum(e, w);
  }
}

} // namespace

void printMarkdown(const ir::Schema &schema, const DocOptions &options, raw_ostream &os) {
  Model model = buildModel(schema);
  MarkdownWriter w(os);
  writePage(model, options, w, nullptr, [](StringRef m) { return "#" + anchorOf(m); });
}

std::vector<std::pair<std::string, std::string>> markdownPages(const ir::Schema &schema,
                                                               const DocOptions &options) {
  Model model = buildModel(schema);
  std::vector<std::pair<std::string, std::string>> pages;
  if (!model.multiNamespace) {
    std::string page;
    raw_string_ostream os(page);
    MarkdownWriter w(os);
    writePage(model, options, w, nullptr, [](StringRef m) { return "#" + anchorOf(m); });
    os.flush();
    pages.emplace_back("README.md", std::move(page));
    return pages;
  }
  StringMap<std::string> schemaOf;
  for (const DocModel &m : model.models)
    schemaOf[m.name] = m.schema;
  auto link = [&](StringRef m) { return schemaOf.lookup(m) + ".md#" + anchorOf(m); };
  // The index: namespaces with their counts, and links.
  std::string index;
  raw_string_ostream is(index);
  MarkdownWriter iw(is);
  iw.heading(1, options.title);
  Spans intro;
  if (!options.source.empty()) {
    intro.push_back({Span::Text, "Generated by schemac from ", ""});
    intro.push_back({Span::Code, options.source, ""});
    intro.push_back({Span::Text, ". ", ""});
  }
  intro.push_back({Span::Text, "One page per namespace.", ""});
  iw.paragraph(intro);
  std::vector<std::vector<Spans>> rows;
  for (const std::string &ns : model.namespaces) {
    size_t models = llvm::count_if(model.models, [&](const DocModel &m) { return m.schema == ns; });
    size_t enums = llvm::count_if(model.enums, [&](const DocEnum &e) { return e.schema == ns; });
    rows.push_back({Spans{{Span::Link, ns, ns + ".md"}}, text(std::to_string(models)),
                    text(std::to_string(enums))});
  }
  iw.table({"Namespace", "Models", "Enums"}, rows);
  is.flush();
  pages.emplace_back("README.md", std::move(index));
  for (const std::string &ns : model.namespaces) {
    std::string page;
    raw_string_ostream os(page);
    MarkdownWriter w(os);
    writePage(model, options, w, &ns, link);
    os.flush();
    pages.emplace_back(ns + ".md", std::move(page));
  }
  return pages;
}

void printHTML(const ir::Schema &schema, const DocOptions &options, StringRef mermaidScript,
               raw_ostream &os) {
  Model model = buildModel(schema);
  os << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
     << htmlEscape(options.title) << "</title>\n<style>\n"
     << "body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:80rem;padding:0 1rem;"
        "color:#1f2328}\n"
        "table{border-collapse:collapse;margin:0.5rem 0 1.5rem}\n"
        "th,td{border:1px solid #d0d7de;padding:0.25rem 0.5rem;text-align:left;"
        "vertical-align:top}\n"
        "th{background:#f6f8fa}\ncode{background:#f6f8fa;padding:0 0.2rem}\n"
        "blockquote{color:#59636e;border-left:0.25rem solid #d0d7de;margin:0;"
        "padding:0 1rem}\n"
        "pre.mermaid{background:#fff}\n"
        ".diagram{overflow:auto;border:1px solid #d0d7de;max-height:85vh}\n"
        ".diagram svg{display:block}\n"
        ".zoom{margin:0.25rem 0}\n.zoom button{margin-right:0.25rem}\n</style>\n</head>\n<body>\n";
  HtmlWriter w(os);
  writePage(model, options, w, nullptr, [](StringRef m) { return "#" + anchorOf(m); });
  // The renderer, inlined: the page needs no network. `</script` cannot occur in it.
  std::string script = mermaidScript.str();
  for (size_t at = 0; (at = script.find("</script", at)) != std::string::npos; at += 2)
    script.replace(at, 2, "<\\/");
  os << "<script>\n" << script << "\n</script>\n"
     << "<script>\nmermaid.initialize({startOnLoad: false, maxTextSize: 10000000, "
        "maxEdges: 1000000, er: {useMaxWidth: false}});\n"
        // The diagram fits the page width; + and - zoom, and the frame scrolls (pans) when
        // zoomed in. Where the drawing ends is recorded for the layout test.
        "mermaid.run({querySelector: 'pre.mermaid'}).then(() => {\n"
        "  document.querySelectorAll('pre.mermaid').forEach((pre) => {\n"
        "    const svg = pre.querySelector('svg');\n"
        "    if (!svg) return;\n"
        "    const frame = document.createElement('div');\n"
        "    frame.className = 'diagram';\n"
        "    pre.parentNode.insertBefore(frame, pre);\n"
        "    frame.appendChild(pre);\n"
        "    const natural = svg.getBBox ? svg.viewBox.baseVal.width || svg.getBBox().width : 0;\n"
        "    let scale = 1;\n"
        "    const apply = () => { svg.style.width = (scale * 100) + '%'; svg.style.height = 'auto';"
        " svg.style.maxWidth = 'none'; };\n"
        "    apply();\n"
        "    const bar = document.createElement('div');\n"
        "    bar.className = 'zoom';\n"
        "    for (const [label, f] of [['Fit', () => 1], ['+', () => scale * 1.25], ['\u2212', () => Math.max(0.25, scale / 1.25)]]) {\n"
        "      const b = document.createElement('button');\n"
        "      b.textContent = label;\n"
        "      b.onclick = () => { scale = f(); apply(); };\n"
        "      bar.appendChild(b);\n"
        "    }\n"
        "    frame.parentNode.insertBefore(bar, frame);\n"
        "    document.body.setAttribute('data-diagram-right', String(Math.round(svg.getBoundingClientRect().right)));\n"
        "    document.body.setAttribute('data-diagram-natural-width', String(Math.round(natural)));\n"
        "  });\n"
        "  document.body.setAttribute('data-page-width', String(document.documentElement.clientWidth));\n"
        "  document.body.setAttribute('data-rendered', 'true');\n"
        "}).catch((error) => {\n"
        "  document.body.setAttribute('data-rendered', 'error');\n"
        "  document.body.setAttribute('data-error', String(error));\n"
        "});\n</script>\n</body>\n</html>\n";
}


} // namespace schemac::backends::doc
