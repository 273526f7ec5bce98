//===- frontend/Lowering.cpp - Validated schema to database IR ------------===//
#include "frontend/Lowering.h"

#include "ir/ConstraintNames.h"
#include "support/Parallel.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/SourceMgr.h"

#include <algorithm>
#include <cstring>
#include <tuple>

using namespace llvm;

namespace schemac::frontend {

namespace {

/// `JsonbPathOps` -> `jsonb_path_ops`, `TimestampTzMinMaxMultiOps` ->
/// `timestamptz_minmax_multi_ops`: PostgreSQL's spelling of Prisma's operator classes.
std::string operatorClassSQLName(StringRef prismaName) {
  SmallVector<std::string, 6> words;
  for (size_t i = 0; i < prismaName.size(); ++i) {
    char c = prismaName[i];
    if ((c >= 'A' && c <= 'Z') || words.empty())
      words.emplace_back();
    words.back() += toLower(c);
  }
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string &word = words[i];
    // Words PostgreSQL writes as one: minmax, varbit, timestamptz, timetz.
    bool glue = i > 0 && ((words[i - 1] == "min" && word == "max") ||
                          (words[i - 1] == "var" && word == "bit") ||
                          ((words[i - 1] == "timestamp" || words[i - 1] == "time") && word == "tz"));
    if (i > 0 && !glue)
      out += '_';
    out += word;
  }
  return out;
}

ir::TypeKind defaultNativeType(ScalarType type, ir::ColumnType &out) {
  switch (type) {
  case ScalarType::String:
    return ir::TypeKind::Text;
  case ScalarType::Int:
    return ir::TypeKind::Integer;
  case ScalarType::BigInt:
    return ir::TypeKind::BigInt;
  case ScalarType::Float:
    return ir::TypeKind::DoublePrecision;
  case ScalarType::Decimal:
    out.length = 65;
    out.scale = 30;
    return ir::TypeKind::Decimal;
  case ScalarType::Boolean:
    return ir::TypeKind::Boolean;
  case ScalarType::DateTime:
    out.length = 3;
    return ir::TypeKind::Timestamp;
  case ScalarType::Json:
    return ir::TypeKind::JsonB;
  case ScalarType::Bytes:
    return ir::TypeKind::ByteA;
  }
  return ir::TypeKind::Text;
}

class Lowering {
public:
  Lowering(const SchemaDatabase &db, DiagnosticEngine &diags)
      : db(db), diags(diags), sourceMgr(diags.getSourceMgr()) {}

  std::optional<ir::Schema> run() {
    if (db.provider != Provider::PostgreSQL) {
      SMRange range = db.datasource && db.datasource->ast ? db.datasource->ast->name.range
                                                           : SMRange();
      diags.error(range, db.datasource
                             ? "schemac generates SQL for PostgreSQL only; this datasource's "
                               "provider is `" + db.datasource->providerName + "`"
                             : Twine("the schema has no datasource; schemac needs "
                                     "`provider = \"postgresql\"` to generate SQL"));
      return std::nullopt;
    }
    prepareOrigins();
    if (db.datasource) {
      for (const auto &[name, range] : db.datasource->schemas)
        schema.namespaces.push_back(name.str());
      llvm::sort(schema.namespaces);
      schema.namespaces.erase(std::unique(schema.namespaces.begin(), schema.namespaces.end()),
                              schema.namespaces.end());
      lowerExtensions();
    }
    for (const Enum &enm : db.enums)
      lowerEnum(enm);
    lowerModels();
    lowerRelations();
    return std::move(schema);
  }

private:
  const SchemaDatabase &db;
  DiagnosticEngine &diags;
  const SourceMgr &sourceMgr;
  ir::Schema schema;
  std::vector<int> tableOfModel;
  StringMap<unsigned> fileIndex;

  /// Where a schema file's lines start, for origin(): built up front, so that lowering
  /// models on several threads only reads it, and with memchr, several times faster than
  /// SourceMgr's byte loop (which also builds its table lazily, so two schemas lowered at
  /// once could not share it).
  struct LineTable {
    const char *begin = nullptr, *end = nullptr;
    unsigned file = 0;                 ///< index + 1 in schema.files
    std::vector<uint32_t> lineStarts;  ///< offsets after each '\n', as SourceMgr counts
  };
  std::vector<LineTable> lineTables;

