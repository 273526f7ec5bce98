//===- backends/docs/DocModel.h - The documentation model -------------------===//
//
// Part of schemac. What every documentation format prints, computed once from the IR:
// models with their fields and indexes, enums and where they are used, relations with
// their cardinality. Private to backends/docs.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_BACKENDS_DOCS_DOCMODEL_H
#define SCHEMAC_BACKENDS_DOCS_DOCMODEL_H

#include "ir/Schema.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <tuple>
#include <vector>

namespace schemac::backends::doc {

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
  llvm::StringMap<std::vector<const DocRelation *>> relationsOf;
};


/// The names a reader knows: the Prisma model and field names where the IR has them.
std::string modelName(const ir::Table &table);
std::string fieldName(const ir::Column &column);
std::string valueText(const ir::Value &value);
std::string defaultText(const ir::Column &column);
std::string indexKindName(ir::IndexKind kind);
std::string actionName(ir::ReferentialAction action);

/// The documentation model of `schema`.
Model buildModel(const ir::Schema &schema);

/// GitHub's heading anchors: lower case, spaces to `-`, punctuation dropped.
std::string anchorOf(llvm::StringRef heading);
std::string cardinalityText(const DocRelation &r, bool fromSide);

/// The ER diagram (Mermaid), of one namespace when `onlyNamespace` is set.
void writeMermaid(const Model &model, llvm::raw_ostream &os, const std::string *onlyNamespace);

} // namespace schemac::backends::doc

#endif // SCHEMAC_BACKENDS_DOCS_DOCMODEL_H
