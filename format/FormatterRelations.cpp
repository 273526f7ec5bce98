//===- format/FormatterRelations.cpp - `prisma format`'s relation completion -===//
//
// The semantic half of `schemac format`. Like `prisma format` (psl-core reformat.rs),
// before the layout it inserts what a one-sided relation lacks, as text at positions of
// the original source, then lays the result out:
//
//  - the missing back-relation field (`posts Post[]`, or `user User?` for 1:1),
//  - the missing forward field with `@relation(fields: [..], references: [..])`,
//  - the scalar fields that `fields:` names (typed and with the native type of the
//    referenced field),
//  - `@relation(...)` on a forward field without one, and its missing `fields` or
//    `references` argument.
//
// It runs only when the schema resolves: no syntax error, and no error from names, types or
// attributes (Prisma's "parser database" errors); the relation errors are what it fixes.
//
//===----------------------------------------------------------------------===//
#include "format/Formatter.h"

#include "frontend/Frontend.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/SourceMgr.h"

#include <algorithm>
#include <map>

using namespace llvm;

namespace schemac::format {

using namespace schemac::frontend;

static bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
static bool isLower(char c) { return c >= 'a' && c <= 'z'; }

//===----------------------------------------------------------------------===//
// Names
//===----------------------------------------------------------------------===//

std::string camelCaseName(StringRef name) {
  // Words split at `_`, `-`, spaces and lower-to-upper changes; the first lower-cased, the
  // others capitalised (`PostTag` -> `postTag`, `post_tag` -> `postTag`).
  std::vector<std::string> words;
  std::string word;
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (c == '_' || c == '-' || c == ' ') {
      if (!word.empty())
        words.push_back(std::move(word)), word.clear();
      continue;
    }
    bool boundary = isUpper(c) && !word.empty() &&
                    (isLower(word.back()) || isDigit(word.back()) ||
                     (i + 1 < name.size() && isLower(name[i + 1]) && isUpper(word.back())));
    if (boundary)
      words.push_back(std::move(word)), word.clear();
    word += c;
  }
  if (!word.empty())
    words.push_back(std::move(word));
  std::string out;
  for (size_t w = 0; w < words.size(); ++w) {
    std::string lower = StringRef(words[w]).lower();
    if (w && !lower.empty())
      lower[0] = toUpper(lower[0]);
    out += lower;
  }
  return out;
}

std::string pluralName(StringRef word) {
  // The English rules of Rails' inflector (which Prisma's cruet follows), on the last word.
  static const char *const uncountable[] = {"equipment", "information", "rice", "money",
                                            "species",   "series",      "fish", "sheep",
                                            "jeans",     "police",      "news", "data"};
  static const std::pair<const char *, const char *> irregular[] = {
      {"person", "people"}, {"man", "men"}, {"child", "children"}, {"sex", "sexes"},
      {"move", "moves"},    {"zombie", "zombies"}};
  std::string lower = word.lower();
  for (const char *u : uncountable)
    if (StringRef(lower).ends_with(u))
      return word.str();
  for (auto [singular, plural] : irregular)
    if (StringRef(lower).ends_with(singular)) {
      size_t keep = word.size() - strlen(singular);
      std::string out = word.substr(0, keep).str();
      std::string tail = plural;
      if (keep < word.size() && isUpper(word[keep]))
        tail[0] = toUpper(tail[0]);
      return out + tail;
    }
  StringRef w = word;
  auto endsWith = [&](StringRef suffix) { return StringRef(lower).ends_with(suffix); };
  auto isVowel = [](char c) { return StringRef("aeiouy").contains(toLower(c)); };
  if (endsWith("quiz"))
    return w.str() + "zes";
  if (endsWith("ox"))
    return lower == "ox" ? w.str() + "en" : w.str() + "es";
  if (endsWith("mouse") || endsWith("louse"))
    return w.drop_back(4).str() + "ice";
  if (endsWith("matrix") || endsWith("vertex") || endsWith("index"))
    return w.drop_back(2).str() + "ices";
  if (endsWith("x") || endsWith("ch") || endsWith("ss") || endsWith("sh"))
    return w.str() + "es";
  if (endsWith("y") && w.size() >= 2 && (!isVowel(w[w.size() - 2]) || endsWith("quy")))
    return w.drop_back(1).str() + "ies";
  if (endsWith("hive"))
    return w.str() + "s";
  if (endsWith("fe") && w.size() >= 3 && toLower(w[w.size() - 3]) != 'f')
    return w.drop_back(2).str() + "ves";
  if ((endsWith("lf") || endsWith("rf")))
    return w.drop_back(1).str() + "ves";
  if (endsWith("sis"))
    return w.drop_back(2).str() + "es";
  if (endsWith("tum") || endsWith("ium"))
    return w.drop_back(2).str() + "a";
  if (endsWith("ta") || endsWith("ia"))
    return w.str();
  if (endsWith("buffalo") || endsWith("tomato"))
    return w.str() + "es";
  if (endsWith("bus") || endsWith("alias") || endsWith("status"))
    return w.str() + "es";
  if (endsWith("octopus") || endsWith("virus"))
    return w.drop_back(2).str() + "i";
  if (endsWith("octopi") || endsWith("viri"))
    return w.str();
  if (lower == "axis" || lower == "testis")
    return w.drop_back(2).str() + "es";
  if (endsWith("s"))
    return w.str();
  return w.str() + "s";
}