  /// Registers the schema's source files and their line tables.
  void prepareOrigins() {
    for (unsigned id : db.buffers) {
      const MemoryBuffer *buffer = sourceMgr.getMemoryBuffer(id);
      StringRef path = buffer->getBufferIdentifier();
      auto [it, inserted] = fileIndex.try_emplace(path, unsigned(schema.files.size() + 1));
      if (inserted)
        schema.files.push_back(path.str());
      LineTable &table = lineTables.emplace_back();
      table.begin = buffer->getBufferStart();
      table.end = buffer->getBufferEnd();
      table.file = it->second;
      table.lineStarts.push_back(0);
      for (const char *p = table.begin;
           (p = static_cast<const char *>(std::memchr(p, '\n', table.end - p))); ++p)
        table.lineStarts.push_back(uint32_t(p + 1 - table.begin));
    }
  }

  /// A doc comment as documentation: its lines without schemac's directives
  /// (`schemac-ignore ...`, `@schemac.renamedFrom(...)`).
  static std::string docText(const ast::Documentation &documentation) {
    std::string out;
    for (StringRef line : documentation.lines) {
      StringRef trimmed = line.ltrim();
      if (trimmed.startswith("schemac-ignore") || trimmed.startswith("@schemac."))
        continue;
      if (!out.empty())
        out += '\n';
      out += line.rtrim();
    }
    while (!out.empty() && out.back() == '\n')
      out.pop_back();
    return out;
  }

  ir::Origin origin(StringRef name, SMLoc loc) const {
    ir::Origin out;
    setOrigin(out, name, loc);
    return out;
  }
  /// origin() into a default-constructed `out` (the IR's columns are filled in place).
  void setOrigin(ir::Origin &out, StringRef name, SMLoc loc) const {
    out.name.assign(name.data(), name.size());
    if (!loc.isValid())
      return;
    const char *ptr = loc.getPointer();
    for (const LineTable &table : lineTables) {
      // A location may point at the end of its buffer (SourceMgr accepts it too).
      if (ptr < table.begin || ptr > table.end)
        continue;
      uint32_t offset = uint32_t(ptr - table.begin);
      auto next = std::upper_bound(table.lineStarts.begin(), table.lineStarts.end(), offset);
      out.file = table.file;
      out.line = unsigned(next - table.lineStarts.begin());
      out.column = offset - next[-1] + 1;
      return;
    }
  }

  /// Models become tables in source order; from a few hundred models on, on several
  /// threads (each model is independent; relations come after).
  void lowerModels() {
    tableOfModel.assign(db.models.size(), -1);
    std::vector<size_t> models;
    for (size_t m = 0; m < db.models.size(); ++m)
      if (db.models[m].kind == ModelKind::Model) {
        tableOfModel[m] = int(models.size());
        models.push_back(m);
      }
    // Room for the join tables too (one per m:n relation, added by lowerRelations), so
    // that the vector of (large) tables is not moved again.
    schema.tables.reserve(models.size() +
                          llvm::count_if(db.relations, [](const Relation &relation) {
                            return relation.kind == RelationKind::ManyToMany;
                          }));
    schema.tables.resize(models.size());
    parallelFor(models.size(), 256, [&](size_t begin, size_t end, unsigned) {
      for (size_t i = begin; i < end; ++i)
        schema.tables[i] = lowerModel(models[i]);
    });
  }

  std::string namespaceOf(StringRef schemaName) const {
    return schemaName.empty() ? schema.defaultNamespace : schemaName.str();
  }

  void lowerExtensions() {
    for (const Datasource::Extension &extension : db.datasource->extensions) {
      ir::Extension out;
      out.name = (extension.map.empty() ? extension.name : extension.map).str();
      out.schema = extension.schema.str();
      out.version = extension.version.str();
      out.origin.name = extension.name.str();
      schema.extensions.push_back(std::move(out));
    }
    llvm::stable_sort(schema.extensions, [](const ir::Extension &a, const ir::Extension &b) {
      return a.name < b.name;
    });
  }

