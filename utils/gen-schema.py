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


def generate(n, seed):
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
    for e in range(n_enums):
        values = ENUM_VALUES[: 3 + e % 4]
        body = "\n".join(f"  {v}" for v in values)
        blocks.append(f"/// Status values, set {e}.\nenum Status{e} {{\n{body}\n}}")
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
        blocks.append(render_block("model", model_name(i), f"{model_name(i)} records, generated.",
                                   rows, block_attrs))
    return "\n\n".join(blocks) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output")
    args = parser.parse_args()
    text = generate(args.models, args.seed)
    if args.output:
        with open(args.output, "w") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
