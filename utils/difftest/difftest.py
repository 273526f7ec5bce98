#!/usr/bin/env python3
"""difftest.py N [--seed S] [--anchors DIR] [--schemac PATH] [--out DIR] [--files F...]

Differential testing of schemac against Prisma's own schema engine (the wasm build the
Prisma CLI embeds, from an installed copy of ../shared/anchors). Each case is a random
schema (gen.py: the whole language surface, then a small mutation), or with --files a
given schema (a real-world corpus). Both tools answer; compared are:

  verdict      valid or not
  first-line   the line of the first error (both invalid)
  warnings     the number of warnings (both valid)
  format       `schemac format --stdout` against Prisma's formatter (both valid)
  create       `schemac diff --from-empty` against Prisma's migrate diff (both valid; one
               case in --create-every, as each costs Prisma half a second)
  read-back    with --url (a PostgreSQL server): Prisma's create script loaded into a fresh
               database, then `schemac diff --from-url` against the schema must be empty,
               and so must a diff against what `schemac introspect` makes of the database

A mismatch is minimised (lines removed while the same mismatch holds) and kept once per
signature in --out (default difftest-out/) with both answers in a header, ready to become
a regression case under test/conformance/regressions/. Prints counts per kind and exits 1
when anything disagrees. Not part of CI: it needs Node and the anchors' npm packages.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import gen  # noqa: E402


class Oracle:
    def __init__(self, anchors):
        self.proc = subprocess.Popen(["node", os.path.join(HERE, "oracle.cjs"), anchors],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.next_id = 0

    def ask(self, text, fmt=False):
        self.next_id += 1
        self.proc.stdin.write(json.dumps({"id": self.next_id, "schema": text, "format": fmt}) + "\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())


class Schemac:
    def __init__(self, path, tmp):
        self.path = path
        self.file = os.path.join(tmp, "schema.prisma")
        # A Prisma 7 project: the URL is in the config file, not the schema.
        open(os.path.join(tmp, "prisma.config.ts"), "w").close()

    def write(self, text):
        with open(self.file, "w") as f:
            f.write(text)

    def check(self, text):
        self.write(text)
        r = subprocess.run([self.path, "check", "--diagnostics-format=json", "--error-limit=0",
                            self.file], capture_output=True, text=True)
        try:
            diags = json.loads(r.stdout or "[]")
        except json.JSONDecodeError:
            return {"valid": False, "crash": True, "errorLines": [], "firstError": r.stderr[-300:],
                    "warnings": 0}
        errors = [d for d in diags if d.get("severity") == "error"]
        return {"valid": not errors and r.returncode == 0, "crash": r.returncode not in (0, 1),
                "errorLines": [d["line"] for d in errors],
                "firstError": errors[0]["message"] if errors else "",
                "warnings": sum(1 for d in diags if d.get("severity") == "warning")}

    def format(self, text):
        self.write(text)
        r = subprocess.run([self.path, "format", "--stdout", self.file], capture_output=True, text=True)
        return r.stdout if r.returncode == 0 else None

    def create(self, text):
        self.write(text)
        r = subprocess.run([self.path, "diff", "--from-empty", "--to", self.file],
                           capture_output=True, text=True)
        return r.stdout if r.returncode == 0 else None


def prisma_create(anchors, text, tmp):
    path = os.path.join(tmp, "prisma-create.prisma")
    with open(path, "w") as f:
        f.write(text)
    r = subprocess.run([os.path.join(anchors, "bin", "prisma-diff-sql"), ":empty", path],
                       capture_output=True, text=True)
    return r.stdout if r.returncode == 0 else None


SKIPPED = "skipped"
SKIP_REASONS = {}  # why create scripts did not load, with counts
# PostgreSQL 15's contrib modules a Prisma schema may use without declaring them.
CONTRIB_EXTENSIONS = ["pg_trgm", "citext", "btree_gin", "btree_gist", "hstore", "uuid-ossp"]


def read_back(schemac, url, text, script, tmp):
    """Loads `script` into a fresh database on `url`'s server; None if the database reads back
    as `text`, else what differs. Scripts that need what the server lacks are skipped."""
    from urllib.parse import urlsplit, urlunsplit
    parts = urlsplit(url)
    admin = urlunsplit(parts._replace(path="/postgres"))
    db_url = urlunsplit(parts._replace(path="/schemac_difftest"))
    # A multi-schema case is read back from its schemas, as `prisma db pull` reads the
    # datasource's `schemas` (a URL reads one namespace by default).
    declared = re.search(r'^\s*schemas\s*=\s*\[([^\]]*)\]', text, re.M)
    read_url = db_url  # for schemac; psql takes no `schema` parameter
    if declared:
        names = ",".join(re.findall(r'"([^"]*)"', declared.group(1)))
        read_url = db_url + ("&" if parts.query else "?") + "schema=" + names
    quiet = dict(os.environ, PGOPTIONS="-c client_min_messages=warning")

    def load_into_fresh_database(extensions):
        subprocess.run(["psql", "-X", "-q", admin, "-c", "DROP DATABASE IF EXISTS schemac_difftest WITH (FORCE)",
                        "-c", "CREATE DATABASE schemac_difftest"], capture_output=True, env=quiet, check=True)
        prelude = "".join(f'CREATE EXTENSION IF NOT EXISTS "{name}";\n' for name in extensions)
        return subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-1", db_url],
                              input=prelude + script, capture_output=True, text=True, env=quiet)

    load = load_into_fresh_database([])
    if load.returncode != 0:
        # A schema may use what a contrib extension provides (`ops: raw("gin_trgm_ops")`)
        # without declaring the extension, which then exists on the user's server: the
        # stock server's contrib modules are tried.
        load = load_into_fresh_database(CONTRIB_EXTENSIONS)
    if load.returncode != 0:  # an extension or function the server does not have
        reason = (load.stderr.strip().splitlines() or ["?"])[-1]
        SKIP_REASONS[reason] = SKIP_REASONS.get(reason, 0) + 1
        return SKIPPED
    schemac.write(text)
    diff = subprocess.run([schemac.path, "diff", "--from-url", read_url, "--to", schemac.file],
                          capture_output=True, text=True)
    if diff.returncode != 0 or diff.stdout.strip() not in ("", "-- This is an empty migration."):
        return "diff --from-url: " + (diff.stdout or diff.stderr)[:300]
    pulled = subprocess.run([schemac.path, "introspect", "--emit=prisma", "--url", read_url],
                            capture_output=True, text=True)
    path = os.path.join(tmp, "pulled.prisma")
    with open(path, "w") as f:
        f.write(pulled.stdout)
    again = subprocess.run([schemac.path, "diff", "--from-url", read_url, "--to", path],
                           capture_output=True, text=True)
    if pulled.returncode != 0 or again.returncode != 0 or \
            again.stdout.strip() not in ("", "-- This is an empty migration."):
        return "introspect: " + (again.stdout or again.stderr or pulled.stderr)[:300]
    return None


def compare(ours, theirs, schemac, oracle, text, do_format):
    """The kind of the first disagreement, or None."""
    if ours.get("crash"):
        return "crash"
    if ours["valid"] != theirs["valid"]:
        return "verdict-schemac-rejects" if theirs["valid"] else "verdict-schemac-accepts"
    if not ours["valid"]:
        mine = ours["errorLines"][0] if ours["errorLines"] else None
        prisma = theirs["errorLines"][0] if theirs["errorLines"] else None
        return None if mine == prisma else "first-line"
    if theirs["warnings"] >= 0 and ours["warnings"] != theirs["warnings"]:
        return "warnings"
    if do_format:
        formatted = oracle.ask(text, fmt=True)["formatted"]
        if formatted is not None and schemac.format(text) != formatted:
            return "format"
    return None


def normalise(message):
    message = re.sub(r'[`"][^`"]*[`"]', "_", message)
    return re.sub(r"\d+", "N", message)[:120]


def minimise(text, still_fails):
    lines = text.split("\n")
    chunk = max(1, len(lines) // 2)
    while chunk >= 1:
        i = 0
        changed = False
        while i < len(lines):
            candidate = lines[:i] + lines[i + chunk:]
            if candidate and still_fails("\n".join(candidate)):
                lines = candidate
                changed = True
            else:
                i += chunk
        if not changed:
            chunk //= 2
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", type=int, nargs="?", default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--anchors", default=os.environ.get("SCHEMAC_ANCHORS", "/tmp/anchors"))
    parser.add_argument("--schemac", default=os.path.join(ROOT, "build", "bin", "schemac"))
    parser.add_argument("--out", default="difftest-out")
    parser.add_argument("--create-every", type=int, default=50)
    parser.add_argument("--files", nargs="*", help="schemas to compare instead of generated ones")
    parser.add_argument("--no-minimise", action="store_true")
    parser.add_argument("--url", help="a PostgreSQL server for the read-back check")
    parser.add_argument("--log", help="write every mismatch (not only the first of each kind) "
                                      "as a JSON line: both first errors and error lines")
    args = parser.parse_args()
    if not os.path.isdir(os.path.join(args.anchors, "node_modules", "@prisma", "prisma-schema-wasm")):
        sys.exit(f"difftest: no installed anchors in {args.anchors} (cp -r ../shared/anchors "
                 f"{args.anchors} && cd {args.anchors} && npm install --ignore-scripts)")
    tmp = tempfile.mkdtemp(prefix="schemac-difftest-")
    oracle = Oracle(args.anchors)
    schemac = Schemac(args.schemac, tmp)
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    counts = {"cases": 0, "valid": 0, "invalid": 0}
    mismatches = {}
    signatures = {}
    log = open(args.log, "w") if args.log else None
    sources = args.files if args.files else range(args.cases)
    valid_seen = 0
    for k, source in enumerate(sources):
        if args.files:
            with open(source, encoding="utf-8", errors="replace") as f:
                text = f.read()
        else:
            text = gen.mutate(rng, gen.generate(rng))
        counts["cases"] += 1
        theirs = oracle.ask(text)
        ours = schemac.check(text)
        counts["valid" if theirs["valid"] else "invalid"] += 1
        kind = compare(ours, theirs, schemac, oracle, text, do_format=True)
        if not theirs["valid"] and not ours["valid"]:
            single = len(theirs["errorLines"]) == 1
            counts["both-invalid"] = counts.get("both-invalid", 0) + 1
            counts["single-error"] = counts.get("single-error", 0) + single
            if kind is None:
                counts["line-agrees"] = counts.get("line-agrees", 0) + 1
                counts["single-line-agrees"] = counts.get("single-line-agrees", 0) + single
        if theirs["valid"] and ours["valid"]:
            counts["both-valid"] = counts.get("both-valid", 0) + 1
            counts["valid-agrees"] = counts.get("valid-agrees", 0) + (kind is None)
        postgres = re.search(r'^\s*provider\s*=\s*"postgres(ql)?"', text, re.M) is not None
        if kind is None and theirs["valid"] and ours["valid"] and postgres:
            valid_seen += 1
            if args.create_every and valid_seen % args.create_every == 0:
                mine, prisma = schemac.create(text), prisma_create(args.anchors, text, tmp)
                counts["create-compared"] = counts.get("create-compared", 0) + 1
                if prisma is not None and mine != prisma:
                    kind = "create"
                elif prisma is not None and args.url:
                    problem = read_back(schemac, args.url, text, prisma, tmp)
                    if problem == SKIPPED:
                        counts["read-back-skipped"] = counts.get("read-back-skipped", 0) + 1
                        problem = None
                    else:
                        counts["read-back"] = counts.get("read-back", 0) + 1
                    if problem:
                        kind = "read-back"
                        theirs = dict(theirs, firstError=problem)
        if kind is None:
            continue
        mismatches[kind] = mismatches.get(kind, 0) + 1
        if log:
            log.write(json.dumps({"kind": kind, "prisma": theirs.get("firstError"),
                                  "prismaLines": theirs.get("errorLines"),
                                  "schemac": ours.get("firstError"),
                                  "schemacLines": ours.get("errorLines")}) + "\n")
        key_message = ours["firstError"] if kind in ("verdict-schemac-rejects", "first-line", "crash") \
            else theirs["firstError"]
        signature = (kind, normalise(key_message))
        if signature in signatures:
            continue

        def still_fails(candidate, kind=kind, signature=signature):
            o, t = schemac.check(candidate), oracle.ask(candidate)
            if compare(o, t, schemac, oracle, candidate, do_format=(kind == "format")) != kind:
                return False
            m = o["firstError"] if kind in ("verdict-schemac-rejects", "first-line", "crash") else t["firstError"]
            return kind in ("format", "warnings", "create") or normalise(m) == signature[1]

        small = text if (args.no_minimise or kind == "create") else minimise(text, still_fails)
        o, t = schemac.check(small), oracle.ask(small)
        name = f"{kind}-{len(signatures) + 1:03d}.prisma"
        signatures[signature] = name
        header = [f"// difftest {kind} (case {k}, seed {args.seed}{', ' + str(source) if args.files else ''}); "
                  f"lines counted from the line after this 3-line header",
                  f"// Prisma 7.10.1: {'valid' if t['valid'] else 'invalid'}; errors on lines {t['errorLines']}; "
                  f"warnings {t['warnings']}; first error: {t['firstError']}",
                  f"// schemac: {'valid' if o['valid'] else 'invalid'}; errors on lines {o['errorLines']}; "
                  f"warnings {o['warnings']}; first error: {o['firstError']}"]
        with open(os.path.join(args.out, name), "w") as f:
            f.write("\n".join(header) + "\n" + small + ("\n" if not small.endswith("\n") else ""))
        print(f"{name}: {kind}: {key_message[:100]}", flush=True)
    total = sum(mismatches.values())
    print(f"\ndifftest: {counts['cases']} cases ({counts['valid']} valid and {counts['invalid']} "
          f"invalid for Prisma), {counts.get('create-compared', 0)} create scripts compared; "
          f"{total} disagree, {len(signatures)} distinct, kept in {args.out}/")
    for kind, n in sorted(mismatches.items()):
        print(f"  {kind}: {n}")
    verdicts = counts["cases"] - mismatches.get("verdict-schemac-accepts", 0) - \
        mismatches.get("verdict-schemac-rejects", 0) - mismatches.get("crash", 0)
    print(f"verdict agrees: {verdicts}/{counts['cases']}; both invalid: first error on Prisma's "
          f"line {counts.get('line-agrees', 0)}/{counts.get('both-invalid', 0)} (Prisma reports one "
          f"error: {counts.get('single-line-agrees', 0)}/{counts.get('single-error', 0)}); both valid: "
          f"warnings, format and create agree {counts.get('valid-agrees', 0)}/{counts.get('both-valid', 0)}; "
          f"read back: {counts.get('read-back', 0) - mismatches.get('read-back', 0)}/{counts.get('read-back', 0)}"
          f" ({counts.get('read-back-skipped', 0)} create scripts the server could not load)")
    for reason, count in sorted(SKIP_REASONS.items()):
        print(f"  not loaded ({count}): {reason}")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