  void lowerEnum(const Enum &enm) {
    ir::Enum out;
    out.schema = namespaceOf(enm.schemaName);
    out.name = enm.databaseName.str();
    out.origin = origin(enm.name, enm.ast ? enm.ast->range.Start : SMLoc());
    if (enm.ast)
      out.origin.doc = docText(enm.ast->documentation);
    for (const EnumValue &value : enm.values) {
      ir::EnumValue outValue;
      outValue.name = value.databaseName.str();
      outValue.origin = origin(value.name, value.ast ? value.ast->range.Start : SMLoc());
      if (value.ast)
        outValue.origin.doc = docText(value.ast->documentation);
      out.values.push_back(std::move(outValue));
    }
    schema.enums.push_back(std::move(out));
  }

  /// The column type of `field` into a default-constructed `type`.
  void setColumnType(const Field &field, ir::ColumnType &type) const {
    if (field.typeKind == FieldTypeKind::Enum) {
      const Enum &enm = db.enums[field.target];
      type.kind = ir::TypeKind::Enum;
      type.enumSchema = namespaceOf(enm.schemaName);
      type.name = enm.databaseName.str();
      return;
    }
    if (field.typeKind == FieldTypeKind::Unsupported) {
      type.kind = ir::TypeKind::Unsupported;
      type.name = field.ast->type->unsupportedType.str();
      return;
    }
    if (field.nativeType) {
      if (std::optional<ir::TypeKind> kind = ir::parseTypeKindName(field.nativeType->name)) {
        type.kind = *kind;
        const auto &arguments = field.nativeType->arguments;
        uint32_t value;
        if (arguments.size() > 0 && !StringRef(arguments[0]).trim().getAsInteger(10, value))
          type.length = value;
        if (arguments.size() > 1 && !StringRef(arguments[1]).trim().getAsInteger(10, value))
          type.scale = value;
        return;
      }
    }
    type.kind = defaultNativeType(field.scalarType, type);
  }

  ir::Value literal(const ast::Expression &expr, const Field &field) const {
    ir::Value value;
    switch (expr.kind) {
    case ast::ExprKind::String:
      value.kind = ir::Value::Kind::String;
      value.text = expr.value.str();
      break;
    case ast::ExprKind::Number:
      value.kind = ir::Value::Kind::Number;
      value.text = expr.value.str();
      break;
    case ast::ExprKind::Constant:
      if (field.typeKind == FieldTypeKind::Enum) {
        value.kind = ir::Value::Kind::Enum;
        value.text = expr.value.str();
        for (const EnumValue &enumValue : db.enums[field.target].values)
          if (enumValue.name == expr.value)
            value.text = enumValue.databaseName.str();
      } else {
        value.kind = ir::Value::Kind::Boolean;
        value.text = expr.value.str();
      }
      break;
    case ast::ExprKind::Array:
      value.kind = ir::Value::Kind::List;
      for (const ast::Expression &element : expr.elements)
        value.elements.push_back(literal(element, field));
      break;
    case ast::ExprKind::Function:
    case ast::ExprKind::Object:
      break; // not a literal; validation rejected it
    }
    return value;
  }

  void lowerDefault(const Field &field, ir::Column &column) const {
    const DefaultValue &value = *field.defaultValue;
    ir::Default out;
    switch (value.kind) {
    case DefaultValue::Kind::Literal:
      out.kind = ir::Default::Kind::Value;
      out.value = literal(*value.expr, field);
      break;
    case DefaultValue::Kind::Autoincrement:
      column.autoincrement = true;
      return;
    case DefaultValue::Kind::Now:
      out.kind = ir::Default::Kind::Now;
      break;
    case DefaultValue::Kind::DbGenerated:
      out.kind = ir::Default::Kind::DbGenerated;
      out.hasExpression = value.expr && value.expr->isFunction() && !value.expr->arguments.empty();
      out.expression = value.dbGenerated.str();
      break;
    case DefaultValue::Kind::Cuid:
    case DefaultValue::Kind::Uuid:
    case DefaultValue::Kind::Nanoid:
    case DefaultValue::Kind::Ulid:
      out.kind = ir::Default::Kind::Generated;
      out.expression = value.expr ? value.expr->value.str() : "";
      out.argument = value.functionArgument;
      break;
    case DefaultValue::Kind::Sequence:
    case DefaultValue::Kind::Auto:
      return; // CockroachDB and MongoDB only
    }
    column.defaultValue = std::move(out);
  }

