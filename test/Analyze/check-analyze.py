#!/usr/bin/env python3
"""check-analyze.py SCHEMAC PG_SOCKET_DIR OUT_DIR - `schemac analyze` and `schemac monitor` on
the example, seeded, on a server with pg_stat_statements loaded and HypoPG installed.

1. a clean database reports no unused, duplicate, invalid or missing index (its foreign
   keys without an index are the two lint also reports on the example's schema);
2. planted: an unused index, a duplicate index, an invalid index (a failed CREATE UNIQUE
   INDEX CONCURRENTLY), a foreign key without an index, and a missing index that HypoPG
   confirms with a lower cost: each is reported, with its fix;
3. --baseline across a migration that drops an index the workload uses shows that
   statement's regression;
4. the HTML report renders in headless Chromium with its SVG charts (screenshot saved);
5. monitor: a crossed threshold runs onAlert with the event; an unreachable database is an
   event too. Prints one line per check and `N checks, N failed`."""
import json, os, shutil, subprocess, sys, tempfile

schemac, pg, out_dir = sys.argv[1], sys.argv[2], sys.argv[3]
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
schema = os.path.join(root, "examples", "job-platform", "schema.prisma")
checks = failures = 0
work = tempfile.mkdtemp(prefix="schemac-analyze-")
os.makedirs(out_dir, exist_ok=True)


def url(db):
    return f"postgresql://postgres@localhost/{db}?host={pg}"


def psql(db, sql):
    return subprocess.run(["psql", "-X", "-q", "-tA", "-h", pg, "-U", "postgres", "-d", db, "-v", "ON_ERROR_STOP=1",
                           "-c", sql], capture_output=True, text=True).stdout.strip()


def check(ok, what, detail=""):
    global checks, failures
    checks += 1
    print(("ok   " if ok else "FAIL ") + what + ("" if ok else "\n     " + str(detail)[-1200:]))
    failures += 0 if ok else 1


def report(db, *extra):
    r = subprocess.run([schemac, "analyze", "--url", url(db), "--format=json"] + list(extra), capture_output=True, text=True)
    if r.returncode != 0:
        return {"findings": [], "error": r.stderr}
    return json.loads(r.stdout)


def kinds(rep):
    return sorted({(f["kind"], f["object"]) for f in rep["findings"]})


def workload(db, sql, times):
    script = ";\n".join([sql] * times) + ";\n"
    subprocess.run(["psql", "-X", "-q", "-h", pg, "-U", "postgres", "-d", db], input=script, text=True,
                   capture_output=True, check=True)


