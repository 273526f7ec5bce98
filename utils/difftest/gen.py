"""gen.py - random Prisma schemas (PostgreSQL) over the whole language surface, for the
differential tester (utils/difftest/difftest.py).

generate(rng) returns the text of one schema: datasource options (relationMode, schemas,
extensions), generators with old and new preview features, enums (@map, @@map, @@schema),
models and views with every scalar type, native types per scalar type (and a few that do
not belong), Unsupported(...), defaults of every kind, @id/@unique/@@id/@@unique/@@index
in both the list and the scalar-for-list form, sort/length/ops arguments (also on fields
named `id`), index types, relations (1:n, 1:1, m:n, self, compound keys) with referential
actions and optionality, comments in odd places. mutate(rng, text) then breaks it in one
of many small ways (about half of the cases stay valid).
"""
import random

SCALARS = ["String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json", "Bytes"]
NATIVE = {
    "String": ["Text", "VarChar(255)", "VarChar", "Char(10)", "Uuid", "Xml", "Inet", "Citext",
               "Bit(3)", "VarBit"],
    "Int": ["Integer", "SmallInt", "Oid", "Int"],
    "BigInt": ["BigInt"],
    "Float": ["DoublePrecision", "Real"],
    "Decimal": ["Decimal(10, 2)", "Money", "Decimal"],
    "Boolean": ["Boolean"],
    "DateTime": ["Timestamp(3)", "Timestamptz(6)", "Date", "Time(2)", "Timetz", "Timestamp"],
    "Json": ["Json", "JsonB"],
    "Bytes": ["ByteA"],
}
DEFAULTS = {
    "String": ['"x"', "cuid()", "uuid()", "uuid(7)", "cuid(2)", "nanoid()", "nanoid(8)", "ulid()",
               'dbgenerated("gen_random_uuid()")', '""', "'single'"],
    "Int": ["0", "-1", "autoincrement()", 'dbgenerated("1")', "1.5", "sequence()"],
    "BigInt": ["0", "autoincrement()", "12345678901234"],
    "Float": ["0", "1.5", "-2.25e3"],
    "Decimal": ["0", "1.5", '"2.50"'],
    "Boolean": ["true", "false", "0"],
    "DateTime": ["now()", '"2024-01-01T00:00:00Z"', 'dbgenerated("now()")', "updatedAt()"],
    "Json": ['"{}"', '"[1, 2]"', "{}"],
    "Bytes": ['""', '"aGVsbG8="'],
}
LIST_DEFAULTS = ["[]", '["a", "b"]', "[1, 2]", "[true]", "[]"]
ACTIONS = ["Cascade", "Restrict", "NoAction", "SetNull", "SetDefault"]
INDEX_TYPES = ["BTree", "Hash", "Gin", "Gist", "Brin", "SpGist"]
OPS = ["JsonbPathOps", "JsonbOps", "ArrayOps", "TextMinMaxOps", "raw(\"gin_trgm_ops\")",
       "InetOps", "Int4BloomOps"]
PREVIEW = ["fullTextSearchPostgres", "postgresqlExtensions", "views", "multiSchema",
           "relationJoins", "nativeDistinct", "strictUndefinedChecks", "driverAdapters",
           "typedSql", "omitApi", "prismaSchemaFolder", "interactiveTransactions",
           "referentialIntegrity", "fullTextIndex", "schemaEngineDriverAdapters",
           "improvedQueryRaw", "noSuchFeature"]
COMMENTS = ["// note", "/// doc", "//", "/// @pii", "// note: {x}"]


def ident(rng, prefix):
    return prefix + "".join(rng.choice("abcdefghij") for _ in range(rng.randint(1, 3)))


class Schema:
    def __init__(self, rng):
        self.rng = rng
        self.lines = []
        self.preview = set()
        self.multi = False
        self.relation_mode = None

    def emit(self, line=""):
        self.lines.append(line)

    def comment(self, indent=""):
        if self.rng.random() < 0.12:
            self.emit(indent + self.rng.choice(COMMENTS))


CLEAN_DEFAULTS = {
    "String": ['"x"', "cuid()", "uuid()", "uuid(7)", "cuid(2)", "nanoid()", "ulid()",
               'dbgenerated("gen_random_uuid()")', '""'],
    "Int": ["0", "-1", 'dbgenerated("1")'],
    "BigInt": ["0", "12345678901234"],
    "Float": ["0", "1.5", "-2.25e3"],
    "Decimal": ["0", "1.5", '"2.50"'],
    "Boolean": ["true", "false"],
    "DateTime": ["now()", '"2024-01-01T00:00:00Z"', 'dbgenerated("now()")'],
    "Json": ['"{}"', '"[1, 2]"'],
    "Bytes": ['""', '"aGVsbG8="'],
}
# The native types valid on their own: all but `@db.Int`, which PostgreSQL's connector
# does not have.
CLEAN_NATIVE = {scalar: [t for t in types if t != "Int"] for scalar, types in NATIVE.items()}
CLEAN = False  # set by generate(): only choices that are valid on their own