namespace {

//===----------------------------------------------------------------------===//
// Missing bits
//===----------------------------------------------------------------------===//

struct MissingBit {
  size_t offset;
  std::string text;
};

std::string lowerFirst(StringRef s) {
  std::string out = s.str();
  if (!out.empty())
    out[0] = toLower(out[0]);
  return out;
}
std::string upperFirst(StringRef s) {
  std::string out = s.str();
  if (!out.empty())
    out[0] = toUpper(out[0]);
  return out;
}

const char *arityText(ast::FieldArity arity) {
  switch (arity) {
  case ast::FieldArity::Required:
    return "";
  case ast::FieldArity::Optional:
    return "?";
  case ast::FieldArity::List:
    return "[]";
  }
  return "";
}

class RelationCompleter {
public:
  RelationCompleter(const SchemaDatabase &db, SourceMgr &sourceMgr)
      : db(db), sourceMgr(sourceMgr) {}

  void run();
  std::map<unsigned, std::vector<MissingBit>> bits;

private:
  /// One inline (1:1 or 1:n) relation as Prisma's walkers see it: the referencing model
  /// (holding `fields`), the referenced one, and whichever of the two fields exist.
  struct Inline {
    int referencing = -1, referenced = -1;
    int forward = -1, back = -1; ///< field indices, -1 when missing
    bool oneToOne = false;
    std::pair<int, int> order;   ///< the field through which Prisma records it
  };
  struct Inferred {
    std::string name;
    ast::FieldArity arity;
    const Field *blueprint; ///< the referenced field
    StringRef typeName;     ///< a scalar type name, empty when not a built-in scalar
  };

  void add(SMLoc at, std::string text) {
    unsigned buffer = sourceMgr.FindBufferContainingLoc(at);
    if (!buffer)
      return;
    size_t offset = at.getPointer() - sourceMgr.getMemoryBuffer(buffer)->getBufferStart();
    bits[buffer].push_back({offset, std::move(text)});
  }
  SMLoc closingBrace(const Model &model) const {
    return SMLoc::getFromPointer(model.ast->range.End.getPointer() - 1);
  }
  const Field *forwardField(const Inline &r) const {
    return r.forward < 0 ? nullptr : &db.models[r.referencing].fields[r.forward];
  }
  std::vector<const Field *> firstUniqueCriteria(const Model &model, bool strict) const;
  std::vector<Inferred> inferReferencingFields(const Inline &r) const;
  std::string fieldsArgument(const Inline &r) const;
  std::string referencesArgument(const Inline &r) const;
  ast::FieldArity forwardArity(const Inline &r) const;

