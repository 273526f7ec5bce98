//===- backends/docs/JSON.cpp - JSON ----------------------------------------===//
//
// Part of schemac. The documentation model as JSON, `schemac doc --format=json`.
//
//===----------------------------------------------------------------------===//
#include "backends/docs/DocModel.h"
#include "backends/docs/Documentation.h"

#include "llvm/Support/JSON.h"

using namespace llvm;

namespace schemac::backends::doc {

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