def field_attrs(rng, type_name, is_list, is_optional, enum_values):
    attrs = []
    if rng.random() < 0.25 and not is_list and type_name not in ("Json",):
        attrs.append("@unique" + rng.choice(["", "", "(map: \"u_x\")", "(sort: Desc)", "()"]
                                            if CLEAN else
                                            ["", "", "(map: \"u_x\")", "(sort: Desc)",
                                             "(length: 10)", "()"]))
    if rng.random() < 0.35:
        if is_list:
            if CLEAN and enum_values is None and type_name in ("String",):
                attrs.append('@default(["a", "b"])' if rng.random() < 0.5 else "@default([])")
            elif not CLEAN:
                attrs.append(f"@default({rng.choice(LIST_DEFAULTS)})")
        elif enum_values is not None:
            attrs.append(f"@default({rng.choice(enum_values + ([] if CLEAN else ['NOPE']))})")
        elif type_name in DEFAULTS:
            pool = CLEAN_DEFAULTS if CLEAN else DEFAULTS
            attrs.append(f"@default({rng.choice(pool[type_name])})")
    if rng.random() < 0.3 and type_name in NATIVE:
        if CLEAN:
            pool = CLEAN_NATIVE[type_name]
        else:
            pool = NATIVE[type_name] if rng.random() < 0.85 else NATIVE[rng.choice(SCALARS)]
        attrs.append("@db." + rng.choice(pool))
    if rng.random() < 0.12:
        attrs.append(f'@map("{rng.choice(["col_" + str(rng.randint(1, 99)), "x_y" + str(rng.randint(1, 99))] if CLEAN else ["col", "x_y", "Mixed", "dup"])}")')
    if type_name == "DateTime" and rng.random() < 0.2 and not is_list and not (CLEAN and any(a.startswith("@default") for a in attrs)):
        attrs.append("@updatedAt")
    if rng.random() < 0.03 and not CLEAN:
        attrs.append("@ignore")
    return attrs