  /// The name in a `/// @schemac.renamedFrom("old")` doc comment line, or "".
  static std::string renamedFromHint(const ast::Documentation &documentation) {
    for (StringRef line : documentation.lines) {
      size_t at = line.find("@schemac.renamedFrom(");
      if (at == StringRef::npos)
        continue;
      StringRef rest = line.drop_front(at + strlen("@schemac.renamedFrom(")).ltrim();
      if (!rest.consume_front("\""))
        continue;
      size_t end = rest.find('"');
      if (end != StringRef::npos && rest.drop_front(end + 1).ltrim().startswith(")"))
        return rest.take_front(end).str();
    }
    return "";
  }

  /// The `/// schemac-ignore <rule>: reason` lines of a doc comment (lint suppressions).
  std::vector<ir::Suppression> suppressions(const ast::Documentation &documentation) const {
    std::vector<ir::Suppression> out;
    for (StringRef line : documentation.lines) {
      StringRef rest = line.ltrim();
      if (!rest.consume_front("schemac-ignore"))
        continue;
      if (!rest.empty() && rest.front() != ' ' && rest.front() != '\t' && rest.front() != ':')
        continue;
      auto [rule, reason] = rest.split(':');
      ir::Suppression suppression;
      suppression.rule = rule.trim().str();
      suppression.reason = reason.trim().str();
      suppression.origin = origin("", SMLoc::getFromPointer(line.data()));
      out.push_back(std::move(suppression));
    }
    return out;
  }

  /// Fills `column` (in place: an ir::Column is large, and moving one costs more than
  /// filling it).
  void lowerField(const Field &field, ir::Column &column) const {
    column.name.assign(field.databaseName.data(), field.databaseName.size());
    setColumnType(field, column.type);
    column.arity = field.isList()       ? ir::Arity::List
                   : field.isOptional() ? ir::Arity::Nullable
                                        : ir::Arity::Required;
    column.updatedAt = field.isUpdatedAt;
    if (field.defaultValue)
      lowerDefault(field, column);
    setOrigin(column.origin, field.name, field.ast ? field.ast->range.Start : SMLoc());
    if (field.ast && !field.ast->documentation.empty()) {
      column.origin.doc = docText(field.ast->documentation);
      column.renamedFrom = renamedFromHint(field.ast->documentation);
      column.suppressions = suppressions(field.ast->documentation);
    }
  }

  ir::Index lowerIndex(const Model &model, const IndexDef &index) const {
    ir::Index out;
    out.kind = index.kind == IndexKind::PrimaryKey ? ir::IndexKind::PrimaryKey
               : index.kind == IndexKind::Unique   ? ir::IndexKind::Unique
               : index.kind == IndexKind::Index    ? ir::IndexKind::Index
                                                   : ir::IndexKind::Fulltext;
    for (const IndexField &ref : index.fields) {
      const Field &field = model.fields[ref.field];
      ir::IndexColumn column;
      column.column = field.databaseName.str();
      if (ref.sort)
        column.sort = *ref.sort == SortOrder::Asc ? ir::SortOrder::Asc : ir::SortOrder::Desc;
      if (ref.length)
        column.length = uint32_t(*ref.length);
      StringRef ops = ref.operatorClass;
      if (ops.consume_front("raw:")) {
        column.rawOperatorClass = true;
        column.operatorClass = ops.str();
      } else if (!ops.empty()) {
        column.operatorClass = operatorClassSQLName(ops);
      }
      out.columns.push_back(std::move(column));
    }
    out.name = index.databaseName.empty() ? constraintName(model, index) : index.databaseName;
    if (index.algorithm) {
      static constexpr ir::IndexAlgorithm algorithms[] = {
          ir::IndexAlgorithm::BTree, ir::IndexAlgorithm::Hash,   ir::IndexAlgorithm::Gist,
          ir::IndexAlgorithm::Gin,   ir::IndexAlgorithm::SpGist, ir::IndexAlgorithm::Brin};
      out.algorithm = algorithms[size_t(*index.algorithm)];
    }
    out.origin = origin("", index.range.Start);
    return out;
  }

