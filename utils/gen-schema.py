#!/usr/bin/env python3
"""gen-schema.py - deterministic generator of large, valid Prisma schemas (PostgreSQL).

    gen-schema.py --models N [--seed S] [-o FILE]

The same (N, seed) always gives the same bytes. Every schema has relations of every kind
(one-to-many, one-to-one, implicit many-to-many, self relations, composite foreign keys),
enums, single and compound indexes and unique constraints, native types, @map/@@map,
defaults of every kind, lists and comments, formatted the way `prisma format` does.
"""
import argparse
import random
import re
import sys

NOUNS = ["Account", "Invoice", "Order", "Product", "Customer", "Shipment", "Payment",
         "Review", "Ticket", "Project", "Task", "Comment", "Team", "Member", "Document",
         "Event", "Session", "Device", "Report", "Contract"]
ENUM_VALUES = ["ACTIVE", "PENDING", "ARCHIVED", "DELETED", "DRAFT", "REVIEW", "DONE"]

SCALARS = [
    ("String", "", "@db.VarChar(255)"),
    ("String", "", "@db.Text"),
    ("String", "", ""),
    ("Int", "@default(0)", ""),
    ("Int", "", "@db.SmallInt"),
    ("BigInt", "", ""),
    ("Float", "", "@db.Real"),
    ("Decimal", "", "@db.Decimal(10, 2)"),
    ("Boolean", "@default(false)", ""),
    ("DateTime", "", "@db.Timestamptz(6)"),
    ("Json", "", ""),
    ("Bytes", "", ""),
    ("String", "", "@db.Uuid"),
]


def model_name(i):
    return f"{NOUNS[i % len(NOUNS)]}{i}"


def render_block(keyword, name, doc, rows, block_attrs):
    """Aligns the name, type and attribute columns like `prisma format`."""
    out = []
    if doc:
        out.append(f"/// {doc}")
    out.append(f"{keyword} {name} {{")
    w_name = max((len(r[0]) for r in rows), default=0)
    w_type = max((len(r[1]) for r in rows), default=0)
    for field, ftype, attrs, comment in rows:
        if comment:
            out.append(f"  /// {comment}")
        line = f"  {field.ljust(w_name)} {ftype.ljust(w_type)}"
        if attrs:
            line += " " + attrs
        out.append(line.rstrip())
    if block_attrs:
        out.append("")
        for attr in block_attrs:
            out.append(f"  {attr}")
    out.append("}")
    return "\n".join(out)