def generate(rng, clean=None):
    """One schema; `clean` (default: half of the cases) keeps to choices valid on their own."""
    global CLEAN
    CLEAN = rng.random() < 0.5 if clean is None else clean
    s = Schema(rng)
    # datasource
    s.emit("datasource db {")
    s.emit('  provider = "postgresql"')
    if rng.random() < 0.2:
        s.relation_mode = rng.choice(["prisma", "foreignKeys"])
        s.emit(f'  relationMode = "{s.relation_mode}"')
    if rng.random() < 0.15:
        s.multi = True
        s.emit('  schemas      = ["public", "other"]')
    if rng.random() < 0.1:
        s.emit("  extensions   = [" + rng.choice(["pg_trgm", "citext, pg_trgm",
                                                   'postgis(version: "3.4")', "uuid_ossp(map: \"uuid-ossp\")"]) + "]")
        s.preview.add("postgresqlExtensions")
    s.emit("}")
    s.emit()
    if rng.random() < 0.7:
        for _ in range(rng.randint(0, 2)):
            s.preview.add(rng.choice(PREVIEW[:12] if CLEAN else PREVIEW))
        if s.multi and rng.random() < 0.5:
            s.preview.add("multiSchema")
        s.emit("generator client {")
        s.emit('  provider = "prisma-client-js"')
        if s.preview:
            s.emit("  previewFeatures = [" + ", ".join(f'"{p}"' for p in sorted(s.preview)) + "]")
        s.emit("}")
        s.emit()
    # enums
    enums = {}
    for e in range(rng.randint(0, 2)):
        name = f"Kind{e}"
        values = [rng.choice(["A", "B", "C", "ACTIVE", "on_hold", "X1"]) for _ in range(rng.randint(1, 4))]
        values = list(dict.fromkeys(values))
        enums[name] = values
        s.comment()
        s.emit(f"enum {name} {{")
        for v in values:
            s.emit(f"  {v}" + (f' @map("{v.lower()}_v")' if rng.random() < 0.2 else ""))
            s.comment("  ")
        if rng.random() < 0.15:
            s.emit(f'  @@map("kind_{e}")')
        if s.multi and rng.random() < 0.7:
            s.emit(f'  @@schema("{rng.choice(["public", "other"])}")')
        elif s.multi:
            s.emit('  @@schema("public")')
        s.emit("}")
        s.emit()
    # models
    n_models = rng.randint(1, 4)
    models = [f"M{i}" for i in range(n_models)]
    fields = {m: [] for m in models}     # (name, type, optional, list)
    ids = {}
    relations = {m: [] for m in models}  # extra lines
    # id kinds
    for m in models:
        kind = rng.random()
        if kind < 0.55:
            ids[m] = [("id", "Int")]
        elif kind < 0.8:
            ids[m] = [("id", "String")]
        elif kind < 0.95:
            ids[m] = [("a", "Int"), ("b", "String")]
        else:
            ids[m] = []
    # relations between models
    for _ in range(rng.randint(0, 3)):
        parent = rng.choice(models)
        child = rng.choice(models)
        if not ids[parent]:
            continue
        shape = rng.choice(["1n", "1n", "11", "mn", "self"])
        if shape == "self":
            child = parent
        rel = ident(rng, "r") + str(len(relations[child]) + rng.randint(0, 999))
        named = f'"{rel}", ' if (shape == "self" or rng.random() < 0.3 or CLEAN) else ""
        optional = rng.random() < 0.5
        q = "?" if optional else ""
        if shape == "mn":
            if parent == child or not ids[child] or len(ids[parent]) > 1 or len(ids[child]) > 1:
                continue
            fields[parent].append((ident(rng, "many"), f"{child}[]", False, False, f"@relation({named.rstrip(', ')})" if named else ""))
            fields[child].append((ident(rng, "many"), f"{parent}[]", False, False, f"@relation({named.rstrip(', ')})" if named else ""))
            continue
        fk_fields = []
        for (col, typ) in ids[parent]:
            fk = ident(rng, f"{parent.lower()}_{col}_")
            fk_fields.append(fk)
            attrs = ["@unique"] if (shape == "11" and len(ids[parent]) == 1) else []
            fields[child].append((fk, typ, optional, False, " ".join(attrs)))
        if shape == "11" and len(ids[parent]) > 1:
            relations[child].append(f"  @@unique([{', '.join(fk_fields)}])")
        refs = ", ".join(c for c, _ in ids[parent])
        args = f"{named}fields: [{', '.join(fk_fields)}], references: [{refs}]"
        if rng.random() < 0.4:
            args += f", onDelete: {rng.choice(ACTIONS)}"
        if rng.random() < 0.2:
            args += f", onUpdate: {rng.choice(ACTIONS)}"
        if rng.random() < 0.1:
            args += ', map: "fk_custom"'
        fname = ident(rng, "to")
        fields[child].append((fname, parent + q, False, False, f"@relation({args})"))
        back = ident(rng, "back")
        back_type = parent if False else child
        if shape == "11":
            fields[parent].append((back, child + "?", False, False, f"@relation({named.rstrip(', ')})" if named else ""))
        else:
            fields[parent].append((back, child + "[]", False, False, f"@relation({named.rstrip(', ')})" if named else ""))
    for i, m in enumerate(models):
        is_view = "views" in s.preview and rng.random() < 0.15
        s.comment()
        s.emit(f"{'view' if is_view else 'model'} {m} {{")
        names = []
        for (col, typ) in ids[m]:
            default = ""
            if len(ids[m]) == 1:
                default = " @default(autoincrement())" if typ == "Int" and rng.random() < 0.7 else \
                    (" @default(cuid())" if typ == "String" and rng.random() < 0.6 else "")
                s.emit(f"  {col} {typ} @id{default}" + (" @db.Uuid" if typ == "String" and rng.random() < 0.1 else ""))
            else:
                s.emit(f"  {col} {typ}")
            names.append(col)
            s.comment("  ")
        for _ in range(rng.randint(0, 5)):
            name = ident(rng, rng.choice(["f", "name", "email", "id", "createdAt", "tags"]))
            if name in names:
                continue
            if enums and rng.random() < 0.2:
                type_name = rng.choice(list(enums))
                enum_values = enums[type_name]
            elif rng.random() < 0.05:
                type_name = 'Unsupported("' + rng.choice(["tsvector", "circle", "geometry(Point, 4326)"]) + '")'
                enum_values = None
            else:
                type_name = rng.choice(SCALARS)
                enum_values = None
            is_list = rng.random() < 0.12
            optional = not is_list and rng.random() < 0.3
            suffix = "[]" if is_list else ("?" if optional else "")
            attrs = field_attrs(rng, type_name, is_list, optional, enum_values) if not type_name.startswith("Unsupported") else []
            s.emit(f"  {name} {type_name}{suffix}" + (" " + " ".join(attrs) if attrs else "") +
                   (" // trailing" if rng.random() < 0.05 else ""))
            names.append(name)
            s.comment("  ")
        for (name, typ, optional, is_list, attrs) in fields[m]:
            suffix = "?" if optional else ""
            s.emit(f"  {name} {typ}{suffix}" + (" " + attrs if attrs else ""))
            names.append(name)
        if not names:
            s.emit("  x Int")
            names.append("x")
        if len(ids[m]) > 1:
            s.emit(f"  @@id([{', '.join(c for c, _ in ids[m])}])")
        elif not ids[m] and rng.random() < 0.5:
            s.emit(f"  @@id({names[0]})" if rng.random() < 0.5 else f"  @@unique([{names[0]}])")
        scalar_names = [n for n in names if n not in [f[0] for f in fields[m] if f[1][0].isupper() and f[1].rstrip('[]?') in models]]
        for _ in range(rng.randint(0, 2)):
            if not scalar_names:
                break
            cols = rng.sample(scalar_names, k=min(len(scalar_names), rng.randint(1, 2)))
            parts = []
            for c in cols:
                arg = rng.choice(["", "", "", "(sort: Desc)", "(sort: Asc)"] if CLEAN else
                                 ["", "", "", "(sort: Desc)", "(sort: Asc)", "(length: 12)",
                                  f"(ops: {rng.choice(OPS)})", "(order: Desc)"])
                parts.append(c + arg)
            shorthand = len(parts) == 1 and rng.random() < 0.25
            cols_text = parts[0] if shorthand else "[" + ", ".join(parts) + "]"
            kind = rng.choice(["@@index", "@@index", "@@unique", "@@fulltext"] if (rng.random() < 0.1 and not CLEAN) else ["@@index", "@@unique"])
            extra = ""
            if kind == "@@index" and rng.random() < 0.3 and not CLEAN:
                extra += f", type: {rng.choice(INDEX_TYPES)}"
            if rng.random() < 0.15 and not CLEAN:
                extra += f', map: "{rng.choice(["ix", "idx_" + m.lower(), "dup"])}"'
            if rng.random() < 0.05 and not CLEAN:
                extra += ', name: "old_name"'
            s.emit(f"  {kind}({cols_text}{extra})")
        for line in relations[m]:
            s.emit(line)
        if rng.random() < 0.12:
            s.emit(f'  @@map("{rng.choice(["table_" + m.lower()] if CLEAN else ["table_" + m.lower(), "dup", "Mixed Case"])}")')
        if s.multi and (CLEAN or rng.random() < 0.8):
            s.emit(f'  @@schema("{rng.choice(["public", "other"] if CLEAN else ["public", "other", "missing"])}")')
        if rng.random() < 0.03 and not CLEAN:
            s.emit("  @@ignore")
        s.emit("}")
        s.emit()
    if rng.random() < 0.05 and not CLEAN:
        s.emit("type Address {\n  street String\n}\n")
    return "\n".join(s.lines)