  ir::Table lowerModel(size_t m) const {
    const Model &model = db.models[m];
    ir::Table table;
    table.schema = namespaceOf(model.schemaName);
    table.name = model.databaseName.str();
    table.origin = origin(model.name, model.ast ? model.ast->range.Start : SMLoc());
    if (model.ast)
      table.origin.doc = docText(model.ast->documentation);
    if (model.ast) {
      table.renamedFrom = renamedFromHint(model.ast->documentation);
      table.suppressions = suppressions(model.ast->documentation);
      // The closing brace, where a fix-it inserts a block attribute.
      SMLoc end = model.ast->range.End;
      if (end.isValid() && end.getPointer()[-1] == '}') {
        ir::Origin close = origin("", SMLoc::getFromPointer(end.getPointer() - 1));
        table.origin.endLine = close.line;
        table.origin.endColumn = close.column;
      }
    }
    table.columns.reserve(model.fields.size());
    for (const Field &field : model.fields)
      if (!field.isRelation() && field.typeKind != FieldTypeKind::Composite)
        lowerField(field, table.columns.emplace_back());
    if (model.primaryKey)
      table.primaryKey = lowerIndex(model, *model.primaryKey);
    // Prisma's order: field-level @unique first, then @@index, @@unique and @@fulltext,
    // each in source order.
    auto rank = [](const IndexDef &index) {
      if (index.fromFieldAttribute)
        return 0;
      switch (index.kind) {
      case IndexKind::Index:
        return 1;
      case IndexKind::Unique:
        return 2;
      default:
        return 3;
      }
    };
    std::vector<const IndexDef *> indexes;
    for (const IndexDef &index : model.indexes)
      indexes.push_back(&index);
    llvm::stable_sort(indexes, [&](const IndexDef *a, const IndexDef *b) {
      return rank(*a) < rank(*b);
    });
    for (const IndexDef *index : indexes)
      table.indexes.push_back(lowerIndex(model, *index));
    return table;
  }

  static ir::ReferentialAction action(ReferentialAction action) {
    switch (action) {
    case ReferentialAction::Cascade:
      return ir::ReferentialAction::Cascade;
    case ReferentialAction::Restrict:
      return ir::ReferentialAction::Restrict;
    case ReferentialAction::NoAction:
      return ir::ReferentialAction::NoAction;
    case ReferentialAction::SetNull:
      return ir::ReferentialAction::SetNull;
    case ReferentialAction::SetDefault:
      return ir::ReferentialAction::SetDefault;
    }
    return ir::ReferentialAction::NoAction;
  }

  /// The foreign key of a 1:1 or 1:n relation into `fk`; false when it has none. Reads
  /// the tables only, so relations are lowered on several threads.
  bool lowerInlineRelation(const Relation &relation, ir::ForeignKey &fk) const {
    const Model &model = db.models[relation.model];
    const Field &field = model.fields[relation.field];
    const Model &target = db.models[relation.oppositeModel];
    if (model.isView() || target.isView() || field.relation().fields.empty())
      return false;
    const ir::Table &table = schema.tables[tableOfModel[relation.model]];
    const ir::Table &targetTable = schema.tables[tableOfModel[relation.oppositeModel]];
    fk.table = table.qualifiedName();
    fk.referencedTable = targetTable.qualifiedName();
    bool anyRequired = false;
    SmallVector<StringRef, 4> columns;
    for (int index : field.relation().fields) {
      const Field &scalar = model.fields[index];
      anyRequired |= scalar.isRequired();
      fk.columns.push_back(scalar.databaseName.str());
      columns.push_back(scalar.databaseName);
    }
    for (StringRef reference : field.relation().references) {
      int index = target.findField(reference);
      fk.referencedColumns.push_back(
          index < 0 ? reference.str() : target.fields[index].databaseName.str());
    }
    fk.name = field.relation().mappedName.empty() ? ir::foreignKeyName(model.databaseName, columns)
                                                : field.relation().mappedName.str();
    fk.onDelete = field.relation().onDelete
                      ? action(*field.relation().onDelete)
                      : (anyRequired ? ir::ReferentialAction::Restrict
                                     : ir::ReferentialAction::SetNull);
    fk.onDeleteDeclared = field.relation().onDelete.has_value();
    fk.onUpdate = field.relation().onUpdate ? action(*field.relation().onUpdate)
                                          : ir::ReferentialAction::Cascade;
    fk.origin = origin((model.name + "." + field.name).str(),
                       field.ast ? field.ast->range.Start : SMLoc());
    return true;
  }