def build(n, seed):
    rng = random.Random(seed)
    n_enums = max(1, n // 10)
    fields = {i: [] for i in range(n)}   # model -> rows
    attrs = {i: [] for i in range(n)}
    # Relations (source model holds the foreign key).
    for i in range(n):
        if i >= 1:  # one-to-many to the previous model
            t = rng.randrange(0, i)
            fk = f"{model_name(t)[0].lower()}{model_name(t)[1:]}Id"
            optional = rng.random() < 0.3
            q = "?" if optional else ""
            on_delete = rng.choice(["", ", onDelete: Cascade", ", onDelete: SetNull" if optional else ", onDelete: Restrict"])
            fields[i].append((fk, "Int" + q, "", ""))
            fields[i].append((f"owner{t}", model_name(t) + q,
                              f"@relation(\"R{i}_{t}\", fields: [{fk}], references: [id]{on_delete})", ""))
            fields[t].append((f"owned{i}", model_name(i) + "[]", f"@relation(\"R{i}_{t}\")", ""))
            if rng.random() < 0.7:
                attrs[i].append(f"@@index([{fk}])")
        if i >= 2 and i % 5 == 0:  # one-to-one
            t = i - 2
            fk = f"profile{t}Id"
            fields[i].append((fk, "Int?", "@unique", ""))
            fields[i].append((f"profile{t}", model_name(t) + "?",
                              f"@relation(\"O{i}_{t}\", fields: [{fk}], references: [id])", ""))
            fields[t].append((f"profileOf{i}", model_name(i) + "?", f"@relation(\"O{i}_{t}\")", ""))
        if i >= 3 and i % 7 == 0:  # implicit many-to-many
            t = i - 3
            fields[i].append((f"peers{t}", model_name(t) + "[]", f"@relation(\"M{i}_{t}\")", ""))
            fields[t].append((f"peersOf{i}", model_name(i) + "[]", f"@relation(\"M{i}_{t}\")", ""))
        if i % 11 == 0:  # self relation
            fields[i].append(("parentId", "Int?", "", ""))
            fields[i].append(("parent", model_name(i) + "?",
                              "@relation(\"Tree\", fields: [parentId], references: [id])", ""))
            fields[i].append(("children", model_name(i) + "[]", "@relation(\"Tree\")", ""))
    blocks = []
    blocks.append('datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}')
    blocks.append('generator client {\n  provider = "prisma-client-js"\n}')
    enums = [(f"Status{e}", list(ENUM_VALUES[: 3 + e % 4])) for e in range(n_enums)]
    models = []
    for i in range(n):
        rows = [("id", "Int", "@id @default(autoincrement())", "")]
        rows.append(("code", "String", "@unique @db.VarChar(64)", "Business key."))
        k = 3 + rng.randrange(0, 6)
        used = set()
        for j in range(k):
            ftype, default, native = SCALARS[rng.randrange(len(SCALARS))]
            name = f"{ftype.lower()}Field{j}"
            arity = rng.choice(["", "", "?", "[]"]) if ftype not in ("Json", "Bytes") else rng.choice(["", "?"])
            if arity == "[]":
                default, native = "", "" if "Timestamptz" not in native else native
            parts = [p for p in (default if arity != "?" else "", native) if p]
            if rng.random() < 0.2:
                parts.append(f'@map("{ftype.lower()}_field_{j}")')
            rows.append((name, ftype + arity, " ".join(parts), ""))
            used.add(name)
        rows.append(("status", f"Status{i % n_enums}", f"@default({ENUM_VALUES[0]})", ""))
        rows.append(("createdAt", "DateTime", "@default(now())", ""))
        rows.append(("updatedAt", "DateTime", "@updatedAt", ""))
        rows.extend(fields[i])
        block_attrs = list(attrs[i])
        if rng.random() < 0.3:
            block_attrs.append("@@unique([code, createdAt])")
        if rng.random() < 0.3:
            block_attrs.append("@@index([createdAt(sort: Desc)])")
        if rng.random() < 0.25:
            block_attrs.append(f'@@map("{model_name(i).lower()}")')
        models.append({"name": model_name(i), "rows": rows, "attrs": block_attrs})
    return {"head": blocks, "enums": enums, "models": models}


def render(schema):
    blocks = list(schema["head"])
    for e, (name, values) in enumerate(schema["enums"]):
        body = "\n".join(f"  {v}" for v in values)
        blocks.append(f"/// Status values, set {e}.\nenum {name} {{\n{body}\n}}")
    for m in schema["models"]:
        blocks.append(render_block("model", m["name"], m.get("doc") or f"{m['name']} records, generated.",
                                   m["rows"], m["attrs"]))
    return "\n\n".join(blocks) + "\n"



# --- mutation mode -----------------------------------------------------------------------
# `--mutate M` applies a deterministic set of changes to the schema of (N, seed): the
# second half of a migration pair. M picks the main change (M % len(MUTATIONS)) and a few
# random extra ones, so consecutive M cover every kind. Every mutated schema is valid.

PLAIN = re.compile(r"^(string|int|bigint|float|decimal|boolean|datetime|json|bytes)Field\d+")

# (type, native) -> [(new type, new native, keeps default)]
RETYPE = {
    ("String", "@db.VarChar(255)"): [("String", "@db.Text", True), ("String", "@db.VarChar(32)", True)],
    ("String", "@db.Text"): [("String", "@db.VarChar(100)", True), ("String", "", True)],
    ("String", ""): [("Int", "", False), ("String", "@db.VarChar(255)", True)],
    ("Int", ""): [("BigInt", "", True), ("Int", "@db.SmallInt", True), ("String", "", False)],
    ("Int", "@db.SmallInt"): [("Int", "", True), ("BigInt", "", True)],
    ("BigInt", ""): [("Int", "", True), ("Decimal", "@db.Decimal(20, 0)", False)],
    ("Float", "@db.Real"): [("Float", "", True), ("Decimal", "@db.Decimal(12, 4)", False)],
    ("Decimal", "@db.Decimal(10, 2)"): [("Decimal", "@db.Decimal(12, 4)", True),
                                        ("Decimal", "@db.Decimal(6, 2)", True)],
    ("Boolean", ""): [("String", "", False), ("Int", "", False)],
    ("DateTime", "@db.Timestamptz(6)"): [("DateTime", "", True), ("DateTime", "@db.Date", True)],
    ("Json", ""): [("String", "", False)],
    ("Bytes", ""): [("String", "", False)],
    ("String", "@db.Uuid"): [("String", "", False), ("String", "@db.VarChar(36)", False)],
}
NEW_FIELDS = [
    ("String?", ""),
    ("Int", "@default(7)"),
    ("Boolean", "@default(true)"),
    ("DateTime?", "@db.Timestamptz(3)"),
    ("Decimal?", "@db.Decimal(8, 3)"),
    ('String', '@default("n/a") @db.VarChar(32)'),
    ("BigInt[]", ""),
]


def split_type(ftype):
    if ftype.endswith("[]"):
        return ftype[:-2], "[]"
    if ftype.endswith("?"):
        return ftype[:-1], "?"
    return ftype, ""


def split_attrs(attrs):
    """-> (default, native, map, rest) of a scalar field's attributes."""
    parts = re.findall(r'@\w+(?:\.\w+)?(?:\((?:[^()"]|"[^"]*"|\([^()]*\))*\))?', attrs)
    d = [p for p in parts if p.startswith("@default")]
    n = [p for p in parts if p.startswith("@db.")]
    m = [p for p in parts if p.startswith("@map")]
    r = [p for p in parts if p not in d + n + m]
    return (d[0] if d else "", n[0] if n else "", m[0] if m else "", r)


def join_attrs(*parts):
    flat = []
    for p in parts:
        if isinstance(p, list):
            flat.extend(p)
        elif p:
            flat.append(p)
    return " ".join(flat)


def refers(attr, field):
    return re.search(r"(?<![\w.])" + re.escape(field) + r"(?![\w])", attr) is not None


class Mutator:
    def __init__(self, schema, rng, hints):
        self.s = schema
        self.rng = rng
        self.hints = hints
        self.counter = 0
        self.log = []

    def fresh(self):
        self.counter += 1
        return self.counter

    def models(self):
        return self.s["models"]

    def pick_model(self, pred=lambda m: True):
        cands = [m for m in self.models() if pred(m)]
        return self.rng.choice(cands) if cands else None

    def plain_fields(self, m, pred=lambda row: True):
        return [r for r in m["rows"] if PLAIN.match(r[0]) and pred(r)]

    def replace_row(self, m, old, new):
        m["rows"][m["rows"].index(old)] = new

    def drop_field_refs(self, m, field):
        m["attrs"] = [a for a in m["attrs"] if not refers(a, field)]

    # Each mutation returns True when it changed something.
    def add_model(self):
        k = self.fresh()
        name = f"Added{k}"
        target = self.pick_model()
        rows = [("id", "Int", "@id @default(autoincrement())", ""),
                ("label", "String", "@db.VarChar(80)", "")]
        attrs = []
        if target:
            rows.append((f"target{k}Id", "Int?", "", ""))
            rows.append(("target", target["name"] + "?",
                         f'@relation("A{k}", fields: [target{k}Id], references: [id], onDelete: Cascade)', ""))
            target["rows"].append((f"added{k}", name + "[]", f'@relation("A{k}")', ""))
            attrs.append(f"@@index([target{k}Id])")
        self.models().append({"name": name, "rows": rows, "attrs": attrs})
        self.log.append(f"add model {name}")
        return True

    def drop_model(self):
        if len(self.models()) < 3:
            return False
        victim = self.rng.choice(self.models()[1:])
        name = victim["name"]
        self.models().remove(victim)
        for m in self.models():
            keep = []
            for row in m["rows"]:
                if split_type(row[1])[0] == name:
                    fk = re.search(r"fields: \[([^\]]*)\]", row[2])
                    if fk:
                        for f in fk.group(1).split(","):
                            f = f.strip()
                            keep = [r for r in keep if r[0] != f]
                            m["rows"] = [r for r in m["rows"] if r[0] != f]
                            self.drop_field_refs(m, f)
                    continue
                keep.append(row)
            m["rows"] = [r for r in keep if r in m["rows"] or r in keep]
        self.log.append(f"drop model {name}")
        return True

    def add_field(self):
        m = self.pick_model()
        ftype, attrs = self.rng.choice(NEW_FIELDS)
        name = f"addedField{self.fresh()}"
        m["rows"].append((name, ftype, attrs, ""))
        self.log.append(f"add field {m['name']}.{name} {ftype}")
        return True

    def drop_field(self):
        m = self.pick_model(lambda m: self.plain_fields(m))
        if not m:
            return False
        row = self.rng.choice(self.plain_fields(m))
        m["rows"].remove(row)
        self.drop_field_refs(m, row[0])
        self.log.append(f"drop field {m['name']}.{row[0]}")
        return True

    def change_type(self):
        def ok(r):
            base, arity = split_type(r[1])
            return (base, split_attrs(r[2])[1]) in RETYPE
        m = self.pick_model(lambda m: self.plain_fields(m, ok))
        if not m:
            return False
        row = self.rng.choice(self.plain_fields(m, ok))
        base, arity = split_type(row[1])
        default, native, mapping, rest = split_attrs(row[2])
        new_base, new_native, keeps = self.rng.choice(RETYPE[(base, native)])
        if new_base in ("Json", "Bytes") and arity == "[]":
            return False
        if arity == "[]" and new_native == "@db.Timestamptz(6)":
            new_native = ""
        self.replace_row(m, row, (row[0], new_base + arity, join_attrs(default if keeps else "",
                                                                       new_native, mapping, rest), row[3]))
        if not keeps:
            # An index on a column that changes family may not be valid any more.
            self.drop_field_refs(m, row[0])
        self.log.append(f"retype {m['name']}.{row[0]} {row[1]} {native} -> {new_base}{arity} {new_native}")
        return True

    def nullability(self):
        m = self.pick_model(lambda m: self.plain_fields(m, lambda r: not r[1].endswith("[]")))
        if not m:
            return False
        row = self.rng.choice(self.plain_fields(m, lambda r: not r[1].endswith("[]")))
        base, arity = split_type(row[1])
        new = base if arity == "?" else base + "?"
        self.replace_row(m, row, (row[0], new, row[2], row[3]))
        self.log.append(f"nullability {m['name']}.{row[0]} {row[1]} -> {new}")
        return True

    def enum_add_value(self):
        name, values = self.rng.choice(self.s["enums"])
        for _ in range(1 + self.rng.randrange(2)):
            values.append(f"EXTRA{self.fresh()}")
        self.log.append(f"enum {name} add values")
        return True

    def enum_drop_value(self):
        cands = [e for e in self.s["enums"] if len(e[1]) > 2]
        if not cands:
            return False
        name, values = self.rng.choice(cands)
        values.remove(self.rng.choice(values[1:]))  # values[0] is the default everywhere
        self.log.append(f"enum {name} drop value")
        return True

    def add_relation(self):
        if len(self.models()) < 2:
            return False
        a, b = self.rng.sample(self.models(), 2)
        k = self.fresh()
        a["rows"].append((f"link{k}Id", "Int?", "", ""))
        a["rows"].append((f"link{k}", b["name"] + "?",
                          f'@relation("L{k}", fields: [link{k}Id], references: [id])', ""))
        b["rows"].append((f"linkedBy{k}", a["name"] + "[]", f'@relation("L{k}")', ""))
        if self.rng.random() < 0.5:
            a["attrs"].append(f"@@index([link{k}Id])")
        self.log.append(f"add relation {a['name']} -> {b['name']}")
        return True

    def drop_relation(self):
        rels = [(m, r) for m in self.models() for r in m["rows"]
                if 'fields: [' in r[2] and re.search(r'@relation\("(R|L|A)\d+', r[2])]
        if not rels:
            return False
        m, row = self.rng.choice(rels)
        rel = re.search(r'@relation\("([^"]+)"', row[2]).group(1)
        fk = re.search(r"fields: \[([^\]]*)\]", row[2]).group(1).strip()
        for other in self.models():
            other["rows"] = [r for r in other["rows"] if f'@relation("{rel}"' not in r[2]]
        m["rows"] = [r for r in m["rows"] if r[0] != fk]
        self.drop_field_refs(m, fk)
        self.log.append(f"drop relation {rel}")
        return True

    def add_index(self):
        def indexable(r):
            base, arity = split_type(r[1])
            return arity != "[]" and base not in ("Json", "Bytes")
        m = self.pick_model(lambda m: self.plain_fields(m, indexable))
        if not m:
            return False
        row = self.rng.choice(self.plain_fields(m, indexable))
        attr = self.rng.choice([f"@@index([{row[0]}])", f"@@index([{row[0]}, createdAt(sort: Desc)])",
                                f"@@unique([code, {row[0]}])"])
        if attr in m["attrs"]:
            return False
        m["attrs"].insert(0, attr)
        self.log.append(f"index {m['name']} {attr}")
        return True

    def drop_index(self):
        m = self.pick_model(lambda m: any(a.startswith(("@@index", "@@unique")) for a in m["attrs"]))
        if not m:
            return False
        attr = self.rng.choice([a for a in m["attrs"] if a.startswith(("@@index", "@@unique"))])
        m["attrs"].remove(attr)
        self.log.append(f"drop index {m['name']} {attr}")
        return True

    def change_map(self):
        if self.rng.random() < 0.6:
            m = self.pick_model(lambda m: self.plain_fields(m))
            row = self.rng.choice(self.plain_fields(m))
            default, native, mapping, rest = split_attrs(row[2])
            new_map = "" if mapping and self.rng.random() < 0.5 else f'@map("{row[0].lower()}_col")'
            self.replace_row(m, row, (row[0], row[1], join_attrs(default, native, new_map, rest), row[3]))
            self.log.append(f"map {m['name']}.{row[0]} {mapping or '-'} -> {new_map or '-'}")
        else:
            m = self.pick_model()
            maps = [a for a in m["attrs"] if a.startswith("@@map")]
            if maps:
                m["attrs"].remove(maps[0])
            else:
                m["attrs"].append(f'@@map("{m["name"].lower()}_table")')
            self.log.append(f"@@map {m['name']}")
        return True

    def rename_field(self, m, row, new_name, doc):
        m["attrs"] = [re.sub(r"(?<![\w.])" + re.escape(row[0]) + r"(?![\w])", new_name, a) for a in m["attrs"]]
        self.replace_row(m, row, (new_name, row[1], row[2], doc))

    def rename_model(self, m, new_name):
        old = m["name"]
        for other in self.models():
            other["rows"] = [(r[0], re.sub(r"^" + re.escape(old) + r"(?=\?|\[\]|$)", new_name, r[1]), r[2], r[3])
                             for r in other["rows"]]
        m["name"] = new_name

    def rename_mapped(self):
        if self.rng.random() < 0.6:
            m = self.pick_model(lambda m: self.plain_fields(m))
            row = self.rng.choice(self.plain_fields(m))
            default, native, mapping, rest = split_attrs(row[2])
            new = row[0] + "Renamed"
            self.rename_field(m, row, new, row[3])
            row = next(r for r in m["rows"] if r[0] == new)
            self.replace_row(m, row, (new, row[1], join_attrs(default, native, mapping or f'@map("{row[0][:-7]}")', rest), row[3]))
            self.log.append(f"rename {m['name']}.{new[:-7]} -> {new} keeping its column")
        else:
            m = self.pick_model(lambda m: not any(r[0].startswith("peers") for r in m["rows"]))
            if not m:
                return False
            old = m["name"]
            if not any(a.startswith("@@map") for a in m["attrs"]):
                m["attrs"].append(f'@@map("{old}")')
            self.rename_model(m, old + "Renamed")
            self.log.append(f"rename model {old} keeping its table")
        return True

    def rename_hint(self):
        if self.rng.random() < 0.6:
            m = self.pick_model(lambda m: self.plain_fields(m, lambda r: "@map" not in r[2]))
            if not m:
                return False
            row = self.rng.choice(self.plain_fields(m, lambda r: "@map" not in r[2]))
            new = row[0] + "New"
            self.rename_field(m, row, new, f'@schemac.renamedFrom("{row[0]}")')
            self.log.append(f"rename {m['name']}.{row[0]} -> {new} (hint)")
        else:
            m = self.pick_model(lambda m: not any(a.startswith("@@map") for a in m["attrs"])
                                and not any(r[0].startswith("peers") for r in m["rows"]))
            if not m:
                return False
            old = m["name"]
            self.rename_model(m, old + "New")
            m["doc"] = f'@schemac.renamedFrom("{old}")'
            self.log.append(f"rename model {old} -> {old}New (hint)")
        return True


MUTATIONS = ["add_model", "drop_model", "add_field", "drop_field", "change_type", "nullability",
             "enum_add_value", "enum_drop_value", "add_relation", "drop_relation", "add_index",
             "drop_index", "change_map", "rename_mapped"]


def mutate(schema, n, seed, m, hints=False):
    rng = random.Random(f"{n}/{seed}/{m}")
    mut = Mutator(schema, rng, hints)
    kinds = [MUTATIONS[m % len(MUTATIONS)]]
    kinds += [rng.choice(MUTATIONS) for _ in range(rng.randrange(1, 4))]
    if hints:
        kinds.append("rename_hint")
        if rng.random() < 0.5:
            kinds.append("rename_hint")
    for kind in kinds:
        getattr(mut, kind)()
    return mut.log


STRING_RE = re.compile(r'"(?:[^"\\\n]|\\.)*"')


def misalign(text, seed):
    """The same schema with its layout scrambled (for formatter tests): random indentation
    (spaces or tabs), trailing blanks, alignment removed, spaces inside and around
    parentheses, brackets and commas, and extra blank lines. Strings and comments are kept
    as they are."""
    rng = random.Random(f"misalign/{seed}")
    out = []
    for line in text.split("\n"):
        body = line.strip()
        if not body:
            out.append(rng.choice(["", " ", "\t", "    "]))
            continue
        if not body.startswith("//"):
            parts = STRING_RE.split(body)
            strings = STRING_RE.findall(body)
            rebuilt = []
            for i, part in enumerate(parts):
                part = re.sub(r" {2,}", lambda m: " " * rng.randrange(1, 4), part)
                part = re.sub(r"\(", lambda m: rng.choice(["(", "( "]), part)
                part = re.sub(r"\)", lambda m: rng.choice([")", " )"]), part)
                part = re.sub(r", ", lambda m: rng.choice([",", ", ", " , "]), part)
                part = re.sub(r" = ", lambda m: rng.choice(["=", " = ", "   =  "]), part)
                rebuilt.append(part)
                if i < len(strings):
                    rebuilt.append(strings[i])
            body = "".join(rebuilt)
        indent = rng.choice(["", " ", "  ", "    ", "\t", "\t  "])
        trailing = rng.choice(["", "", "", " ", "  \t"]) if not body.startswith("//") else ""
        out.append(indent + body + trailing)
        if rng.random() < 0.03:
            out.append("")
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mutate", type=int, metavar="M",
                        help="apply the mutation set M (the new side of a migration pair)")
    parser.add_argument("--rename-hints", action="store_true",
                        help="with --mutate: also rename fields and models with "
                             "/// @schemac.renamedFrom hints")
    parser.add_argument("--log", action="store_true", help="with --mutate: list the changes on stderr")
    parser.add_argument("--misalign", action="store_true",
                        help="scramble the layout (indentation, spaces, blank lines) for "
                             "formatter tests")
    parser.add_argument("-o", "--output")
    args = parser.parse_args()
    schema = build(args.models, args.seed)
    if args.mutate is not None:
        log = mutate(schema, args.models, args.seed, args.mutate, args.rename_hints)
        if args.log:
            sys.stderr.write("".join(f"{line}\n" for line in log))
    text = render(schema)
    if args.misalign:
        text = misalign(text, f"{args.models}/{args.seed}/{args.mutate}")
    if args.output:
        with open(args.output, "w") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
