//===- backends/docs/Documentation.cpp - Schema documentation ------------------===//
//
// A documentation model is computed once from the IR (models, fields, relations with
// their cardinality, indexes, enums); the Markdown and HTML references are written
// through one Writer interface, so both say the same; JSON, DBML and Mermaid print the
// model directly.
//
//===----------------------------------------------------------------------===//
#include "backends/docs/Documentation.h"

#include "backends/postgres/PostgresSQL.h"
#include "backends/prisma/PrismaSchema.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/JSON.h"

#include <functional>
#include <map>

using namespace llvm;

namespace schemac::backends::doc {
namespace {

//===----------------------------------------------------------------------===//
// The documentation model
//===----------------------------------------------------------------------===//

enum class Cardinality { OneToOne, ManyToOne, ManyToMany };

struct DocRelation {
  std::string from, field; ///< the model holding the foreign key, its relation field
  std::string to;          ///< the referenced model
  Cardinality cardinality = Cardinality::ManyToOne;
  bool optional = false;   ///< the foreign key columns are nullable
  std::vector<std::string> columns, referencedColumns;
  ir::ReferentialAction onDelete = ir::ReferentialAction::Restrict;
  ir::ReferentialAction onUpdate = ir::ReferentialAction::Cascade;
  std::string constraint;  ///< foreign key name, or the join table of a m:n relation
  std::string name;        ///< relation name (m:n)
};

struct DocField {
  std::string name, type, column, databaseType, defaultText, doc;
  bool nullable = false, list = false;
  std::vector<std::string> constraints; ///< PK, UK, FK, updatedAt
};

struct DocIndex {
  std::string name, kind, type;
  std::vector<std::string> columns;
};

struct DocModel {
  const ir::Table *table = nullptr;
  std::string name, doc, schema;
  std::vector<DocField> fields;
  std::vector<DocIndex> indexes;
};

struct DocEnum {
  const ir::Enum *enm = nullptr;
  std::string name, schema, doc;
  std::vector<std::tuple<std::string, std::string, std::string>> values; ///< name, db, doc
  std::vector<std::string> usedBy; ///< Model.field
};

struct Model {
  std::vector<DocModel> models;
  std::vector<DocEnum> enums;
  std::vector<DocRelation> relations;
  std::vector<std::string> namespaces; ///< of models and enums, in first-use order
  bool multiNamespace = false;
  /// The relations of each model (either side), in relation order.
  StringMap<std::vector<const DocRelation *>> relationsOf;
};

std::string modelName(const ir::Table &table) {
  return table.origin.name.empty() ? table.name : table.origin.name;
}
std::string fieldName(const ir::Column &column) {
  return column.origin.name.empty() ? column.name : column.origin.name;
}

std::string valueText(const ir::Value &value) {
  switch (value.kind) {
  case ir::Value::Kind::String:
    return "\"" + value.text + "\"";
  case ir::Value::Kind::List: {
    std::vector<std::string> items;
    for (const ir::Value &element : value.elements)
      items.push_back(valueText(element));
    return "[" + join(items, ", ") + "]";
  }
  default:
    return value.text;
  }
}

std::string defaultText(const ir::Column &column) {
  if (column.autoincrement)
    return "autoincrement()";
  if (!column.defaultValue)
    return "";
  const ir::Default &d = *column.defaultValue;
  switch (d.kind) {
  case ir::Default::Kind::Value:
    return valueText(d.value);
  case ir::Default::Kind::Now:
    return "now()";
  case ir::Default::Kind::DbGenerated:
    return "dbgenerated(" + d.expression + ")";
  case ir::Default::Kind::Generated:
    return d.expression + "(" + (d.argument ? std::to_string(*d.argument) : "") + ")";
  }
  return "";
}

std::string indexKindName(ir::IndexKind kind) {
  switch (kind) {
  case ir::IndexKind::PrimaryKey:
    return "primary key";
  case ir::IndexKind::Unique:
    return "unique";
  case ir::IndexKind::Index:
    return "index";
  case ir::IndexKind::Fulltext:
    return "fulltext";
  }
  return "";
}

std::string actionName(ir::ReferentialAction action) {
  return ir::referentialActionPrismaName(action).str();
}

Model buildModel(const ir::Schema &schema) {
  Model out;
  StringMap<std::string> modelOfTable; // "schema.table" -> model name
  auto key = [](StringRef schemaName, StringRef table) { return (schemaName + "." + table).str(); };
  auto noteNamespace = [&](const std::string &ns) {
    if (!llvm::is_contained(out.namespaces, ns))
      out.namespaces.push_back(ns);
  };
  StringMap<const ir::Table *> tableByKey;
  for (const ir::Table &table : schema.tables) {
    modelOfTable[key(table.schema, table.name)] = modelName(table);
    tableByKey[key(table.schema, table.name)] = &table;
  }

  // Foreign key columns, for the FK marker.
  std::map<std::pair<std::string, std::string>, bool> fkColumns;
  for (const ir::ForeignKey &fk : schema.foreignKeys)
    for (const std::string &column : fk.columns)
      fkColumns[{key(fk.table.schema, fk.table.name), column}] = true;

  std::map<std::string, DocEnum *> enumByKey;
  for (const ir::Enum &enm : schema.enums) {
    DocEnum e;
    e.enm = &enm;
    e.name = enm.origin.name.empty() ? enm.name : enm.origin.name;
    e.schema = enm.schema;
    e.doc = enm.origin.doc;
    for (const ir::EnumValue &value : enm.values)
      e.values.emplace_back(value.origin.name.empty() ? value.name : value.origin.name,
                            value.name, value.origin.doc);
    out.enums.push_back(std::move(e));
  }
  for (DocEnum &e : out.enums)
    enumByKey[key(e.enm->schema, e.enm->name)] = &e;

  for (const ir::Table &table : schema.tables) {
    if (table.implicitManyToMany)
      continue;
    DocModel m;
    m.table = &table;
    m.name = modelName(table);
    m.doc = table.origin.doc;
    m.schema = table.schema;
    noteNamespace(table.schema);
    std::string tableKey = key(table.schema, table.name);
    for (const ir::Column &column : table.columns) {
      DocField f;
      f.name = fieldName(column);
      DocEnum *enumType = nullptr;
      if (column.type.kind == ir::TypeKind::Enum) {
        auto it = enumByKey.find(key(column.type.enumSchema.empty() ? table.schema
                                                                     : column.type.enumSchema,
                                     column.type.name));
        if (it != enumByKey.end())
          enumType = it->second;
      }
      f.type = enumType ? enumType->name : prisma::prismaTypeName(schema, column.type);
      f.list = column.isList();
      f.nullable = column.arity == ir::Arity::Nullable;
      f.type += f.list ? "[]" : f.nullable ? "?" : "";
      f.column = column.name;
      f.databaseType = postgres::columnTypeSQL(schema, column);
      f.defaultText = defaultText(column);
      f.doc = column.origin.doc;
      if (table.primaryKey && llvm::any_of(table.primaryKey->columns, [&](const ir::IndexColumn &c) {
            return c.column == column.name;
          }))
        f.constraints.push_back("PK");
      for (const ir::Index &index : table.indexes)
        if (index.kind == ir::IndexKind::Unique && index.columns.size() == 1 &&
            index.columns[0].column == column.name)
          f.constraints.push_back("UK");
      if (fkColumns.count({tableKey, column.name}))
        f.constraints.push_back("FK");
      if (column.updatedAt)
        f.constraints.push_back("updatedAt");
      if (enumType)
        enumType->usedBy.push_back(m.name + "." + f.name);
      m.fields.push_back(std::move(f));
    }
    auto addIndex = [&](const ir::Index &index) {
      DocIndex i;
      i.name = index.name;
      i.kind = indexKindName(index.kind);
      i.type = index.algorithm == ir::IndexAlgorithm::BTree
                   ? ""
                   : ir::indexAlgorithmName(index.algorithm).upper();
      for (const ir::IndexColumn &c : index.columns) {
        std::string text = c.column;
        if (c.sort && *c.sort == ir::SortOrder::Desc)
          text += " DESC";
        i.columns.push_back(text);
      }
      m.indexes.push_back(std::move(i));
    };
    if (table.primaryKey)
      addIndex(*table.primaryKey);
    for (const ir::Index &index : table.indexes)
      addIndex(index);
    out.models.push_back(std::move(m));
  }
  for (const ir::Enum &enm : schema.enums)
    noteNamespace(enm.schema);
  out.multiNamespace = out.namespaces.size() > 1;

  // Relations: implicit m:n from join tables, the others from foreign keys.
  std::map<std::string, std::vector<const ir::ForeignKey *>> fksOfTable;
  for (const ir::ForeignKey &fk : schema.foreignKeys)
    fksOfTable[key(fk.table.schema, fk.table.name)].push_back(&fk);
  for (const ir::ForeignKey &fk : schema.foreignKeys) {
    std::string tableKey = key(fk.table.schema, fk.table.name);
    const ir::Table *table = tableByKey.lookup(tableKey);
    if (!table)
      continue;
    if (table->implicitManyToMany) {
      // Recorded once, from the join table's first foreign key (column A).
      auto &fks = fksOfTable[tableKey];
      if (fks.size() != 2 || fks[0] != &fk)
        continue;
      DocRelation r;
      r.from = modelOfTable.lookup(key(fks[0]->referencedTable.schema, fks[0]->referencedTable.name));
      r.to = modelOfTable.lookup(key(fks[1]->referencedTable.schema, fks[1]->referencedTable.name));
      r.cardinality = Cardinality::ManyToMany;
      r.onDelete = r.onUpdate = ir::ReferentialAction::Cascade;
      r.constraint = table->name;
      r.name = table->origin.name;
      out.relations.push_back(std::move(r));
      continue;
    }
    DocRelation r;
    r.from = modelOfTable.lookup(tableKey);
    r.to = modelOfTable.lookup(key(fk.referencedTable.schema, fk.referencedTable.name));
    StringRef origin = fk.origin.name;
    r.field = origin.contains('.') ? origin.split('.').second.str() : "";
    r.columns = fk.columns;
    r.referencedColumns = fk.referencedColumns;
    r.onDelete = fk.onDelete;
    r.onUpdate = fk.onUpdate;
    r.constraint = fk.name;
    for (const std::string &c : fk.columns)
      if (const ir::Column *column = table->findColumn(c))
        r.optional |= column->arity == ir::Arity::Nullable;
    auto sameColumns = [&](const ir::Index &index) {
      if (index.columns.size() != fk.columns.size())
        return false;
      for (const ir::IndexColumn &c : index.columns)
        if (!llvm::is_contained(fk.columns, c.column))
          return false;
      return true;
    };
    bool unique = table->primaryKey && sameColumns(*table->primaryKey);
    for (const ir::Index &index : table->indexes)
      unique |= index.kind == ir::IndexKind::Unique && sameColumns(index);
    r.cardinality = unique ? Cardinality::OneToOne : Cardinality::ManyToOne;
    out.relations.push_back(std::move(r));
  }
  for (const DocRelation &r : out.relations) {
    out.relationsOf[r.from].push_back(&r);
    if (r.to != r.from)
      out.relationsOf[r.to].push_back(&r);
  }
  return out;
}

/// GitHub's heading anchors: lower case, spaces to `-`, punctuation dropped.
std::string anchorOf(StringRef heading) {
  std::string out;
  for (char c : heading) {
    if (isAlnum(c) || c == '_' || c == '-')
      out += toLower(c);
    else if (c == ' ')
      out += '-';
  }
  return out;
}

std::string cardinalityText(const DocRelation &r, bool fromSide) {
  switch (r.cardinality) {
  case Cardinality::ManyToMany:
    return "many-to-many";
  case Cardinality::OneToOne:
    return std::string(r.optional ? "optional " : "") + "one-to-one";
  case Cardinality::ManyToOne:
    return fromSide ? std::string(r.optional ? "optional " : "") + "many-to-one"
                    : std::string(r.optional ? "optional " : "") + "one-to-many";
  }
  return "";
}

//===----------------------------------------------------------------------===//
// Mermaid
//===----------------------------------------------------------------------===//

/// Mermaid attribute types allow letters, digits, `_`, `-`, `[]`, `()`.
std::string mermaidType(StringRef type) {
  std::string out;
  for (char c : type)
    if (isAlnum(c) || c == '_' || c == '-' || c == '[' || c == ']')
      out += c;
  return out.empty() ? "Unsupported" : out;
}

std::string mermaidQuoted(StringRef text) {
  std::string out;
  for (char c : text)
    out += c == '"' ? '\'' : (c == '\n' ? ' ' : c);
  return "\"" + out + "\"";
}

void writeMermaid(const Model &model, raw_ostream &os, const std::string *onlyNamespace) {
  auto inScope = [&](StringRef schemaName) {
    return !onlyNamespace || schemaName == *onlyNamespace;
  };
  StringMap<std::string> schemaOf;
  for (const DocModel &m : model.models)
    schemaOf[m.name] = m.schema;
  os << "erDiagram\n";
  for (const DocModel &m : model.models) {
    if (!inScope(m.schema))
      continue;
    os << "  " << m.name << " {\n";
    for (const DocField &f : m.fields) {
      os << "    " << mermaidType(f.type.substr(0, f.type.size() - (f.nullable ? 1 : 0))) << ' '
         << f.name;
      std::vector<std::string> keys;
      for (const std::string &c : f.constraints)
        if (c == "PK" || c == "FK" || c == "UK")
          keys.push_back(c);
      if (!keys.empty())
        os << ' ' << join(keys, ", ");
      if (f.nullable)
        os << " \"nullable\"";
      os << "\n";
    }
    os << "  }\n";
  }
  for (const DocRelation &r : model.relations) {
    if (!inScope(schemaOf.lookup(r.from)) && !inScope(schemaOf.lookup(r.to)))
      continue;
    // Left: the referenced model; right: the model holding the foreign key.
    std::string left = r.optional ? "|o" : "||";
    std::string right = r.cardinality == Cardinality::OneToOne ? "o|" : "o{";
    std::string label = r.field.empty() ? r.constraint : r.field;
    if (r.cardinality == Cardinality::ManyToMany) {
      os << "  " << r.from << " }o--o{ " << r.to << " : "
         << mermaidQuoted(r.name.empty() ? r.constraint : r.name) << "\n";
      continue;
    }
    os << "  " << r.to << ' ' << left << "--" << right << ' ' << r.from << " : "
       << mermaidQuoted(label) << "\n";
  }
}

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

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

void printMermaid(const ir::Schema &schema, raw_ostream &os) {
  writeMermaid(buildModel(schema), os, nullptr);
}

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

void printDBML(const ir::Schema &schema, const DocOptions &options, raw_ostream &os) {
  Model model = buildModel(schema);
  auto quote = [](StringRef s) { return "\"" + s.str() + "\""; };
  auto note = [](StringRef s) {
    std::string out = "'''";
    for (char c : s)
      out += c == '\'' ? std::string("\\'") : std::string(1, c);
    return out + "'''";
  };
  auto tableRef = [&](StringRef schemaName, StringRef table) {
    return schemaName.empty() || schemaName == schema.defaultNamespace
               ? quote(table)
               : quote(schemaName) + "." + quote(table);
  };
  os << "Project " << quote(options.title) << " {\n  database_type: 'PostgreSQL'\n";
  if (!options.source.empty())
    os << "  Note: " << note("Generated by schemac from " + options.source) << "\n";
  os << "}\n";
  for (const DocEnum &e : model.enums) {
    os << "\nEnum " << tableRef(e.schema, e.enm->name) << " {\n";
    for (const auto &[name, db, doc] : e.values) {
      os << "  " << quote(db);
      if (!doc.empty())
        os << " [note: " << note(doc) << "]";
      os << "\n";
    }
    os << "}\n";
  }
  for (const DocModel &m : model.models) {
    os << "\nTable " << tableRef(m.schema, m.table->name);
    if (m.name != m.table->name)
      os << " as " << quote(m.name);
    os << " {\n";
    for (size_t i = 0; i < m.fields.size(); ++i) {
      const DocField &f = m.fields[i];
      const ir::Column &column = m.table->columns[i];
      std::string type = f.databaseType;
      if (column.type.kind == ir::TypeKind::Enum)
        type = tableRef(column.type.enumSchema, column.type.name);
      else
        type = quote(type);
      os << "  " << quote(f.column) << ' ' << type;
      std::vector<std::string> settings;
      bool pk = m.table->primaryKey && m.table->primaryKey->columns.size() == 1 &&
                m.table->primaryKey->columns[0].column == column.name;
      if (pk)
        settings.push_back("pk");
      if (column.autoincrement)
        settings.push_back("increment");
      if (llvm::is_contained(f.constraints, "UK"))
        settings.push_back("unique");
      if (column.arity != ir::Arity::Nullable && !pk)
        settings.push_back("not null");
      std::string def = postgres::defaultSQL(schema, column);
      if (!def.empty() && !column.autoincrement)
        settings.push_back("default: `" + def + "`");
      std::string description = f.doc;
      if (f.name != f.column)
        description = "Prisma field `" + f.name + "`" + (description.empty() ? "" : ". " + description);
      if (!description.empty())
        settings.push_back("note: " + note(description));
      if (!settings.empty())
        os << " [" << join(settings, ", ") << "]";
      os << "\n";
    }
    std::vector<std::string> indexLines;
    auto indexLine = [&](const ir::Index &index) {
      std::vector<std::string> cols;
      for (const ir::IndexColumn &c : index.columns)
        cols.push_back(quote(c.column));
      std::string line = "    (" + join(cols, ", ") + ") [";
      std::vector<std::string> settings;
      if (index.kind == ir::IndexKind::PrimaryKey)
        settings.push_back("pk");
      if (index.kind == ir::IndexKind::Unique)
        settings.push_back("unique");
      if (index.algorithm != ir::IndexAlgorithm::BTree)
        settings.push_back("type: " + ir::indexAlgorithmName(index.algorithm).str());
      settings.push_back("name: " + quote(index.name));
      return line + join(settings, ", ") + "]";
    };
    if (m.table->primaryKey && m.table->primaryKey->columns.size() > 1)
      indexLines.push_back(indexLine(*m.table->primaryKey));
    for (const ir::Index &index : m.table->indexes)
      indexLines.push_back(indexLine(index));
    if (!indexLines.empty())
      os << "\n  indexes {\n" << join(indexLines, "\n") << "\n  }\n";
    if (!m.doc.empty())
      os << "\n  Note: " << note(m.doc) << "\n";
    os << "}\n";
  }
  for (const ir::Table &table : schema.tables) {
    if (!table.implicitManyToMany)
      continue;
    os << "\nTable " << tableRef(table.schema, table.name) << " {\n";
    for (const ir::Column &column : table.columns)
      os << "  " << quote(column.name) << ' ' << quote(postgres::columnTypeSQL(schema, column))
         << " [not null]\n";
    std::vector<std::string> lines;
    if (table.primaryKey) {
      std::vector<std::string> cols;
      for (const ir::IndexColumn &c : table.primaryKey->columns)
        cols.push_back(quote(c.column));
      lines.push_back("    (" + join(cols, ", ") + ") [pk, name: " + quote(table.primaryKey->name) + "]");
    }
    for (const ir::Index &index : table.indexes) {
      std::vector<std::string> cols;
      for (const ir::IndexColumn &c : index.columns)
        cols.push_back(quote(c.column));
      lines.push_back("    (" + join(cols, ", ") + ") [" +
                      (index.kind == ir::IndexKind::Unique ? "unique, " : "") +
                      "name: " + quote(index.name) + "]");
    }
    if (!lines.empty())
      os << "\n  indexes {\n" << join(lines, "\n") << "\n  }\n";
    os << "\n  Note: " << note("The join table of the implicit many-to-many relation " + table.origin.name)
       << "\n}\n";
  }
  for (const ir::ForeignKey &fk : schema.foreignKeys) {
    std::vector<std::string> from, to;
    for (const std::string &c : fk.columns)
      from.push_back(quote(c));
    for (const std::string &c : fk.referencedColumns)
      to.push_back(quote(c));
    auto cols = [](const std::vector<std::string> &c) {
      return c.size() == 1 ? c[0] : "(" + join(c, ", ") + ")";
    };
    bool oneToOne = false;
    for (const DocRelation &r : model.relations)
      if (r.constraint == fk.name && r.cardinality == Cardinality::OneToOne)
        oneToOne = true;
    os << "\nRef " << quote(fk.name) << ": " << tableRef(fk.table.schema, fk.table.name) << "."
       << cols(from) << (oneToOne ? " - " : " > ")
       << tableRef(fk.referencedTable.schema, fk.referencedTable.name) << "." << cols(to)
       << " [delete: " << ir::referentialActionSQL(fk.onDelete).lower()
       << ", update: " << ir::referentialActionSQL(fk.onUpdate).lower() << "]\n";
  }
}

void printJSON(const ir::Schema &schema, const DocOptions &options, raw_ostream &os) {
  Model model = buildModel(schema);
  json::OStream j(os, 2);
  j.object([&] {
    j.attribute("version", 1);
    j.attribute("title", options.title);
    j.attribute("source", options.source);
    j.attributeArray("models", [&] {
      for (const DocModel &m : model.models)
        j.object([&] {
          j.attribute("name", m.name);
          j.attribute("schema", m.schema);
          j.attribute("table", m.table->name);
          j.attribute("doc", m.doc);
          j.attributeArray("fields", [&] {
            for (const DocField &f : m.fields)
              j.object([&] {
                j.attribute("name", f.name);
                j.attribute("type", f.type);
                j.attribute("column", f.column);
                j.attribute("databaseType", f.databaseType);
                j.attribute("nullable", f.nullable);
                j.attribute("list", f.list);
                j.attribute("default", f.defaultText.empty() ? json::Value(nullptr)
                                                             : json::Value(f.defaultText));
                j.attributeArray("constraints", [&] {
                  for (const std::string &c : f.constraints)
                    j.value(c);
                });
                j.attribute("doc", f.doc);
              });
          });
          j.attributeArray("indexes", [&] {
            for (const DocIndex &i : m.indexes)
              j.object([&] {
                j.attribute("name", i.name);
                j.attribute("kind", i.kind);
                j.attributeArray("columns", [&] {
                  for (const std::string &c : i.columns)
                    j.value(c);
                });
                j.attribute("method", i.type.empty() ? "BTREE" : i.type);
              });
          });
        });
    });
    j.attributeArray("enums", [&] {
      for (const DocEnum &e : model.enums)
        j.object([&] {
          j.attribute("name", e.name);
          j.attribute("schema", e.schema);
          j.attribute("databaseName", e.enm->name);
          j.attribute("doc", e.doc);
          j.attributeArray("values", [&] {
            // Not a structured binding: clang before 16 cannot capture one in a lambda.
            for (const auto &value : e.values)
              j.object([&] {
                j.attribute("name", std::get<0>(value));
                j.attribute("databaseValue", std::get<1>(value));
                j.attribute("doc", std::get<2>(value));
              });
          });
          j.attributeArray("usedBy", [&] {
            for (const std::string &u : e.usedBy)
              j.value(u);
          });
        });
    });
    j.attributeArray("relations", [&] {
      for (const DocRelation &r : model.relations)
        j.object([&] {
          j.attribute("from", r.from);
          j.attribute("field", r.field);
          j.attribute("to", r.to);
          j.attribute("cardinality", r.cardinality == Cardinality::ManyToMany ? "many-to-many"
                                     : r.cardinality == Cardinality::OneToOne ? "one-to-one"
                                                                              : "many-to-one");
          j.attribute("optional", r.optional);
          j.attributeArray("columns", [&] {
            for (const std::string &c : r.columns)
              j.value(c);
          });
          j.attributeArray("referencedColumns", [&] {
            for (const std::string &c : r.referencedColumns)
              j.value(c);
          });
          j.attribute("onDelete", actionName(r.onDelete));
          j.attribute("onUpdate", actionName(r.onUpdate));
          j.attribute("constraint", r.constraint);
          j.attribute("name", r.name);
        });
    });
  });
  os << "\n";
}

} // namespace schemac::backends::doc