  struct JoinTable {
    std::string relationName;
    size_t modelA, modelB;
    int fieldA;
  };

  void lowerJoinTable(const JoinTable &join, std::vector<ir::ForeignKey> &foreignKeys) {
    const Model &modelA = db.models[join.modelA];
    const Model &modelB = db.models[join.modelB];
    if (!modelA.primaryKey || !modelB.primaryKey || modelA.primaryKey->fields.empty() ||
        modelB.primaryKey->fields.empty())
      return;
    const ir::Table &tableA = schema.tables[tableOfModel[join.modelA]];
    const ir::Table &tableB = schema.tables[tableOfModel[join.modelB]];
    auto idColumn = [](const Model &model, const ir::Table &table) {
      StringRef name = model.fields[model.primaryKey->fields[0].field].databaseName;
      return table.findColumn(name);
    };
    const ir::Column *idA = idColumn(modelA, tableA);
    const ir::Column *idB = idColumn(modelB, tableB);
    if (!idA || !idB)
      return;
    // Prisma counts characters here, not bytes.
    auto takeChars = [](StringRef text, size_t count) {
      size_t bytes = 0;
      for (size_t chars = 0; bytes < text.size() && chars < count; ++chars) {
        ++bytes;
        while (bytes < text.size() && (uint8_t(text[bytes]) & 0xC0) == 0x80)
          ++bytes;
      }
      return text.take_front(bytes).str();
    };
    const size_t limit = ir::kPostgresMaxIdentifierLength;
    std::string name = takeChars("_" + join.relationName, limit);

    ir::Table table;
    table.schema = tableA.schema;
    table.name = name;
    table.implicitManyToMany = true;
    table.origin.name = join.relationName;
    for (auto [columnName, id] : {std::pair<const char *, const ir::Column *>{"A", idA},
                                  std::pair<const char *, const ir::Column *>{"B", idB}}) {
      ir::Column column;
      column.name = columnName;
      column.type = id->type;
      column.arity = ir::Arity::Required;
      table.columns.push_back(std::move(column));
    }
    ir::Index pk;
    pk.kind = ir::IndexKind::PrimaryKey;
    pk.name = takeChars(name, limit - 8) + "_AB_pkey";
    pk.columns.resize(2);
    pk.columns[0].column = "A";
    pk.columns[1].column = "B";
    table.primaryKey = std::move(pk);
    ir::Index indexB;
    indexB.kind = ir::IndexKind::Index;
    indexB.name = takeChars(name, limit - 8) + "_B_index";
    indexB.columns.resize(1);
    indexB.columns[0].column = "B";
    table.indexes.push_back(std::move(indexB));

    if (!db.datasource || !db.datasource->relationModePrisma) {
      // Byte slicing, with `>` for A and `>=` for B, as Prisma does.
      const size_t maxTableName = limit - 5 - 2;
      std::string prefixA = name.size() > maxTableName ? name.substr(0, maxTableName) : name;
      std::string prefixB = name.size() >= maxTableName ? name.substr(0, maxTableName) : name;
      for (auto [column, prefix, target, id] :
           {std::tuple<const char *, std::string, const ir::Table *, const ir::Column *>{
                "A", prefixA, &tableA, idA},
            std::tuple<const char *, std::string, const ir::Table *, const ir::Column *>{
                "B", prefixB, &tableB, idB}}) {
        ir::ForeignKey fk;
        fk.name = prefix + "_" + column + "_fkey";
        fk.table = table.qualifiedName();
        fk.columns = {column};
        fk.referencedTable = target->qualifiedName();
        fk.referencedColumns = {id->name};
        fk.onDelete = ir::ReferentialAction::Cascade;
        fk.onUpdate = ir::ReferentialAction::Cascade;
        fk.origin.name = join.relationName;
        foreignKeys.push_back(std::move(fk));
      }
    }
    schema.tables.push_back(std::move(table));
  }