  void missingFields(const Inline &r);
  void missingScalarFields(const Inline &r);
  void missingAttribute(const Inline &r);
  void missingArguments(const Inline &r);

  const SchemaDatabase &db;
  SourceMgr &sourceMgr;
};

std::vector<const Field *> RelationCompleter::firstUniqueCriteria(const Model &model,
                                                                 bool strict) const {
  auto fieldsOf = [&](const IndexDef &index) {
    std::vector<const Field *> fields;
    for (const IndexField &f : index.fields)
      if (f.field >= 0)
        fields.push_back(&model.fields[f.field]);
    return fields;
  };
  auto acceptable = [&](const std::vector<const Field *> &fields) {
    return !fields.empty() &&
           (!strict || llvm::all_of(fields, [](const Field *f) { return f->isRequired(); }));
  };
  if (model.primaryKey) {
    std::vector<const Field *> fields = fieldsOf(*model.primaryKey);
    if (acceptable(fields))
      return fields;
  }
  for (const IndexDef &index : model.indexes)
    if (index.kind == IndexKind::Unique) {
      std::vector<const Field *> fields = fieldsOf(index);
      if (acceptable(fields))
        return fields;
    }
  return {};
}

std::vector<RelationCompleter::Inferred>
RelationCompleter::inferReferencingFields(const Inline &r) const {
  const Model &referencing = db.models[r.referencing];
  const Model &referenced = db.models[r.referenced];
  const Field *forward = forwardField(r);
  std::vector<Inferred> out;
  for (const Field *field : firstUniqueCriteria(referenced, false)) {
    Inferred inferred;
    inferred.name = lowerFirst(referenced.name) + upperFirst(field->name);
    inferred.blueprint = field;
    int existing = referencing.findField(inferred.name);
    const Field *source = field;
    if (existing >= 0 && !referencing.fields[existing].isRelation()) {
      source = &referencing.fields[existing];
      inferred.arity = source->arity;
    } else {
      inferred.arity = forward ? forward->arity : ast::FieldArity::Optional;
    }
    if (source->typeKind == FieldTypeKind::Scalar && source->ast && source->ast->type)
      inferred.typeName = source->ast->type->name.name;
    out.push_back(std::move(inferred));
  }
  return out;
}

std::string RelationCompleter::fieldsArgument(const Inline &r) const {
  std::string out = "fields: [";
  bool first = true;
  for (const Inferred &f : inferReferencingFields(r)) {
    if (!first)
      out += ", ";
    first = false;
    out += f.name;
  }
  return out + "]";
}

std::string RelationCompleter::referencesArgument(const Inline &r) const {
  std::vector<StringRef> names;
  const Field *forward = forwardField(r);
  if (forward && forward->relation().hasReferences) {
    names.assign(forward->relation().references.begin(), forward->relation().references.end());
  } else {
    for (const Field *field : firstUniqueCriteria(db.models[r.referenced], true))
      names.push_back(field->name);
  }
  return "references: [" + join(names, ", ") + "]";
}

ast::FieldArity RelationCompleter::forwardArity(const Inline &r) const {
  if (const Field *forward = forwardField(r))
    return forward->arity;
  for (const Inferred &f : inferReferencingFields(r))
    if (f.arity == ast::FieldArity::Optional)
      return ast::FieldArity::Optional;
  return ast::FieldArity::Required;
}

void RelationCompleter::missingFields(const Inline &r) {
  const Model &referencing = db.models[r.referencing];
  const Model &referenced = db.models[r.referenced];
  if (r.back < 0) {
    const char *arity = r.oneToOne ? "?" : "[]";
    std::string name = camelCaseName(referencing.name);
    if (!r.oneToOne)
      name = pluralName(name);
    add(closingBrace(referenced), name + " " + referencing.name.str() + arity + " " +
                                      (referencing.isIgnored ? "@ignore" : "") + "\n");
  }
  if (r.forward < 0) {
    const char *arity = arityText(forwardArity(r));
    std::string name = camelCaseName(referenced.name);
    if (StringRef(arity) == "[]")
      name = pluralName(name);
    add(closingBrace(referencing), name + " " + referenced.name.str() + arity + " @relation(" +
                                       fieldsArgument(r) + ", " + referencesArgument(r) + ")\n");
  }
}

void RelationCompleter::missingScalarFields(const Inline &r) {
  const Field *forward = forwardField(r);
  if (forward && forward->relation().hasFields)
    return;
  const Model &referencing = db.models[r.referencing];
  for (const Inferred &f : inferReferencingFields(r)) {
    int existing = referencing.findField(f.name);
    if (existing >= 0 && !referencing.fields[existing].isRelation())
      continue;
    if (f.typeName.empty())
      return;
    std::string attributes;
    if (f.blueprint->nativeType) {
      SMRange range = f.blueprint->nativeType->range;
      attributes = StringRef(range.Start.getPointer(),
                             range.End.getPointer() - range.Start.getPointer())
                       .str();
    }
    add(closingBrace(referencing),
        f.name + " " + f.typeName.str() + arityText(f.arity) + " " + attributes + "\n");
  }
}

void RelationCompleter::missingAttribute(const Inline &r) {
  const Field *forward = forwardField(r);
  if (!forward || forward->relation().present || !forward->ast || !forward->ast->type)
    return;
  // After the type and its `?`, `[]` or `!`.
  const char *at = forward->ast->type->range.End.getPointer();
  const char *end = forward->ast->range.End.getPointer();
  while (at < end && StringRef("[]?!").contains(*at))
    ++at;
  add(SMLoc::getFromPointer(at),
      " @relation(" + fieldsArgument(r) + ", " + referencesArgument(r) + ")");
}

void RelationCompleter::missingArguments(const Inline &r) {
  const Field *forward = forwardField(r);
  if (!forward || !forward->relation().present || !forward->relation().attribute)
    return;
  std::vector<std::string> extra;
  if (!forward->relation().hasFields)
    extra.push_back(fieldsArgument(r));
  if (!forward->relation().hasReferences)
    extra.push_back(referencesArgument(r));
  if (extra.empty())
    return;
  const ast::Attribute &attribute = *forward->relation().attribute;
  const char *end = attribute.range.End.getPointer();
  std::string joined = join(extra, ", ");
  if (!attribute.hasParens)
    add(SMLoc::getFromPointer(end), "(" + joined + ")");
  else if (attribute.arguments.empty())
    add(SMLoc::getFromPointer(end - 1), joined);
  else
    add(SMLoc::getFromPointer(end - 1), ", " + joined);
}

void RelationCompleter::run() {
  std::vector<Inline> relations;
  for (const Relation &relation : db.relations) {
    if (relation.kind == RelationKind::ManyToMany)
      continue;
    Inline r;
    r.referencing = relation.model, r.forward = relation.field;
    r.referenced = relation.oppositeModel, r.back = relation.oppositeField;
    r.oneToOne = relation.kind == RelationKind::OneToOne;
    if (r.oneToOne) {
      // Prisma's choice of the forward side when neither side has `fields`: the required
      // one, else the first by (model name, field name).
      const Field &a = db.models[r.referencing].fields[r.forward];
      const Field &b = db.models[r.referenced].fields[r.back];
      bool aDefines = a.relation().hasFields || a.relation().hasReferences;
      bool bDefines = b.relation().hasFields || b.relation().hasReferences;
      if (!aDefines && !bDefines) {
        bool swap = a.isRequired() != b.isRequired()
                        ? b.isRequired()
                        : std::make_pair(db.models[r.referenced].name, b.name) <
                              std::make_pair(db.models[r.referencing].name, a.name);
        if (swap) {
          std::swap(r.referencing, r.referenced);
          std::swap(r.forward, r.back);
        }
      }
    }
    r.order = {r.referencing, r.forward};
    relations.push_back(r);
  }
  for (const Relation &relation : db.incompleteRelations) {
    const Model &model = db.models[relation.model];
    const Field &field = model.fields[relation.field];
    if (field.isIgnored)
      continue;
    Inline r;
    r.order = {relation.model, relation.field};
    if (field.isList()) {
      // Only the back side exists.
      r.referencing = relation.oppositeModel, r.referenced = relation.model;
      r.back = relation.field;
    } else {
      r.referencing = relation.model, r.referenced = relation.oppositeModel;
      r.forward = relation.field;
      // 1:1 when the `fields` are exactly a unique constraint of the model.
      if (field.relation().hasFields)
        for (const IndexDef &index : model.indexes) {
          if (index.kind != IndexKind::Unique ||
              index.fields.size() != field.relation().fields.size())
            continue;
          bool same = true;
          for (size_t i = 0; i < index.fields.size(); ++i)
            same &= index.fields[i].field == field.relation().fields[i];
          r.oneToOne |= same;
        }
    }
    relations.push_back(r);
  }
  llvm::stable_sort(relations, [](const Inline &a, const Inline &b) { return a.order < b.order; });

  for (const Inline &r : relations) {
    missingFields(r);
    missingScalarFields(r);
  }
  for (const Inline &r : relations)
    missingAttribute(r);
  for (const Inline &r : relations)
    missingArguments(r);
  for (auto &[buffer, list] : bits)
    llvm::stable_sort(list, [](const MissingBit &a, const MissingBit &b) {
      return a.offset < b.offset;
    });
}

std::string enrich(StringRef text, ArrayRef<MissingBit> bits) {
  std::string out;
  size_t last = 0;
  for (const MissingBit &bit : bits) {
    out += text.slice(last, bit.offset);
    out += bit.text;
    last = bit.offset;
  }
  out += text.substr(last);
  return out;
}

} // namespace

