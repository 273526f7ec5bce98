#!/usr/bin/env python3
"""prisma-agreement.py ANCHORS_DIR [SCHEMAC] - schemac's migration history against Prisma
Migrate's own, side by side on one PostgreSQL (not in CI: it needs ../shared/anchors
installed, see its README, and a `pg-local` server).

For two histories of the example's six schema versions, one made by `prisma-migrate
create` and one by `schemac migrate new`, it applies them step by step with one tool and
asks both tools for the status after every operation (apply one, fail one, resolve,
rollback with schemac, apply the rest with the other tool). Agreement means: the same
set of applied and pending migrations, the same failed ones, and "up to date" exactly
when the other says so. Prints one line per comparison and `N comparisons, N disagree`."""
import json, os, shutil, subprocess, sys, tempfile

anchors = os.path.abspath(sys.argv[1])
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
schemac = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "build", "bin", "schemac")
versions = os.path.join(root, "examples", "job-platform-versions")
base = subprocess.run([f"{anchors}/bin/pg-local", "url", "postgres"], capture_output=True,
                      text=True, check=True).stdout.strip()
work = tempfile.mkdtemp()
compared = disagree = 0


def url(db):
    return base.rsplit("/", 1)[0] + "/" + db


def psql(db, sql):
    subprocess.run(["psql", "-X", "-q", url(db), "-c", sql], check=True, capture_output=True)


def prisma_status(db, folder):
    r = subprocess.run([f"{anchors}/bin/prisma-migrate", "status", "--url", url(db), "--dir", folder],
                       capture_output=True, text=True)
    d = json.loads(r.stdout)
    failed = set(d.get("failed") or [])
    pending = set(d.get("pending") or [])
    applied = set(d.get("applied") or [])
    return {"pending": pending, "failed": failed, "upToDate": d.get("state") == "upToDate",
            "applied": applied - failed - pending}


def schemac_status(db, folder):
    r = subprocess.run([schemac, "migrate", "status", "--format=json", "--url", url(db), "--dir", folder],
                       capture_output=True, text=True)
    d = json.loads(r.stdout)
    by = lambda *states: {m["name"] for m in d["migrations"] if m["state"] in states}
    return {"pending": by("pending"), "failed": by("failed"), "upToDate": d["upToDate"],
            "applied": by("applied", "modified")}


def compare(label, db, folder):
    global compared, disagree
    compared += 1
    p, s = prisma_status(db, folder), schemac_status(db, folder)
    if p == s:
        print(f"agree     {label}")
    else:
        disagree += 1
        print(f"DISAGREE  {label}\n  prisma:  {p}\n  schemac: {s}")


def make_history(tool):
    folder = os.path.join(work, tool, "migrations")
    schema = os.path.join(work, tool, "schema.prisma")
    os.makedirs(os.path.dirname(folder), exist_ok=True)
    psql("postgres", f"DROP DATABASE IF EXISTS agree_dev_{tool} WITH (FORCE)")
    for i in range(1, 7):
        text = open(os.path.join(versions, f"{i}.prisma")).read()
        open(schema, "w").write("\n".join(l for l in text.splitlines() if "url " not in l and "url=" not in l) + "\n")
        if tool == "prisma":
            subprocess.run([f"{anchors}/bin/prisma-migrate", "create", "--url", url(f"agree_dev_{tool}"),
                            "--schema", schema, "--dir", folder, "--name", f"v{i}"], check=True,
                           capture_output=True)
        else:
            subprocess.run([schemac, "migrate", "new", f"v{i}", "--schema", schema, "--dir", folder],
                           check=True, capture_output=True,
                           env=dict(os.environ, SCHEMAC_NOW=f"2026120700{i:02d}00"))
    return folder


for maker in ("prisma", "schemac"):
    folder = make_history(maker)
    names = sorted(n for n in os.listdir(folder) if n[0].isdigit())
    for applier in ("prisma", "schemac"):
        db = f"agree_{maker}_{applier}"
        psql("postgres", f"DROP DATABASE IF EXISTS {db} WITH (FORCE)")
        psql("postgres", f"CREATE DATABASE {db}")
        tag = f"history by {maker}, applied by {applier}"
        compare(f"{tag}: empty database", db, folder)
        # apply the first three
        partial = os.path.join(work, f"{db}-partial")
        shutil.rmtree(partial, ignore_errors=True)
        os.makedirs(partial)
        shutil.copy(os.path.join(folder, "migration_lock.toml"), partial)
        for n in names[:3]:
            shutil.copytree(os.path.join(folder, n), os.path.join(partial, n))
        if applier == "prisma":
            subprocess.run([f"{anchors}/bin/prisma-migrate", "deploy", "--url", url(db), "--dir", partial], capture_output=True)
        else:
            subprocess.run([schemac, "migrate", "apply", "--url", url(db), "--dir", partial], capture_output=True)
        compare(f"{tag}: 3 of 6 applied", db, folder)
        # a failing migration
        broken = os.path.join(partial, names[3])
        shutil.copytree(os.path.join(folder, names[3]), broken)
        with open(os.path.join(broken, "migration.sql"), "a") as f:
            f.write('\nINSERT INTO "NoSuchTable" VALUES (1);\n')
        tool_cmd = ([f"{anchors}/bin/prisma-migrate", "deploy", "--url", url(db), "--dir", partial]
                    if applier == "prisma" else [schemac, "migrate", "apply", "--url", url(db), "--dir", partial])
        subprocess.run(tool_cmd, capture_output=True)
        compare(f"{tag}: the 4th failed", db, partial)
        resolve = ([f"{anchors}/bin/prisma-migrate", "resolve", "--url", url(db), "--dir", partial, "--rolled-back", names[3]]
                   if applier == "prisma" else [schemac, "migrate", "resolve", "--url", url(db), "--dir", partial, "--rolled-back", names[3]])
        subprocess.run(resolve, capture_output=True)
        compare(f"{tag}: the 4th resolved as rolled back", db, folder)
        # the rest with the other tool
        other = "schemac" if applier == "prisma" else "prisma"
        rest = ([f"{anchors}/bin/prisma-migrate", "deploy", "--url", url(db), "--dir", folder]
                if other == "prisma" else [schemac, "migrate", "apply", "--url", url(db), "--dir", folder])
        subprocess.run(rest, capture_output=True)
        compare(f"{tag}: the rest applied by {other}", db, folder)
        if maker == "schemac":
            subprocess.run([schemac, "migrate", "rollback", "--url", url(db), "--dir", folder, "--accept-data-loss"], capture_output=True)
            compare(f"{tag}: last one rolled back by schemac", db, folder)
            subprocess.run([f"{anchors}/bin/prisma-migrate", "deploy", "--url", url(db), "--dir", folder], capture_output=True)
            compare(f"{tag}: re-applied by prisma", db, folder)
        psql("postgres", f"DROP DATABASE {db} WITH (FORCE)")
shutil.rmtree(work)
print(f"{compared} comparisons, {disagree} disagree")
sys.exit(1 if disagree else 0)