def mutate(rng, text):
    """One small change that often makes the schema invalid (or leaves it valid)."""
    lines = text.split("\n")
    choice = rng.random()
    body = [i for i, l in enumerate(lines) if l.startswith("  ") and not l.strip().startswith("//")]
    if not body or choice < 0.6:
        return text
    i = rng.choice(body)
    line = lines[i]
    ops = [
        lambda l: l.replace("Int", "Integer", 1),
        lambda l: l.replace("String", "Strin", 1),
        lambda l: l + " @id",
        lambda l: l + " @unique @unique",
        lambda l: l.replace("@default(", "@default(now(), ", 1),
        lambda l: l.replace("[", "", 1),
        lambda l: l.replace("?", "[]?", 1),
        lambda l: l + " @db.VarChar(-1)",
        lambda l: l.replace("references: [", "references: [nope, ", 1),
        lambda l: l.replace("fields: [", "fields: [missing, ", 1),
        lambda l: "  " + l.strip().split(" ")[0] + " " + l.strip(),
        lambda l: l + " @map(\"\")",
        lambda l: l.replace("@relation(", "@relation(onDelete: Cascade, ", 1),
        lambda l: l + " @default(dbgenerated())",
        lambda l: l.replace(")", ", extra: 1)", 1),
        lambda l: l + " @updatedAt",
        lambda l: l.replace("@@index(", "@@index(fields: ", 1),
        lambda l: l.replace("  ", "  ", 1) + "\n" + l,
    ]
    lines[i] = rng.choice(ops)(line)
    return "\n".join(lines)