bool formatSchema(ArrayRef<unsigned> bufferIds, DiagnosticEngine &diags,
                  const FormatOptions &options, std::vector<std::string> &outputs) {
  SourceMgr &sourceMgr = diags.getSourceMgr();
  outputs.assign(bufferIds.size(), std::string());
  bool ok = true;
  for (size_t i = 0; i < bufferIds.size(); ++i) {
    StringRef text = sourceMgr.getMemoryBuffer(bufferIds[i])->getBuffer();
    const UTF8 *begin = reinterpret_cast<const UTF8 *>(text.begin());
    const UTF8 *bad = begin;
    if (!isLegalUTF8String(&bad, reinterpret_cast<const UTF8 *>(text.end()))) {
      SMLoc at = SMLoc::getFromPointer(text.begin() + (bad - begin));
      diags.error(SMRange(at, at), "the file is not valid UTF-8; it is left as it is");
      ok = false;
      continue;
    }
    bool formatted = formatLayout(text, options, outputs[i], [&](size_t offset, StringRef message) {
      SMLoc at = SMLoc::getFromPointer(text.begin() + offset);
      if (options.keepInvalidLines)
        diags.warning(SMRange(at, at), message + "; kept as it is");
      else
        diags.error(SMRange(at, at), message);
    });
    ok &= formatted;
  }
  if (!ok || !options.completeRelations)
    return ok;

  // Relation completion needs a schema whose names, types and attributes resolve.
  DiagnosticEngine scratch(sourceMgr);
  std::unique_ptr<ast::Schema> schema = parseSchema(bufferIds, scratch);
  if (scratch.hasErrors())
    return true;
  ValidationOptions validation;
  validation.requireDatasourceUrl = false;
  std::unique_ptr<SchemaDatabase> db = validateSchema(*schema, scratch, validation);
  if (db->resolutionErrors)
    return true;
  RelationCompleter completer(*db, sourceMgr);
  completer.run();
  for (size_t i = 0; i < bufferIds.size(); ++i) {
    auto it = completer.bits.find(bufferIds[i]);
    if (it == completer.bits.end())
      continue;
    std::string enriched =
        enrich(sourceMgr.getMemoryBuffer(bufferIds[i])->getBuffer(), it->second);
    formatLayout(enriched, options, outputs[i], [](size_t, StringRef) {});
  }
  return true;
}

} // namespace schemac::format
