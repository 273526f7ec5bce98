#!/usr/bin/env python3
"""check-anonymize.py SCHEMAC PG_SOCKET_DIR - `schemac anonymize` on a seeded copy of the
example: no original value of a replaced column appears anywhere in the copy (every text,
JSON and array column of every table is scanned), row counts and joins are preserved, the
same key gives the same copy, a 10% sample keeps every foreign key valid (the target's
constraints are created after the load and would reject it), and a non-empty target or an
unreachable source writes nothing. Prints one line per check and `N checks, N failed`."""
import os, subprocess, sys

schemac, pg = sys.argv[1], sys.argv[2]
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
schema = os.path.join(root, "examples", "job-platform", "schema.prisma")
checks = failures = 0


def url(db):
    return f"postgresql://postgres@localhost/{db}?host={pg}"


def psql(db, sql):
    return subprocess.run(["psql", "-X", "-q", "-h", pg, "-U", "postgres", "-d", db, "-tA",
                           "-v", "ON_ERROR_STOP=1", "-c", sql], check=True, capture_output=True,
                          text=True).stdout


def fresh(db):
    psql("postgres", f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    psql("postgres", f'CREATE DATABASE "{db}"')


def check(ok, what):
    global checks, failures
    checks += 1
    if ok:
        print("ok", what)
    else:
        failures += 1
        print("FAIL", what)


def anonymize(*args, key="secret-1"):
    return subprocess.run([schemac, "anonymize", "--quiet"] + list(args), capture_output=True,
                          text=True, env=dict(os.environ, SCHEMAC_ANONYMIZE_KEY=key))


fresh("anon_source")
create = subprocess.run([schemac, "diff", "--from-empty", "--to", schema], capture_output=True,
                        text=True, check=True).stdout
subprocess.run(["psql", "-X", "-q", "-h", pg, "-U", "postgres", "-d", "anon_source", "-v",
                "ON_ERROR_STOP=1"], input=create, text=True, check=True, capture_output=True)
subprocess.run([schemac, "seed", "--quiet", "--url", url("anon_source"), "--schema", schema,
                "users=300", "userpreferences=200", "resumes=300", "jobs=200", "applications=800",
                "jobmatches=600", "notifications=300"], check=True)

# Production-like personal values, none of them from schemac's own word lists (which the
# replacements draw from).
psql("anon_source", """UPDATE "User" SET email = 'person.' || md5(id) || '@realcorp.test',
                      name = CASE WHEN name IS NULL THEN NULL ELSE 'Real Person ' || md5(id) END""")
psql("anon_source", """UPDATE "Application" SET "coverLetter" = 'Dear team, this is ' || md5(id)
                      WHERE "coverLetter" IS NOT NULL""")
psql("anon_source", """UPDATE "Application" SET "tailoredResume" = jsonb_build_object('real', md5(id))
                      WHERE "tailoredResume" IS NOT NULL""")
psql("anon_source", """UPDATE "Resume" SET "parsedData" = jsonb_build_object('real', md5(id))
                      WHERE "parsedData" IS NOT NULL""")
dry = subprocess.run([schemac, "anonymize", "--from-url", url("anon_source"), "--dry-run"],
                     capture_output=True, text=True)
replaced = [line.split(":")[0] for line in dry.stdout.splitlines() if ": replaced (" in line]
check(dry.returncode == 0 and "User.email" in replaced and "User.name" in replaced,
      f"--dry-run lists the replaced columns: {', '.join(replaced)}")

fresh("anon_copy")
r = anonymize("--from-url", url("anon_source"), "--to-url", url("anon_copy"))
check(r.returncode == 0, "anonymize copies into an empty database " + r.stderr.strip()[-200:])

# No original value of a replaced column appears in any text-like column of the copy.
originals = set()
for col in replaced:
    table, column = col.split(".")
    for v in psql("anon_source", f'SELECT DISTINCT "{column}"::text FROM "{table}" WHERE "{column}" IS NOT NULL').splitlines():
        if len(v) >= 4:
            originals.add(v)
text_columns = psql("anon_copy", "SELECT table_name, column_name FROM information_schema.columns "
                    "WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', "
                    "'jsonb', 'json', 'ARRAY', 'character')").splitlines()
leaks = 0
for entry in text_columns:
    table, column = entry.split("|")
    for v in psql("anon_copy", f'SELECT "{column}"::text FROM "{table}" WHERE "{column}" IS NOT NULL').splitlines():
        if v in originals or any(o in v for o in originals if len(o) > 12 and "@" in o):
            leaks += 1
            if leaks < 4:
                print(f"  leaked into {table}.{column}: {v[:80]}")
check(leaks == 0 and len(originals) > 300, f"no original value of {len(originals)} appears in {len(text_columns)} text columns of the copy")

counts = "SELECT (SELECT count(*) FROM \"User\"), (SELECT count(*) FROM \"Application\"), (SELECT count(*) FROM \"JobMatch\")"
check(psql("anon_source", counts) == psql("anon_copy", counts), "row counts preserved")
joins = 'SELECT count(*), count(DISTINCT u.email) FROM "Application" a JOIN "User" u ON u.id = a."userId"'
check(psql("anon_source", joins) == psql("anon_copy", joins), "joins preserved, e-mails still unique per user")

fresh("anon_copy2")
anonymize("--from-url", url("anon_source"), "--to-url", url("anon_copy2"))
emails = 'SELECT string_agg(email, \',\' ORDER BY id) FROM "User"'
check(psql("anon_copy", emails) == psql("anon_copy2", emails), "the same key gives the same copy")
fresh("anon_copy3")
anonymize("--from-url", url("anon_source"), "--to-url", url("anon_copy3"), key="secret-2")
check(psql("anon_copy", emails) != psql("anon_copy3", emails), "another key gives another copy")

fresh("anon_sample")
r = anonymize("--from-url", url("anon_source"), "--to-url", url("anon_sample"), "--sample", "10%")
sampled = int(psql("anon_sample", 'SELECT count(*) FROM "Application"'))
check(r.returncode == 0 and 20 < sampled < 200,
      f"--sample 10%: {sampled} of 800 applications, every foreign key valid {r.stderr.strip()[-200:]}")

r = anonymize("--from-url", url("anon_source"), "--to-url", url("anon_copy"))
check(r.returncode == 1 and "already has tables" in r.stderr and
      psql("anon_copy", counts) == psql("anon_source", counts), "a non-empty target is refused, nothing written")
fresh("anon_copy4")
r = anonymize("--from-url", "postgresql://postgres:S3cretPw@127.0.0.1:1/x", "--to-url", url("anon_copy4"))
check(r.returncode == 2 and "not reachable" in r.stderr and "S3cretPw" not in r.stderr and
      psql("anon_copy4", "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").strip() == "0",
      "an unreachable source: exit 2, no password, nothing written")
for db in ["anon_source", "anon_copy", "anon_copy2", "anon_copy3", "anon_copy4", "anon_sample"]:
    psql("postgres", f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
print(f"{checks} checks, {failures} failed")
sys.exit(1 if failures else 0)
