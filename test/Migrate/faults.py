#!/usr/bin/env python3
"""faults.py SCHEMAC PG_SOCKET_DIR - faults injected for real into `schemac migrate apply`.

1. SIGKILL after every statement boundary in turn (the hidden
   --test-kill-after-statements=K makes the process kill itself after K statements);
2. the backend terminated (pg_terminate_backend from another session) in the middle of a
   slow migration;
3. eight `migrate apply` processes at once.
After each: the database is at a migration boundary (`migrate drift --exit-code` passes
and no migration is failed), the rows that existed before are all there, and a rerun of
`apply` finishes. Prints one line per check and `N fault points, N failed`."""
import os, subprocess, sys, tempfile, time, shutil

schemac, pg = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
failures = 0
points = 0


def psql(db, sql):
    return subprocess.run(["psql", "-X", "-q", "-h", pg, "-U", "postgres", "-d", db, "-tA",
                           "-v", "ON_ERROR_STOP=1", "-c", sql], check=True,
                          capture_output=True, text=True).stdout.strip()


def fresh(db):
    psql("postgres", f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    psql("postgres", f'CREATE DATABASE "{db}"')


def run(args, db, **kw):
    env = dict(os.environ, DATABASE_URL=f"postgresql://postgres@localhost/{db}?host={pg}")
    return subprocess.run([schemac, "migrate"] + args + ["--dir", migrations], env=env,
                          capture_output=True, text=True, **kw)


def fail(what):
    global failures
    failures += 1
    print("FAIL", what)


# A history of three migrations made by `schemac migrate new` from three schema versions,
# the first one applied before the faults, with rows in it.
work = tempfile.mkdtemp()
# Shadow databases (the hand-written migration below has no snapshot) go to the shared test
# server; the commands run in `work`, which must hold no embedded server at the end.
os.environ["SHADOW_DATABASE_URL"] = f"postgresql://postgres@localhost/postgres?host={pg}"
os.chdir(work)
migrations = os.path.join(work, "migrations")
schema = os.path.join(work, "schema.prisma")
versions = ["v1.prisma", "v2.prisma", "v3.prisma"]
for i, v in enumerate(versions):
    shutil.copy(os.path.join(here, "Inputs", v), schema)
    env = dict(os.environ, SCHEMAC_NOW=f"2026010100{i:02d}00")
    subprocess.run([schemac, "migrate", "new", f"step{i}", "--schema", schema, "--dir",
                    migrations], env=env, check=True, capture_output=True)

def check_boundary(db, label, rows_before):
    global points
    points += 1
    status = run(["status", "--format=json"], db)
    if '"failed": 0' not in status.stdout.replace("\n", " ").replace("  ", " ") and '"failed": 0' not in status.stdout:
        fail(f"{label}: a migration is left failed: {status.stdout}")
    drift = run(["drift", "--exit-code"], db)
    if drift.returncode != 0:
        fail(f"{label}: not at a migration boundary: {drift.stdout} {drift.stderr}")
    count = psql(db, 'SELECT count(*) FROM "User"')
    if count != str(rows_before):
        fail(f"{label}: rows before {rows_before}, now {count}")
    again = run(["apply"], db)
    final = run(["drift", "--exit-code"], db)
    if again.returncode != 0 or final.returncode != 0:
        fail(f"{label}: rerunning apply did not finish: {again.stderr}")
    else:
        print("ok", label)


def prepared(db):
    fresh(db)
    run(["apply", "--to", sorted(os.listdir(migrations))[0]], db, check=True)
    psql(db, "INSERT INTO \"User\" (email) SELECT 'u' || g || '@example.com' FROM generate_series(1, 100) g")


# 1. SIGKILL after statement K, for every K.
for k in range(0, 12):
    db = f"faults_kill_{k}"
    prepared(db)
    r = run(["apply", f"--test-kill-after-statements={k}"], db)
    check_boundary(db, f"SIGKILL after statement {k} (exit {r.returncode})", 100)
    psql("postgres", f'DROP DATABASE "{db}" WITH (FORCE)')

# 2. The backend terminated in the middle of a slow migration.
slow = os.path.join(migrations, "20260101000900_slow")
os.makedirs(slow)
with open(os.path.join(slow, "migration.sql"), "w") as f:
    f.write('CREATE TABLE "Slow" (id int);\nSELECT pg_sleep(3);\n')
db = "faults_terminate"
prepared(db)
env = dict(os.environ, DATABASE_URL=f"postgresql://postgres@localhost/{db}?host={pg}")
proc = subprocess.Popen([schemac, "migrate", "apply", "--dir", migrations], env=env,
                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
for _ in range(100):
    time.sleep(0.05)
    if psql(db, "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(3)%' AND application_name = 'schemac' AND pid <> pg_backend_pid()") != "0":
        break
psql(db, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'schemac' AND pid <> pg_backend_pid()")
out, err = proc.communicate(timeout=60)
if proc.returncode == 0:
    fail("terminated backend: apply reported success")
check_boundary(db, f"backend terminated mid-migration (exit {proc.returncode})", 100)
psql("postgres", f'DROP DATABASE "{db}" WITH (FORCE)')

# 2b. The server stopped (immediate, as a crash) in the middle of the slow migration, then
# started again: a server of this test's own, so that the other tests keep theirs.
own = tempfile.mkdtemp(prefix="schemac-faults-pg-")
os.chmod(own, 0o755)
server = os.path.join(os.path.dirname(os.path.dirname(here)), "utils", "pg-test-server.sh")
subprocess.run([server, "start", own], check=True, capture_output=True)
shared_pg, pg = pg, own
db = "faults_stop"
prepared(db)
env = dict(os.environ, DATABASE_URL=f"postgresql://postgres@localhost/{db}?host={pg}")
proc = subprocess.Popen([schemac, "migrate", "apply", "--dir", migrations], env=env,
                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
for _ in range(100):
    time.sleep(0.05)
    if psql(db, "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(3)%' AND application_name = 'schemac' AND pid <> pg_backend_pid()") != "0":
        break
subprocess.run([server, "kill", own], check=True, capture_output=True)
out, err = proc.communicate(timeout=60)
subprocess.run([server, "restart", own], check=True, capture_output=True)
if proc.returncode == 0:
    fail("stopped server: apply reported success")
if "S3cret" in out + err:
    fail("stopped server: a password was printed")
check_boundary(db, f"server stopped mid-migration (exit {proc.returncode}: {err.strip().splitlines()[-1] if err.strip() else ''})", 100)
subprocess.run([server, "stop", own], capture_output=True)
pg = shared_pg
shutil.rmtree(slow)

# 3. Eight processes at once apply each migration exactly once.
db = "faults_concurrent"
fresh(db)
procs = [subprocess.Popen([schemac, "migrate", "apply", "--dir", migrations, "--lock-wait", "60000"],
                          env=dict(os.environ, DATABASE_URL=f"postgresql://postgres@localhost/{db}?host={pg}"),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(8)]
codes = [p.wait(timeout=120) for p in procs]
rows = psql(db, "SELECT count(*), count(DISTINCT migration_name) FROM _prisma_migrations WHERE finished_at IS NOT NULL")
points += 1
if any(codes) or rows != "3|3":
    fail(f"8 concurrent applies: exit codes {codes}, applied rows {rows}")
else:
    print("ok 8 concurrent applies: each migration applied exactly once")
psql("postgres", f'DROP DATABASE "{db}" WITH (FORCE)')
points += 1
if os.path.exists(os.path.join(work, ".schemac")):
    subprocess.run([schemac, "db", "stop", "--project", work], capture_output=True)
    fail("a command started an embedded server instead of using $SHADOW_DATABASE_URL")
else:
    print("ok no embedded server started")
os.chdir(here)
shutil.rmtree(work)
print(f"{points} fault points, {failures} failed")
sys.exit(1 if failures else 0)
