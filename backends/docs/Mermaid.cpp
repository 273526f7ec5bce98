//===- backends/docs/Mermaid.cpp - ER diagrams ------------------------------===//
//
// Part of schemac. The Mermaid ER diagram of a schema (`schemac doc --format=mermaid`,
// and the diagram of the Markdown and HTML references).
//
//===----------------------------------------------------------------------===//
#include "backends/docs/DocModel.h"
#include "backends/docs/Documentation.h"

#include "llvm/ADT/StringExtras.h"

using namespace llvm;

namespace schemac::backends::doc {

namespace {
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

} // namespace

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


void printMermaid(const ir::Schema &schema, raw_ostream &os) {
  writeMermaid(buildModel(schema), os, nullptr);
}


} // namespace schemac::backends::doc