  void lowerRelations() {
    // Prisma's relation order: by the (model, field) position of the field that defines
    // the relation (the one with `fields:` for 1:1 and 1:n; model A's field for m:n).
    struct Entry {
      std::pair<size_t, int> key;
      const Relation *relation;
      JoinTable join;
    };
    std::vector<Entry> entries;
    for (const Relation &relation : db.relations) {
      if (relation.model < 0 || relation.oppositeModel < 0)
        continue;
      if (relation.kind != RelationKind::ManyToMany) {
        entries.push_back({{size_t(relation.model), relation.field}, &relation, {}});
        continue;
      }
      const Model &left = db.models[relation.model];
      const Model &right = db.models[relation.oppositeModel];
      const Field &leftField = left.fields[relation.field];
      const Field &rightField = right.fields[relation.oppositeField];
      if (left.isView() || right.isView())
        continue;
      // Model A sorts first by model name; for self relations, by field name.
      bool leftIsA = left.name != right.name ? left.name < right.name
                                             : leftField.name <= rightField.name;
      JoinTable join;
      join.modelA = size_t(leftIsA ? relation.model : relation.oppositeModel);
      join.modelB = size_t(leftIsA ? relation.oppositeModel : relation.model);
      join.fieldA = leftIsA ? relation.field : relation.oppositeField;
      const Model &modelA = db.models[join.modelA];
      const Model &modelB = db.models[join.modelB];
      join.relationName = relation.name.empty()
                              ? (modelA.name + "To" + modelB.name).str()
                              : relation.name.str();
      entries.push_back({{join.modelA, join.fieldA}, &relation, std::move(join)});
    }
    llvm::stable_sort(entries, [](const Entry &a, const Entry &b) { return a.key < b.key; });
    bool foreignKeys = !db.datasource || !db.datasource->relationModePrisma;
    // At most one foreign key per inline relation and two per join table: an ir::ForeignKey
    // is large, and growing the vector would move each one several times.
    schema.foreignKeys.reserve(schema.foreignKeys.size() + 2 * entries.size());
    if (foreignKeys) {
      std::vector<const Relation *> inlineRelations;
      for (const Entry &entry : entries)
        if (entry.relation->kind != RelationKind::ManyToMany)
          inlineRelations.push_back(entry.relation);
      std::vector<ir::ForeignKey> inlineKeys(inlineRelations.size());
      std::vector<char> made(inlineRelations.size());
      parallelFor(inlineRelations.size(), 256, [&](size_t begin, size_t end, unsigned) {
        for (size_t i = begin; i < end; ++i)
          made[i] = lowerInlineRelation(*inlineRelations[i], inlineKeys[i]);
      });
      for (size_t i = 0; i < inlineKeys.size(); ++i)
        if (made[i])
          schema.foreignKeys.push_back(std::move(inlineKeys[i]));
    }
    std::vector<ir::ForeignKey> joinForeignKeys;
    // lowerModels() reserved room for the join tables.
    for (const Entry &entry : entries)
      if (entry.relation->kind == RelationKind::ManyToMany)
        lowerJoinTable(entry.join, joinForeignKeys);
    for (ir::ForeignKey &fk : joinForeignKeys)
      schema.foreignKeys.push_back(std::move(fk));
  }
};

} // namespace

std::optional<ir::Schema> lowerToIR(const SchemaDatabase &db, DiagnosticEngine &diags) {
  return Lowering(db, diags).run();
}

} // namespace schemac::frontend