db = "analyze_example"
psql("postgres", f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
psql("postgres", f'CREATE DATABASE "{db}"')
create = subprocess.run([schemac, "diff", "--from-empty", "--to", schema], capture_output=True, text=True, check=True).stdout
subprocess.run(["psql", "-X", "-q", "-h", pg, "-U", "postgres", "-d", db], input=create, text=True, capture_output=True, check=True)
subprocess.run([schemac, "seed", "--quiet", "--url", url(db), "--schema", schema, "users=2000", "jobs=20000",
                "applications=40000"], check=True)
psql(db, "CREATE EXTENSION pg_stat_statements; CREATE EXTENSION hypopg; ANALYZE")
psql(db, "SELECT pg_stat_statements_reset()")

clean = report(db)
bad = [k for k in kinds(clean) if k[0] in ("unused-index", "duplicate-index", "redundant-index", "invalid-index", "missing-index")]
fks = [k[1] for k in kinds(clean) if k[0] == "fk-without-index"]
check(not bad and not fks and not clean.get("error"),
      "clean example: none of the planted kinds (unused, duplicate, invalid, missing index, foreign key without an index)",
      kinds(clean) + [clean.get("error")])

# Planted problems and a workload.
psql(db, 'CREATE INDEX "planted_duplicate" ON "Application" ("userId", "status")')
psql(db, 'CREATE INDEX "planted_unused" ON "Job" ("remote")')
psql(db, 'CREATE UNIQUE INDEX CONCURRENTLY "planted_invalid" ON "Job" ("source")')  # fails: duplicates
psql(db, 'CREATE TABLE "Bookmark" ("id" serial PRIMARY KEY, "jobId" text NOT NULL REFERENCES "Job"("id"))')
some_user = psql(db, 'SELECT id FROM "User" LIMIT 1')
workload(db, "SELECT count(*) FROM \"Job\" WHERE company = 'Acme Labs'", 60)
workload(db, f"SELECT count(*) FROM \"Job\" WHERE id = 'nope'", 120)
workload(db, f"SELECT * FROM \"Application\" WHERE \"userId\" = '{some_user}'", 200)
planted = report(db)
found = kinds(planted)
for kind, obj in [("duplicate-index", "public.planted_duplicate"), ("unused-index", "public.planted_unused"),
                  ("invalid-index", "public.planted_invalid"), ("fk-without-index", 'public.Bookmark ("jobId")')]:
    check((kind, obj) in found, f"planted {kind} reported: {obj}", found)
missing = [f for f in planted["findings"] if f["kind"] == "missing-index"]
check(any("company" in f["object"] and "hypothetical index" in f["evidence"] for f in missing),
      "planted missing index (Job.company) reported, confirmed by HypoPG with a lower cost", missing or found)
check(all(f["fix"] for f in planted["findings"]), "every finding has a fix")
invalid = [f for f in planted["findings"] if f["kind"] == "invalid-index"]
check(invalid and "CREATE UNIQUE INDEX CONCURRENTLY planted_invalid ON" in invalid[0]["fix"],
      "the invalid index's fix recreates it concurrently", invalid)
check(planted["queries"] < 40, f"the report took {planted['queries']} queries")

# A baseline across a migration that drops an index the workload uses.
baseline = os.path.join(work, "before.json")
with open(baseline, "w") as f:
    json.dump(planted, f)
psql(db, 'DROP INDEX "planted_duplicate"; DROP INDEX "Application_userId_status_idx"')
workload(db, f"SELECT * FROM \"Application\" WHERE \"userId\" = '{some_user}'", 40)
after = report(db, "--baseline", baseline)
regressions = [f for f in after["findings"] if f["kind"] == "regression"]
check(any('"Application"' in f["object"] for f in regressions),
      "--baseline shows the regression of the statement whose index was dropped", regressions or after.get("comparison", {}).get("statements"))
scans = after.get("comparison", {}).get("indexScans", {})
check(scans.get("public.Application_userId_status_idx") == "dropped", "--baseline lists the dropped index", scans)

# Load test: pgbench with a workload file.
workload_file = os.path.join(work, "workload.sql")
open(workload_file, "w").write("SELECT count(*) FROM \"Job\" WHERE company = 'Acme Labs';\n")
r = subprocess.run([schemac, "analyze", "--url", url(db), "--format=json", "--load", workload_file, "--duration", "2s"],
                   capture_output=True, text=True)
load = json.loads(r.stdout).get("load", {}) if r.returncode == 0 else {}
check(load.get("tps", 0) > 0 and load.get("transactions", 0) > 0 and load.get("averageMs", 0) > 0 and
      load["p50Ms"] <= load["p95Ms"] <= load["p99Ms"],
      f"--load: pgbench figures ({load.get('tps', 0):.0f} TPS, p95 {load.get('p95Ms', 0):.2f} ms)", r.stderr or load)

# HTML in headless Chromium.
page = os.path.join(out_dir, "analyze.html")
subprocess.run([schemac, "analyze", "--url", url(db), "--format=html", "-o", page], check=True)
chromium = shutil.which("chromium") or shutil.which("chromium-browser")
flags = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
         "--disable-extensions", "--disable-background-networking"]
dom = subprocess.run(flags + ["--dump-dom", "file://" + page], capture_output=True, text=True, timeout=300).stdout
shot = os.path.join(out_dir, "analyze.png")
subprocess.run(flags + ["--window-size=1200,1600", "--screenshot=" + shot, "file://" + page], capture_output=True, timeout=300)
check(dom.count("<svg") >= 3 and dom.count('class="bar"') >= 10 and "missing-index" in dom and os.path.getsize(shot) > 0,
      "the HTML report renders in Chromium with its charts (screenshot: analyze.png)", dom[:300])

# Monitor.
open(os.path.join(work, ".schemac.yaml"), "w").write(f"""database:
  migration:
    environments: [production, gone]
  environments:
    production:
      url: env(MON_URL)
    gone:
      url: env(GONE_URL)
  monitor:
    unusedIndexDays: 0
    onAlert: "cat >> {work}/alerts.jsonl"
""")
env = dict(os.environ, MON_URL=url(db), GONE_URL="postgresql://postgres:S3cretPw@127.0.0.1:1/x")
r = subprocess.run([schemac, "monitor", "--env", "production", "--once"], cwd=work, env=env, capture_output=True, text=True)
alerts = open(os.path.join(work, "alerts.jsonl")).read() if os.path.exists(os.path.join(work, "alerts.jsonl")) else ""
check(r.returncode == 3 and "unused-index" in alerts and "planted_unused" in alerts, "monitor: a crossed threshold runs onAlert with the event", r.stdout + r.stderr + alerts)
r = subprocess.run([schemac, "monitor", "--env", "gone", "--once"], cwd=work, env=env, capture_output=True, text=True)
alerts = open(os.path.join(work, "alerts.jsonl")).read()
check(r.returncode == 3 and '"unreachable"' in alerts and "S3cretPw" not in alerts + r.stdout + r.stderr,
      "monitor: an unreachable database is an event, not a crash", r.stdout + r.stderr)
psql("postgres", f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
shutil.rmtree(work)
print(f"{checks} checks, {failures} failed")
sys.exit(1 if failures else 0)
